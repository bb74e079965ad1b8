import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, runCli } from '../support/build.js';
import { huskyClone, push } from '../support/husky.js';
import { TEST_ENV } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const POLICY = `environments:
  testing: { branches: [develop] }
  production: { branches: [main] }
rules:
  committers: { allow: ["*@example.com"] }
  jira: { projects: [OPS] }
  branches: { merge-only: [] }
`;

function setup(objectFormat?: 'sha1' | 'sha256') {
  const { dev, origin } = huskyClone({ policy: POLICY, objectFormat });
  // The remote starts with the policy (a repository adopting the tool), and the clone knows the
  // remote's default branch as `git clone` records it: origin/HEAD.
  const first = push(dev, ['-q', '--no-verify', 'origin', 'main']);
  expect(first).toMatchObject({ status: 0 });
  dev.git('remote', 'set-head', 'origin', 'main');
  return { dev, origin };
}

const remoteSha = (origin: { git: (...a: string[]) => string }, ref: string) =>
  origin.git('rev-parse', '--verify', '--quiet', ref);

describe('pre-push through a real git push (husky v9, one-line hooks)', () => {
  it('blocks a bad push: nothing reaches the remote, and the output names the commit and the fix', () => {
    const { dev, origin } = setup();
    const before = remoteSha(origin, 'main');
    const bad = dev.commit('quick fix');
    const r = push(dev, ['origin', 'main']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`jira ${bad.slice(0, 7)} "quick fix"`);
    expect(r.stderr).toContain('git rebase -i');
    expect(r.stderr).toContain('push blocked');
    expect(remoteSha(origin, 'main')).toBe(before);
  });

  it('lets a good push through', () => {
    const { dev, origin } = setup();
    const good = dev.commit('OPS-2: good');
    expect(push(dev, ['origin', 'main']).status).toBe(0);
    expect(remoteSha(origin, 'main')).toBe(good);
  });

  it('a new branch is checked for the commits the remote does not have', () => {
    const { dev, origin } = setup();
    dev.checkout('develop', true);
    dev.commit('no key on develop');
    expect(push(dev, ['origin', 'develop']).status).not.toBe(0);
    dev.git('commit', '-q', '--amend', '--allow-empty', '-m', 'OPS-3: keyed');
    expect(push(dev, ['origin', 'develop']).status).toBe(0);
    expect(remoteSha(origin, 'develop')).toBe(dev.sha());
  });

  it('a feature branch gets the message rules only', () => {
    const { dev } = setup();
    dev.checkout('feature/x', true);
    dev.commit('wip', { as: 'eve@evil.org' });
    // No environment: the committers rule does not apply, and jira is a message rule of the top level.
    const r = push(dev, ['origin', 'feature/x']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('jira');
    expect(r.stderr).not.toContain('committers');
  });

  it('a fast-forward push runs five git commands: no rev-parse of its own for the remote sha, no merge-base', () => {
    const { dev } = setup();
    dev.checkout('develop', true);
    dev.commit('OPS-3: x');
    expect(push(dev, ['-q', 'origin', 'develop']).status).toBe(0);
    dev.commit('OPS-3: y');
    const trace = join(dev.dir, '..', `trace-${Date.now()}.log`);
    expect(push(dev, ['-q', 'origin', 'develop'], { GIT_TRACE: trace }).status).toBe(0);
    const lines = readFileSync(trace, 'utf8').split('\n');
    // The hook runs after git has talked to the remote and before it packs the objects.
    const hookLines = lines.slice(
      lines.findIndex((l) => l.includes('built-in: git receive-pack')),
      lines.findIndex((l) => l.includes('built-in: git pack-objects')),
    );
    const hookCommands = hookLines
      .slice(1)
      .map((l) => /trace: built-in: git (\S+)(.*)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => `${m[1]}${m[1] === 'rev-parse' ? m[2] : ''}`.replace(/ '?[0-9a-f]{40}.*$/, ''));
    expect(hookCommands).toEqual([
      'rev-parse --git-common-dir --show-object-format --verify --quiet --end-of-options',
      // origin/HEAD (the default branch, where the policy is) and the local deploy record, at once.
      'for-each-ref',
      'cat-file',
      'log',
      // The files the push changes; the plan, when a descriptor is among them, lists its second
      // revision from the same output.
      'diff-tree',
    ]);
  });

  it('a force push checks merge-base(remote, local)..local only', () => {
    const { dev, origin } = setup();
    dev.commit('OPS-4: one');
    dev.commit('OPS-5: two');
    expect(push(dev, ['origin', 'main']).status).toBe(0);
    dev.git('reset', '-q', '--hard', 'HEAD~2');
    const rewritten = dev.commit('OPS-6: rewritten');
    const r = push(dev, ['--force', 'origin', 'main']);
    expect(r.status).toBe(0);
    expect(remoteSha(origin, 'main')).toBe(rewritten);
    dev.git('reset', '-q', '--hard', 'HEAD~1');
    dev.commit('rewritten without a key');
    expect(push(dev, ['--force', 'origin', 'main']).status).not.toBe(0);
  });

  it('deleting an environment branch is blocked; deleting a feature branch is not', () => {
    const { dev, origin } = setup();
    dev.checkout('develop', true);
    dev.commit('OPS-7: x');
    dev.checkout('feature/y', true);
    dev.commit('OPS-8: y');
    expect(push(dev, ['origin', 'develop', 'feature/y']).status).toBe(0);
    const r = push(dev, ['origin', '--delete', 'develop']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('allow-delete');
    expect(remoteSha(origin, 'develop')).not.toBe('');
    expect(push(dev, ['origin', '--delete', 'feature/y']).status).toBe(0);
  });

  it('two refs in one push: one bad ref blocks the whole push and is named', () => {
    const { dev, origin } = setup();
    dev.checkout('develop', true);
    dev.commit('OPS-9: fine');
    dev.checkout('main');
    const bad = dev.commit('bad on main');
    const r = push(dev, ['origin', 'main', 'develop']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(bad.slice(0, 7));
    expect(r.stderr).toContain('gitops-action: main → production: block');
    expect(() => origin.git('rev-parse', '--verify', '--quiet', 'develop')).toThrow();
  });

  it('works in a SHA-256 repository (64-zero new-ref shas)', () => {
    const { dev, origin } = setup('sha256');
    dev.checkout('develop', true);
    dev.commit('no key');
    expect(push(dev, ['origin', 'develop']).status).not.toBe(0);
    dev.git('commit', '-q', '--amend', '--allow-empty', '-m', 'OPS-10: keyed');
    expect(push(dev, ['origin', 'develop']).status).toBe(0);
    expect(remoteSha(origin, 'develop')).toHaveLength(64);
  });

  it('HUSKY=0 and --no-verify bypass the hook (the server check still guards)', () => {
    const { dev, origin } = setup();
    dev.commit('bad');
    expect(push(dev, ['--no-verify', 'origin', 'main']).status).toBe(0);
    expect(remoteSha(origin, 'main')).toBe(dev.sha());
    dev.commit('bad again');
    const r = execFileSync('git', ['push', '-q', 'origin', 'main'], { cwd: dev.dir, env: { ...TEST_ENV, HUSKY: '0' } });
    expect(r.toString()).toBe('');
    expect(remoteSha(origin, 'main')).toBe(dev.sha());
  });

  it('starts at the last deploy in the local record: a clean push on top of a bypassed bad one is still blocked', () => {
    const { dev, origin } = setup();
    dev.checkout('develop', true);
    const deployed = dev.commit('OPS-11: deployed');
    expect(push(dev, ['-q', 'origin', 'develop']).status).toBe(0);
    execFileSync(CLI, ['record', '--env', 'testing', '--status', 'success', '--sha', deployed], {
      cwd: dev.dir,
      env: TEST_ENV,
    });
    const bad = dev.commit('no key, pushed past the hook');
    expect(push(dev, ['--no-verify', 'origin', 'develop']).status).toBe(0);
    dev.commit('OPS-12: clean');
    const r = push(dev, ['origin', 'develop']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`jira ${bad.slice(0, 7)}`);
    // Recording the deploy of the bad commit (it went out after all) lets the next push through.
    execFileSync(CLI, ['record', '--env', 'testing', '--status', 'success', '--sha', bad], {
      cwd: dev.dir,
      env: TEST_ENV,
    });
    expect(push(dev, ['origin', 'develop']).status).toBe(0);
    expect(remoteSha(origin, 'develop')).toBe(dev.sha());
  });

  it('reads the policy from origin/HEAD, not from the branch being pushed', () => {
    const { dev } = setup();
    dev.checkout('develop', true);
    dev.commit('OPS-13: relax', {
      files: { '.gitops.yml': POLICY.replace('jira: { projects: [OPS] }', 'jira: false') },
    });
    dev.commit('no key under the relaxed policy');
    const r = push(dev, ['origin', 'develop']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no key under the relaxed policy');
  });

  it('without origin/HEAD nothing is guessed: the embedded default applies and every push says how to fix it', () => {
    const { dev } = huskyClone({ policy: POLICY });
    expect(push(dev, ['-q', '--no-verify', 'origin', 'main']).status).toBe(0);
    dev.checkout('feature/z', true);
    const head = dev.commit('no key');
    const zero = '0'.repeat(40);
    const r = runCli(['pre-push', 'origin', 'url'], {
      cwd: dev.dir,
      env: TEST_ENV,
      input: `refs/heads/feature/z ${head} refs/heads/feature/z ${zero}\n`,
    });
    // The embedded default asks for no Jira key; the note names the one command that fixes it.
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no default branch is known (no origin/HEAD)');
    expect(r.stderr).toContain('git remote set-head origin --auto');
    dev.git('remote', 'set-head', 'origin', 'main');
    const fixed = runCli(['pre-push', 'origin', 'url'], {
      cwd: dev.dir,
      env: TEST_ENV,
      input: `refs/heads/feature/z ${head} refs/heads/feature/z ${zero}\n`,
    });
    expect(fixed.status).toBe(1);
    expect(fixed.stderr).not.toContain('no default branch is known');
  });
});
