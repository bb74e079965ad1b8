import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGitHub } from '../../src/action/github-api.js';
import { pullRequestStarts } from '../../src/action/pull-starts.js';
import { GitHubStandIn } from '../support/github-server.js';
import { ensureBuilt, runAction, unescapeData, Workspace, webhookExamples } from './harness.js';

/** `metrics:` puts the environment's DORA keys, read from GitHub's deployments, in the job summary. */
let github: GitHubStandIn;
beforeAll(async () => {
  await ensureBuilt();
  github = await GitHubStandIn.start();
}, 300_000);
afterAll(() => github.close());

const [pushExample] = webhookExamples('push');
const POLICY = `environments:
  production: { branches: [main] }
rules:
  branches: { merge-only: [] }
  destructive: false
`;

describe('the metrics input', () => {
  it('adds a DORA section over the window from the deployments, and only when asked', async () => {
    const ws = new Workspace({ policy: POLICY });
    const shas = [ws.upstream.sha()];
    for (let i = 0; i < 4; i++) shas.push(ws.upstream.commit(`feat: change ${i}`));
    github.addDeployment('production', shas[0]!);
    github.addDeployment('production', shas[1]!);
    github.addDeployment('production', shas[2]!, ['in_progress', 'failure']);
    github.addDeployment('production', shas[3]!);
    const to = shas[4]!;
    const run = (metrics?: string) =>
      runAction({
        cwd: ws.checkout().dir,
        event: 'push',
        payload: { ...pushExample, ref: 'refs/heads/main', before: shas[3], after: to },
        inputs: { token: github.token, comment: 'false', ...(metrics ? { metrics } : {}) },
        env: { GITHUB_API_URL: github.url, GITHUB_JOB: 'gitops' },
      });
    const on = await run('1y');
    expect(on.status, on.stdout).toBe(0);
    expect(on.summary).toContain('### DORA metrics');
    expect(on.summary).toMatch(/\| Deployment frequency \| [^|]*\(3 deploys\)/);
    expect(on.summary).toMatch(/\| Change failure rate \| [^|]*\(1 of 4 deploys\)/);
    const off = await run();
    expect(off.summary).not.toContain('DORA');
    const bad = await run('soon');
    expect(bad.status).toBe(1);
    expect(unescapeData(bad.commands.find((c) => c.command === 'error')?.message ?? '')).toContain(
      'input "metrics" must be true, false, a window such as 90d or 1y, or a date',
    );
  });
});

const DAY = 86_400_000;
const days = (ms: number) => `${(ms / DAY).toFixed(1)} d`;

describe('the lead time of a squash merge', () => {
  it("starts at its pull request's first commit, asked of GitHub, and a direct commit keeps its own time", async () => {
    const ws = new Workspace({ policy: POLICY });
    const baseline = ws.upstream.sha();
    const squash = ws.upstream.commit('feat: login (#7)');
    const direct = ws.upstream.commit('fix: a typo');
    const authored = (sha: string) => Date.parse(ws.upstream.git('log', '-1', '--format=%aI', sha));
    // The pull request's work began a month before the squash; its commits are not in the history.
    github.pulls.set(squash, [
      {
        number: 7,
        base: 'main',
        mergedAt: new Date(authored(squash)).toISOString(),
        mergeCommitSha: squash,
        commits: [
          { sha: 'a'.repeat(40), authorDate: '2025-12-01T09:00:00Z' },
          { sha: 'b'.repeat(40), authorDate: '2025-12-03T09:00:00Z' },
        ],
      },
    ]);
    // A pull request that only passed through `direct` (merged as another commit) changes nothing.
    github.pulls.set(direct, [
      { number: 8, base: 'main', mergedAt: '2026-01-02T00:00:00Z', mergeCommitSha: 'c'.repeat(40) },
    ]);
    github.addDeployment('production', baseline);
    github.addDeployment('production', direct);
    const deployedAt = Date.parse(github.deployments.at(-1)!.statuses.at(-1)!.createdAt);
    const to = ws.upstream.commit('feat: next');
    const before = github.requests.length;
    const r = await runAction({
      cwd: ws.checkout().dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before: direct, after: to },
      inputs: { token: github.token, comment: 'false', metrics: '1y' },
      env: { GITHUB_API_URL: github.url, GITHUB_JOB: 'gitops' },
    });
    expect(r.status, r.stdout).toBe(0);
    expect(github.schemaErrors).toEqual([]);
    const fromPull = deployedAt - Date.parse('2025-12-01T09:00:00Z');
    const own = deployedAt - authored(direct);
    expect(fromPull).toBeGreaterThan(own + 20 * DAY);
    // Two changes: the median is their mean, the nearest-rank p90 the longer one.
    expect(r.summary).toContain(
      `| Lead time for changes | median ${days((fromPull + own) / 2)}, p90 ${days(fromPull)} (2 commits, 1 from pull requests) |`,
    );
    const asked = github.requests.slice(before).map((q) => q.path.replace(/\?.*$/, ''));
    expect(asked.filter((p) => p.endsWith('/pulls') || (p.endsWith('/commits') && p.includes('/pulls/')))).toEqual([
      `/repos/octo-org/deploys/commits/${direct}/pulls`,
      `/repos/octo-org/deploys/commits/${squash}/pulls`,
      '/repos/octo-org/deploys/pulls/7/commits',
    ]);
  });

  it('asks about at most the bound a run, newest first, and says so', async () => {
    const api = await connectGitHub(github.token, github.url, { owner: 'octo-org', repo: 'deploys' }, { backoffMs: 1 });
    const shas = ['1', '2', '3'].map((d) => d.repeat(40));
    github.pulls.set(shas[0]!, [
      {
        number: 21,
        base: 'main',
        mergedAt: '2026-02-01T00:00:00Z',
        mergeCommitSha: shas[0],
        commits: [{ sha: 'd'.repeat(40), authorDate: '2026-01-20T00:00:00Z' }],
      },
    ]);
    const before = github.requests.length;
    const found = await pullRequestStarts(api, shas, 2);
    expect([...found.starts]).toEqual([[shas[0], Date.parse('2026-01-20T00:00:00Z')]]);
    expect(github.requests.length - before).toBe(3);
    expect(found.notes).toEqual([
      'The pull requests of the 2 newest of 3 commits that may be squash merges were looked up (at most 2 a run); the others start at their commit time.',
    ]);
    github.fail(/GET .*\/commits\/.*\/pulls/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const denied = await pullRequestStarts(api, shas, 2);
    expect(denied.starts.size).toBe(0);
    expect(denied.notes.join(' ')).toMatch(/answered 403 .*pull-requests: read/);
  });
});
