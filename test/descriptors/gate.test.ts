import { describe, expect, it } from 'vitest';
import type { DestructiveConfig } from '../../src/config/types.js';
import { parseImage } from '../../src/descriptors/image.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { config, files } from './helpers.js';

type Row = [string, string | undefined, string | undefined, Array<[string, string]>];

/** [title, before text, after text, expected [kind, path] pairs]: undefined text means "no file". */
function run(
  before: string | undefined,
  after: string | undefined,
  cfg: Partial<DestructiveConfig> = {},
  path = 'k8s/x.yaml',
) {
  return buildPlan({
    before: files(before === undefined ? {} : { [path]: before }),
    after: files(after === undefined ? {} : { [path]: after }),
    config: config(cfg),
  });
}

const kinds = (p: ReturnType<typeof run>) => p.findings.map((f) => [f.kind as string, f.path as string]);

const desc = (body: string) => `service: billing\n${body}`;

const deploy = (container: string, spec = '', replicas = 1) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: ${replicas}
  template:
    spec:
${spec}      containers:
      - name: web
${container
  .split('\n')
  .filter(Boolean)
  .map((l) => `        ${l}`)
  .join('\n')}
`;

const svc = (spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n${spec
    .split('\n')
    .filter(Boolean)
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

const np = (spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec:\n  podSelector: {}\n${spec
    .split('\n')
    .filter(Boolean)
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

const C = 'spec.template.spec.containers[name=web]';

describe('service-removed', () => {
  it.each<Row>([
    ['descriptor deleted', desc(''), undefined, [['service-removed', '']]],
    ['Deployment deleted', deploy('image: a:1'), undefined, [['service-removed', '']]],
    ['Service deleted', svc('ports: [{port: 80}]'), undefined, [['service-removed', '']]],
    [
      'Ingress deleted',
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\n',
      undefined,
      [['service-removed', '']],
    ],
    ['ConfigMap deleted is not a service', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', undefined, []],
    ['created is not removed', undefined, svc('ports: [{port: 80}]'), []],
  ])('%s', (_t, before, after, expected) => {
    expect(kinds(run(before, after))).toEqual(expected);
  });
});

describe('version-downgrade', () => {
  it.each<Row>([
    ['descriptor version down', desc('version: 1.4.2\n'), desc('version: 1.4.1\n'), [['version-downgrade', 'version']]],
    ['descriptor version up', desc('version: 1.4.2\n'), desc('version: 2.0.0\n'), []],
    ['descriptor prerelease to its release is up', desc('version: 1.5.0-rc.1\n'), desc('version: 1.5.0\n'), []],
    ['non-semver descriptor version', desc('version: "2024-05"\n'), desc('version: "2024-04"\n'), []],
    [
      'image tag down',
      deploy('image: nginx:1.25.3'),
      deploy('image: nginx:1.24.0'),
      [['version-downgrade', `${C}.image`]],
    ],
    [
      'image tag down with v prefix and registry',
      deploy('image: ghcr.io/a/b:v2.0.0'),
      deploy('image: ghcr.io/a/b:v1.9.9'),
      [['version-downgrade', `${C}.image`]],
    ],
    [
      'library name spelled in full is the same repository',
      deploy('image: nginx:1.25.0'),
      deploy('image: docker.io/library/nginx:1.2.0'),
      [['version-downgrade', `${C}.image`]],
    ],
    ['image tag up', deploy('image: nginx:1.24.0'), deploy('image: nginx:1.25.3'), []],
    ['another repository is a change, not a downgrade', deploy('image: a/web:2.0.0'), deploy('image: b/web:1.0.0'), []],
    ['a digest is a change, not a downgrade', deploy('image: web:2.0.0'), deploy('image: web:1.0.0@sha256:abc'), []],
    ['a non-semver tag is a change', deploy('image: web:latest'), deploy('image: web:1.0.0'), []],
    ['another variant of the same release', deploy('image: redis:7.2.0'), deploy('image: redis:7.2.0-alpine'), []],
    [
      'a variant downgrade',
      deploy('image: redis:7.2.0-alpine'),
      deploy('image: redis:7.1.0-alpine'),
      [['version-downgrade', `${C}.image`]],
    ],
  ])('%s', (_t, before, after, expected) => {
    expect(kinds(run(before, after))).toEqual(expected);
  });

  it('parses image references', () => {
    expect(parseImage('nginx')).toEqual({ repository: 'docker.io/library/nginx', tag: undefined, digest: undefined });
    expect(parseImage('localhost:5000/app:1.0@sha256:ff')).toEqual({
      repository: 'localhost:5000/app',
      tag: '1.0',
      digest: 'sha256:ff',
    });
    expect(parseImage('team/app:2')).toEqual({ repository: 'docker.io/team/app', tag: '2', digest: undefined });
  });
});

describe('port-opened', () => {
  it.each<Row>([
    [
      'descriptor port moves off the allowed list',
      desc('port: 443\n'),
      desc('port: 8443\n'),
      [['port-opened', 'port']],
    ],
    ['descriptor ports gain one', desc('ports: [80]\n'), desc('ports: [80, 9090]\n'), [['port-opened', 'ports[1]']]],
    ['descriptor allowed port', desc('ports: [80]\n'), desc('ports: [80, 443]\n'), []],
    ['new descriptor exposes a port', undefined, desc('port: 8080\n'), [['port-opened', 'port']]],
    [
      'a hostPort',
      deploy('image: a:1\nports: [{containerPort: 8080}]'),
      deploy('image: a:1\nports: [{containerPort: 8080, hostPort: 8080}]'),
      [['port-opened', `${C}.ports[containerPort=8080,protocol=TCP].hostPort`]],
    ],
    [
      'hostNetwork',
      deploy('image: a:1\nports: [{containerPort: 9100}]'),
      deploy('image: a:1\nports: [{containerPort: 9100}]', '      hostNetwork: true\n'),
      [['port-opened', `${C}.ports[containerPort=9100,protocol=TCP].containerPort`]],
    ],
    [
      'a new containerPort alone is not exposure',
      deploy('image: a:1'),
      deploy('image: a:1\nports: [{containerPort: 8080}]'),
      [],
    ],
    ['ClusterIP port is internal', svc('ports: [{port: 80}]'), svc('ports: [{port: 80}, {port: 9090}]'), []],
    [
      'NodePort',
      svc('ports: [{port: 80}]'),
      svc('type: NodePort\nports: [{port: 80, nodePort: 30080}]'),
      [['port-opened', 'spec.ports[port=80,protocol=TCP].nodePort']],
    ],
    [
      'LoadBalancer on an allowed port: its cluster-assigned NodePort is not a finding',
      svc('ports: [{port: 443}]'),
      svc('type: LoadBalancer\nports: [{port: 443}]'),
      [],
    ],
    [
      'LoadBalancer on 8080',
      svc('type: LoadBalancer\nports: [{port: 443, nodePort: 443}]'),
      svc('type: LoadBalancer\nports: [{port: 443, nodePort: 443}, {port: 8080, nodePort: 443, protocol: UDP}]'),
      [['port-opened', 'spec.ports[port=8080,protocol=UDP].port']],
    ],
    [
      'unchanged LoadBalancer',
      svc('type: LoadBalancer\nports: [{port: 8080}]'),
      svc('type: LoadBalancer\nports: [{port: 8080, name: web}]'),
      [],
    ],
  ])('%s', (_t, before, after, expected) => {
    expect(kinds(run(before, after))).toEqual(expected);
  });

  it('says which port and which allow-list', () => {
    const p = run(desc('port: 80\n'), desc('port: 8080\n'));
    expect(p.findings[0]).toMatchObject({ after: 8080, line: 2, service: 'billing' });
    expect(p.findings[0]!.message).toBe(
      'descriptor/billing newly exposes port 8080, which is not in allowed-ports (80, 443)',
    );
  });
});

describe('firewall-widened and firewall-narrowed', () => {
  const fw = (ingress: string) => desc(`firewall:\n  ingress: ${ingress}\n`);
  it.each<Row>([
    [
      'same rules reordered',
      fw('[{from: 10.0.0.0/8, ports: [80]}, {from: 192.168.0.0/16}]'),
      fw('[{from: 192.168.0.0/16}, {ports: [80], from: 10.0.0.0/8}]'),
      [],
    ],
    [
      'a new 0.0.0.0/0',
      fw('[{from: 10.0.0.0/8}]'),
      fw('[{from: 10.0.0.0/8}, {from: 0.0.0.0/0, ports: [443]}]'),
      [['firewall-widened', 'firewall.ingress[1]']],
    ],
    [
      'a new ::/0',
      fw('[{from: "2001:db8::/32"}]'),
      fw('[{from: "2001:db8::/32"}, {from: "::/0"}]'),
      [['firewall-widened', 'firewall.ingress[1]']],
    ],
    [
      'a wider CIDR',
      fw('[{from: 10.1.0.0/16, ports: [80]}]'),
      fw('[{from: 10.0.0.0/8, ports: [80]}]'),
      [['firewall-widened', 'firewall.ingress[0]']],
    ],
    [
      'a from removed',
      fw('[{from: 10.0.0.0/8, ports: [80]}]'),
      fw('[{ports: [80]}]'),
      [['firewall-widened', 'firewall.ingress[0]']],
    ],
    [
      'a narrower CIDR',
      fw('[{from: 10.0.0.0/8}]'),
      fw('[{from: 10.1.0.0/16}]'),
      [['firewall-narrowed', 'firewall.ingress[0]']],
    ],
    [
      'a rule removed',
      fw('[{from: 10.0.0.0/8}, {from: 192.168.0.0/16}]'),
      fw('[{from: 10.0.0.0/8}]'),
      [['firewall-narrowed', 'firewall.ingress[1]']],
    ],
    [
      'a port removed from a rule',
      fw('[{from: 10.0.0.0/8, ports: [80, 443]}]'),
      fw('[{from: 10.0.0.0/8, ports: [443]}]'),
      [['firewall-narrowed', 'firewall.ingress[0]']],
    ],
    ['all rules removed: deny-all', fw('[{from: 10.0.0.0/8}]'), fw('[]'), [['firewall-narrowed', 'firewall.ingress']]],
    [
      'an unrelated narrow source added is neither',
      fw('[{from: 10.0.0.0/8}]'),
      fw('[{from: 10.0.0.0/8}, {from: 172.16.0.0/12}]'),
      [],
    ],
    [
      'NetworkPolicy: a from removed',
      np('policyTypes: [Ingress]\ningress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8}}]'),
      np('policyTypes: [Ingress]\ningress:\n- {}'),
      [['firewall-widened', 'spec.ingress[0]']],
    ],
    [
      'NetworkPolicy: a wider ipBlock',
      np('ingress:\n- from: [{ipBlock: {cidr: 10.1.0.0/16}}]'),
      np('ingress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8}}]'),
      [['firewall-widened', 'spec.ingress[0]']],
    ],
    [
      'NetworkPolicy: an except dropped widens',
      np('ingress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.9.0.0/16]}}]'),
      np('ingress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8}}]'),
      [['firewall-widened', 'spec.ingress[0]']],
    ],
    [
      'NetworkPolicy: an except added narrows',
      np('ingress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8}}]'),
      np('ingress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.9.0.0/16]}}]'),
      [['firewall-narrowed', 'spec.ingress[0]']],
    ],
    [
      'NetworkPolicy: every namespace',
      np('ingress:\n- from: [{namespaceSelector: {matchLabels: {a: b}}}]'),
      np('ingress:\n- from: [{namespaceSelector: {}}]'),
      [
        ['firewall-widened', 'spec.ingress[0]'],
        ['firewall-narrowed', 'spec.ingress[0]'],
      ],
    ],
    [
      'NetworkPolicy: becomes deny-all',
      np('policyTypes: [Ingress]\ningress:\n- from: [{podSelector: {}}]'),
      np('policyTypes: [Ingress]\ningress: []'),
      [['firewall-narrowed', 'spec.ingress']],
    ],
    ['NetworkPolicy: a new deny-all policy', undefined, np('policyTypes: [Ingress]'), [['firewall-narrowed', 'spec']]],
    [
      'NetworkPolicy: a new allowing policy is not flagged',
      undefined,
      np('ingress:\n- from: [{ipBlock: {cidr: 0.0.0.0/0}}]'),
      [],
    ],
    [
      'NetworkPolicy: egress no longer governed',
      np('policyTypes: [Ingress, Egress]\negress:\n- to: [{podSelector: {}}]'),
      np('policyTypes: [Ingress]'),
      [['firewall-widened', 'spec.policyTypes']],
    ],
    [
      'NetworkPolicy: rules reordered, peers reordered',
      np(
        'ingress:\n- from: [{podSelector: {}}, {ipBlock: {cidr: 10.0.0.0/8}}]\n  ports: [{port: 80}]\n- from: [{ipBlock: {cidr: 0.0.0.0/0}}]',
      ),
      np(
        'ingress:\n- from: [{ipBlock: {cidr: 0.0.0.0/0}}]\n- ports: [{port: 80, protocol: TCP}]\n  from: [{ipBlock: {cidr: 10.0.0.0/8}}, {podSelector: {}}]',
      ),
      [],
    ],
  ])('%s', (_t, before, after, expected) => {
    expect(kinds(run(before, after))).toEqual(expected);
  });

  it('names the old and the new range', () => {
    const p = run(fw('[{from: 10.1.0.0/16}]'), fw('[{from: 10.0.0.0/8}]'));
    expect(p.findings[0]).toMatchObject({ before: '10.1.0.0/16', after: { from: '10.0.0.0/8' }, line: 3 });
    expect(p.findings[0]!.message).toBe('descriptor/billing: ingress source 10.1.0.0/16 widens to 10.0.0.0/8');
  });
});

describe('healthcheck-removed', () => {
  const hc = 'healthcheck: {endpoints: [/healthz, /ready], retries: 5, timeout: 30s}\n';
  it.each<Row>([
    ['descriptor health check removed', desc(hc), desc(''), [['healthcheck-removed', 'healthcheck']]],
    [
      'an endpoint removed',
      desc(hc),
      desc('healthcheck: {endpoints: [/healthz], retries: 5, timeout: 30s}\n'),
      [['healthcheck-removed', 'healthcheck.endpoints']],
    ],
    [
      'retries to zero',
      desc(hc),
      desc('healthcheck: {endpoints: [/ready, /healthz], retries: 0, timeout: 30s}\n'),
      [['healthcheck-removed', 'healthcheck.retries']],
    ],
    [
      'timeout to zero',
      desc(hc),
      desc('healthcheck: {endpoints: [/ready, /healthz], retries: 5, timeout: 0s}\n'),
      [['healthcheck-removed', 'healthcheck.timeout']],
    ],
    [
      'timeout changed, not zero',
      desc(hc),
      desc('healthcheck: {endpoints: [/ready, /healthz], retries: 5, timeout: 10s}\n'),
      [],
    ],
    [
      'a probe removed',
      deploy('image: a:1\nreadinessProbe: {httpGet: {path: /}}\nlivenessProbe: {httpGet: {path: /}}'),
      deploy('image: a:1\nlivenessProbe: {httpGet: {path: /}}'),
      [['healthcheck-removed', `${C}.readinessProbe`]],
    ],
    [
      'probe timeoutSeconds to zero',
      deploy('image: a:1\nlivenessProbe: {tcpSocket: {port: 80}, timeoutSeconds: 3}'),
      deploy('image: a:1\nlivenessProbe: {tcpSocket: {port: 80}, timeoutSeconds: 0}'),
      [['healthcheck-removed', `${C}.livenessProbe.timeoutSeconds`]],
    ],
    [
      'probe failureThreshold to zero',
      deploy('image: a:1\nstartupProbe: {tcpSocket: {port: 80}}'),
      deploy('image: a:1\nstartupProbe: {tcpSocket: {port: 80}, failureThreshold: 0}'),
      [['healthcheck-removed', `${C}.startupProbe.failureThreshold`]],
    ],
    [
      'probe changed, not removed',
      deploy('image: a:1\nlivenessProbe: {httpGet: {path: /a}}'),
      deploy('image: a:1\nlivenessProbe: {httpGet: {path: /b}}'),
      [],
    ],
  ])('%s', (_t, before, after, expected) => {
    expect(kinds(run(before, after))).toEqual(expected);
  });
});

describe('limits-exceeded', () => {
  const res = (cpu: string, mem: string, replicas: number) =>
    desc(`resources: {cpu: ${cpu}, memory: ${mem}, replicas: ${replicas}}\n`);
  const cap = { capacity: { cpu: '2', memory: '4Gi' } };

  it.each<[string, string, string, Partial<DestructiveConfig>, Array<[string, string]>]>([
    ['under capacity', res('500m', '1Gi', 3), res('500m', '1Gi', 4), cap, []],
    ['cpu above capacity', res('500m', '512Mi', 4), res('500m', '512Mi', 5), cap, [['limits-exceeded', 'resources']]],
    ['memory above capacity', res('100m', '1Gi', 4), res('100m', '1025Mi', 4), cap, [['limits-exceeded', 'resources']]],
    ['1G is below 1Gi, exactly', res('100m', '1Gi', 4), res('100m', '1G', 4), cap, []],
    [
      'one replica above max-per-service',
      res('500m', '1Gi', 1),
      res('1500m', '1Gi', 1),
      { 'max-per-service': { cpu: '1' } },
      [['limits-exceeded', 'resources']],
    ],
    [
      'already above and not growing',
      res('1500m', '1Gi', 1),
      res('1500m', '1Gi', 2),
      { 'max-per-service': { cpu: '1' } },
      [],
    ],
  ])('%s', (_t, before, after, cfg, expected) => {
    expect(kinds(run(before, after, cfg, 'deploy/billing.yaml'))).toEqual(expected);
  });

  it('sums requests × replicas over descriptors and workloads (limits as fallback), DaemonSets once', () => {
    const w = (replicas: number) =>
      deploy('image: a:1\nresources: {requests: {cpu: 250m}, limits: {cpu: 1, memory: 1Gi}}', '', replicas);
    const ds = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: a, resources: {requests: {cpu: 500m}}}\n`;
    const p = buildPlan({
      before: files({ 'deploy/b.yaml': res('500m', '1Gi', 1), 'k8s/w.yaml': w(2), 'k8s/ds.yaml': ds }),
      after: files({ 'deploy/b.yaml': res('500m', '1Gi', 1), 'k8s/w.yaml': w(5), 'k8s/ds.yaml': ds }),
      config: config({ capacity: { cpu: '2', memory: '100Gi' } }),
    });
    // 500m + 5 × 250m + 500m = 2.25 > 2 (was 500m + 2 × 250m + 500m = 1.5).
    expect(p.findings.map((f) => [f.kind, f.object, f.before, f.after])).toEqual([
      ['limits-exceeded', 'Deployment.apps/shop/web', '1500m', '2250m'],
    ]);
    expect(p.findings[0]!.message).toMatch(/DaemonSets count as 1 replica/);
    expect(p.findings[0]!.message).toMatch(/above the capacity of 2/);
  });
});
