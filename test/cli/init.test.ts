import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('init fits the repository it runs in', () => {
  const initDry = (repo: TestRepo) => {
    const r = runCli(['init', '--dry-run'], { cwd: repo.dir, env: TEST_ENV });
    expect(r.status).toBe(0);
    expect(existsSync(join(repo.dir, '.gitops.yml'))).toBe(false);
    expect(() => parseConfig(r.stdout, '.gitops.yml')).not.toThrow();
    return r;
  };

  it('main only, squash-merged pull requests with Jira keys: production on main, keys asked, merge-only relaxed by the replay', () => {
    const repo = TestRepo.create();
    for (let i = 1; i <= 8; i++) repo.commit(`OPS-${i}: change ${i} (#${i})`);
    repo.tag('v1.0.0');
    const { stdout, stderr } = initDry(repo);
    expect(stdout).toMatch(/production:\n {4}branches: \[main\]\n {4}tags: \["v\*"\]/);
    expect(stdout).toContain('jira: { projects: [OPS], scope: each }');
    expect(stdout).toMatch(/# jira: 8 of the last 8 commits name a Jira key \(OPS\)/);
    // Locally a squash merge looks like a direct commit: merge-only would block every one, so it is off, and says why.
    expect(stdout).toContain('branches: { merge-only: [], allow-delete: false }');
    expect(stdout).toMatch(
      /# branches: off: locally a squash or rebase merge looks like a direct commit, which would have blocked 7 of the last 7 pushes/,
    );
    expect(stdout).toMatch(/Checked against the last 7 pushes to its environment branches: 0 would block\./);
    expect(stderr).toContain('init: merge-only turned off');
    expect(stdout).not.toContain('promote-from');
  });

  it('git-flow (develop + release/*) and no Jira keys: testing and acceptance environments, jira off with the count', () => {
    const repo = TestRepo.create();
    repo.commit('start');
    repo.checkout('develop', true);
    for (let i = 0; i < 5; i++) repo.commit(`feature ${i}`);
    repo.checkout('release/1.0.0', true);
    repo.commit('bump');
    repo.checkout('main');
    repo.merge('release/1.0.0');
    const { stdout } = initDry(repo);
    expect(stdout).toMatch(/testing:\n {4}branches: \[develop\]/);
    expect(stdout).toMatch(/acceptance:\n {4}branches: \["release\/\*"\]/);
    expect(stdout).toContain('jira: false');
    expect(stdout).toMatch(/# jira: off: 0 of the last \d+ commits name a Jira key/);
  });

  it('qa, staging and prod branches: one environment each, promoted in order while the history agrees', () => {
    const repo = TestRepo.create();
    repo.commit('start');
    for (const b of ['qa', 'staging', 'prod']) repo.git('branch', b);
    repo.checkout('qa');
    repo.commit('on qa');
    repo.checkout('staging');
    repo.merge('qa');
    repo.checkout('prod');
    repo.commit('hotfix straight on prod');
    const { stdout } = initDry(repo);
    expect(stdout).toMatch(/ {2}qa:\n {4}branches: \[qa\]/);
    expect(stdout).toMatch(/ {2}staging:\n {4}branches: \[staging\]\n {4}promote-from: qa/);
    // The direct hotfix on prod never went through staging: promote-from on production would block it.
    expect(stdout).toMatch(/ {2}production:\n {4}branches: \[prod\]\n(?! {4}promote-from)/);
    expect(stdout).toContain('production.promote-from turned off: it would have blocked 1');
  });

  it('finds the manifests: kustomize roots, plain Kubernetes folders, and charts (which need render)', () => {
    const repo = TestRepo.create();
    repo.commit('start', {
      files: {
        'clusters/prod/kustomization.yaml': 'resources: [app.yaml]\n',
        'clusters/prod/app.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\n',
        'infra/net.yml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: n }\n',
        'charts/web/Chart.yaml': 'name: web\n',
        'charts/web/templates/d.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: x }\n',
        'config/app.yaml': 'debug: true\n',
        '.github/workflows/ci.yml': 'on: push\n',
      },
    });
    const { stdout } = initDry(repo);
    expect(stdout).toContain('descriptors: ["clusters/**/*.y?(a)ml", "infra/**/*.y?(a)ml"]');
    expect(stdout).toContain('kustomize roots clusters/prod');
    expect(stdout).toContain('Helm charts in charts/web');
    expect(stdout).not.toContain('config/**');
  });

  it('--husky adds "prepare": "husky" to package.json, keeping an existing prepare', () => {
    const repo = TestRepo.create();
    repo.write('package.json', '{\n    "name": "x",\n    "scripts": { "prepare": "npm run build" }\n}\n');
    const r = runCli(['init', '--husky'], { cwd: repo.dir, env: TEST_ENV });
    expect(r.status).toBe(0);
    const pkg = readFileSync(join(repo.dir, 'package.json'), 'utf8');
    expect(JSON.parse(pkg).scripts.prepare).toBe('npm run build && husky');
    expect(pkg).toMatch(/^\{\n {4}"name"/);
    const fresh = TestRepo.create();
    fresh.write('package.json', '{ "name": "y" }');
    runCli(['init', '--husky'], { cwd: fresh.dir, env: TEST_ENV });
    expect(JSON.parse(readFileSync(join(fresh.dir, 'package.json'), 'utf8')).scripts).toEqual({ prepare: 'husky' });
    // Hooks already there: nothing added, package.json untouched.
    const again = runCli(['init', '--husky'], { cwd: fresh.dir, env: TEST_ENV });
    expect(again.stdout).not.toContain('"prepare"');
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
    // What `git clone` records: the remote's default branch, where the policy is read from.
    repo.git('remote', 'set-head', 'origin', 'main');
    repo.git('config', 'core.hooksPath', join(import.meta.dirname, '..', '..', 'hooks'));
    expect(() => repo.git('commit', '-q', '--allow-empty', '-m', 'no key')).toThrow(/names no Jira issue/);
    repo.commit('still no key');
    expect(() => repo.git('push', '-q', 'origin', 'main')).toThrow(/push blocked/);
  });
});

describe('manifest detection', () => {
  it('keeps a Helm chart’s templates out of the gate, listing the plain folders beside it one by one', async () => {
    const { detectManifests } = await import('../../src/init/manifests.js');
    const k8s = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n';
    const files = new Map([
      ['helm-apps/chart/Chart.yaml', 'name: c\n'],
      [
        'helm-apps/chart/templates/d.yaml',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: {{ .Values.n }} }\n',
      ],
      ['helm-apps/plain/cm.yaml', k8s],
      ['apps/web/cm.yaml', k8s],
    ]);
    const layout = detectManifests([...files.keys()], files);
    expect(layout.charts).toEqual(['helm-apps/chart']);
    expect(layout.globs).toEqual(['apps/**/*.y?(a)ml', 'helm-apps/plain/*.y?(a)ml']);
  });
});
