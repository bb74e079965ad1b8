import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../support/github-server.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';
import { ensureBuilt, type Payload, POLICY, runAction, unescapeData, Workspace, webhookExamples } from './harness.js';

let github: GitHubStandIn;
beforeAll(async () => {
  await ensureBuilt();
  github = await GitHubStandIn.start();
}, 300_000);
afterAll(() => github.close());
afterEach(() => {
  github.clearFaults();
  expect(github.schemaErrors).toEqual([]);
});

function api(): Record<string, string> {
  return { GITHUB_API_URL: github.url };
}

/** A pull request from `feature` into main: main has the policy, feature has `commits`. */
function pullRequest(commits: Array<{ message: string; as?: string; files?: Record<string, string> }>) {
  const ws = new Workspace();
  const baseSha = ws.upstream.sha();
  ws.upstream.checkout('feature', true);
  for (const c of commits) ws.upstream.commit(c.message, { as: c.as, files: c.files });
  const headSha = ws.upstream.sha();
  ws.upstream.checkout('main');
  // main moves on after the branch point: the range is still merge-base..head.
  const movedBase = ws.upstream.commit('chore: main moves on');
  return { ws, baseSha, movedBase, headSha };
}

function prPayload(example: Payload, number: number, base: string, head: string, title = 'OPS-1 a change'): Payload {
  return {
    ...example,
    number,
    pull_request: {
      ...example.pull_request,
      number,
      title,
      base: { ...example.pull_request.base, ref: 'main', sha: base },
      head: { ...example.pull_request.head, ref: 'feature', sha: head },
    },
  };
}

const prExamples = webhookExamples('pull_request');

describe('pull_request', () => {
  it('checks merge-base..head for the base branch environment and writes one comment', async () => {
    const { ws, movedBase, headSha } = pullRequest([{ message: 'feat: a' }, { message: 'feat: b' }]);
    const clone = ws.checkout();
    const before = github.comments.length;
    const run = await runAction({
      cwd: clone.dir,
      event: 'pull_request',
      payload: prPayload(prExamples[0]!, 11, movedBase, headSha),
      inputs: { token: github.token },
      env: api(),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    expect(run.outputs.environment).toBe('production');
    expect(run.summary).toContain('2 commits checked');
    expect(run.summary).not.toContain('main moves on');
    const mine = github.comments.filter((c) => c.issue === 11);
    expect(github.comments.length).toBe(before + 1);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body.startsWith('<!-- gitops-action -->\n### gitops-action: ✅ **deploy**')).toBe(true);
  });

  it('a pull request that adds its own author to the allowlist is still blocked: the policy is the base one', async () => {
    const evil = POLICY.replace('"*@example.com"', '"*@example.com", "mallory@evil.test"');
    const { ws, movedBase, headSha } = pullRequest([
      { message: 'chore: trust me', as: 'mallory@evil.test', files: { '.gitops.yml': evil } },
    ]);
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'pull_request',
      payload: prPayload(prExamples[0]!, 12, movedBase, headSha),
      inputs: { comment: 'false' },
    });
    expect(run.status).toBe(1);
    expect(run.outputs.decision).toBe('block');
    const findings = JSON.parse(run.outputs.findings as string) as Array<{ rule: string; message: string }>;
    expect(findings.filter((f) => f.rule === 'committers').map((f) => f.message)).toEqual([
      expect.stringContaining('has author Dev <mallory@evil.test>, who is not on the allowlist'),
      expect.stringContaining('has committer Dev <mallory@evil.test>, who is not on the allowlist'),
    ]);
    expect(findings.some((f) => f.rule === 'policy-change')).toBe(true);
    expect(run.summary).toContain(`policy: .gitops.yml at ${movedBase.slice(0, 7)}`);
  });

  it('updates its comment in place, found by the marker on a later page', async () => {
    const { ws, movedBase, headSha } = pullRequest([{ message: 'feat: a' }]);
    const clone = ws.checkout();
    github.perPage = 2;
    try {
      github.addComment(13, 'LGTM');
      github.addComment(13, 'a question');
      const ours = github.addComment(13, '<!-- gitops-action -->\nold body', 'github-actions[bot]');
      const run = await runAction({
        cwd: clone.dir,
        event: 'pull_request',
        payload: prPayload(prExamples[0]!, 13, movedBase, headSha),
        inputs: { token: github.token },
        env: api(),
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const mine = github.comments.filter((c) => c.issue === 13);
      expect(mine.map((c) => c.id)).toHaveLength(3);
      expect(mine.find((c) => c.id === ours)?.body).toContain('1 commits checked');
      expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toContain(
        `/repos/octo-org/deploys/issues/comments/${ours}`,
      );
    } finally {
      github.perPage = 100;
    }
  });

  it('a comment GitHub refuses is a warning; the check stands', async () => {
    const { ws, movedBase, headSha } = pullRequest([{ message: 'feat: a' }]);
    const clone = ws.checkout();
    github.fail(/^GET \/repos\/octo-org\/deploys\/issues\/14\/comments$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const run = await runAction({
      cwd: clone.dir,
      event: 'pull_request',
      payload: prPayload(prExamples[0]!, 14, movedBase, headSha),
      inputs: { token: github.token },
      env: api(),
    });
    expect(run.status).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    const warnings = run.commands.filter((c) => c.command === 'warning').map((c) => unescapeData(c.message));
    expect(warnings).toEqual([
      'could not write the pull request comment: GitHub answered 403 Forbidden for the comments of pull request #14',
    ]);
  });

  describe('every pull_request example of @octokit/webhooks-examples, pointed at the test repository', () => {
    const { ws, movedBase, headSha } = pullRequest([
      { message: 'feat: a' },
      { message: 'feat: b' },
      { message: 'feat: c' },
    ]);
    const clone = ws.checkout();
    it.each(prExamples.map((e, i) => [i, e.action as string, e] as const))(
      'example %i (%s)',
      async (_i, _action, example) => {
        const run = await runAction({
          cwd: clone.dir,
          event: 'pull_request',
          payload: prPayload(example, 20, movedBase, headSha, example.pull_request.title),
          inputs: { token: github.token },
          env: api(),
        });
        expect(run.status, run.stdout + run.stderr).toBe(0);
        expect(run.outputs.decision).toBe('deploy');
        expect(run.outputs.environment).toBe('production');
        expect(run.summary).toContain('3 commits checked');
        // Every run finds the one comment and updates it: never a second one.
        expect(github.comments.filter((c) => c.issue === 20)).toHaveLength(1);
      },
    );
  });
});

describe('pull_request_target', () => {
  it('fetches the head the base checkout lacks, and checks it with the base policy', async () => {
    const { ws, movedBase, headSha } = pullRequest([{ message: 'feat: from a fork', as: 'mallory@evil.test' }]);
    // A fork's head is only under refs/pull/N/head upstream; the checkout has main alone.
    ws.upstream.git('update-ref', 'refs/pull/15/head', headSha);
    ws.upstream.git('branch', '-D', 'feature');
    const clone = ws.checkout('main');
    expect(() => clone.git('cat-file', '-e', `${headSha}^{commit}`)).toThrow();
    const run = await runAction({
      cwd: clone.dir,
      event: 'pull_request_target',
      payload: prPayload(prExamples[0]!, 15, movedBase, headSha),
      inputs: { comment: 'false' },
    });
    expect(run.outputs.decision).toBe('block');
    expect(run.outputs.environment).toBe('production');
    expect(run.summary).toContain('1 commits checked');
    expect(JSON.parse(run.outputs.findings as string)[0].message).toContain('mallory@evil.test');
  });
});

describe('render: on a pull request head', () => {
  // The render command is the base policy's, but it runs over the head's files: a fork's
  // kustomization (a generator, an exec plugin) would run its code with this job's token.
  function renderCase() {
    const marker = join(mkdtempSync(join(tmpdir(), 'gitops-render-')), 'ran');
    const policy = `environments:
  production: { branches: [main] }
rules:
  committers: false
  jira: false
  branches: { merge-only: [] }
  destructive:
    descriptors: ["deploy/**/*.yaml"]
    render:
      deploy: "touch ${marker} && cat deploy/web.yaml"
`;
    const web = (port: number) =>
      `apiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: shop }\nspec: { ports: [{ port: ${port} }] }\n`;
    const ws = new Workspace({ policy });
    ws.upstream.commit('feat: web', { files: { 'deploy/web.yaml': web(80) } });
    const base = ws.upstream.sha();
    ws.upstream.checkout('feature', true);
    const head = ws.upstream.commit('feat: from a fork', { files: { 'deploy/web.yaml': web(443) } });
    ws.upstream.checkout('main');
    return { ws, base, head, marker };
  }

  it('is not run under pull_request_target, and the report says why', async () => {
    const { ws, base, head, marker } = renderCase();
    const run = await runAction({
      cwd: ws.checkout('main').dir,
      event: 'pull_request_target',
      payload: prPayload(prExamples[0]!, 16, base, head),
      inputs: { comment: 'false' },
    });
    expect(run.status, run.stdout).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(run.stdout).toContain('render: not run, because the head of this pull request comes from a fork');
  });

  it('is run under pull_request (the head runs with a read-only token anyway)', async () => {
    const { ws, base, head, marker } = renderCase();
    const run = await runAction({
      cwd: ws.checkout('feature').dir,
      event: 'pull_request',
      payload: prPayload(prExamples[0]!, 17, base, head),
      inputs: { comment: 'false' },
    });
    expect(run.status, run.stdout).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});

// workflow_dispatch: see trust.test.ts (the policy and the baseline never come from its inputs).

describe('shallow checkouts', () => {
  function shallowClone(ws: Workspace): TestRepo {
    const bare = mkdtempSync(join(tmpdir(), 'gitops-bare-'));
    execFileSync('git', ['clone', '-q', '--bare', ws.upstream.dir, bare], { env: TEST_ENV });
    const dir = mkdtempSync(join(tmpdir(), 'gitops-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${bare}`, dir], { env: TEST_ENV });
    return new TestRepo(dir);
  }

  it('is deepened when fetch-history is on', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    for (let i = 0; i < 5; i++) ws.upstream.commit(`feat: ${i}`);
    const clone = shallowClone(ws);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const [push] = webhookExamples('push');
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...push, ref: 'refs/heads/main', before, after: ws.upstream.sha() },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    expect(run.summary).toContain('5 commits checked');
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('with fetch-history off, fails with the fix', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    for (let i = 0; i < 3; i++) ws.upstream.commit(`feat: ${i}`);
    const clone = shallowClone(ws);
    const [push] = webhookExamples('push');
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...push, ref: 'refs/heads/main', before, after: ws.upstream.sha() },
      inputs: { 'fetch-history': 'false' },
    });
    expect(run.status).toBe(1);
    const failure = run.commands.find((c) => c.command === 'error');
    expect(unescapeData(failure?.message ?? '')).toMatch(/shallow clone.*\n.*fetch-depth: 0/);
    expect(run.outputs).toEqual({});
  });
});
