import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/descriptors/plan.js';
import { config, fixture } from './helpers.js';

/**
 * Real GitOps layouts, written for these tests in the shapes public repositories use: kustomize
 * bases, overlays and components with every kind of patch, a Flux `clusters/` tree, a Helm chart
 * beside plain manifests, and generated all-in-one files beside their split sources.
 */
const plan = (name: string, touched?: string[]) =>
  buildPlan({
    before: fixture(`shapes/before/${name}`, ''),
    after: fixture(`shapes/after/${name}`, ''),
    config: config(),
    ...(touched ? { touched: new Set(touched) } : {}),
  });

const errors = (p: ReturnType<typeof plan>) =>
  p.findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.object, f.file]);

describe('kustomize base, overlays and components', () => {
  const p = plan('kustomize-shop');

  it('reads patches, components, configurations and kustomizations without apiVersion as inputs, not objects', () => {
    const ignored = new Map(p.ignored?.map((i) => [i.file, i.reason]));
    expect(ignored.get('overlays/dev/delete-service.yaml')).toMatch(/patchesStrategicMerge of overlays\/dev/);
    expect(ignored.get('overlays/dev/replicas.json')).toMatch(/patchesJson6902 of overlays\/dev/);
    expect(ignored.get('overlays/prod/replicas.yaml')).toMatch(/patches of overlays\/prod\/kustomization.yaml/);
    expect(ignored.get('components/debug/debug-patch.yaml')).toMatch(/patches of components\/debug/);
    expect(ignored.get('base/kustomizeconfig.yaml')).toMatch(/configurations of base\/kustomization.yaml/);
    expect(ignored.get('overlays/dev/kustomization.yaml')).toMatch(/kustomization/);
    expect(ignored.get('overlays/prod/redis.yaml')).toMatch(/not listed by overlays\/prod\/kustomization.yaml/);
    expect(p.findings.filter((f) => f.kind === 'invalid' || f.kind === 'unreadable')).toEqual([]);
  });

  it('places a base in every overlay that deploys it, with the overlay namespace', () => {
    expect(p.targets).toEqual(['overlays/dev', 'overlays/prod']);
    expect(errors(p)).toEqual([
      ['healthcheck-removed', 'Deployment.apps/shop-dev/shop', 'base/deployment.yaml'],
      ['healthcheck-removed', 'Deployment.apps/shop-prod/shop', 'base/deployment.yaml'],
      ['service-removed', 'StatefulSet.apps/shop-prod/redis', 'overlays/prod/redis.yaml'],
    ]);
    expect(p.findings.find((f) => f.kind === 'healthcheck-removed')?.message).toMatch(
      /readinessProbe now always passes/,
    );
  });
});

describe('a Flux clusters/ layout', () => {
  it('each cluster is its own target, and removing a Flux Kustomization is a removal', () => {
    const p = plan('flux');
    expect(errors(p)).toEqual([
      ['service-removed', 'Kustomization.kustomize.toolkit.fluxcd.io/flux-system/apps', 'clusters/staging/apps.yaml'],
    ]);
    expect(p.findings[0]?.message).toMatch(/Flux prunes everything it applied/);
    expect(p.targets).toEqual([
      'apps/production',
      'apps/staging',
      'clusters/production',
      'clusters/production/flux-system',
      'clusters/staging/flux-system',
    ]);
  });
});

describe('a Helm chart beside plain manifests', () => {
  it('the chart is not read as objects; the manifests are', () => {
    const p = plan('helm-beside');
    const ignored = new Map(p.ignored?.map((i) => [i.file, i.reason]));
    expect(ignored.get('charts/web/templates/deployment.yaml')).toMatch(/Helm chart in charts\/web/);
    expect(ignored.get('charts/web/values.yaml')).toMatch(/Helm chart/);
    expect(ignored.get('helmfile.yaml')).toMatch(/no apiVersion and kind/);
    expect(errors(p)).toEqual([['version-downgrade', 'Deployment.apps/nginx', 'manifests/nginx.yaml']]);
  });
});

describe('generated all-in-one files beside their split sources', () => {
  it('each file of the folder is a target, so the copies are not duplicates', () => {
    const p = plan('all-in-one');
    expect(p.findings).toEqual([]);
    expect(p.objects.map((o) => [o.id, o.target, o.action])).toEqual([
      ['ConfigMap/app-config', 'deploy/config.yaml', 'update'],
      ['ConfigMap/app-config', 'deploy/install.yaml', 'update'],
      ['ConfigMap/app-config', 'deploy/namespace-install.yaml', 'update'],
    ]);
  });
});

describe('only what the push changes can block', () => {
  it('a problem in a file the range does not touch is a warning, named once', () => {
    const bad = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  labels: [unclosed\n';
    const good = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1"}\n';
    const before = new Map([
      ['k8s/bad.yaml', bad],
      ['k8s/c.yaml', good],
    ]);
    const after = new Map([
      ['k8s/bad.yaml', bad],
      ['k8s/c.yaml', good.replace('"1"', '"2"')],
    ]);
    const p = buildPlan({ before, after, config: config(), touched: new Set(['k8s/c.yaml']) });
    expect(p.findings.map((f) => [f.kind, f.severity, f.file])).toEqual([['unreadable', 'warning', 'k8s/bad.yaml']]);
    expect(p.findings[0]?.message).toMatch(/in a file this push does not change/);
    const blocked = buildPlan({ before, after, config: config(), touched: new Set(['k8s/bad.yaml']) });
    expect(blocked.findings.map((f) => [f.kind, f.severity])).toEqual([['unreadable', 'error']]);
  });
});
