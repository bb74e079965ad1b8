import { describe, expect, it } from 'vitest';
import { NOT_FAST, readFast } from '../../src/descriptors/fast-yaml.js';
import { lineOf, parseFile } from '../../src/descriptors/load.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { config, files } from './helpers.js';

const load = (entries: Record<string, string>) => {
  const objects = Object.entries(entries).flatMap(([path, text]) => parseFile(path, text).objects);
  return { objects: new Map(objects.map((o, i) => [String(i), o])) };
};

describe('parseFile', () => {
  it('reads descriptors and multi-document manifests, skipping empty documents and kustomizations', () => {
    const side = load({
      'deploy/billing.yaml': 'service: billing\nversion: 1.0.0\n',
      'k8s/app.yaml':
        '---\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n---\n# only a comment\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\n',
      'k8s/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [app.yaml]\n',
    });
    expect([...side.objects.values()].map((o) => [o.id, o.file, lineOf(o, [])])).toEqual([
      ['descriptor/billing', 'deploy/billing.yaml', 1],
      ['Deployment.apps/shop/web', 'k8s/app.yaml', 3],
      ['Service/web', 'k8s/app.yaml', 11],
    ]);
  });

  it.each(['', 'x: &x [1]\ny: *x\n'])('expands kind: List (%j after it)', (tail) => {
    const side = load({
      'k8s/list.yaml': `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: b}\n${tail}`,
    });
    expect([...side.objects.values()].map((o) => [o.id, lineOf(o, [])])).toEqual([
      ['ConfigMap/a', 4],
      ['ConfigMap/b', 7],
    ]);
  });

  // The second text ends with an alias of a collection, which the fast reader leaves to js-yaml:
  // its lines come from `yaml`'s syntax tree instead, and must be the same.
  it.each([
    ['', true],
    ['x: &x [1]\ny: *x\n', false],
  ])('finds the line of a path, through keyed list entries (%j)', (tail, fast) => {
    const text =
      'kind: Deployment\napiVersion: apps/v1\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: a:1\n      - name: b\n        image: b:1\n';
    expect(readFast(text + tail) !== NOT_FAST).toBe(fast);
    const side = load({ 'k8s/d.yaml': text + tail });
    const d = side.objects.values().next().value!;
    const web = { label: 'name=b', match: (x: unknown) => (x as { name: string }).name === 'b' };
    expect(lineOf(d, ['spec', 'template', 'spec', 'containers', web, 'image'])).toBe(11);
    expect(lineOf(d, ['spec', 'template', 'spec', 'containers', web, 'missing'])).toBe(10);
  });
});

describe('bad input', () => {
  const plan = (after: Record<string, string>, before: Record<string, string> = {}) =>
    buildPlan({ before: files(before), after: files(after), config: config() });

  it('a YAML syntax error names the file and line and fails closed', () => {
    const p = plan({ 'k8s/bad.yaml': 'kind: Service\nmetadata:\n  name: a\n  labels: [unclosed\n' });
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({
      rule: 'destructive',
      kind: 'unreadable',
      severity: 'error',
      file: 'k8s/bad.yaml',
    });
    expect(p.findings[0]!.line).toBeGreaterThanOrEqual(4);
    expect(p.findings[0]!.message).toMatch(/^k8s\/bad\.yaml line \d+: YAML syntax error/);
    expect(p.findings[0]!.message).toMatch(/fails closed/);
  });

  it('a file that no longer parses is an error, not a deletion of its objects', () => {
    const p = plan(
      { 'k8s/a.yaml': 'kind: Service\n  bad: : indent\n' },
      { 'k8s/a.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n' },
    );
    expect(p.findings.map((f) => f.kind)).toEqual(['unreadable']);
    expect(p.objects).toEqual([]);
  });

  it('a problem only at the deployed revision is a warning', () => {
    const p = plan(
      { 'k8s/a.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n' },
      { 'k8s/a.yaml': 'kind: [\n' },
    );
    expect(p.findings.map((f) => [f.kind, f.severity])).toEqual([['unreadable', 'warning']]);
    expect(p.objects).toEqual([]);
  });

  it.each([
    ['kind: Service\nmetadata: {name: a}\n', /the Service has no `apiVersion:`; kubectl refuses it/],
    ['apiVersion: v1\nkind: Service\nmetadata: {}\n', /the Service has no `metadata.name`/],
    ['apiVersion: v1\nkind: List\nitems: [just, a list]\n', /an item of the list is not a mapping/],
  ])('%j is reported clearly', (text, message) => {
    const p = plan({ 'k8s/x.yaml': text });
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({ kind: 'invalid', severity: 'error', file: 'k8s/x.yaml', line: 1 });
    expect(p.findings[0]!.message).toMatch(message);
  });

  it('a duplicate identity in one kustomization names both places, and the first file wins', () => {
    const svc = (port: number) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: a, namespace: shop}\nspec: {ports: [{port: ${port}}]}\n`;
    const k = 'resources: [one.yaml, two.yaml]\n';
    const p = plan(
      { 'k8s/kustomization.yaml': k, 'k8s/one.yaml': svc(80), 'k8s/two.yaml': `# again\n${svc(81)}` },
      { 'k8s/kustomization.yaml': k, 'k8s/one.yaml': svc(80) },
    );
    expect(p.findings.map((f) => [f.kind, f.file, f.line, f.severity])).toEqual([
      ['invalid', 'k8s/two.yaml', 2, 'error'],
    ]);
    expect(p.findings[0]!.message).toMatch(/Service\/shop\/a is defined twice in target k8s: in k8s\/one\.yaml line 1/);
    expect(p.objects).toEqual([]);
  });

  it.each([
    ['helm values', 'service:\n  type: ClusterIP\n  port: 80\n'],
    ['a CI file', 'stages: [build]\nbuild: {script: [make]}\n'],
    ['a list', '- just\n- a list\n'],
    ['not YAML at all, nor Kubernetes', '{{ .Values.x }}: [\n'],
    ['kustomize configuration', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n'],
    ['an object made by kubectl create', 'apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: run-}\n'],
  ])('%s is ignored and listed, never an error', (_, text) => {
    const p = plan({ 'k8s/x.yaml': text });
    expect(p.findings).toEqual([]);
    expect(p.objects).toEqual([]);
    expect(p.ignored?.map((i) => i.file)).toEqual(['k8s/x.yaml']);
  });

  it('an unknown quantity is reported at its line', () => {
    const p = plan({
      'k8s/d.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        resources:\n          requests:\n            cpu: 1K\n',
      'deploy/s.yaml': 'service: s\nresources: {memory: 1 Gi}\nfirewall: {ingress: [{from: 10.0.0.0/33}]}\n',
    });
    expect(p.findings.map((f) => [f.kind, f.file, f.line, f.path])).toEqual([
      ['invalid', 'deploy/s.yaml', 2, 'resources.memory'],
      ['invalid', 'deploy/s.yaml', 3, 'firewall.ingress[0].from'],
      ['invalid', 'k8s/d.yaml', 11, 'spec.template.spec.containers[name=a].resources.requests.cpu'],
    ]);
    expect(p.findings[2]!.message).toMatch(/"1K" is not a Kubernetes quantity/);
  });

  it('an alias bomb is refused quickly, with a message', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `kind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
    const started = Date.now();
    const p = plan({ 'k8s/bomb.yaml': bomb });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(p.findings.map((f) => f.kind)).toEqual(['unreadable']);
    expect(p.findings[0]!.message).toMatch(/alias bomb/);
  });

  it('aliases of one long scalar are refused as a bomb too, in YAML and in a JSON-looking file', () => {
    const big = 'x'.repeat(1 << 20);
    const aliases = Array(40).fill('*a').join(', ');
    const started = Date.now();
    const p = plan({
      'k8s/bomb.yaml': `kind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  x: &a "${big}"\n  list: [${aliases}]\n`,
    });
    // A file that starts with `{` but is not JSON is read as YAML, aliases and all.
    const json = parseFile(
      'k8s/bomb2.yaml',
      `{"kind": "ConfigMap", "metadata": {"name": "b2"}, "data": {"x": &a "${big}", "list": [${aliases}]}}\n`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(p.findings.map((f) => [f.kind, f.file])).toEqual([['unreadable', 'k8s/bomb.yaml']]);
    expect(p.findings[0]?.message).toMatch(/alias bomb/);
    expect(json.objects).toEqual([]);
    expect(json.ignored.join()).toMatch(/alias bomb/);
    // A few aliases of a long scalar are fine.
    const ok = plan({
      'k8s/ok.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\ndata:\n  x: &a "${big}"\n  y: *a\n`,
    });
    expect(ok.findings).toEqual([]);
  });

  it('deep nesting does not crash', () => {
    const p = plan({ 'k8s/deep.yaml': `kind: x\ndata: ${'['.repeat(20000)}${']'.repeat(20000)}\n` });
    expect(p.findings.map((f) => [f.kind, f.severity])).toEqual([
      [expect.stringMatching(/unreadable|invalid/), 'error'],
    ]);
  });
});
