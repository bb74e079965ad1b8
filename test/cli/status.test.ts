import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const POLICY = `environments:
  testing: { branches: [develop] }
  staging: { branches: [staging] }
  production: { branches: [main] }
`;

const billing = (version: string) => `service: billing\nversion: ${version}\nport: 8080\n`;
const web = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  template:
    spec:
      containers:
        - { name: web, image: "${image}" }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { ports: [{ port: 80 }] }
`;

/**
 * A seeded history: three environments on three branches, the remote as a clone sees it, and a
 * deploy record written through the CLI (production and staging deployed, staging's last deploy
 * failed, testing never deployed).
 */
function seeded() {
  const repo = TestRepo.create();
  const cli = (args: string[]) => runCli(args, { cwd: repo.dir, env: TEST_ENV });
  const v1 = repo.commit('OPS-1: billing 1.0.0 and web', {
    files: { '.gitops.yml': POLICY, 'deploy/billing.yml': billing('1.0.0'), 'k8s/web.yaml': web('nginx:1.25') },
  });
  repo.git('branch', 'staging');
  repo.git('branch', 'develop');
  repo.checkout('develop');
  repo.commit('OPS-2: billing 1.1.0', { files: { 'deploy/billing.yml': billing('1.1.0') } });
  const d2 = repo.commit('OPS-3: web 1.26', { files: { 'k8s/web.yaml': web('nginx:1.26') } });
  repo.checkout('staging');
  const s1 = repo.merge('develop', "Merge branch 'develop' into staging");
  const s2 = repo.commit('OPS-4: staging tweak <b>bold</b>');
  repo.checkout('main');
  for (const b of ['main', 'staging', 'develop']) repo.git('update-ref', `refs/remotes/origin/${b}`, repo.sha(b));
  repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  const record = (env: string, status: string, sha: string, at: string, extra: string[] = []) =>
    expect(cli(['record', '--env', env, '--status', status, '--sha', sha, '--at', at, ...extra]).status).toBe(0);
  record('production', 'success', v1, '2026-03-01T09:00:00Z', [
    '--version',
    '1.0.0',
    '--by',
    'Alice <alice@example.com>',
  ]);
  record('staging', 'success', v1, '2026-03-02T09:00:00Z', ['--version', '1.0.0']);
  record('staging', 'success', s1, '2026-03-03T09:00:00Z', ['--version', '1.1.0-beta.1', '--by', 'ci']);
  record('staging', 'failure', s2, '2026-03-04T09:00:00Z', ['--version', '1.1.0-beta.2', '--by', 'ci']);
  return { repo, cli, v1, d2, s1, s2 };
}

describe('gitops-action status', () => {
  it('says per environment what runs, since when, by whom, its services, and what waits', () => {
    const { cli, v1, s1, s2 } = seeded();
    const r = cli(['status']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = r.stdout;
    expect(text).toContain(
      `production: deployed ${v1.slice(0, 7)}, version 1.0.0, since 2026-03-01T09:00:00Z, by Alice <alice@example.com>\n` +
        '  2 services: billing 1.0.0; Deployment/web (nginx:1.25)\n' +
        '  nothing waiting on origin/main\n',
    );
    expect(text).toContain(
      `staging: deployed ${s1.slice(0, 7)}, version 1.1.0-beta.1, since 2026-03-03T09:00:00Z, by ci\n` +
        '  2 services: billing 1.1.0; Deployment/web (nginx:1.26)\n' +
        '  1 commit waiting on origin/staging:\n' +
        `    ${s2.slice(0, 7)} OPS-4: staging tweak <b>bold</b>\n`,
    );
    expect(text).toContain(
      'testing: nothing deployed yet (no successful deploy recorded)\n  3 commits waiting on origin/develop (all of its history):\n',
    );
  });

  it('--format json: camelCase keys, one object per environment', () => {
    const { cli, v1, s2 } = seeded();
    const json = JSON.parse(cli(['status', '--format', 'json']).stdout);
    expect(json.policy).toBe('.gitops.yml at origin/main');
    expect(json.environments.map((e: { name: string }) => e.name)).toEqual(['testing', 'staging', 'production']);
    const production = json.environments[2];
    expect(production).toMatchObject({
      name: 'production',
      inPolicy: true,
      deployed: {
        sha: v1,
        version: '1.0.0',
        at: '2026-03-01T09:00:00Z',
        by: 'Alice <alice@example.com>',
        rollbackOf: null,
      },
      services: [
        { name: 'billing', version: '1.0.0', images: [], file: 'deploy/billing.yml' },
        { name: 'Deployment/web', version: null, images: ['nginx:1.25'], file: 'k8s/web.yaml' },
      ],
      waiting: { branch: 'origin/main', count: 0, commits: [] },
    });
    expect(json.environments[1].waiting).toMatchObject({ count: 1, commits: [{ sha: s2 }] });
    expect(json.environments[0]).toMatchObject({ deployed: null, services: [], waiting: { count: 3 } });
  });

  it('--history --env lists past deploys newest first, in text, json and markdown', () => {
    const { cli, v1, s1, s2 } = seeded();
    const text = cli(['status', '--env', 'staging', '--history']).stdout;
    expect(text).toContain('Deploys of staging, newest first:');
    const rows = text
      .split('Deploys of staging, newest first:\n')[1]!
      .split('\n')
      .filter(Boolean)
      .map((l) => l.trim());
    expect(rows).toEqual([
      `failure  ${s2.slice(0, 7)}  2026-03-04T09:00:00Z  version 1.1.0-beta.2  by ci`,
      `success  ${s1.slice(0, 7)}  2026-03-03T09:00:00Z  version 1.1.0-beta.1  by ci`,
      `success  ${v1.slice(0, 7)}  2026-03-02T09:00:00Z  version 1.0.0  by Dev <dev@example.com>`,
    ]);
    const json = JSON.parse(cli(['status', '--env', 'staging', '--history', '--format', 'json']).stdout);
    expect(json.environments).toHaveLength(1);
    expect(json.history.map((d: { status: string; sha: string }) => [d.status, d.sha])).toEqual([
      ['failure', s2],
      ['success', s1],
      ['success', v1],
    ]);
    const md = cli(['status', '--env', 'staging', '--history', '--format', 'markdown']).stdout;
    expect(md).toContain('| environment | deployed | version | since | by | services | waiting |');
    expect(md).toContain('### Deploys of staging');
    expect(md).toContain(`| failure | \`${s2.slice(0, 7)}\` | 1.1.0-beta.2 | 2026-03-04T09:00:00Z | ci |  |`);
    // Untrusted text is escaped: the deployer's name cannot open an HTML tag.
    expect(md).toContain('Dev \\<dev@<wbr>example.com\\>');
  });

  it('an unknown environment, or --history without --env, is exit 2 with the fix', () => {
    const { cli } = seeded();
    const unknown = cli(['status', '--env', 'prod']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('testing, staging, production');
    expect(cli(['status', '--history'])).toMatchObject({ status: 2 });
    expect(cli(['status', '--format', 'yaml'])).toMatchObject({ status: 2 });
    expect(cli(['status', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('--history') });
  });
});
