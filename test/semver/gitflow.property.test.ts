import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import type { VersioningConfig } from '../../src/config/types.js';
import { Git } from '../../src/git/git.js';
import { computeVersion } from '../../src/semver/version.js';
import { type BackMerge, GitFlow } from '../support/gitflow.js';

const config: VersioningConfig = {
  'tag-prefix': 'v',
  'first-version': '0.1.0',
  labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
};

type Step =
  | { kind: 'feature'; commits: number }
  | { kind: 'release'; bump: 'major' | 'minor' | 'patch' }
  | { kind: 'hotfix' }
  | { kind: 'ff-master' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('feature' as const), commits: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('release' as const), bump: fc.constantFrom('major', 'minor', 'patch') }),
  fc.constant({ kind: 'hotfix' as const }),
  fc.constant({ kind: 'ff-master' as const }),
);

/**
 * Replays random git-flow finishes and checks, at every step, the version the model expects:
 * the release branch's pre-release, master after the merge (before the tag), master once
 * tagged, and develop afterwards. Run with both back-merge styles.
 */
describe('git-flow replay', () => {
  // Each run replays up to six finishes in real git: slow on a loaded machine, hence its own limit.
  it.each<BackMerge>(['tag', 'branch'])(
    'back-merge %s: finishes yield the expected version sequence',
    { timeout: 300_000 },
    (backMerge) => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
          const flow = GitFlow.init({ backMerge });
          const git = new Git(flow.repo.dir);
          const at = (ref: string) => computeVersion(git, { ref, config });
          let highest: string | null = null;
          const sequence: string[] = [];
          let features = 0;
          for (const s of steps) {
            if (s.kind === 'feature' || (s.kind === 'hotfix' && highest === null)) {
              flow.feature(`f${++features}`, s.kind === 'feature' ? s.commits : 1);
              continue;
            }
            if (s.kind === 'ff-master') {
              // Messy: someone fast-forwards master to develop (only possible when develop
              // back-merged master, i.e. the tag style). Master's next version must still be new.
              if (backMerge !== 'tag') continue;
              flow.repo.checkout('master');
              flow.repo.git('merge', '-q', '--ff-only', 'develop');
              const ff = at('HEAD');
              if (ff.source !== 'tag') {
                expect(sequence).not.toContain(ff.version);
                if (highest) expect(semver.gt(ff.version, highest)).toBe(true);
              }
              continue;
            }
            const kind = s.kind === 'release' ? 'release' : 'hotfix';
            const bump = s.kind === 'release' ? s.bump : 'patch';
            const expected = semver.inc(highest ?? '0.0.0', bump) as string;
            if (kind === 'release') flow.releaseStart(expected);
            else flow.hotfixStart(expected);
            const pre = at('HEAD');
            expect(pre.version).toMatch(new RegExp(`^${expected.replaceAll('.', '\\.')}-beta\\.\\d+$`));
            flow.mergeIntoMain(kind, expected);
            const merged = at('HEAD');
            expect(merged).toMatchObject({ version: expected, source: 'branch-name', previousVersion: highest });
            flow.tagAndBackMerge(kind, expected);
            expect(at('master')).toMatchObject({ version: expected, source: 'tag', tag: `v${expected}` });
            const dev = at('develop');
            const nextMinor = semver.inc(expected, 'minor') as string;
            expect(dev.version).toMatch(new RegExp(`^${nextMinor.replaceAll('.', '\\.')}-alpha\\.\\d+$`));
            sequence.push(expected);
            highest = expected;
          }
          // The sequence only ever goes up, and master's next version is never an existing tag.
          for (let i = 1; i < sequence.length; i++) {
            expect(semver.gt(sequence[i] as string, sequence[i - 1] as string)).toBe(true);
          }
          flow.feature('last');
          flow.repo.checkout('master');
          flow.repo.merge('develop', "Merge branch 'develop'");
          const next = at('HEAD');
          expect(sequence).not.toContain(next.version);
          expect(next.version).toBe(highest ? semver.inc(highest, 'patch') : '0.1.0');
        }),
        { numRuns: 15 },
      );
    },
  );
});
