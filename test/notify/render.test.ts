import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { Git } from '../../src/git/git.js';
import { gatherFailureFacts } from '../../src/notify/facts.js';
import { emailText } from '../../src/notify/message.js';
import { gitRecordReader, readLog, writeDeploy } from '../../src/record/git-store.js';
import { TestRepo } from '../support/repo.js';

const hasKubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;

const policy = (render: string) => `environments:
  production: { branches: [main] }
rules:
  destructive: { descriptors: ["k8s/**/*.yaml"], render: ${render} }
`;

const overlay = (replicas: number) => `resources: [../../base]
replicas: [{ name: web, count: ${replicas} }]
`;

function failedOverlay(render: string) {
  const repo = TestRepo.create();
  const git = new Git(repo.dir);
  const good = repo.commit('OPS-1: web', {
    files: {
      '.gitops.yml': policy(render),
      'k8s/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'k8s/base/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: { replicas: 1, template: { spec: { containers: [{ name: web, image: web:1.0.0 }] } } }\n',
      'k8s/overlays/prod/kustomization.yaml': overlay(2),
    },
  });
  writeDeploy(git, { environment: 'production', sha: good, status: 'success', at: '2026-02-01T10:00:00Z' });
  const bad = repo.commit('OPS-2: five replicas', { files: { 'k8s/overlays/prod/kustomization.yaml': overlay(5) } });
  writeDeploy(git, { environment: 'production', sha: bad, status: 'failure', at: '2026-02-02T10:00:00Z' });
  const config = resolveConfig(parseConfig(policy(render), '.gitops.yml'), '.gitops.yml', '.gitops.yml');
  return { git, config, failed: readLog(git, 'production')[0]! };
}

const gather = (h: ReturnType<typeof failedOverlay>) =>
  gatherFailureFacts({ git: h.git, config: h.config, failed: h.failed, reader: gitRecordReader(h.git) });

describe.runIf(hasKubectl)('the failure notice’s plan is the one plan shows, rendered where the policy says', () => {
  it('lists the rendered Deployment the overlay changed, which the raw files do not show', async () => {
    const raw = await gather(failedOverlay('null'));
    expect(raw.plan?.objects).toEqual([]);
    const rendered = await gather(failedOverlay('{ k8s/overlays/prod: "kubectl kustomize k8s/overlays/prod" }'));
    expect(rendered.plan?.objects.map((o) => [o.id, o.action, o.changes])).toEqual([
      ['Deployment.apps/web', 'update', [{ path: 'spec.replicas', before: 2, after: 5 }]],
    ]);
  });

  it('a render that fails costs the notice its plan, and says why, never the notice', async () => {
    const facts = await gather(failedOverlay('"echo broken >&2; exit 4"'));
    expect(facts.plan).toBeUndefined();
    expect(facts.planProblem).toMatch(/render command `echo broken >&2; exit 4` failed/);
    expect(emailText(facts)).toMatch(
      /Plan:\n {2}No plan: render command `echo broken >&2; exit 4` failed at [0-9a-f]{12} with exit status 4/,
    );
  });
});
