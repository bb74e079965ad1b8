import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { readRefs, readTagVersion } from '../../src/semver/history.js';
import { TestRepo } from '../support/repo.js';

/**
 * The definition readTagVersion's fast path must match: semver.parse on the first candidate,
 * or two parts `X.Y` (no leading zeros) read as `X.Y.0`.
 */
function reference(name: string, prefix: string): semver.SemVer | null {
  if (name.length > 256) return null;
  const candidates: string[] = [];
  if (prefix && name.startsWith(prefix)) candidates.push(name.slice(prefix.length));
  if (name.startsWith('v') || name.startsWith('V')) candidates.push(name.slice(1));
  candidates.push(name);
  for (const c of candidates) {
    if (!/^\d/.test(c)) continue;
    const parsed =
      semver.parse(c) ?? (/^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/.test(c) ? semver.parse(`${c}.0`) : null);
    if (parsed) return parsed;
  }
  return null;
}

const part = fc.oneof(
  fc.constantFrom('0', '1', '01', '10', '999999999999999', '9999999999999999', '99999999999999999999'),
  fc.nat({ max: 1000 }).map(String),
);
const tagName = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'v', 'V', 'release-', '=', ' ', 'app(1)+', '$x.', 'r+'),
      part,
      part,
      part,
      fc.constantFrom(
        '',
        '-beta.1',
        '-rc.01',
        '-0',
        '-00',
        '-01a',
        '-alpha-1.x-.7',
        '-a..b',
        '-',
        '+build.5',
        '+',
        '+b..c',
        '-alpha+x',
        '-beta.2+exp.sha.5114f85',
        '.4',
        ' ',
        '-β',
      ),
    )
    .map(([p, a, b, c, tail]) => `${p}${a}.${b}.${c}${tail}`),
  // Two-part tags (`v6.2`), with the tails that make them something else.
  fc
    .tuple(fc.constantFrom('', 'v', 'V', 'release-', 'r+'), part, part, fc.constantFrom('', '-rc.1', '.', '+b', ' '))
    .map(([p, a, b, tail]) => `${p}${a}.${b}${tail}`),
  fc.string({ maxLength: 20 }),
);

describe('readTagVersion', () => {
  it.each([
    ['v6.2', '6.2.0'],
    ['6.2', '6.2.0'],
    ['V10.20', '10.20.0'],
    ['v1.2.0', '1.2.0'],
    ['v1', null],
    ['v06.2', null],
    ['v6.2-rc.1', null],
    ['1.2.3.4', null],
  ])('%s → %s', (name, text) => {
    expect(readTagVersion(name, 'v')?.text ?? null).toBe(text);
  });

  it('agrees with semver.parse on any tag name (fast path for plain releases included)', () => {
    fc.assert(
      fc.property(tagName, fc.constantFrom('v', 'release-', '', 'app(1)+', '$x.'), (name, prefix) => {
        const want = reference(name, prefix);
        const got = readTagVersion(name, prefix);
        if (!want) {
          expect(got).toBeNull();
          return;
        }
        expect(got).toMatchObject({
          major: want.major,
          minor: want.minor,
          patch: want.patch,
          release: want.prerelease.length === 0,
          text: want.version,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['v1.2.0', '1.2.0', true],
    ['1.2.0-beta.1', '1.2.0-beta.1', false],
    ['v1.2.0+build.5', '1.2.0', true],
    ['v01.2.0', null, null],
    ['v9999999999999999.0.0', null, null],
    [`v1.0.0-${'a'.repeat(260)}`, null, null],
  ])('%s reads as %s', (name, text, release) => {
    const got = readTagVersion(name, 'v');
    expect(got?.text ?? null).toBe(text);
    expect(got?.release ?? null).toBe(release);
  });
});

describe('readRefs', () => {
  it('peels annotated tags, skips non-version tags, and lists local and remote branches', () => {
    const repo = TestRepo.create();
    const first = repo.commit('one');
    repo.git('tag', 'v1.0.0');
    const second = repo.commit('two');
    repo.git('tag', '-a', '-m', 'release', 'v1.1.0');
    repo.git('tag', 'latest');
    repo.git('update-ref', 'refs/remotes/origin/develop', first);
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/develop');
    const refs = readRefs(new Git(repo.dir), 'v');
    const tags = Object.fromEntries(refs.tags.map((t) => [t.name, t.sha]));
    expect(tags).toEqual({ 'v1.0.0': first, 'v1.1.0': second });
    expect([...refs.branches].sort()).toEqual(['main', 'origin/develop']);
  });

  it('a tag name over 256 characters is no version on the listing path either', () => {
    const repo = TestRepo.create();
    const sha = repo.commit('one');
    repo.git('tag', 'v0.9.0-rc.1');
    repo.git('pack-refs', '--all');
    // Too long for a loose ref file: written into packed-refs, where git keeps such names.
    appendFileSync(join(repo.dir, '.git', 'packed-refs'), `${sha} refs/tags/v1.0.0-${'a'.repeat(260)}\n`);
    expect(readRefs(new Git(repo.dir), 'v').tags.map((t) => t.name)).toEqual(['v0.9.0-rc.1']);
  });

  it('an empty repository has no refs, which is no error', () => {
    const repo = TestRepo.create();
    const refs = readRefs(new Git(repo.dir), 'v');
    expect(refs.tags).toEqual([]);
    expect(refs.branches).toEqual(new Set());
    expect(refs.resolve('HEAD')).toBeUndefined();
  });

  it('reads every tag name exactly as readTagVersion does, whatever the names and the prefix', () => {
    const repo = TestRepo.create();
    const sha = repo.commit('one');
    const safe = (name: string) => /^[0-9A-Za-z$][0-9A-Za-z._+()$-]*$/.test(name) && !/\.\.|\.$|\.lock$/.test(name);
    fc.assert(
      fc.property(
        fc.uniqueArray(tagName.filter(safe), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('v', 'release.', 'r+', '', 'app(1)+', '$x.'),
        (names, prefix) => {
          const input = names.map((n) => `create refs/tags/${n} ${sha}`).join('\n');
          execFileSync('git', ['update-ref', '--stdin'], { cwd: repo.dir, input: `${input}\n` });
          const got = Object.fromEntries(readRefs(new Git(repo.dir), prefix).tags.map((t) => [t.name, t.text]));
          const want: Record<string, string> = {};
          for (const n of names) {
            const fields = readTagVersion(n, prefix);
            if (fields) want[n] = fields.text;
          }
          expect(got).toEqual(want);
          execFileSync('git', ['update-ref', '--stdin'], {
            cwd: repo.dir,
            input: `${names.map((n) => `delete refs/tags/${n}`).join('\n')}\n`,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('resolves HEAD, full branch refs and unambiguous branch names, and leaves the rest to rev-parse', () => {
    const repo = TestRepo.create();
    const first = repo.commit('one');
    repo.git('branch', 'develop');
    const second = repo.commit('two');
    repo.git('update-ref', 'refs/remotes/origin/main', first);
    repo.git('branch', 'twin');
    repo.git('tag', 'twin', first);
    const refs = readRefs(new Git(repo.dir), 'v');
    expect(refs.resolve('HEAD')).toBe(second);
    expect(refs.resolve('main')).toBe(second);
    expect(refs.resolve('refs/heads/develop')).toBe(first);
    expect(refs.resolve('refs/remotes/origin/main')).toBe(first);
    // A tag of the same name wins in git's own lookup: not settled here.
    expect(refs.resolve('twin')).toBeUndefined();
    expect(refs.resolve('main~1')).toBeUndefined();
    expect(refs.resolve(first)).toBeUndefined();
  });
});
