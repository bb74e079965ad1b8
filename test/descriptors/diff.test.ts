import { describe, expect, it } from 'vitest';
import { diffObjects, formatPath } from '../../src/descriptors/diff.js';

const paths = (kind: string, a: unknown, b: unknown, descriptor = false) =>
  diffObjects(kind, descriptor, a, b).map((c) => [c.path, c.before, c.after]);

const deploy = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { template: { spec: { containers, ...extra } } },
});

describe('diffObjects', () => {
  it('matches containers by name, not position', () => {
    const a = deploy([
      { name: 'web', image: 'web:1' },
      { name: 'proxy', image: 'envoy:1' },
    ]);
    const b = deploy([
      { name: 'proxy', image: 'envoy:1' },
      { name: 'web', image: 'web:2' },
    ]);
    expect(paths('Deployment', a, b)).toEqual([['spec.template.spec.containers[name=web].image', 'web:1', 'web:2']]);
  });

  it('matches container ports by containerPort + protocol, with TCP as the default', () => {
    const a = deploy([
      { name: 'web', ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP', name: 'dns' }] },
    ]);
    const b = deploy([
      {
        name: 'web',
        ports: [
          { containerPort: 53, protocol: 'UDP', name: 'dns2' },
          { containerPort: 80, protocol: 'TCP' },
        ],
      },
    ]);
    expect(paths('Deployment', a, b)).toEqual([
      ['spec.template.spec.containers[name=web].ports[containerPort=53,protocol=UDP].name', 'dns', 'dns2'],
    ]);
  });

  it('matches Service ports by port + protocol', () => {
    const a = {
      kind: 'Service',
      spec: {
        ports: [
          { port: 80, targetPort: 8080 },
          { port: 443, targetPort: 8443 },
        ],
      },
    };
    const b = {
      kind: 'Service',
      spec: {
        ports: [
          { port: 443, targetPort: 9443 },
          { port: 80, targetPort: 8080 },
        ],
      },
    };
    expect(paths('Service', a, b)).toEqual([['spec.ports[port=443,protocol=TCP].targetPort', 8443, 9443]]);
  });

  it('matches env and volumes by name and mounts by mountPath', () => {
    const a = deploy(
      [
        {
          name: 'web',
          env: [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ],
          volumeMounts: [{ mountPath: '/d', name: 'x' }],
        },
      ],
      { volumes: [{ name: 'x', emptyDir: {} }] },
    );
    const b = deploy(
      [
        {
          name: 'web',
          env: [
            { name: 'B', value: '3' },
            { name: 'A', value: '1' },
          ],
          volumeMounts: [{ mountPath: '/d', name: 'y' }],
        },
      ],
      { volumes: [{ name: 'y', emptyDir: {} }] },
    );
    expect(paths('Deployment', a, b)).toEqual([
      ['spec.template.spec.containers[name=web].env[name=B].value', '2', '3'],
      ['spec.template.spec.containers[name=web].volumeMounts[mountPath=/d].name', 'x', 'y'],
      ['spec.template.spec.volumes[name=y]', undefined, { name: 'y', emptyDir: {} }],
      ['spec.template.spec.volumes[name=x]', { name: 'x', emptyDir: {} }, undefined],
    ]);
  });

  it('keeps order for lists where order means something (args)', () => {
    const a = deploy([{ name: 'web', args: ['--a', '--b'] }]);
    const b = deploy([{ name: 'web', args: ['--b', '--a'] }]);
    expect(paths('Deployment', a, b)).toEqual([
      ['spec.template.spec.containers[name=web].args[0]', '--a', '--b'],
      ['spec.template.spec.containers[name=web].args[1]', '--b', '--a'],
    ]);
  });

  it('compares NetworkPolicy rules as sets, deep', () => {
    const r1 = {
      from: [{ podSelector: { matchLabels: { a: '1' } } }, { ipBlock: { cidr: '10.0.0.0/8' } }],
      ports: [{ port: 80 }],
    };
    const r2 = { from: [{ podSelector: {} }] };
    const a = { kind: 'NetworkPolicy', spec: { policyTypes: ['Ingress', 'Egress'], ingress: [r1, r2] } };
    const b = {
      kind: 'NetworkPolicy',
      spec: {
        policyTypes: ['Egress', 'Ingress'],
        ingress: [r2, { ports: [{ port: 80 }], from: [...r1.from].reverse() }],
      },
    };
    expect(paths('NetworkPolicy', a, b)).toEqual([]);
    const c = { kind: 'NetworkPolicy', spec: { policyTypes: ['Ingress', 'Egress'], ingress: [r2] } };
    expect(paths('NetworkPolicy', a, c)).toEqual([['spec.ingress[0]', r1, undefined]]);
  });

  it('compares quantities by value', () => {
    const a = deploy([{ name: 'web', resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: 1 } } }]);
    const b = deploy([
      { name: 'web', resources: { requests: { cpu: 0.5, memory: '1024Mi' }, limits: { cpu: '1000m' } } },
    ]);
    expect(paths('Deployment', a, b)).toEqual([]);
    const c = deploy([{ name: 'web', resources: { requests: { cpu: 0.5, memory: '1G' }, limits: { cpu: '1000m' } } }]);
    expect(paths('Deployment', a, c)).toEqual([
      ['spec.template.spec.containers[name=web].resources.requests.memory', '1Gi', '1G'],
    ]);
  });

  it('treats descriptor lists as sets and its resources as quantities', () => {
    const a = { service: 'x', ports: [8080, 9090], resources: { cpu: '500m', memory: '512Mi', replicas: 3 } };
    const b = { service: 'x', ports: [9090, 8080], resources: { cpu: '0.5', memory: '0.5Gi', replicas: 3 } };
    expect(paths('ServiceDescriptor', a, b, true)).toEqual([]);
    expect(paths('ServiceDescriptor', a, { ...b, ports: [9090] }, true)).toEqual([['ports[0]', 8080, undefined]]);
  });

  it('ignores server-written fields and reports apiVersion moves as an update', () => {
    const a = {
      apiVersion: 'autoscaling/v2beta1',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'a', uid: '1' },
      status: { x: 1 },
    };
    const b = { apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'a', uid: '2' } };
    expect(paths('HorizontalPodAutoscaler', a, b)).toEqual([
      ['apiVersion', 'autoscaling/v2beta1', 'autoscaling/v2beta2'],
    ]);
  });

  it('a string is not a number', () => {
    expect(paths('ConfigMap', { data: { a: '1' } }, { data: { a: 1 } })).toEqual([['data.a', '1', 1]]);
  });

  it('falls back to positions when a list has duplicate keys', () => {
    const a = deploy([
      { name: 'web', image: '1' },
      { name: 'web', image: '2' },
    ]);
    const b = deploy([
      { name: 'web', image: '1' },
      { name: 'web', image: '3' },
    ]);
    expect(paths('Deployment', a, b)).toEqual([['spec.template.spec.containers[1].image', '2', '3']]);
  });
});

describe('formatPath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['metadata', 'annotations', 'prometheus.io/port'])).toBe(
      'metadata.annotations["prometheus.io/port"]',
    );
    expect(formatPath(['a', 0, 'b'])).toBe('a[0].b');
  });
});
