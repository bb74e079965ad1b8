import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { computeVersion } from '../../src/semver/version.js';
import { generateLargeGitflowRepo } from '../support/gitflow.js';

/**
 * 100,000 commits, ~5,000 tags, 2,000 release merges. Slow to build (~10 s), so it runs only
 * with SEMVER_BENCH=1; SEMVER_BENCH_DIR reuses a repository built earlier.
 */
const enabled = process.env.SEMVER_BENCH === '1';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs = 7): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

describe.skipIf(!enabled)('computeVersion on a large git-flow repository', () => {
  it('answers in under 1 s and within 3x of for-each-ref + log to the base', () => {
    const reuse = process.env.SEMVER_BENCH_DIR;
    const dir =
      reuse && existsSync(join(reuse, '.git')) ? reuse : join(mkdtempSync(join(tmpdir(), 'gitops-big-')), 'r');
    if (dir !== reuse) generateLargeGitflowRepo(dir, { seed: 7 });
    const git = new Git(dir);
    const config = {
      'tag-prefix': 'v',
      'first-version': '0.1.0',
      labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
    };
    const result = computeVersion(git, { ref: 'master', config });
    const base = result.previousVersion as string;
    const run = (args: string[]) => execFileSync('git', args, { cwd: dir, maxBuffer: 1 << 30 });
    const baseline = time(() => {
      run(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags']);
      run(['log', '--format=%H%x00%P%x00%B', 'master', `^v${base}`]);
    });
    const ours = time(() => computeVersion(git, { ref: 'master', config }));
    const develop = time(() => computeVersion(git, { ref: 'develop', config }));
    const counts = run(['rev-list', '--count', '--all']).toString().trim();
    const tags = run(['tag']).toString().split('\n').filter(Boolean).length;
    console.log(
      JSON.stringify({
        commits: Number(counts),
        tags,
        result,
        baselineMs: baseline,
        masterMs: ours,
        developMs: develop,
      }),
    );
    expect(ours).toBeLessThan(1000);
    expect(ours).toBeLessThan(3 * baseline);
  });
});
