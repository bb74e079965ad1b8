import { describe, expect, it } from 'vitest';
import { readManifest, splitDocuments } from '../../src/descriptors/kubectl-yaml.js';
import { goInt } from '../../src/descriptors/yaml-scalars.js';

const values = (text: string) => readManifest(text).docs.map((d) => d.value);

describe('the YAML kubectl reads (sigs.k8s.io/yaml on go-yaml v2)', () => {
  it.each([
    ['hostNetwork: yes', { hostNetwork: true }],
    ['a: on\nb: Off\nc: y\nd: N\ne: "yes"', { a: true, b: false, c: true, d: false, e: 'yes' }],
    ['defaultMode: 0644', { defaultMode: 420 }],
    ['a: 0x1F\nb: 0o17\nc: 0b101\nd: 1_000\ne: -012', { a: 31, b: 15, c: 5, d: 1000, e: -10 }],
    ['a: 1.5\nb: 1e3\nc: .5\nd: 09', { a: 1.5, b: 1000, c: 0.5, d: 9 }],
    ['created: 2024-01-01T00:00:00Z\nday: 2024-01-01', { created: '2024-01-01T00:00:00Z', day: '2024-01-01' }],
    ["msg: 'first\n  second'", { msg: 'first second' }],
    ['a: ~\nb: null\nc:', { a: null, b: null, c: null }],
    ['base: &b {x: 1, z: 1}\nm:\n  <<: *b\n  z: 2', { base: { x: 1, z: 1 }, m: { x: 1, z: 2 } }],
    ['y: 1', { true: 1 }],
  ])('%j', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it('splits documents on a bare `---` line as kubectl does, and reads `...` as an end', () => {
    const text = 'a: 1\n...\n---\n\n--- \nb: 2\n---\n# only a comment\n---\nc: 3\n';
    expect(values(text)).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    expect(readManifest(text).docs.map((d) => d.line)).toEqual([1, 6, 10]);
    expect(splitDocuments('x: 1\n---\ny: 2').map((c) => c.line)).toEqual([1, 3]);
  });

  it('reads JSON manifests', () => {
    expect(values('{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}}')).toEqual([
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } },
    ]);
  });

  it('names the line of a syntax error, counted in the whole file', () => {
    const r = readManifest('x: 1\n---\na: 1\nb: [\n');
    expect(r.error?.line).toBeGreaterThanOrEqual(4);
    expect(readManifest('a: 1\na: 2\n').error?.message).toMatch(/duplicated mapping key/);
  });

  it('goInt follows strconv.ParseInt(s, 0, 64)', () => {
    expect([goInt('10'), goInt('010'), goInt('0'), goInt('+5'), goInt('08'), goInt('1.0')]).toEqual([
      10,
      8,
      0,
      5,
      undefined,
      undefined,
    ]);
  });
});
