import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENV } from '../support/repo.js';
import { ensureBuilt, runAction, unescapeData, Workspace, webhookExamples, ZERO40 } from './harness.js';

beforeAll(ensureBuilt, 300_000);

const [pushExample] = webhookExamples('push');

describe('untrusted commit text never becomes a workflow command', () => {
  it('prints ::error::, ::add-mask:: and ::stop-commands:: lines from commits as text', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    ws.upstream.commit('::error::owned\n\n::add-mask::x\n::stop-commands::x\n::error::still owned');
    ws.upstream.commit('::add-mask::x');
    ws.upstream.commit('::stop-commands::x');
    // A third commit whose author name is itself a command, and who is not allowlisted: it reaches
    // an annotation's message, where `::` must stay message text.
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', '::endgroup::'], {
      cwd: ws.upstream.dir,
      env: { ...TEST_ENV, GIT_AUTHOR_NAME: 'Mal ::error::owned', GIT_AUTHOR_EMAIL: 'mallory@evil.test' },
    });
    const after = ws.upstream.sha();
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
    });
    expect(run.status).toBe(1);
    expect(run.outputs.decision).toBe('block');

    // The subjects are in the log, as text, inside the one guard we opened.
    expect(run.text).toEqual(
      expect.arrayContaining([expect.stringContaining('::error::owned'), expect.stringContaining('::add-mask::x')]),
    );
    expect(run.text.some((l) => l.includes('::stop-commands::x'))).toBe(true);
    const stops = run.commands.filter((c) => c.command === 'stop-commands');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.message).toMatch(/^[0-9a-f]{32}$/);

    // What the runner obeys: one annotation for the author (message text keeps the `::`), setFailed, nothing else.
    expect(run.commands.map((c) => c.command)).toEqual(['stop-commands', 'error', 'error']);
    const annotation = run.commands[1]!;
    expect(annotation.properties).toBe('title=gitops-action%3A committers');
    expect(unescapeData(annotation.message)).toContain('Mal ::error::owned <mallory@evil.test>');
    expect(run.commands.some((c) => c.command === 'add-mask')).toBe(false);
    expect(run.commands.some((c) => c.message === 'owned' || c.message === 'still owned')).toBe(false);
    // The summary escapes commit text for markdown.
    expect(run.summary).toContain('::error::owned');
  });

  it('a branch name with $(...), backticks and quotes reaches no shell', async () => {
    const ws = new Workspace();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion that must stay inert.
    const branch = 'feat/$(touch${IFS}pwned)-`touch${IFS}pwned2`-\'q\'-"dq"';
    ws.upstream.git('checkout', '-q', '-b', branch);
    const after = ws.upstream.commit('feat: odd branch');
    const clone = ws.checkout(branch);
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: `refs/heads/${branch}`, before: ZERO40, after, created: true },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.decision).toBe('skip');
    expect(run.outputs['skip-reason']).toBe(`${branch} maps to no environment`);
    for (const dir of [clone.dir, ws.upstream.dir, process.cwd()]) {
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
      expect(existsSync(join(dir, 'pwned2'))).toBe(false);
    }
    expect(run.summary).toContain('1 commits checked');
  });

  it('a ref with a newline in a forged payload stays text', async () => {
    const ws = new Workspace();
    const clone = ws.checkout();
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: {
        ...pushExample,
        ref: 'refs/heads/x\n::error::forged',
        before: ZERO40,
        after: ws.upstream.sha(),
        created: true,
      },
    });
    expect(run.commands.filter((c) => c.command !== 'stop-commands').map((c) => unescapeData(c.message))).not.toContain(
      'forged',
    );
    expect(run.commands.every((c) => c.command === 'stop-commands' || c.message !== 'forged')).toBe(true);
  });
});

describe('tokens', () => {
  it('never appear in the log (but the mask command), the outputs, the summary or stderr', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = ws.upstream.commit('feat: x', { as: 'mallory@evil.test' });
    const clone = ws.checkout();
    const token = 'ghs_SuperSecretToken1234567890';
    const jiraToken = 'jira-Secret-987654321';
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
      inputs: { token, 'jira-token': jiraToken, 'jira-user': 'bot@example.com' },
    });
    expect(run.outputs.decision).toBe('block');
    for (const secret of [token, jiraToken]) {
      const lines = run.stdout.split('\n').filter((l) => l.includes(secret));
      expect(lines).toEqual([`::add-mask::${secret}`]);
      expect(JSON.stringify(run.outputs)).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
    // The masks come first: a mask inside the stop-commands guard would not be obeyed.
    expect(run.commands.slice(0, 2).map((c) => c.command)).toEqual(['add-mask', 'add-mask']);
  });
});
