import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const POLICY = `environments:
  production: { branches: [main] }
rules:
  jira: { projects: [OPS] }
  destructive: { descriptors: ["k8s/**/*.yaml"] }
`;

const cli = (repo: TestRepo, args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { cwd: repo.dir, env: { ...TEST_ENV, ...env } });

describe('the CLI speaks like its neighbours', () => {
  it('per-command --help lists every option with its default and an example; the global one lists commands', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const help = cli(repo, ['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage:\n  gitops-action check');
    expect(help.stdout).toMatch(/--to REV\s+the commit that would be pushed \(default: HEAD\)/);
    expect(help.stdout).toContain('Examples:\n  gitops-action check');
    expect(cli(repo, ['help', 'plan']).stdout).toContain('--detailed-exitcode');
    const global = cli(repo, ['--help']);
    expect(global.stdout).toMatch(/ {2}config {6}the effective policy/);
  });

  it.each([
    [['chek'], 'unknown command "chek"; did you mean "check"?'],
    [['check', '--form', 'json'], 'check has no option --form; did you mean --format?'],
    [['version', '--from', 'x'], 'version has no option --from'],
    [['check', '--husky'], 'check has no option --husky'],
    [['version', '--format', 'markdown'], 'version --format must be text or json, not "markdown"'],
    [['init', 'extra'], 'init takes no arguments'],
  ])('%j is a usage error: %s', (args, message) => {
    const repo = TestRepo.create({ knownDefault: true });
    const r = cli(repo, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('--format json prints JSON on stdout even for an error, and camelCase keys', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const empty = cli(repo, ['check', '--format', 'json']);
    expect(empty.status).toBe(2);
    expect(JSON.parse(empty.stdout)).toEqual({
      error: {
        message: 'this repository has no commits yet, so there is nothing to check',
        hint: expect.stringContaining('first commit'),
        exitCode: 2,
      },
    });
    repo.commit('OPS-1: start');
    repo.tag('v1.0.0');
    repo.commit('OPS-2: more');
    const v = JSON.parse(cli(repo, ['version', '--format', 'json']).stdout);
    expect(v).toMatchObject({ previousVersion: '1.0.0', commitsSinceVersionSource: 1 });
    expect(Object.keys(v).some((k) => k.includes('-'))).toBe(false);
    const bad = cli(repo, ['check', '--format', 'json', '--from', 'nope']);
    expect(JSON.parse(bad.stdout).error.message).toContain('unknown revision "nope"');
    expect(bad.stderr).toBe('');
  });

  it('an empty repository and a branch without commits get plain messages', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const r = cli(repo, ['check']);
    expect(r.stderr).toContain('this repository has no commits yet');
    expect(r.stderr).not.toContain('unknown revision');
    repo.commit('OPS-1: start');
    repo.git('checkout', '-q', '--orphan', 'fresh');
    expect(cli(repo, ['check']).stderr).toContain('branch "fresh" has no commits yet');
    expect(cli(repo, ['version']).stderr).toContain('has no commits yet');
  });

  it('colour: FORCE_COLOR=0 and TERM=dumb turn it off, FORCE_COLOR=1 on, NO_COLOR wins', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const base = repo.commit('OPS-1: policy', { files: { '.gitops.yml': POLICY } });
    repo.commit('no ticket');
    const run = (env: NodeJS.ProcessEnv) =>
      cli(repo, ['check', '--from', base, '--ref', 'main'], { NO_COLOR: undefined, ...env }).stdout;
    expect(run({ FORCE_COLOR: '1' })).toMatch(/\x1b\[31m/);
    expect(run({ FORCE_COLOR: '0' })).not.toMatch(/\x1b\[/);
    expect(run({ FORCE_COLOR: 'false' })).not.toMatch(/\x1b\[/);
    expect(run({ TERM: 'dumb' })).not.toMatch(/\x1b\[/);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
  });

  it('counts are plural-aware, and a destructive finding is printed once', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const svc = (port: number) =>
      `apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  type: NodePort\n  ports: [{ port: ${port}, nodePort: 3${port} }]\n`;
    const base = repo.commit('OPS-1: policy', { files: { '.gitops.yml': POLICY, 'k8s/svc.yaml': svc(80) } });
    repo.commit('no ticket', { files: { 'k8s/svc.yaml': svc(81) } });
    const r = cli(repo, ['check', '--from', base, '--ref', 'main']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 commit checked, \d+ errors?, 0 warnings\./);
    expect(r.stdout).not.toContain('1 commits');
    const opened = r.stdout.split('\n').filter((l) => l.includes('port-opened'));
    expect(opened.length).toBe(1);
  });

  it('plan --detailed-exitcode: 0 no changes, 2 changes, 1 a block or an error', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const cm = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata: { v: "${v}" }\n`;
    const a = repo.commit('OPS-1: policy', { files: { '.gitops.yml': POLICY, 'k8s/c.yaml': cm('1') } });
    const b = repo.commit('OPS-2: change', { files: { 'k8s/c.yaml': cm('2') } });
    const c = repo.commit('OPS-3: delete', { files: {} });
    repo.remove('k8s/c.yaml');
    repo.write('k8s/d.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: {}\n');
    const d = repo.commit('OPS-4: add web');
    repo.remove('k8s/d.yaml');
    const e = repo.commit('OPS-5: remove web');
    const plan = (from: string, to: string, extra: string[] = []) =>
      cli(repo, ['plan', '--from', from, '--to', to, '--detailed-exitcode', ...extra]).status;
    expect(plan(a, a)).toBe(0);
    expect(plan(a, b)).toBe(2);
    expect(plan(d, e)).toBe(1);
    expect(plan(c, 'nope')).toBe(1);
    expect(cli(repo, ['plan', '--from', a, '--to', b]).status).toBe(0);
    expect(cli(repo, ['plan', '--from', a]).status).toBe(2);
  });

  it('plan --format json is JSON even when the gate is off', () => {
    const repo = TestRepo.create({ knownDefault: true });
    const a = repo.commit('OPS-1: policy', { files: { '.gitops.yml': 'rules: { destructive: false }\n' } });
    const r = cli(repo, ['plan', '--from', a, '--to', a, '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      objects: [],
      summary: { add: 0 },
      note: expect.stringContaining('turned off'),
    });
  });

  it('check on a branch that maps to no environment checks against the default branch environment, and says so', () => {
    const repo = TestRepo.create({ knownDefault: true });
    repo.commit('OPS-1: policy', { files: { '.gitops.yml': POLICY } });
    repo.checkout('feature/x', true);
    repo.commit('no ticket');
    const r = cli(repo, ['check']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('feature/x → production');
    expect(r.stdout).toContain(
      'feature/x maps to no environment; checked against production, where its pull request into main would deploy',
    );
    expect(r.stdout).toContain('✖ error jira');
  });
});

describe('gitops-action config', () => {
  it('prints the resolved policy and where each value came from, also as --print-config and JSON', () => {
    const repo = TestRepo.create({ knownDefault: true });
    repo.commit('OPS-1: policy', {
      files: {
        '.gitops.yml': `${POLICY.replace('production: { branches: [main] }', 'production:\n    branches: [main]\n    rules: { jira: { scope: head } }')}`,
      },
    });
    const r = cli(repo, ['config']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# effective policy: \.gitops\.yml at main/);
    expect(r.stdout).toMatch(/rules\.jira\.projects: \["OPS"\]\s+# \.gitops\.yml:6/);
    expect(r.stdout).toMatch(/rules\.jira\.scope: "each"\s+# embedded default/);
    expect(r.stdout).toMatch(
      /environments\.production\.rules\.jira\.scope: "head"\s+# environment override, \.gitops\.yml:4/,
    );
    expect(r.stdout).toMatch(/versioning\.tag-prefix: "v"\s+# embedded default/);
    expect(cli(repo, ['--print-config']).stdout).toBe(r.stdout);
    const json = JSON.parse(cli(repo, ['config', '--format', 'json'], { JIRA_TOKEN: 'secret' }).stdout);
    expect(json.values).toContainEqual({
      key: 'rules.jira.projects',
      value: ['OPS'],
      from: { kind: 'file', file: '.gitops.yml', line: 6 },
    });
    expect(JSON.stringify(json)).not.toContain('secret');
  });

  it('without a file: the embedded default, with the manifest folders it watches', () => {
    const repo = TestRepo.create({ knownDefault: true });
    repo.commit('start', { files: { 'apps/web/kustomization.yaml': 'resources: []\n' } });
    const r = cli(repo, ['config']);
    expect(r.stdout).toContain('embedded default (destructive gate on apps/, deploy/, k8s/)');
    expect(r.stdout).toMatch(/rules\.jira: false\s+# embedded default/);
    expect(r.stdout).toMatch(/rules\.committers: false/);
    expect(r.stdout).toMatch(/rules\.branches\.merge-only: \[\]/);
    expect(r.stdout).not.toMatch(/environments\.\w+\.promote-from/);
  });
});
