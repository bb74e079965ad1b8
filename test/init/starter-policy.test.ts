import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

/**
 * The policy `init` writes, judged as the replay over real repositories judged it
 * (bench/adoption-replay.mjs): adopted at one commit, then the next commits pushed to production.
 * The fixtures are our own, in the shapes those repositories have.
 */

interface CheckJson {
  decision: string;
  findings: Array<{ rule: string; kind?: string; severity: string; message: string; file?: string }>;
}

/** `init`, its policy committed: what a new user does first. */
function adopt(repo: TestRepo): string {
  const r = runCli(['init'], { cwd: repo.dir, env: TEST_ENV });
  expect(r.status, r.stderr).toBe(0);
  repo.commit('chore: adopt gitops-action');
  return readFileSync(join(repo.dir, '.gitops.yml'), 'utf8');
}

/** The head commit checked as its own push to production, as the pre-push hook would. */
function pushToProduction(repo: TestRepo): CheckJson {
  const r = runCli(
    ['check', '--from', 'HEAD^', '--to', 'HEAD', '--ref', 'main', '--env', 'production', '--format', 'json'],
    { cwd: repo.dir, env: TEST_ENV },
  );
  expect([0, 1], r.stderr).toContain(r.status);
  return JSON.parse(r.stdout) as CheckJson;
}

const errors = (c: CheckJson) => c.findings.filter((f) => f.severity === 'error');

const service = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const deployment = (name: string, port: number) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: example/${name}:1.0.0`,
    '          ports:',
    `            - containerPort: ${port}`,
    '',
  ].join('\n');

describe("init's policy on a repository adopted before its manifests exist", () => {
  it('reads every YAML file, so manifests that arrive later in a folder of any name are gated', () => {
    // A Flux hub-and-spoke repository's first commit: a README; clusters/ and hub/ come later.
    const repo = TestRepo.create({ knownDefault: true });
    repo.commit('Initial commit', { files: { 'README.md': '# fleet\n' } });
    const policy = adopt(repo);
    expect(policy).toContain('descriptors: ["**/*.y?(a)ml"]');
    expect(policy).toContain('# destructive: no Kubernetes manifests yet, so every YAML file is read');

    repo.commit('Add staging layout', {
      files: {
        'clusters/staging/web.yaml': service('web', '  ports:\n    - port: 80\n'),
        '.github/workflows/test.yaml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: []\n',
      },
    });
    const added = pushToProduction(repo);
    expect(errors(added)).toEqual([]);
    expect(added.decision).toBe('deploy');

    repo.remove('clusters/staging/web.yaml');
    repo.commit('Drop staging web');
    const removed = pushToProduction(repo);
    expect(removed.decision).toBe('block');
    expect(errors(removed).map((f) => `${f.kind} ${f.file}`)).toEqual(['service-removed clusters/staging/web.yaml']);
  });
});

describe("init's policy on ports", () => {
  it('lets a new app listen on 8080 inside the cluster, and blocks a NodePort outside allowed-ports', () => {
    // Argo CD example folders: each app a Deployment and a Service, most of them on 8080.
    const repo = TestRepo.create({ knownDefault: true });
    const files: Record<string, string> = { 'README.md': '# examples\n' };
    for (const app of ['simple-app', 'canary-app', 'blue-green-app']) {
      files[`${app}/deployment.yml`] = deployment(app, 80);
      files[`${app}/service.yml`] = service(app, '  ports:\n    - port: 80\n');
    }
    repo.commit('three apps', { files });
    const policy = adopt(repo);
    // The top-level folders are apps: the next one (secret-app/) must be read too.
    expect(policy).toContain('descriptors: ["**/*.y?(a)ml"]');
    expect(policy).toContain('allowed-ports: [80, 443]');
    expect(policy).toMatch(/^ {4}internal-ports: false /m);

    repo.commit('secret app', {
      files: {
        'secret-app/deployment.yml': deployment('secrets', 8080),
        'secret-app/service.yml': service('secrets', '  ports:\n    - port: 8080\n      targetPort: 8080\n'),
      },
    });
    const internal = pushToProduction(repo);
    expect(errors(internal)).toEqual([]);
    expect(internal.decision).toBe('deploy');

    repo.commit('expose the secret app on the nodes', {
      files: {
        'secret-app/service.yml': service(
          'secrets',
          '  type: NodePort\n  ports:\n    - port: 8080\n      targetPort: 8080\n      nodePort: 31000\n',
        ),
      },
    });
    const exposed = pushToProduction(repo);
    expect(exposed.decision).toBe('block');
    expect(errors(exposed).map((f) => f.kind)).toEqual(['port-opened']);
    expect(errors(exposed)[0]?.message).toContain('NodePort 31000');
  });
});

describe('where init points the gate', () => {
  const k8s = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n';
  const layout = async (paths: string[]) => {
    const { detectManifests } = await import('../../src/init/manifests.js');
    return detectManifests(paths, new Map(paths.map((p) => [p, p.endsWith('.md') ? '# x\n' : k8s])));
  };

  it('every YAML file in a repository whose top-level folders are apps, or whose manifests sit at the root', async () => {
    expect((await layout(['a/cm.yaml', 'b/cm.yaml', 'c/x/cm.yaml', 'pictures/p.md'])).globs).toEqual(['**/*.y?(a)ml']);
    expect((await layout(['cm.yaml', 'src/main.md'])).globs).toEqual(['**/*.y?(a)ml']);
  });

  it('never test data, at any depth (Go testdata/, e2e/, fixtures/): those files are made to be odd and never applied', async () => {
    const found = await layout([
      'manifests/base/cm.yaml',
      'util/helm/testdata/redis/cm.yaml',
      'reposerver/repository/testdata/app/cm.yaml',
      'controller/e2e/cm.yaml',
      'ui/fixtures/cm.yaml',
      'cmd/main.md',
    ]);
    expect(found.roots).toEqual(['manifests']);
    expect(found.globs).toEqual(['manifests/**/*.y?(a)ml']);
  });

  it('the manifest folders only, beside source, docs and scripts, or with fewer than three of them', async () => {
    const big = await layout(['kubernetes/a/cm.yaml', 'bootstrap/cm.yaml', 'src/a.md', 'scripts/a.md', 'talos/a.md']);
    expect(big.globs).toEqual(['bootstrap/**/*.y?(a)ml', 'kubernetes/**/*.y?(a)ml']);
    const sparse = await layout(['a/cm.yaml', 'b/cm.yaml', 'c/cm.yaml', 'd/a.md', 'e/a.md', 'f/a.md', 'g/a.md']);
    expect(sparse.globs).toEqual(['a/**/*.y?(a)ml', 'b/**/*.y?(a)ml', 'c/**/*.y?(a)ml']);
  });
});
