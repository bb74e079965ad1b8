import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { Git } from '../../src/git/git.js';
import { gitRecordReader, writeDeploy } from '../../src/record/git-store.js';
import { prepareRollback } from '../../src/rollback/prepare.js';
import { writeRollbackCommit } from '../../src/rollback/write.js';
import { TestRepo } from '../support/repo.js';

const hasKubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;

const policy = (render: string) => `environments:
  production: { branches: [main] }
rules:
  destructive:
    descriptors: ["k8s/**/*.yaml"]
    render: ${render}
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
`;

/** The prod overlay pins the image tag with kustomize's `images:` transformer: only a render applies it. */
const overlay = (tag: string) => `resources: [../../base]
namespace: prod
images:
  - name: registry.example.com/web
    newTag: "${tag}"
`;

/**
 * production ran the overlay at web 1.2.0 (success), then 1.3.0 (failure). Rolling back puts the
 * 1.2.0 overlay back: the rendered Deployment's image goes down, 1.3.0 → 1.2.0, which the gate
 * calls a version-downgrade. Read raw, only a kustomization.yaml (an input, not an object) changed.
 */
function overlayHistory(render: string) {
  const repo = TestRepo.create();
  const git = new Git(repo.dir);
  const good = repo.commit('OPS-1: web 1.2.0 in prod', {
    files: {
      '.gitops.yml': policy(render),
      'k8s/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'k8s/base/deployment.yaml': DEPLOYMENT,
      'k8s/overlays/prod/kustomization.yaml': overlay('1.2.0'),
    },
  });
  writeDeploy(git, { environment: 'production', sha: good, status: 'success', at: '2026-02-01T10:00:00Z' });
  const bad = repo.commit('OPS-2: web 1.3.0 in prod', {
    files: { 'k8s/overlays/prod/kustomization.yaml': overlay('1.3.0') },
  });
  writeDeploy(git, { environment: 'production', sha: bad, status: 'failure', at: '2026-02-02T10:00:00Z' });
  const config = resolveConfig(parseConfig(policy(render), '.gitops.yml'), '.gitops.yml', '.gitops.yml');
  return { repo, git, config, good, bad };
}

const prepare = (h: ReturnType<typeof overlayHistory>, accept: string[] = []) =>
  prepareRollback({
    git: h.git,
    config: h.config,
    environment: 'production',
    reader: gitRecordReader(h.git),
    accept,
  });

describe.runIf(hasKubectl)(
  'a rollback reads the descriptors as plan does, rendered where the policy says render:',
  () => {
    it('without render:, the overlay is an input: nothing destructive, nothing refused', async () => {
      const r = await prepare(overlayHistory('null'));
      expect(r.put.map((e) => e.path)).toEqual(['k8s/overlays/prod/kustomization.yaml']);
      expect(r.plan.objects).toEqual([]);
      expect(r.refusals).toEqual([]);
    });

    it('with render: on the overlay, the rendered image goes down: refused as a version-downgrade, accepted with the kind', async () => {
      const h = overlayHistory('{ k8s/overlays/prod: "kubectl kustomize k8s/overlays/prod" }');
      const r = await prepare(h);
      expect(r.plan.objects.map((o) => [o.id, o.target, o.action])).toEqual([
        ['Deployment.apps/prod/web', 'k8s/overlays/prod', 'update'],
      ]);
      expect(r.plan.objects[0]!.changes).toContainEqual({
        path: 'spec.template.spec.containers[name=web].image',
        before: 'registry.example.com/web:1.3.0',
        after: 'registry.example.com/web:1.2.0',
      });
      expect(r.refusals.map((f) => f.kind)).toEqual(['version-downgrade']);
      expect(r.refusals[0]!.message).toMatch(/1\.3\.0.*1\.2\.0/);

      const accepted = await prepare(h, ['version-downgrade']);
      expect(accepted.refusals).toEqual([]);
      expect(accepted.plan.findings.map((f) => [f.kind, f.severity])).toEqual([['version-downgrade', 'warning']]);
      // The commit holds the tree the plan read.
      const commit = writeRollbackCommit(h.git, accepted);
      expect(h.repo.git('rev-parse', `${commit}^{tree}`)).toBe(accepted.tree);
      expect(h.repo.git('show', `${commit}:k8s/overlays/prod/kustomization.yaml`)).toBe(overlay('1.2.0').trimEnd());
      expect(h.repo.git('rev-parse', `${commit}^`)).toBe(h.bad);
    });

    it('a whole-tree render: command is read the same way', async () => {
      const r = await prepare(overlayHistory('"kubectl kustomize k8s/overlays/prod"'));
      expect(r.refusals.map((f) => f.kind)).toEqual(['version-downgrade']);
    });
  },
);
