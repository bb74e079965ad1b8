import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOOK_CA_PREFIX } from '../../src/cli/init.js';
import { parseConfig } from '../../src/config/parse.js';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

describe('gitops-action init', () => {
  it('writes a starter policy with the $schema line that the schema itself accepts, and the husky one-liners', () => {
    const repo = TestRepo.create();
    const r = runCli(['init', '--husky'], { cwd: repo.dir, env: TEST_ENV });
    expect(r.status).toBe(0);
    const policy = readFileSync(join(repo.dir, '.gitops.yml'), 'utf8');
    expect(policy.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/gitops-action/schema/gitops.schema.json',
    );
    expect(() => parseConfig(policy, '.gitops.yml')).not.toThrow();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, expanded by sh
    const ca = 'GITOPS_ACTION_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS-}" NODE_EXTRA_CA_CERTS=';
    expect(readFileSync(join(repo.dir, '.husky/pre-push'), 'utf8')).toBe(`${ca} gitops-action pre-push "$@"\n`);
    expect(readFileSync(join(repo.dir, '.husky/commit-msg'), 'utf8')).toBe(`${ca} gitops-action commit-msg "$1"\n`);
    expect(r.stdout).toContain('created .gitops.yml');
    expect(r.stdout).toContain('created .husky/pre-push');
  });

  it('is idempotent, and never overwrites a file a user wrote', () => {
    const repo = TestRepo.create();
    repo.write('.gitops.yml', 'rules: { jira: false }\n');
    repo.write('.husky/pre-push', 'npm test\n');
    runCli(['init', '--husky'], { cwd: repo.dir, env: TEST_ENV });
    const second = runCli(['init', '--husky'], { cwd: repo.dir, env: TEST_ENV });
    expect(second.status).toBe(0);
    expect(readFileSync(join(repo.dir, '.gitops.yml'), 'utf8')).toBe('rules: { jira: false }\n');
    expect(readFileSync(join(repo.dir, '.husky/pre-push'), 'utf8')).toBe('npm test\n');
    expect(second.stdout).toContain('.gitops.yml exists; left as it is');
    expect(second.stdout).toMatch(
      /Add this line to it yourself:\n {2}GITOPS_ACTION_EXTRA_CA_CERTS=.* gitops-action pre-push "\$@"/,
    );
    expect(second.stdout).toContain('.husky/commit-msg already runs gitops-action');
  });

  it('a starter policy left uncommitted is noted by check, which keeps to the trusted ref', () => {
    const repo = TestRepo.create();
    repo.commit('OPS-1: start');
    runCli(['init'], { cwd: repo.dir, env: TEST_ENV });
    writeFileSync(join(repo.dir, 'x'), '');
    const r = runCli(['check', '--ref', 'feature/x'], { cwd: repo.dir, env: TEST_ENV });
    expect(r.stdout).toContain('note: .gitops.yml is in the work tree but not in the trusted ref yet');
  });
});

describe('the shipped hooks/ for core.hooksPath', () => {
  it('start node the way the husky lines do (NODE_EXTRA_CA_CERTS passed on, not parsed)', () => {
    for (const hook of ['pre-push', 'commit-msg']) {
      const text = readFileSync(join(import.meta.dirname, '..', '..', 'hooks', hook), 'utf8');
      expect(text).toContain(`\n${HOOK_CA_PREFIX} node "$(dirname "$0")/../dist/cli/index.js" ${hook} "$`);
    }
  });

  it('run the bundled CLI on a real push and a real commit', () => {
    const repo = TestRepo.create();
    repo.commit('OPS-1: policy', { files: { '.gitops.yml': 'rules:\n  jira: { projects: [OPS] }\n' } });
    const origin = TestRepo.create({ bare: true });
    repo.git('remote', 'add', 'origin', origin.dir);
    repo.git('push', '-q', 'origin', 'main');
    repo.git('config', 'core.hooksPath', join(import.meta.dirname, '..', '..', 'hooks'));
    expect(() => repo.git('commit', '-q', '--allow-empty', '-m', 'no key')).toThrow(/names no Jira issue/);
    repo.commit('still no key');
    expect(() => repo.git('push', '-q', 'origin', 'main')).toThrow(/push blocked/);
  });
});
