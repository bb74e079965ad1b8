import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, ensureBuilt, runAction, unescapeData, Workspace, webhookExamples } from './harness.js';

beforeAll(ensureBuilt, 300_000);

const [pushExample] = webhookExamples('push');
const NO_ALLOWLIST = `environments:
  production: { branches: [main] }
rules:
  committers: { allow: [] }
  branches: { merge-only: [] }
  jira: false
  destructive: false
`;

function failures(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error' && !c.properties).map((c) => unescapeData(c.message));
}

describe('fail-on', () => {
  const ws = new Workspace({ policy: NO_ALLOWLIST });
  const before = ws.upstream.sha();
  const after = ws.upstream.commit('feat: fine');
  const clone = ws.checkout();
  const payload = { ...pushExample, ref: 'refs/heads/main', before, after };

  it('error (the default) passes a deploy with warnings', async () => {
    const run = await runAction({ cwd: clone.dir, event: 'push', payload });
    expect(run.status).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    const warnings = run.commands.filter((c) => c.command === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.properties).toBe('title=gitops-action%3A committers');
  });

  it('warning fails on any warning', async () => {
    const run = await runAction({ cwd: clone.dir, event: 'push', payload, inputs: { 'fail-on': 'warning' } });
    expect(run.status).toBe(1);
    expect(run.outputs.decision).toBe('deploy');
    expect(failures(run)).toEqual(['gitops-action found 1 warning, and fail-on is warning']);
  });

  it('never passes a block, and still reports it', async () => {
    const blockWs = new Workspace();
    const from = blockWs.upstream.sha();
    const to = blockWs.upstream.commit('feat: x', { as: 'mallory@evil.test' });
    const blockClone = blockWs.checkout();
    const run = await runAction({
      cwd: blockClone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before: from, after: to },
      inputs: { 'fail-on': 'never' },
    });
    expect(run.status).toBe(0);
    expect(run.outputs.decision).toBe('block');
    expect(run.commands.filter((c) => c.command === 'error' && c.properties)).toHaveLength(2);
    expect(failures(run)).toEqual([]);
  });
});

describe('clear errors', () => {
  const ws = new Workspace();
  const clone = ws.checkout();

  it('an unsupported event lists the supported ones', async () => {
    const [issues] = webhookExamples('issues');
    const run = await runAction({ cwd: clone.dir, event: 'issues', payload: issues });
    expect(run.status).toBe(1);
    expect(failures(run)).toEqual([
      'the event "issues" is not supported\nfix: gitops-action runs on push, pull_request, pull_request_target, merge_group, workflow_dispatch. Add one of them to the workflow\'s on: block.',
    ]);
    expect(run.outputs).toEqual({});
  });

  it.each([
    ['fail-on', 'sometimes', 'input "fail-on" must be one of error, warning, never, not "sometimes"'],
    ['fetch-history', 'yes', 'input "fetch-history" must be true or false, not "yes"'],
    ['create-tag', '1', 'input "create-tag" must be true or false, not "1"'],
    ['comment', 'maybe', 'input "comment" must be true or false, not "maybe"'],
    ['jira-url', 'ftp://jira', 'input "jira-url" must be an http(s) URL, not "ftp://jira"'],
  ])('a bad %s (%s) names the input and the value', async (input, value, message) => {
    const run = await runAction({ cwd: clone.dir, event: 'push', payload: pushExample, inputs: { [input]: value } });
    expect(run.status).toBe(1);
    expect(failures(run)[0]?.split('\n')[0]).toBe(message);
  });

  it('a workspace that is not a repository says to check out first', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gitops-empty-'));
    const run = await runAction({ cwd: empty, event: 'push', payload: pushExample });
    expect(run.status).toBe(1);
    expect(failures(run)[0]).toContain(`the workspace ${empty} is not a git repository`);
    expect(failures(run)[0]).toContain('fetch-depth: 0');
  });

  it('an explicit config path missing from the trusted ref is an error, not the embedded default', async () => {
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before: ws.upstream.sha(), after: ws.upstream.sha() },
      inputs: { config: 'deploy/policy.yml' },
    });
    expect(run.status).toBe(1);
    expect(failures(run)[0]).toContain('config file deploy/policy.yml is not in the trusted ref');
  });
});
