import { describe, expect, it } from 'vitest';
import type { DestructiveConfig } from '../../src/config/types.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { config, files } from './helpers.js';

const run = (before: Record<string, string>, after: Record<string, string>, cfg: Partial<DestructiveConfig> = {}) =>
  buildPlan({ before: files(before), after: files(after), config: config(cfg) });
const kinds = (p: ReturnType<typeof run>) => p.findings.map((f) => [f.kind, f.object]);

const deployment = (apiVersion: string, image = 'web:1.0.0', extra = '') => `apiVersion: ${apiVersion}
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
${extra}      containers:
      - name: web
        image: ${image}
`;

describe('identity', () => {
  it.each([
    ['extensions/v1beta1', 'apps/v1', 'Deployment'],
    ['extensions/v1beta1', 'networking.k8s.io/v1', 'Ingress'],
    ['extensions/v1beta1', 'networking.k8s.io/v1', 'NetworkPolicy'],
  ])('%s → %s %s is an update, not a delete and a create', (from, to, kind) => {
    const doc = (v: string) => `apiVersion: ${v}\nkind: ${kind}\nmetadata: {name: x}\nspec: {}\n`;
    const p = run({ 'k8s/x.yaml': doc(from) }, { 'k8s/x.yaml': doc(to) });
    expect(p.findings).toEqual([]);
    expect(p.summary.destroy).toBe(0);
  });

  it('a namespace made explicit is the same object when it is unambiguous', () => {
    const svc = (ns: string) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: a${ns}}\nspec: {ports: [{port: 80}]}\n`;
    const p = run({ 'k8s/a.yaml': svc('') }, { 'k8s/a.yaml': svc(', namespace: shop') });
    expect(p.findings).toEqual([]);
    expect(p.objects.map((o) => [o.id, o.action])).toEqual([['Service/shop/a', 'update']]);
  });

  it('an object moved to another folder is one object', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n';
    const p = run({ 'k8s/old/a.yaml': svc }, { 'k8s/new/a.yaml': svc });
    expect(p.findings).toEqual([]);
  });

  it('the same name in two folders is two objects', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n';
    const both = { 'k8s/dev/a.yaml': svc, 'k8s/prod/a.yaml': svc };
    expect(run(both, both).findings).toEqual([]);
    expect(kinds(run(both, { 'k8s/dev/a.yaml': svc }))).toEqual([['service-removed', 'Service/a']]);
  });
});

describe('deletions that take more with them', () => {
  it.each([
    ['v1', 'Namespace', /every object in the namespace/],
    ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', /every custom resource of that type/],
    ['v1', 'PersistentVolumeClaim', /data on it/],
    ['v1', 'PersistentVolume', /data on it/],
    ['helm.toolkit.fluxcd.io/v2', 'HelmRelease', /Flux uninstalls the release/],
    ['kustomize.toolkit.fluxcd.io/v1', 'Kustomization', /Flux prunes/],
    ['argoproj.io/v1alpha1', 'Application', /Argo CD deletes/],
  ])('%s %s', (apiVersion, kind, message) => {
    const p = run({ 'k8s/x.yaml': `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n` }, {});
    expect(p.findings.map((f) => f.kind)).toEqual(['service-removed']);
    expect(p.findings[0]?.message).toMatch(message);
  });

  it('a NetworkPolicy deleted with every workload it selected is not a widening', () => {
    const np =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web}\nspec:\n  podSelector: {matchLabels: {app: web}}\n';
    const web = deployment('apps/v1');
    const p = run({ 'k8s/web.yaml': `${web}---\n${np}` }, {});
    expect(p.findings.map((f) => f.kind)).toEqual(['service-removed', 'service-removed']);
    const kept = run({ 'k8s/web.yaml': `${web}---\n${np}` }, { 'k8s/web.yaml': web });
    expect(kept.findings.map((f) => f.kind)).toEqual(['service-removed', 'firewall-widened']);
  });
});

describe('image tags that are versions', () => {
  it.each([
    ['web:0.2', 'web:0.1'],
    ['nginx:1.25', 'nginx:1.24'],
    ['redis:7.2', 'redis:7'],
    ['web:1.25.0', 'web:1.19'],
    ['web:v2', 'web:v1.9'],
    ['nginx:1.25-alpine', 'nginx:1.24-alpine'],
  ])('%s → %s is a downgrade', (a, b) => {
    const p = run({ 'k8s/w.yaml': deployment('apps/v1', a) }, { 'k8s/w.yaml': deployment('apps/v1', b) });
    expect(p.findings.map((f) => f.kind)).toEqual(['version-downgrade']);
  });

  it.each([
    ['nginx:1.24', 'nginx:1.25'],
    ['web:latest', 'web:1.0'],
    ['web:1.25', 'web:1.25-alpine'],
    ['web:abc123', 'web:abc122'],
  ])('%s → %s is not', (a, b) => {
    const p = run({ 'k8s/w.yaml': deployment('apps/v1', a) }, { 'k8s/w.yaml': deployment('apps/v1', b) });
    expect(p.findings).toEqual([]);
  });
});

describe('exposure', () => {
  const lb = (ranges: string) =>
    `apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec:\n  type: LoadBalancer\n  ports: [{port: 443}]\n${ranges}`;

  it.each([
    ['removed', '  loadBalancerSourceRanges: [10.0.0.0/8]\n', '', /accepts every address/],
    [
      'widened',
      '  loadBalancerSourceRanges: [10.1.0.0/16]\n',
      '  loadBalancerSourceRanges: [10.0.0.0/8]\n',
      /10.0.0.0\/8/,
    ],
    [
      'opened to all',
      '  loadBalancerSourceRanges: [10.0.0.0/8]\n',
      '  loadBalancerSourceRanges: [0.0.0.0/0]\n',
      /every address/,
    ],
  ])('loadBalancerSourceRanges %s', (_, a, b, message) => {
    const p = run({ 'k8s/lb.yaml': lb(a) }, { 'k8s/lb.yaml': lb(b) });
    expect(p.findings.map((f) => f.kind)).toEqual(['firewall-widened']);
    expect(p.findings[0]?.message).toMatch(message);
  });

  it('loadBalancerSourceRanges narrowed is quiet', () => {
    const p = run(
      { 'k8s/lb.yaml': lb('  loadBalancerSourceRanges: [10.0.0.0/8]\n') },
      { 'k8s/lb.yaml': lb('  loadBalancerSourceRanges: [10.1.0.0/16]\n') },
    );
    expect(p.findings).toEqual([]);
  });

  const ports = (cp: number, sp: number) =>
    `${deployment('apps/v1').replace('        image: web:1.0.0\n', `        image: web:1.0.0\n        ports: [{containerPort: ${cp}}]\n`)}---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: ${sp}, targetPort: ${cp}}]}\n`;

  it('with internal-ports, a new container or Service port outside allowed-ports is opened', () => {
    const cfg = { 'allowed-ports': [80, 8080], 'internal-ports': true };
    const p = run({ 'k8s/w.yaml': ports(8080, 80) }, { 'k8s/w.yaml': ports(5432, 5432) }, cfg);
    expect(p.findings.map((f) => [f.kind, f.after])).toEqual([
      ['port-opened', 5432],
      ['port-opened', 5432],
    ]);
    expect(run({ 'k8s/w.yaml': ports(8080, 80) }, { 'k8s/w.yaml': ports(80, 8080) }, cfg).findings).toEqual([]);
    expect(run({ 'k8s/w.yaml': ports(8080, 80) }, { 'k8s/w.yaml': ports(5432, 5432) }).findings).toEqual([]);
  });

  it('hostNetwork: yes (YAML 1.1) is hostNetwork', () => {
    const p = run(
      { 'k8s/w.yaml': ports(5432, 80) },
      { 'k8s/w.yaml': ports(5432, 80).replace('    spec:\n', '    spec:\n      hostNetwork: yes\n') },
    );
    expect(p.findings.map((f) => f.kind)).toEqual(['port-opened']);
  });
});

describe('health and limits', () => {
  const probe = (p: string) =>
    deployment('apps/v1').replace(
      '        image: web:1.0.0\n',
      `        image: web:1.0.0\n        livenessProbe:\n${p}`,
    );
  it.each([
    ['exec: [true]', '          exec: {command: ["true"]}\n'],
    ['sh -c exit 0', '          exec: {command: [sh, -c, "exit 0"]}\n'],
    ['/bin/true', '          exec: {command: [/bin/true]}\n'],
  ])('a probe neutered to %s is removed', (_, neutered) => {
    const p = run(
      { 'k8s/w.yaml': probe('          httpGet: {path: /healthz, port: 8080}\n') },
      { 'k8s/w.yaml': probe(neutered) },
    );
    expect(p.findings.map((f) => f.kind)).toEqual(['healthcheck-removed']);
    expect(p.findings[0]?.message).toMatch(/livenessProbe now always passes/);
  });

  it('max-per-service compares limits too', () => {
    const res = (limit: string) =>
      deployment('apps/v1').replace(
        '        image: web:1.0.0\n',
        `        image: web:1.0.0\n        resources: {requests: {cpu: 500m}, limits: {cpu: "${limit}"}}\n`,
      );
    const p = run({ 'k8s/w.yaml': res('1') }, { 'k8s/w.yaml': res('16') }, { 'max-per-service': { cpu: '8' } });
    expect(p.findings.map((f) => [f.kind, f.after])).toEqual([['limits-exceeded', '16']]);
    expect(p.findings[0]?.message).toMatch(/its limits/);
  });
});

describe('what kubectl applies', () => {
  it('reads every item of a *List, JSON manifests, documents ended with ..., and merge keys', () => {
    const list =
      'apiVersion: v1\nkind: ServiceList\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: b}\n';
    const json = '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "c"}}';
    const ended = 'apiVersion: v1\nkind: Service\nmetadata: {name: d}\n...\n';
    const merged =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: e}\nspec:\n  template:\n    spec:\n      containers:\n      - &base {name: e, image: "e:1"}\n      - <<: *base\n        name: f\n';
    const p = run({}, { 'k8s/list.yaml': list, 'k8s/c.json': json, 'k8s/d.yaml': ended, 'k8s/e.yaml': merged });
    expect(p.objects.map((o) => o.id)).toEqual([
      'Service/c',
      'Service/d',
      'Deployment.apps/e',
      'Service/a',
      'Service/b',
    ]);
    expect(p.findings).toEqual([]);
  });

  it('a multi-line single-quoted scalar reads', () => {
    const cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  msg: 'one\n    two'\n";
    const p = run({}, { 'k8s/c.yaml': cm });
    expect(p.findings).toEqual([]);
    expect(p.objects.map((o) => o.id)).toEqual(['ConfigMap/c']);
  });
});
