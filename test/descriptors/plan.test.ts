import { describe, expect, it } from 'vitest';
import { descriptorPaths } from '../../src/descriptors/paths.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { config, files, fixture } from './helpers.js';

const MS = 'microservices-demo';

describe('realistic fixtures', () => {
  it('a containerPort renumbered with its Service targetPort: two updates, no findings', () => {
    const p = buildPlan({ before: fixture('guestbook/before'), after: fixture('guestbook/after'), config: config() });
    expect(p.findings).toEqual([]);
    expect(p.objects).toEqual([
      {
        id: 'Deployment.apps/guestbook-ui',
        kind: 'Deployment',
        file: 'k8s/guestbook-ui-deployment.yaml',
        target: 'k8s',
        action: 'update',
        changes: [
          {
            path: 'spec.template.spec.containers[name=guestbook-ui].ports[containerPort=8080,protocol=TCP]',
            after: { containerPort: 8080 },
          },
          {
            path: 'spec.template.spec.containers[name=guestbook-ui].ports[containerPort=80,protocol=TCP]',
            before: { containerPort: 80 },
          },
        ],
      },
      {
        id: 'Service/guestbook-ui',
        kind: 'Service',
        file: 'k8s/guestbook-ui-svc.yaml',
        target: 'k8s',
        action: 'update',
        changes: [{ path: 'spec.ports[port=80,protocol=TCP].targetPort', before: 80, after: 8080 }],
      },
    ]);
    expect(p.summary).toEqual({ add: 0, change: 2, destroy: 0, destructive: 0 });
  });

  it('a re-indented containers list whose only real change is the image', () => {
    const p = buildPlan({ before: fixture('podinfo/before'), after: fixture('podinfo/after'), config: config() });
    const deployment = p.objects.find((o) => o.kind === 'Deployment');
    expect(deployment?.changes).toEqual([
      {
        path: 'spec.template.spec.containers[name=podinfod].image',
        before: 'ghcr.io/stefanprodan/podinfo:6.5.0',
        after: 'ghcr.io/stefanprodan/podinfo:6.5.1',
      },
    ]);
    expect(p.findings).toEqual([]);
  });

  it('an HPA moving from v2beta1 to v2beta2 is an update, not a delete plus a create', () => {
    const p = buildPlan({ before: fixture('podinfo/before'), after: fixture('podinfo/after'), config: config() });
    const hpa = p.objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
    expect(hpa.map((o) => [o.id, o.action])).toEqual([['HorizontalPodAutoscaler.autoscaling/test/podinfo', 'update']]);
    expect(hpa[0]!.changes.map((c) => c.path)).toEqual([
      'apiVersion',
      'spec.metrics[0].resource.targetAverageUtilization',
      'spec.metrics[0].resource.target',
    ]);
    expect(p.summary).toEqual({ add: 0, change: 2, destroy: 0, destructive: 0 });
  });

  it('a release that reorders 35 documents and changes only image tags', () => {
    const before = fixture(`${MS}/before`);
    const after = fixture(`${MS}/release`);
    const docs = (m: Map<string, string>) => [...m.values()].join('').split(/^---$/m).length - 1;
    expect(docs(before)).toBe(35);
    expect(docs(after)).toBe(35);
    const p = buildPlan({ before, after, config: config() });
    expect(p.findings).toEqual([]);
    expect(p.summary).toEqual({ add: 0, change: 11, destroy: 0, destructive: 0 });
    for (const o of p.objects) {
      expect(o.kind).toBe('Deployment');
      expect(o.changes).toHaveLength(1);
      expect(o.changes[0]!.path).toBe('spec.template.spec.containers[name=server].image');
      expect(String(o.changes[0]!.before)).toMatch(/:v0\.10\.0$/);
      expect(String(o.changes[0]!.after)).toMatch(/:v0\.10\.1$/);
    }
  });

  it('the same release rolled back is a version-downgrade for each image', () => {
    const p = buildPlan({ before: fixture(`${MS}/release`), after: fixture(`${MS}/before`), config: config() });
    expect(p.findings.map((f) => f.kind)).toEqual(Array(11).fill('version-downgrade'));
    const f = p.findings.find((x) => x.object === 'Deployment.apps/frontend')!;
    expect(f).toMatchObject({
      file: 'k8s/kubernetes-manifests.yaml',
      path: 'spec.template.spec.containers[name=server].image',
      before: 'us-central1-docker.pkg.dev/google-samples/microservices-demo/frontend:v0.10.1',
      after: 'us-central1-docker.pkg.dev/google-samples/microservices-demo/frontend:v0.10.0',
    });
    expect(f.line).toBe(before(`frontend:v0.10.0`));
  });

  it('pure text noise (reformatting, key order, comments, files split, defaults spelled out) is no change', () => {
    const p = buildPlan({ before: fixture(`${MS}/before`), after: fixture(`${MS}/noise`), config: config() });
    expect(p.objects).toEqual([]);
    expect(p.findings).toEqual([]);
    expect(p.summary).toEqual({ add: 0, change: 0, destroy: 0, destructive: 0 });
    const d = buildPlan({
      before: fixture('descriptors/before', 'deploy/'),
      after: fixture('descriptors/after', 'deploy/'),
      config: config(),
    });
    expect(d.objects).toEqual([]);
    expect(d.findings).toEqual([]);
  });

  it('a Service deleted', () => {
    const before = fixture(`${MS}/before`);
    const text = before.get('k8s/kubernetes-manifests.yaml')!;
    const start = text.indexOf('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: frontend-external');
    const end = text.indexOf('---', start + 3);
    const after = files({ 'k8s/kubernetes-manifests.yaml': text.slice(0, start) + text.slice(end) });
    const p = buildPlan({ before, after, config: config() });
    expect(p.objects.map((o) => [o.id, o.action])).toEqual([['Service/frontend-external', 'delete']]);
    expect(p.findings).toEqual([
      expect.objectContaining({
        rule: 'destructive',
        kind: 'service-removed',
        severity: 'error',
        object: 'Service/frontend-external',
        file: 'k8s/kubernetes-manifests.yaml',
        line: text.slice(0, start).split('\n').length + 1,
      }),
    ]);
    expect(p.summary).toEqual({ add: 0, change: 0, destroy: 1, destructive: 1 });
  });

  it('a NetworkPolicy deleted', () => {
    const before = fixture('netpol/before');
    const text = before.get('k8s/network-policies.yaml')!;
    const after = files({ 'k8s/network-policies.yaml': text.slice(0, text.indexOf('---')) });
    const p = buildPlan({ before, after, config: config() });
    expect(p.objects.map((o) => [o.id, o.action])).toEqual([
      ['NetworkPolicy.networking.k8s.io/shop/frontend', 'delete'],
    ]);
    expect(p.findings.map((f) => [f.kind, f.object, f.line])).toEqual([
      ['service-removed', 'NetworkPolicy.networking.k8s.io/shop/frontend', 11],
      ['firewall-widened', 'NetworkPolicy.networking.k8s.io/shop/frontend', 11],
    ]);
    expect(p.summary.destructive).toBe(2);
  });
});

function before(needle: string): number {
  const text = fixture(`${MS}/before`).get('k8s/kubernetes-manifests.yaml')!;
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('acceptance and severity', () => {
  const b = files({ 'deploy/a.yaml': 'service: a\nversion: 2.0.0\n', 'deploy/b.yaml': 'service: b\n' });
  const a = files({ 'deploy/a.yaml': 'service: a\nversion: 1.9.0\n' });

  it('turns accepted kinds into warnings that name the commit, and still counts them', () => {
    const p = buildPlan({ before: b, after: a, config: config(), accepted: new Map([['service-removed', 'abc1234']]) });
    expect(p.findings.map((f) => [f.kind, f.severity, f.acceptedBy])).toEqual([
      ['version-downgrade', 'error', undefined],
      ['service-removed', 'warning', 'abc1234'],
    ]);
    expect(p.summary.destructive).toBe(2);
  });

  it('applies configured severities; off drops the finding', () => {
    const p = buildPlan({
      before: b,
      after: a,
      config: config({ severity: { 'version-downgrade': 'warning', 'service-removed': 'off' } }),
    });
    expect(p.findings.map((f) => [f.kind, f.severity])).toEqual([['version-downgrade', 'warning']]);
    expect(p.summary).toEqual({ add: 0, change: 1, destroy: 1, destructive: 1 });
  });

  it('does not list unchanged objects', () => {
    const p = buildPlan({ before: b, after: b, config: config() });
    expect(p.objects).toEqual([]);
  });
});

describe('descriptorPaths', () => {
  it('matches the default globs with extglob, and the JSON manifests beside the YAML ones', () => {
    const all = [
      'deploy/a.yml',
      'deploy/x/b.yaml',
      'deploy/c.json',
      'k8s/base/d.yaml',
      'src/k8s/e.yaml',
      'README.md',
      'deploy/.hidden.yaml',
    ];
    expect(descriptorPaths(all, ['deploy/**/*.y?(a)ml', 'k8s/**/*.y?(a)ml'])).toEqual([
      'deploy/a.yml',
      'deploy/x/b.yaml',
      'deploy/c.json',
      'k8s/base/d.yaml',
      'deploy/.hidden.yaml',
    ]);
    expect(descriptorPaths(all, [])).toEqual([]);
  });
});
