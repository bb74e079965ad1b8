import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanupMessage } from '../../src/hooks/message.js';
import { ensureBuilt } from '../support/build.js';
import { huskyClone } from '../support/husky.js';
import { TEST_ENV } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const POLICY = 'rules:\n  jira: { projects: [OPS] }\n';

function commit(dir: string, message: string): { status: number; stderr: string } {
  try {
    execFileSync('git', ['commit', '--allow-empty', '-q', '-m', message], { cwd: dir, env: TEST_ENV, stdio: 'pipe' });
    return { status: 0, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    return { status: e.status, stderr: e.stderr.toString() };
  }
}

describe('commit-msg through a real git commit', () => {
  it('refuses a message without a key, keeps it, and accepts one with a key', () => {
    const { dev } = huskyClone({ policy: POLICY });
    const head = dev.sha();
    const refused = commit(dev.dir, 'no ticket');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('the message names no Jira issue of project OPS');
    expect(refused.stderr).toContain('git commit -e -F .git/COMMIT_EDITMSG');
    expect(dev.sha()).toBe(head);
    expect(readFileSync(join(dev.dir, '.git', 'COMMIT_EDITMSG'), 'utf8')).toContain('no ticket');
    expect(commit(dev.dir, 'OPS-12: with a ticket').status).toBe(0);
    expect(dev.git('log', '-1', '--format=%s')).toBe('OPS-12: with a ticket');
  });

  it('asks for a key on every branch when only production requires one, where the fix is cheap', () => {
    const policy = `environments:
  testing: { branches: [develop] }
  production: { branches: [main], rules: { jira: { projects: [OPS] } } }
rules:
  jira: false
`;
    const { dev } = huskyClone({ policy });
    for (const branch of ['feature/x', 'develop']) {
      dev.git('checkout', '-q', '-b', branch);
      const refused = commit(dev.dir, 'no ticket');
      expect(refused.status, branch).not.toBe(0);
      expect(refused.stderr).toContain('the message names no Jira issue of project OPS');
      expect(commit(dev.dir, 'OPS-7: with a ticket').status).toBe(0);
    }
    // No environment asks for keys: nothing is asked anywhere.
    const { dev: lax } = huskyClone({ policy: policy.replace(', rules: { jira: { projects: [OPS] } }', '') });
    lax.git('checkout', '-q', '-b', 'feature/y');
    expect(commit(lax.dir, 'no ticket').status).toBe(0);
  });

  it('passes fixup! and squash! commits', () => {
    const { dev } = huskyClone({ policy: POLICY });
    expect(commit(dev.dir, 'fixup! OPS-1: policy and hooks').status).toBe(0);
    expect(commit(dev.dir, 'squash! anything').status).toBe(0);
  });
});

describe("git's message clean-up", () => {
  it.each([
    ['OPS-1: x\n# Please enter the commit message\n', 'OPS-1: x'],
    ['\n\nsubject  \n\n\n\nbody\n\n', 'subject\n\nbody'],
    ['subject\n# ------------------------ >8 ------------------------\ndiff --git OPS-1\n', 'subject'],
  ])('%j → %j', (raw, cleaned) => {
    expect(cleanupMessage(raw)).toBe(cleaned);
  });

  it('a comment line does not count as a key, and core.commentChar is honoured', () => {
    expect(cleanupMessage('fix\n; OPS-1 in a comment\n', { commentChar: ';' })).toBe('fix');
    expect(cleanupMessage('fix\n# OPS-1\n', { mode: 'verbatim' })).toBe('fix\n# OPS-1\n');
    expect(cleanupMessage('fix  \n# OPS-1\n', { mode: 'whitespace' })).toBe('fix\n# OPS-1');
  });
});
