import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubDeployments, MAX_CHECK_LOOKUPS, MAX_RECORD_CALLS } from '../../src/action/deployments.js';
import { connectGitHub, type GitHubApi } from '../../src/action/github-api.js';
import { MAX_PULL_LOOKUPS, pullRequestCommits } from '../../src/action/pulls.js';
import { Git } from '../../src/git/git.js';
import { GitHubStandIn } from '../support/github-server.js';
import { TestRepo } from '../support/repo.js';

/**
 * The Action's readers of GitHub, over real HTTP (Octokit, as the Action runs it) to the stand-in,
 * whose every answer is validated against @octokit/openapi.
 */
let github: GitHubStandIn;
let api: GitHubApi;
beforeAll(async () => {
  github = await GitHubStandIn.start();
  api = await connectGitHub(github.token, github.url, { owner: 'octo-org', repo: 'deploys' }, { backoffMs: 1 });
});
afterAll(() => github.close());
beforeEach(() => {
  github.deployments.length = 0;
  github.checkRuns.clear();
  github.pulls.clear();
  github.requests.length = 0;
});
afterEach(() => {
  github.clearFaults();
  expect(github.schemaErrors).toEqual([]);
});

function repoWithLine(n: number): { git: Git; shas: string[] } {
  const repo = TestRepo.create();
  const shas: string[] = [];
  for (let i = 0; i < n; i++) shas.push(repo.commit(`feat: ${i}`));
  return { git: new Git(repo.dir), shas: shas.reverse() };
}

function reader(git: Git, start?: string) {
  const notes: string[] = [];
  const record = new GitHubDeployments({
    git,
    github: async () => api,
    checkName: start ? 'gitops' : undefined,
    lastChecked: start,
    notes,
  });
  return { record, notes };
}

describe('the deploy record from the Deployments API', () => {
  it('is the newest deployment of the environment whose newest status is success, at the status time', async () => {
    const { git, shas } = repoWithLine(4);
    const [d, c, b, a] = shas as [string, string, string, string];
    github.addDeployment('production', a, ['in_progress', 'success']);
    github.addDeployment('staging', b, ['success']);
    github.addDeployment('production', b, ['in_progress', 'failure']);
    github.addDeployment('production', c, ['success', 'failure']);
    github.addDeployment('production', d, ['queued']);
    const { record, notes } = reader(git);
    const deploy = await record.lastSuccess('production');
    expect(deploy).toMatchObject({ sha: a, status: 'success', source: 'github-deployments', by: 'octocat' });
    const status = github.deployments[0]!.statuses[1]!;
    expect(deploy?.at).toBe(status.createdAt);
    expect(notes).toEqual([]);
    // Only production's deployments were listed, and asked for by environment.
    expect(github.requests[0]?.path).toContain('environment=production');
  });

  it('the history is newest first, failures included', async () => {
    const { git, shas } = repoWithLine(2);
    github.addDeployment('production', shas[1]!, ['success', 'inactive']);
    github.addDeployment('production', shas[0]!, ['failure']);
    const { record } = reader(git);
    const history = await record.history('production');
    expect(history.map((d) => [d.sha, d.status])).toEqual([
      [shas[0], 'failure'],
      [shas[1], 'success'],
    ]);
    expect(await record.environments()).toEqual(['production']);
  });

  it(`stops after ${MAX_RECORD_CALLS} calls and says the baseline is a fallback`, async () => {
    const { git, shas } = repoWithLine(1);
    for (let i = 0; i < 40; i++) github.addDeployment('production', shas[0]!, ['failure']);
    const { record, notes } = reader(git, shas[0]);
    expect(await record.lastSuccess('production')).toBeUndefined();
    expect(github.requests.length).toBe(MAX_RECORD_CALLS);
    expect(notes).toEqual([expect.stringContaining(`reads at most ${MAX_RECORD_CALLS} pages and statuses a run`)]);
  });

  it('deployments that all failed are a record: no fallback to a passing check', async () => {
    const { git, shas } = repoWithLine(2);
    github.addDeployment('production', shas[0]!, ['failure']);
    github.checkRuns.set(shas[1]!, [{ name: 'gitops', conclusion: 'success' }]);
    const { record } = reader(git, shas[0]);
    expect(await record.lastSuccess('production')).toBeUndefined();
    expect(github.requests.some((r) => r.path.includes('check-runs'))).toBe(false);
  });
});

describe('without any deployment: the last commit whose check passed', () => {
  it('walks the first-parent line from the start, to the first commit whose latest check by the job succeeded', async () => {
    const { git, shas } = repoWithLine(4);
    github.checkRuns.set(shas[0]!, [{ name: 'gitops', conclusion: 'failure' }]);
    github.checkRuns.set(shas[1]!, [{ name: 'other-job', conclusion: 'success' }]);
    github.checkRuns.set(shas[2]!, [{ name: 'gitops', conclusion: 'success' }]);
    const { record, notes } = reader(git, shas[0]);
    expect(await record.lastSuccess('production')).toMatchObject({ sha: shas[2], source: 'last-passed-check' });
    expect(notes).toEqual([]);
    expect(github.requests.filter((r) => r.path.includes('check-runs'))).toHaveLength(3);
    expect(github.requests.find((r) => r.path.includes('check-runs'))?.path).toContain('check_name=gitops');
  });

  it(`asks about at most ${MAX_CHECK_LOOKUPS} commits, and says so`, async () => {
    const { git, shas } = repoWithLine(MAX_CHECK_LOOKUPS + 3);
    github.checkRuns.set(shas.at(-1)!, [{ name: 'gitops', conclusion: 'success' }]);
    const { record, notes } = reader(git, shas[0]);
    expect(await record.lastSuccess('production')).toBeUndefined();
    expect(github.requests.filter((r) => r.path.includes('check-runs'))).toHaveLength(MAX_CHECK_LOOKUPS);
    expect(notes).toEqual([expect.stringContaining(`asks about at most ${MAX_CHECK_LOOKUPS}`)]);
  });

  it('with no branch to walk (a tag, a dispatch), there is no fallback here: the engine names its own', async () => {
    const { git } = repoWithLine(1);
    const { record } = reader(git);
    expect(await record.lastSuccess('production')).toBeUndefined();
  });
});

describe('a missing permission is a warning naming it, then the fallback', () => {
  it.each([403, 404])('deployments answered %i: deployments: read, then the passing check', async (status) => {
    const { git, shas } = repoWithLine(2);
    github.checkRuns.set(shas[1]!, [{ name: 'gitops', conclusion: 'success' }]);
    github.fail(/^GET \/repos\/octo-org\/deploys\/deployments$/, {
      status,
      body: { message: 'Resource not accessible by integration' },
    });
    const { record, notes } = reader(git, shas[0]);
    expect(await record.lastSuccess('production')).toMatchObject({ sha: shas[1], source: 'last-passed-check' });
    expect(notes).toEqual([expect.stringContaining('`permissions: deployments: read`')]);
  });

  it('check runs answered 403: checks: read, and no baseline from here', async () => {
    const { git, shas } = repoWithLine(2);
    github.fail(/check-runs$/, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const { record, notes } = reader(git, shas[0]);
    expect(await record.lastSuccess('production')).toBeUndefined();
    expect(notes).toEqual([expect.stringContaining('`permissions: checks: read`')]);
  });

  it('any other failure is not swallowed: the run fails rather than guess', async () => {
    const { git, shas } = repoWithLine(1);
    github.fail(/deployments$/, { status: 401, body: { message: 'Bad credentials' } });
    const { record } = reader(git, shas[0]);
    await expect(record.lastSuccess('production')).rejects.toThrow('GitHub refused the token (401)');
  });
});

describe('pull requests of a commit, for merge-only', () => {
  const commit = (sha: string) => ({ sha }) as never;

  it('a merged pull request into the branch brought it; open ones and other bases did not', async () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => x.repeat(40)) as [string, string, string, string];
    github.pulls.set(a, [{ number: 1, base: 'main', mergedAt: '2026-01-01T00:00:00Z' }]);
    github.pulls.set(b, [{ number: 2, base: 'main', mergedAt: null }]);
    github.pulls.set(c, [{ number: 3, base: 'develop', mergedAt: '2026-01-01T00:00:00Z' }]);
    const found = await pullRequestCommits(api, 'main', [a, b, c, d].map(commit));
    expect([...found.merged]).toEqual([a]);
    expect(found.unchecked.size).toBe(0);
  });

  it(`asks about at most ${MAX_PULL_LOOKUPS} commits a run (here 2), and says why the rest is unchecked`, async () => {
    const shas = ['1', '2', '3'].map((x) => x.repeat(40));
    for (const sha of shas) github.pulls.set(sha, [{ number: 9, base: 'main', mergedAt: '2026-01-01T00:00:00Z' }]);
    const found = await pullRequestCommits(api, 'main', shas.map(commit), 2);
    expect([...found.merged]).toEqual(shas.slice(0, 2));
    expect([...found.unchecked]).toEqual([shas[2]]);
    expect(found.reason).toContain('at most 2 commits a run');
    expect(github.requests).toHaveLength(2);
  });

  it('a 403 stops the look-ups and names pull-requests: read', async () => {
    const shas = ['1', '2'].map((x) => x.repeat(40));
    github.fail(/pulls$/, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const found = await pullRequestCommits(api, 'main', shas.map(commit));
    expect([...found.unchecked]).toEqual(shas);
    expect(found.reason).toContain('pull-requests: read');
    expect(github.requests).toHaveLength(1);
  });
});
