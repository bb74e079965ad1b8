import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runAction, Workspace, webhookExamples, ZERO40, ZERO64 } from './harness.js';

beforeAll(ensureBuilt, 300_000);

function pushPayload(base: Record<string, unknown>, fields: Record<string, unknown>): Record<string, unknown> {
  // Real payloads list commits (truncated at 20 by GitHub); the Action must never read them.
  return { ...base, ...fields, commits: [{ id: 'f'.repeat(40), message: 'payload commits are never read' }] };
}

const [pushExample] = webhookExamples('push');

describe('push events', () => {
  it('checks an update from..to with commits from git, not from the payload', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    ws.upstream.commit('feat: one');
    const after = ws.upstream.commit('feat: two');
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, {
        ref: 'refs/heads/main',
        before,
        after,
        created: false,
        deleted: false,
        forced: false,
      }),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    expect(run.outputs.deploy).toBe('true');
    expect(run.outputs.environment).toBe('production');
    expect(run.outputs.version).toBe('0.1.0');
    expect(run.outputs.tag).toBe('v0.1.0');
    expect(run.outputs.findings).toBe('[]');
    expect(run.outputs['skip-reason']).toBe('');
    expect(run.summary).toContain('2 commits checked');
    expect(run.summary).toContain('feat: two');
    expect(run.stdout).not.toContain('payload commits are never read');
  });

  it.each([
    ['SHA-1', 'sha1', ZERO40],
    ['SHA-256', 'sha256', ZERO64],
  ] as const)(
    'checks a new branch (%s, before all zeros) against what the other branches have',
    async (_name, objectFormat, zero) => {
      const ws = new Workspace({ objectFormat });
      ws.upstream.checkout('staging', true);
      const after = ws.upstream.commit('feat: staged change');
      const clone = ws.checkout('staging');
      const run = await runAction({
        cwd: clone.dir,
        event: 'push',
        payload: pushPayload(pushExample!, {
          ref: 'refs/heads/staging',
          before: zero,
          after,
          created: true,
          deleted: false,
        }),
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.decision).toBe('deploy');
      expect(run.outputs.environment).toBe('staging');
      expect(run.summary).toContain('1 commits checked');
      expect(run.summary).toContain('feat: staged change');
    },
  );

  it('a new branch at a commit main already has brings no commits', async () => {
    const ws = new Workspace();
    ws.upstream.git('branch', 'staging');
    const clone = ws.checkout('staging');
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, {
        ref: 'refs/heads/staging',
        before: ZERO40,
        after: ws.upstream.sha(),
        created: true,
      }),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('skip');
    expect(run.outputs['skip-reason']).toBe('the range holds no new commits');
    expect(run.summary).toContain('0 commits checked');
  });

  it('checks a force push from the merge-base', async () => {
    const ws = new Workspace();
    const base = ws.upstream.sha();
    const old = ws.upstream.commit('feat: to be replaced', { as: 'mallory@evil.test' });
    ws.upstream.git('reset', '-q', '--hard', base);
    const after = ws.upstream.commit('feat: replacement');
    // The old tip is still in the clone, as it is in a real checkout with fetch-depth: 0 of a recent force push.
    const clone = ws.checkout();
    clone.git('fetch', '-q', 'origin', old);
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, { ref: 'refs/heads/main', before: old, after, forced: true }),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    expect(run.summary).toContain('1 commits checked');
    expect(run.summary).toContain('feat: replacement');
    expect(run.summary).not.toContain('to be replaced');
  });

  it('a deleted branch deploys nothing: skip, but deleting an environment branch blocks (allow-delete: false)', async () => {
    const ws = new Workspace();
    ws.upstream.checkout('staging', true);
    const before = ws.upstream.commit('feat: x');
    ws.upstream.checkout('main');
    const clone = ws.checkout();
    const feature = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, { ref: 'refs/heads/feature/x', before, after: ZERO40, deleted: true }),
    });
    expect(feature.status, feature.stdout + feature.stderr).toBe(0);
    expect(feature.outputs.decision).toBe('skip');
    expect(feature.outputs.deploy).toBe('false');
    expect(feature.outputs['skip-reason']).toBe('feature/x is being deleted: nothing to deploy');
    expect(feature.outputs.version).toBe('');

    const env = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, { ref: 'refs/heads/staging', before, after: ZERO40, deleted: true }),
    });
    expect(env.status).toBe(1);
    expect(env.outputs.decision).toBe('block');
    expect(env.outputs.environment).toBe('staging');
    expect(JSON.parse(env.outputs.findings as string)[0].rule).toBe('branches');
  });

  it('a tag push deploys the tagged commit to the tag environment with the tag version', async () => {
    const ws = new Workspace();
    const after = ws.upstream.commit('feat: release me');
    ws.upstream.tag('v1.2.0');
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, {
        ref: 'refs/tags/v1.2.0',
        before: ZERO40,
        after,
        created: true,
        base_ref: 'refs/heads/main',
      }),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    expect(run.outputs.environment).toBe('production');
    expect(run.outputs.version).toBe('1.2.0');
    expect(run.outputs.tag).toBe('v1.2.0');
    // Nothing deployed and no earlier release tag on main: the tag's whole history is checked.
    expect(run.outputs.baseline).toBe('none');
    expect(run.summary).toContain('2 commits checked');
  });

  it('an author outside the allowlist blocks, with one annotation per finding, and fails the step', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const bad = ws.upstream.commit('feat: sneaky', { as: 'mallory@evil.test' });
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: pushPayload(pushExample!, { ref: 'refs/heads/main', before, after: bad }),
    });
    expect(run.status).toBe(1);
    expect(run.outputs.decision).toBe('block');
    expect(run.outputs.deploy).toBe('false');
    const findings = JSON.parse(run.outputs.findings as string) as Array<{
      rule: string;
      severity: string;
      commit: string;
    }>;
    expect(findings.map((f) => [f.rule, f.severity, f.commit])).toEqual([
      ['committers', 'error', bad],
      ['committers', 'error', bad],
    ]);
    const errors = run.commands.filter((c) => c.command === 'error');
    // Two annotations (author, committer), then setFailed's own error.
    expect(errors).toHaveLength(3);
    expect(errors[0]?.properties).toBe('title=gitops-action%3A committers');
    expect(errors[0]?.message).toContain('mallory@evil.test');
    expect(errors[2]?.message).toContain('gitops-action blocked this push: 2 errors');
  });
});

describe('every push example of @octokit/webhooks-examples, pointed at the test repository', () => {
  const ws = new Workspace();
  ws.upstream.checkout('master', true);
  const before = ws.upstream.sha();
  const after = ws.upstream.commit('feat: on master');
  ws.upstream.tag('simple-tag');
  const clone = ws.checkout('master');
  const examples = webhookExamples('push');

  it.each(examples.map((e, i) => [i, e] as const))('example %i', async (_i, example) => {
    const rewrite: Record<string, unknown> = {};
    // Keep each example's kind (created / deleted, branch / tag); give it this repository's shas.
    if (example.created) Object.assign(rewrite, { before: ZERO40, after });
    else if (example.deleted) Object.assign(rewrite, { before: after, after: ZERO40 });
    else Object.assign(rewrite, { before, after });
    const run = await runAction({ cwd: clone.dir, event: 'push', payload: { ...example, ...rewrite } });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    // master and simple-tag map to no environment in the test policy: message rules only.
    expect(run.outputs.environment).toBe('');
    expect(run.outputs.decision).toBe('skip');
    const name = String(example.ref).replace(/^refs\/(heads|tags)\//, '');
    expect(run.outputs['skip-reason']).toBe(
      example.deleted ? `${name} is being deleted: nothing to deploy` : `${name} maps to no environment`,
    );
    expect(run.summary).toContain(String(example.ref).replace(/^refs\/(heads|tags)\//, ''));
  });
});
