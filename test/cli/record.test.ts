import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const POLICY = `environments:
  staging: { branches: [staging] }
  production: { branches: [main] }
rules:
  committers: { allow: ["*@example.com"] }
  jira: { projects: [OPS] }
  branches: false
`;

/** A clone whose remote has main (the default branch, with the policy) and staging. */
function setup() {
  const repo = TestRepo.create();
  const base = repo.commit('OPS-1: policy', { files: { '.gitops.yml': POLICY } });
  repo.git('branch', 'staging');
  repo.git('update-ref', 'refs/remotes/origin/main', base);
  repo.git('update-ref', 'refs/remotes/origin/staging', base);
  repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return { repo, base };
}

const cli = (repo: TestRepo, args: string[]) => runCli(args, { cwd: repo.dir, env: TEST_ENV });
const ref = (repo: TestRepo, name: string) => {
  try {
    return repo.git('rev-parse', '--verify', '--quiet', name);
  } catch {
    return '';
  }
};

describe('gitops-action record', () => {
  it('writes the log and, on success, refs/deployments/<env>; says what it wrote and how to share it', () => {
    const { repo, base } = setup();
    const r = cli(repo, [
      'record',
      '--env',
      'production',
      '--status',
      'success',
      '--version',
      '1.0.0',
      '--at',
      '2026-02-01T10:00:00Z',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `Recorded production success at ${base.slice(0, 7)} (version 1.0.0), 2026-02-01T10:00:00Z by Dev <dev@example.com>.`,
    );
    expect(r.stdout).toContain(`refs/deployments/production -> ${base.slice(0, 7)}`);
    expect(r.stdout).toContain("git push origin 'refs/deployments/*' 'refs/deploy-log/*'");
    expect(ref(repo, 'refs/deployments/production')).toBe(base);
    const log = repo.git('log', '-1', '--format=%B', 'refs/deploy-log/production');
    expect(log).toContain(`Deployed-Sha: ${base}`);
    expect(log).toContain('Version: 1.0.0');
  });

  it('is idempotent, and a failure is logged without moving the deployed ref', () => {
    const { repo, base } = setup();
    expect(cli(repo, ['record', '--env', 'staging', '--status', 'success']).status).toBe(0);
    const again = cli(repo, ['record', '--env', 'staging', '--status', 'success']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^Already recorded: staging success/);
    expect(repo.git('rev-list', '--count', 'refs/deploy-log/staging')).toBe('1');
    const next = repo.commit('OPS-2: next');
    const failed = cli(repo, ['record', '--env', 'staging', '--status', 'failure', '--sha', next, '--format', 'json']);
    expect(failed.status).toBe(0);
    const json = JSON.parse(failed.stdout);
    expect(json).toMatchObject({
      created: true,
      deploy: { environment: 'staging', sha: next, status: 'failure', rollbackOf: null },
      refs: { deployed: null, log: 'refs/deploy-log/staging' },
    });
    expect(ref(repo, 'refs/deployments/staging')).toBe(base);
    expect(repo.git('rev-list', '--count', 'refs/deploy-log/staging')).toBe('2');
  });

  it('records a rollback by full sha, and warns about an environment the policy does not name', () => {
    const { repo, base } = setup();
    const next = repo.commit('OPS-3: next');
    const r = cli(repo, [
      'record',
      '--env',
      'prodution',
      '--status',
      'success',
      '--sha',
      base,
      '--rollback-of',
      'HEAD',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('"prodution" is not an environment of the policy');
    expect(r.stderr).toContain('known: staging, production');
    expect(repo.git('log', '-1', '--format=%B', 'refs/deploy-log/prodution')).toContain(`Rollback-Of: ${next}`);
  });

  it('bad input is exit 2 with the fix; --help documents every option', () => {
    const { repo } = setup();
    expect(cli(repo, ['record', '--status', 'success'])).toMatchObject({ status: 2 });
    const status = cli(repo, ['record', '--env', 'x', '--status', 'done']);
    expect(status.status).toBe(2);
    expect(status.stderr).toContain('--status must be success or failure, not "done"');
    expect(cli(repo, ['record', '--env', 'x', '--status', 'success', '--at', 'yesterday']).stderr).toContain(
      '"yesterday" is not a time',
    );
    expect(cli(repo, ['record', '--env', '../x', '--status', 'success']).status).toBe(2);
    expect(cli(repo, ['record', '--env', 'x', '--status', 'success', '--bogus']).status).toBe(2);
    const help = cli(repo, ['record', '--help']);
    expect(help.status).toBe(0);
    for (const option of [
      '--env',
      '--status',
      '--sha',
      '--version',
      '--at',
      '--by',
      '--url',
      '--rollback-of',
      '--format',
    ]) {
      expect(help.stdout).toContain(option);
    }
  });

  it('reads Rollback-Of: from the deployed commit when --rollback-of is not given', () => {
    const { repo } = setup();
    const bad = repo.commit('OPS-6: broke it');
    const back = repo.commit(`OPS-6: roll back production\n\nRollback-Of: ${bad}`);
    const r = cli(repo, ['record', '--env', 'production', '--status', 'success', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deploy: { sha: back, rollbackOf: bad }, notify: null });
    expect(repo.git('log', '-1', '--format=%B', 'refs/deploy-log/production')).toContain(`Rollback-Of: ${bad}`);
  });

  it('a new failure is announced by the policy notify: block; a failed channel is reported, record still exits 0', () => {
    const { repo } = setup();
    repo.commit('OPS-7: notify', {
      files: {
        '.gitops.yml': `${POLICY}notify:\n  jira: { url: "http://127.0.0.1:9", project: OPS }\n  slack: false\n`,
      },
    });
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const env = { ...TEST_ENV, JIRA_TOKEN: 'secret-token-789', JIRA_USER: '' };
    const r = runCli(['record', '--env', 'production', '--status', 'failure'], { cwd: repo.dir, env });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Recorded production failure/);
    expect(r.stdout).toMatch(/\n {2}jira: failed: /);
    expect(r.stdout).toMatch(/\n {2}slack: skipped: /);
    expect(r.stderr).toMatch(
      /warning: notify jira failed: .*\n {2}fix: .*gitops-action notify --env production --sha /,
    );
    expect(r.stdout + r.stderr).not.toContain('secret-token-789');
    // The same failure recorded again changes nothing and tells nobody twice.
    const again = runCli(['record', '--env', 'production', '--status', 'failure'], { cwd: repo.dir, env });
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('jira:');
  });

  it('check starts at the recorded deploy: a clean commit on top of a blocked one is still blocked', () => {
    const { repo, base } = setup();
    expect(cli(repo, ['record', '--env', 'staging', '--status', 'success', '--sha', base]).status).toBe(0);
    repo.checkout('staging');
    const bad = repo.commit('no key');
    // The remote took the push anyway (the Action runs after GitHub accepts a push).
    repo.git('update-ref', 'refs/remotes/origin/staging', bad);
    repo.git('remote', 'add', 'origin', repo.dir);
    repo.git('branch', '--set-upstream-to', 'origin/staging');
    repo.commit('OPS-4: clean');
    const r = cli(repo, ['check', '--ref', 'staging']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`jira ${bad.slice(0, 7)} "no key"`);
    expect(r.stdout).toContain('policy: .gitops.yml at origin/main');
    // Once the fix is deployed and recorded, the next check starts there.
    repo.git('commit', '-q', '--allow-empty', '-m', 'OPS-5: later');
    expect(cli(repo, ['record', '--env', 'staging', '--status', 'success', '--sha', 'HEAD~1']).status).toBe(0);
    expect(cli(repo, ['check', '--ref', 'staging']).status).toBe(0);
  });
});
