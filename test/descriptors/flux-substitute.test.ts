// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is Flux's syntax, under test here
import { describe, expect, it } from 'vitest';
import { MAX_PER_TARGET, substitute } from '../../src/descriptors/flux-substitute.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { config, files } from './helpers.js';

const run = (before: Record<string, string>, after: Record<string, string>) =>
  buildPlan({ before: files(before), after: files(after), config: config({ descriptors: ['**/*.yaml'] }) });

const namespace = (name: string, extra = '') => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${extra}`;
/** A hub's Flux Kustomization for one cluster, applying `path`, with post-build variables when given. */
const sync = (cluster: string, path: string, postBuild = '') => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: tenants
  namespace: ${cluster}
spec:
  interval: 1h
  prune: true
  path: ${path}
  sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
${postBuild}`;
const vars = (entries: string) => `  postBuild:\n    substitute:\n${entries}`;

/** Each cluster's namespace in its own folder, deployed by the hub with a Kustomization each. */
const before = {
  'clusters/staging/tenants/ns.yaml': namespace('staging'),
  'clusters/production/tenants/ns.yaml': namespace('production'),
  'hub/staging.yaml': sync('staging', './clusters/staging/tenants'),
  'hub/production.yaml': sync('production', './clusters/production/tenants'),
};

describe('Flux post-build substitution', () => {
  it('puts in the variables as kustomize-controller does, and leaves what it cannot know', () => {
    const v = new Map([
      ['CLUSTER_NAME', 'staging'],
      ['EMPTY', ''],
    ]);
    expect(substitute('ns-${CLUSTER_NAME}', v)).toBe('ns-staging');
    expect(substitute('${MISSING:=dflt}/${MISSING:-d2}/${MISSING=d3}', v)).toBe('dflt/d2/d3');
    expect(substitute('${EMPTY:=x}|${EMPTY=x}|${EMPTY:-y}|${EMPTY-y}', v)).toBe('x||y|');
    // Unknown without a default: left as written, never blanked.
    expect(substitute('${MISSING}', v)).toBe('${MISSING}');
    // With substituteFrom, a variable missing here may be set in the cluster: nothing is guessed.
    expect(substitute('${MISSING:=dflt}-${CLUSTER_NAME}', v, false)).toBe('${MISSING:=dflt}-staging');
    // `$VAR` without braces is how Flux's docs say to keep a variable from being substituted.
    expect(substitute('echo $CLUSTER_NAME', v)).toBe('echo $CLUSTER_NAME');
  });

  it('one folder deployed to two clusters with ${CLUSTER_NAME}: each namespace is the one it was, not deleted', () => {
    const after = {
      'deploy/tenants/ns.yaml': namespace('${CLUSTER_NAME}', '  labels: {team: sre}\n'),
      'hub/staging.yaml': sync('staging', './deploy/tenants', vars('      CLUSTER_NAME: staging\n')),
      'hub/production.yaml': sync('production', './deploy/tenants', vars('      CLUSTER_NAME: production\n')),
    };
    const plan = run(before, after);
    expect(plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const namespaces = plan.objects.filter((o) => o.kind === 'Namespace');
    expect(namespaces.map((o) => [o.action, o.id]).sort()).toEqual([
      ['update', 'Namespace/production'],
      ['update', 'Namespace/staging'],
    ]);
    expect(namespaces.map((o) => o.target).sort()).toEqual([
      'deploy/tenants (Flux production/tenants)',
      'deploy/tenants (Flux staging/tenants)',
    ]);
  });

  it('still reports the namespace a wrong value deletes, and guesses nothing from substituteFrom', () => {
    const renamed = {
      'deploy/tenants/ns.yaml': namespace('${CLUSTER_NAME}'),
      'hub/staging.yaml': sync('staging', './deploy/tenants', vars('      CLUSTER_NAME: stage\n')),
      'hub/production.yaml': sync('production', './deploy/tenants', vars('      CLUSTER_NAME: production\n')),
    };
    expect(run(before, renamed).findings.map((f) => [f.kind, f.object])).toEqual([
      ['service-removed', 'Namespace/staging'],
    ]);
    const fromCluster = {
      'deploy/tenants/ns.yaml': namespace('${CLUSTER_NAME:=staging}'),
      'hub/staging.yaml': sync(
        'staging',
        './deploy/tenants',
        `${vars('      OTHER: x\n')}    substituteFrom: [{kind: ConfigMap, name: cluster-vars}]\n`,
      ),
      'hub/production.yaml': sync('production', './clusters/production/tenants'),
      'clusters/production/tenants/ns.yaml': namespace('production'),
    };
    expect(run(before, fromCluster).findings.map((f) => [f.kind, f.object])).toEqual([
      ['service-removed', 'Namespace/staging'],
    ]);
  });

  it('bounds the work: a long value referenced many times leaves the object as written', () => {
    const refs = Array.from({ length: 2000 }, () => '${BIG}').join('');
    const after = {
      'deploy/tenants/ns.yaml': namespace('${CLUSTER_NAME}', `  annotations: {note: "${refs}"}\n`),
      'hub/staging.yaml': sync(
        'staging',
        './deploy/tenants',
        vars(`      CLUSTER_NAME: staging\n      BIG: "${'x'.repeat(4096)}"\n`),
      ),
      'hub/production.yaml': sync('production', './clusters/production/tenants'),
      'clusters/production/tenants/ns.yaml': namespace('production'),
    };
    // 2,000 × 4 KiB would be 8 MiB in one object: past the budget, nothing is put in.
    const plan = run(before, after);
    expect(plan.objects.some((o) => o.id === 'Namespace/${CLUSTER_NAME}')).toBe(true);
    expect(plan.findings.map((f) => [f.kind, f.object])).toEqual([['service-removed', 'Namespace/staging']]);
  });

  it('reads a target as written when more Kustomizations than a fleet substitute into it', () => {
    const hubs: Record<string, string> = {};
    for (let i = 0; i <= MAX_PER_TARGET; i++) {
      hubs[`hub/c${i}.yaml`] = sync(`c${i}`, './deploy/tenants', vars(`      CLUSTER_NAME: c${i}\n`));
    }
    const plan = run({}, { 'deploy/tenants/ns.yaml': namespace('${CLUSTER_NAME}'), ...hubs });
    expect(plan.objects.filter((o) => o.kind === 'Namespace').map((o) => o.id)).toEqual(['Namespace/${CLUSTER_NAME}']);
    delete hubs[`hub/c${MAX_PER_TARGET}.yaml`];
    const fleet = run({}, { 'deploy/tenants/ns.yaml': namespace('${CLUSTER_NAME}'), ...hubs });
    expect(fleet.objects.filter((o) => o.kind === 'Namespace')).toHaveLength(MAX_PER_TARGET);
  });

  it('leaves an object annotated substitute: disabled as written', () => {
    const after = {
      'deploy/tenants/ns.yaml': namespace(
        '${CLUSTER_NAME}',
        '  annotations: {kustomize.toolkit.fluxcd.io/substitute: disabled}\n',
      ),
      'hub/staging.yaml': sync('staging', './deploy/tenants', vars('      CLUSTER_NAME: staging\n')),
      'hub/production.yaml': sync('production', './clusters/production/tenants'),
      'clusters/production/tenants/ns.yaml': namespace('production'),
    };
    const plan = run(before, after);
    expect(plan.findings.map((f) => [f.kind, f.object])).toEqual([['service-removed', 'Namespace/staging']]);
    expect(plan.objects.some((o) => o.id === 'Namespace/${CLUSTER_NAME}' && o.action === 'create')).toBe(true);
  });
});
