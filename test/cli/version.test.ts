import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/build.js';
import { GitFlow } from '../support/gitflow.js';
import { TEST_ENV } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

describe('gitops-action version', () => {
  it('--format json: camelCase, with GitVersion’s fields', () => {
    const flow = GitFlow.init();
    flow.feature('a');
    flow.releaseStart('1.0.0');
    flow.releaseFinish('1.0.0');
    flow.repo.checkout('develop');
    flow.work();
    const r = runCli(['version', '--format', 'json'], { cwd: flow.repo.dir, env: TEST_ENV });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toEqual({
      version: '1.1.0-alpha.2',
      previousVersion: '1.0.0',
      bump: 'minor',
      tag: 'v1.1.0-alpha.2',
      source: 'prerelease',
      major: 1,
      minor: 1,
      patch: 0,
      preReleaseLabel: 'alpha',
      preReleaseNumber: 2,
      fullSemVer: '1.1.0-alpha.2',
      commitsSinceVersionSource: 2,
      branchName: 'develop',
      sha: flow.repo.sha('develop'),
    });
    const text = runCli(['version', '--ref', 'master'], { cwd: flow.repo.dir, env: TEST_ENV });
    expect(text.stdout).toBe('1.0.0\n');
  });
});
