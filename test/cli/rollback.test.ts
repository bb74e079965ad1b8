import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { readLog, writeDeploy } from '../../src/record/git-store.js';
import { rollbackOfCommit } from '../../src/record/rollback-of.js';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

const POLICY = `environments:
  production: { branches: [main] }
rules:
  jira: { projects: [OPS] }
  destructive: { descriptors: ["deploy/*.yml"], allowed-ports: [8080] }
`;
const web = (version: string, replicas: number) => `service: web
version: ${version}
port: 8080
healthcheck: { endpoints: [/healthz], retries: 5, timeout: 30s }
resources: { cpu: 500m, memory: 512Mi, replicas: ${replicas} }
maintainer: team-web@example.com
`;

/** Three deploys of production: 1.0.0 (3 replicas) ok, then `next`, recorded with `status`. */
function history(next: { files: Record<string, string>; status: 'success' | 'failure'; message?: string }) {
  const repo = TestRepo.create();
  const git = new Git(repo.dir);
  const v1 = repo.commit('OPS-1: web 1.0.0', { files: { '.gitops.yml': POLICY, 'deploy/web.yml': web('1.0.0', 3) } });
  writeDeploy(git, {
    environment: 'production',
    sha: v1,
    status: 'success',
    at: '2026-02-01T10:00:00Z',
    version: '1.0.0',
  });
  const v2 = repo.commit('OPS-2: docs', { files: { 'README.md': 'hello\n' } });
  writeDeploy(git, {
    environment: 'production',
    sha: v2,
    status: 'success',
    at: '2026-02-02T10:00:00Z',
    version: '1.0.1',
  });
  const v3 = repo.commit(next.message ?? 'OPS-3: more replicas', { files: next.files });
  writeDeploy(git, {
    environment: 'production',
    sha: v3,
    status: next.status,
    at: '2026-02-03T10:00:00Z',
    version: '1.1.0',
  });
  return { repo, git, v1, v2, v3 };
}

describe('gitops-action rollback (built CLI)', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  it('commits the last good deploy’s descriptors with the Jira key and Rollback-Of, and the metrics count the restore', () => {
    const { repo, git, v2, v3 } = history({
      files: { 'deploy/web.yml': web('1.0.0', 5), 'src/app.txt': 'x\n' },
      status: 'failure',
    });
    const r = runCli(['rollback', '--env', 'production'], { cwd: repo.dir, env: TEST_ENV });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Rollback of production: ${v3.slice(0, 7)} (failure`);
    expect(r.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy, 0 destructive\./);
    const head = repo.sha();
    expect(repo.git('rev-parse', 'HEAD~1')).toBe(v3);
    expect(repo.git('show', 'HEAD:deploy/web.yml')).toBe(repo.git('show', `${v2}:deploy/web.yml`));
    // Only descriptors go back; the rest of the failed deploy stays.
    expect(repo.git('show', 'HEAD:src/app.txt')).toBe('x');
    expect(readFileSync(join(repo.dir, 'deploy/web.yml'), 'utf8')).toBe(web('1.0.0', 3));
    const message = repo.git('log', '-1', '--format=%B');
    expect(message.split('\n')[0]).toBe(`OPS-3: roll back production to ${v2.slice(0, 7)} (1.0.1)`);
    expect(message).toContain(`Rollback-Of: ${v3}`);
    expect(message).toContain(`Rollback-To: ${v2}`);

    // The record command reads the trailer; the deploy of the rollback is a restore.
    const rollbackOf = rollbackOfCommit(git, head);
    expect(rollbackOf).toBe(v3);
    writeDeploy(git, {
      environment: 'production',
      sha: head,
      status: 'success',
      at: '2026-02-03T10:45:00Z',
      rollbackOf,
    });
    expect(readLog(git, 'production')[0]!.rollbackOf).toBe(v3);
    const m = runCli(
      ['metrics', '--env', 'production', '--since', '2026-02-01', '--until', '2026-02-04', '--format', 'json'],
      { cwd: repo.dir, env: TEST_ENV },
    );
    expect(m.status).toBe(0);
    const figures = JSON.parse(m.stdout).environments[0];
    expect(figures.changeFailureRate).toMatchObject({ failed: 1, deploys: 4 });
    expect(figures.failures[0]).toMatchObject({ sha: v3, restoredBy: head });
    expect(figures.failures[0].signals.sort()).toEqual(['rollback', 'status']);
    expect(figures.timeToRestore.medianMs).toBe(45 * 60_000);
  });

  it('refuses a rollback whose own plan is destructive, says why, and accepts it with --allow-destructive', () => {
    const { repo, v3 } = history({ files: { 'deploy/web.yml': web('1.1.0', 3) }, status: 'success' });
    const refused = runCli(['rollback', '--env', 'production'], { cwd: repo.dir, env: TEST_ENV });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/rollback refused:\n {2}- version-downgrade: /);
    expect(refused.stderr).toContain('--allow-destructive version-downgrade');
    expect(repo.sha()).toBe(v3);
    const ok = runCli(['rollback', '--env', 'production', '--allow-destructive', 'version-downgrade'], {
      cwd: repo.dir,
      env: TEST_ENV,
    });
    expect(ok.status).toBe(0);
    expect(repo.git('log', '-1', '--format=%B')).toContain('Allow-Destructive: version-downgrade');
  });

  it('refuses to roll back past a migration unless it is accepted', () => {
    const { repo } = history({
      files: { 'deploy/web.yml': web('1.0.0', 4), 'db/migrations/002_add_column.sql': 'alter table x add y int;\n' },
      status: 'failure',
    });
    const refused = runCli(['rollback', '--env', 'production', '--dry-run'], { cwd: repo.dir, env: TEST_ENV });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /- migration: a migration changed since the target \(db\/migrations\/002_add_column\.sql\)/,
    );
    const ok = runCli(['rollback', '--env', 'production', '--allow-destructive', 'migration', '--dry-run'], {
      cwd: repo.dir,
      env: TEST_ENV,
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Would commit:');
    expect(ok.stdout).toContain('Allow-Destructive: migration');
  });

  it('writes a branch and a pull request body with --branch, leaving HEAD alone; --dry-run writes nothing', () => {
    const { repo, v1, v3 } = history({ files: { 'deploy/web.yml': web('1.0.0', 5) }, status: 'failure' });
    const dry = runCli(['rollback', '--env', 'production', '--dry-run'], { cwd: repo.dir, env: TEST_ENV });
    expect(dry.status).toBe(0);
    expect(repo.sha()).toBe(v3);
    expect(repo.git('for-each-ref', 'refs/heads')).not.toContain('rollback');
    const r = runCli(
      ['rollback', '--env', 'production', '--to', '1.0.0', '--branch', 'rollback/production', '--pr-body', 'pr.md'],
      {
        cwd: repo.dir,
        env: TEST_ENV,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(repo.sha()).toBe(v3);
    expect(repo.git('log', '-1', '--format=%B', 'rollback/production')).toContain(`Rollback-To: ${v1}`);
    const body = readFileSync(join(repo.dir, 'pr.md'), 'utf8');
    expect(body).toContain('## Roll back production');
    expect(body).toContain('Plan: 0 to add, 1 to change, 0 to destroy, 0 destructive.');
    expect(body).toContain('- Jira: OPS-3');
  });

  it.runIf(spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0)(
    'reads a kustomize overlay rendered, as plan does: an images: pin going down is refused',
    () => {
      // knownDefault: the policy is read from the default branch, so render: applies.
      const repo = TestRepo.create({ knownDefault: true });
      const git = new Git(repo.dir);
      const overlay = (tag: string) =>
        `resources: [../../base]\nimages: [{ name: registry.example.com/web, newTag: "${tag}" }]\n`;
      const good = repo.commit('OPS-1: web 1.2.0', {
        files: {
          '.gitops.yml': `environments:\n  production: { branches: [main] }\nrules:\n  destructive:\n    descriptors: ["k8s/**/*.yaml"]\n    render: { k8s/overlays/prod: "kubectl kustomize k8s/overlays/prod" }\n`,
          'k8s/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
          'k8s/base/deployment.yaml':
            'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: { template: { spec: { containers: [{ name: web, image: "registry.example.com/web:1.0.0" }] } } }\n',
          'k8s/overlays/prod/kustomization.yaml': overlay('1.2.0'),
        },
      });
      writeDeploy(git, { environment: 'production', sha: good, status: 'success', at: '2026-02-01T10:00:00Z' });
      const bad = repo.commit('OPS-2: web 1.3.0', {
        files: { 'k8s/overlays/prod/kustomization.yaml': overlay('1.3.0') },
      });
      writeDeploy(git, { environment: 'production', sha: bad, status: 'failure', at: '2026-02-02T10:00:00Z' });
      const r = runCli(['rollback', '--env', 'production', '--dry-run'], { cwd: repo.dir, env: TEST_ENV });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('Deployment.apps/web');
      expect(r.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy, 1 destructive\./);
      expect(r.stderr).toMatch(/rollback refused:\n {2}- version-downgrade: /);
      expect(r.stderr).toContain('--allow-destructive version-downgrade');
    },
  );

  it('names the problem for a target never deployed, a missing --env, and a bad kind', () => {
    const { repo } = history({ files: { 'deploy/web.yml': web('1.0.0', 5) }, status: 'failure' });
    const never = runCli(['rollback', '--env', 'production', '--to', '9.9.9'], { cwd: repo.dir, env: TEST_ENV });
    expect(never.status).toBe(2);
    expect(never.stderr).toMatch(/"9\.9\.9" never deployed successfully to production/);
    const noEnv = runCli(['rollback'], { cwd: repo.dir, env: TEST_ENV });
    expect(noEnv.status).toBe(2);
    const kind = runCli(['rollback', '--env', 'production', '--allow-destructive', 'everything'], {
      cwd: repo.dir,
      env: TEST_ENV,
    });
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(/"everything" is not a kind/);
    const help = runCli(['rollback', '--help'], { cwd: repo.dir, env: TEST_ENV });
    expect(help.stdout).toContain('--allow-destructive KINDS');
  });
});
