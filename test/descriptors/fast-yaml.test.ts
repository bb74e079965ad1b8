import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isMap, isNode, isSeq, type Node, parseDocument } from 'yaml';
import { locateFast, NOT_FAST, readFast } from '../../src/descriptors/fast-yaml.js';
import { GO_YAML_V2, readManifest, splitDocuments } from '../../src/descriptors/kubectl-yaml.js';
import '../support/fast-check.js';

/**
 * The fast reader must read exactly what js-yaml (with go-yaml v2's scalars) reads, or give up.
 * Every test compares the two on the same text; where a case is in the reader's subset, the test
 * also requires that it did not give up, so a reader that always gave up would fail here.
 */

type Read = { value: unknown } | { error: string };

function slow(text: string): Read {
  try {
    const values: unknown[] = [];
    jsyaml.loadAll(text, (v) => values.push(v), { schema: GO_YAML_V2 });
    return { value: values[0] ?? null };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Same values, same key order (a plan's JSON output follows it), same prototypes. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether the fast reader agrees with js-yaml on `text`; `fast` says whether it read it at all. */
function agree(text: string): { ok: boolean; fast: boolean; detail: string } {
  const fast = readFast(text);
  if (fast === NOT_FAST) return { ok: true, fast: false, detail: '' };
  const reference = slow(text);
  const ok = 'value' in reference && same(fast, reference.value);
  return { ok, fast: true, detail: `fast ${JSON.stringify(fast)}, js-yaml ${JSON.stringify(reference)}` };
}

describe('the fast YAML reader', () => {
  const inSubset: Array<[string, string]> = [
    ['a Deployment as kubectl writes it', DEPLOYMENT],
    [
      'go-yaml v2 scalars',
      'a: yes\nb: Off\nc: 0644\nd: 1_000\ne: 0x1F\nf: 1.5\ng: .inf\nh: ~\ni: null\nj:\nk: 2024-01-01\nl: 1e3\nm: -012\np: +5\nq: 08\n',
    ],
    ['quoted scalars', `a: 'it''s'\nb: "tab\\there \\u00e9 \\x41 \\"q\\" \\\\"\nc: 'yes'\nd: "0644"\ne: ''\n`],
    ['quoted keys', `"$ref": x\n'a b': 1\n"": 2\n`],
    ['sequences at the key indentation and indented', 'a:\n- 1\n- x\nb:\n  - y\n  - ~\n'],
    ['compact mappings in sequences', '- name: a\n  value: 1\n- name: b\n  items:\n  - x\n  - y\n- c\n'],
    [
      'flow collections',
      'a: []\nb: {}\nc: [1, two, "3", \'4\', --flag, -1]\nd: { from: 10.0.0.0/8, ports: [80, 443] }\ne: [[a], {b: c}]\n',
    ],
    [
      'comments and blank lines',
      '# head\na: 1 # one\n\n  # indented comment\nb: x#not-a-comment\nc: "q" # after a quote\n',
    ],
    ['multi-line plain scalars', 'description: This is\n  a long text\n\n  with a break\n  - and a dash\nnext: 1\n'],
    ['multi-line quoted scalars', `a: 'one\n  two\n\n  three'\nb: "x\n   y"\n`],
    ['literal block scalars', 'a: |\n  line 1\n    more\n\n  line 3\n\nb: |-\n  no newline\nc: x\n'],
    ['folded block scalars', 'a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\n'],
    ['scalar anchors and aliases', 'name: &n app\nlabels:\n  app: *n\n  again: *n\n'],
    ['a scalar on its own line', 'a:\n  just text\n  more\nb:\n  "quoted"\n'],
    ['a colon inside a value', 'image: nginx:1.25\nurl: http://x/y\n'],
    ['an empty document', '# nothing\n\n'],
  ];

  it.each(inSubset)('reads %s as js-yaml does', (_name, text) => {
    const r = agree(text);
    expect(r.fast, `gave up on ${JSON.stringify(text)}`).toBe(true);
    expect(r.ok, r.detail).toBe(true);
  });

  const outside: Array<[string, string]> = [
    ['a tab', 'a:\t1\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a duplicate key (js-yaml reports it)', 'a: 1\na: 2\n'],
    ['a merge key', 'b: &b {x: 1}\nm:\n  <<: *b\n'],
    ['a key YAML 1.1 reads as a boolean', 'on: push\n'],
    ['a number as key', '80: http\n'],
    ['__proto__', '__proto__: 1\n'],
    ['an anchored mapping', 'a: &x\n  b: 1\nc: *x\n'],
    ['an unknown alias', 'a: *nothing\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a flow collection over lines', 'a: [1,\n  2]\n'],
    ['a kept block scalar', 'a: |+\n  x\n\n'],
    ['an explicit indentation indicator', 'a: |2\n   x\n'],
    ['a mapping value on a plain line', 'a: b: c\n'],
    ['bad indentation', 'a: 1\n b: 2\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\nb: 2\n'],
    ['a scalar document', 'just text\n'],
    ['a complex key', '? a\n: b\n'],
    ['an entry whose value starts on the next line', 'a:\n-\n  - x\n-\n  0\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['nesting deeper than any manifest', `a: ${'['.repeat(300)}${']'.repeat(300)}\n`],
    ['an unpaired surrogate (js-yaml refuses it)', 'a: \uD83D\n'],
    [
      'aliases of a long scalar past the budget',
      `a: &a "${'x'.repeat(1 << 20)}"\nb: [${Array(20).fill('*a').join(', ')}]\n`,
    ],
  ];

  it.each(outside)('gives up on %s', (_name, text) => {
    expect(readFast(text)).toBe(NOT_FAST);
  });

  it('agrees with js-yaml around js-yaml’s nesting limit (100), in flow and block style', () => {
    for (let n = 80; n <= 110; n++) {
      const flow = `a: ${'['.repeat(n)}x${']'.repeat(n)}\n`;
      const map = `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n${' '.repeat(n)}k: x\n`;
      const seq = `${Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n')}\n${' '.repeat(2 * n)}- x\n`;
      for (const text of [flow, map, seq]) {
        const r = agree(text);
        expect(r.ok, `${n}: ${r.detail}`).toBe(true);
      }
    }
    expect(readFast(`a: ${'['.repeat(50)}x${']'.repeat(50)}\n`)).not.toBe(NOT_FAST);
  });

  it('agrees with js-yaml on every document of the test fixtures', () => {
    let read = 0;
    let total = 0;
    for (const file of yamlFiles(join(import.meta.dirname, '..', 'fixtures'))) {
      for (const chunk of splitDocuments(readFileSync(file, 'utf8'))) {
        total++;
        const r = agree(chunk.text);
        expect(r.ok, `${file}: ${r.detail}`).toBe(true);
        if (r.fast) read++;
      }
    }
    expect(total).toBeGreaterThan(50);
    // The fixtures are real shapes; nearly all of them are in the subset.
    expect(read / total).toBeGreaterThan(0.8);
  });

  it('agrees with js-yaml on generated documents written in every style', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(docArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (doc, seed) => {
        const text = emit(doc, prng(seed));
        const r = agree(text);
        runs++;
        if (r.fast) read++;
        else if (process.env.SHOW_GIVE_UP) console.log(JSON.stringify(text));
        return r.ok || disagreement(text, r.detail);
      }),
      { numRuns: 3000 },
    );
    // Most generated documents are in the subset: the comparison is not vacuous.
    expect(read / runs).toBeGreaterThan(0.15);
  });

  it('reads nearly every generated document of the shapes manifests have', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(manifestArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (doc, seed) => {
        const text = emit(doc, prng(seed));
        const r = agree(text);
        runs++;
        if (r.fast) read++;
        else if (process.env.SHOW_GIVE_UP) console.log(JSON.stringify(text));
        return r.ok;
      }),
      { numRuns: 1000 },
    );
    expect(read / runs).toBeGreaterThan(0.95);
  });

  it('agrees with js-yaml on damaged documents (either both read the same, or it gives up)', () => {
    fc.assert(
      fc.property(
        docArb,
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...DAMAGE)), { minLength: 1, maxLength: 3 }),
        (doc, seed, edits) => {
          let text = emit(doc, prng(seed));
          for (const [at, piece] of edits) {
            const i = at % (text.length + 1);
            text = piece === '<del>' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + piece + text.slice(i);
          }
          const r = agree(text);
          return r.ok || disagreement(text, r.detail);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('puts every key and entry on the line `yaml`’s syntax tree puts it (the line of a finding)', () => {
    let compared = 0;
    const texts = [DEPLOYMENT, ...inSubset.map(([, t]) => t)];
    for (const file of yamlFiles(join(import.meta.dirname, '..', 'fixtures'))) {
      texts.push(...splitDocuments(readFileSync(file, 'utf8')).map((c) => c.text));
    }
    for (const text of texts) {
      const located = locateFast(text);
      if (located === NOT_FAST) continue;
      const tree = parseDocument(text, { uniqueKeys: false, strict: false }).contents;
      const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
      const walk = (value: unknown, node: unknown, path: string) => {
        const spot = value !== null && typeof value === 'object' ? located.spots.get(value) : undefined;
        if (!spot || !isNode(node)) return;
        expect(lineAt(spot.start), `${path} in ${JSON.stringify(text)}`).toBe(lineAt((node as Node).range?.[0] ?? 0));
        if (spot.at instanceof Map && isMap(node)) {
          for (const pair of node.items) {
            const key = isNode(pair.key) ? String((pair.key as { value?: unknown }).value) : String(pair.key);
            const at = spot.at.get(key);
            expect(at, `${path}.${key}`).toBeDefined();
            expect(lineAt(at as number), `${path}.${key}`).toBe(lineAt((pair.key as Node).range?.[0] ?? -1));
            compared++;
            walk((value as Record<string, unknown>)[key], pair.value, `${path}.${key}`);
          }
        } else if (Array.isArray(spot.at) && isSeq(node)) {
          node.items.forEach((item, i) => {
            expect(lineAt((spot.at as number[])[i] as number), `${path}[${i}]`).toBe(
              lineAt((item as Node).range?.[0] ?? -1),
            );
            compared++;
            walk((value as unknown[])[i], item, `${path}[${i}]`);
          });
        }
      };
      walk(located.value, tree, '');
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('leaves readManifest unchanged: the same documents with and without it', () => {
    const text = `${DEPLOYMENT}---\nkind: ConfigMap\ndata:\n  a: &x 1\n  b: *x\n---\nbad: [\n`;
    const r = readManifest(text);
    expect(r.docs.map((d) => d.value)).toEqual([slowValue(DEPLOYMENT), { kind: 'ConfigMap', data: { a: 1, b: 1 } }]);
    expect(r.error?.line).toBeGreaterThanOrEqual(text.split('\n').indexOf('bad: [') + 1);
  });
});

/** Prints a disagreement (fast-check then shrinks it) and fails the property. */
function disagreement(text: string, detail: string): false {
  console.error(JSON.stringify(text), detail);
  return false;
}

function slowValue(text: string): unknown {
  const r = slow(text);
  if (!('value' in r)) throw new Error(r.error);
  return r.value;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
  annotations:
    note: "a: b"
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
        args: [--port, "8080"]
        ports:
        - containerPort: 8080
          protocol: TCP
        resources:
          limits: {cpu: 500m, memory: 256Mi}
        env:
        - name: MODE
          value: 'on'
        readinessProbe:
          httpGet: {path: /healthz, port: 8080}
      volumes: []
      hostNetwork: no
`;

/** Pieces that make YAML mean something else or nothing, for the damage test. */
const DAMAGE = [
  ' ',
  '  ',
  '\n',
  '-',
  '- ',
  ':',
  ': ',
  '#',
  ' #',
  "'",
  '"',
  '\\',
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '&a ',
  '*a',
  '!',
  '?',
  '%',
  '@',
  '`',
  '---\n',
  '<<: ',
  '<del>',
  'y',
  '0',
  '~',
];

/** Scalars that read differently in each style, or need quoting. */
const TRICKY = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'null',
  'Null',
  '~',
  '',
  ' ',
  '0644',
  '08',
  '1_000',
  '0x1F',
  '0b11',
  '0o7',
  '1.5',
  '.5',
  '1e3',
  '1e',
  '.inf',
  '-.Inf',
  '.nan',
  '+5',
  '-0',
  '2024-01-01',
  '1:2',
  'a: b',
  'a #b',
  'a#b',
  '#a',
  "it's",
  '"q"',
  '\\',
  ' lead',
  'trail ',
  '- x',
  '-x',
  '--flag',
  '&a',
  '*a',
  '!t',
  '%x',
  '@x',
  '`x',
  '[x',
  '{x',
  '|',
  '>',
  '?',
  ':',
  ',',
  'a,b',
  'é',
  '😀',
  'a\nb',
  'a\n\nb',
  'a\n',
  '\na',
  'a  b',
  '<<',
  '__proto__',
  'nginx:1.25',
  'http://x',
  '10.0.0.0/8',
];

type Doc = unknown;

const keyArb = fc.oneof(
  {
    arbitrary: fc.constantFrom('name', 'kind', 'apiVersion', 'spec', 'a', 'b', 'app.kubernetes.io/name', 'x y', '$ref'),
    weight: 12,
  },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
);
const scalarArb = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY), weight: 3 },
  fc.constantFrom('web', 'nginx:1.25', '500m', '256Mi', 'a long sentence of words', 'TCP'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
);
const { doc: docArb } = fc.letrec<{ doc: Doc; node: Doc }>((tie) => ({
  doc: fc.dictionary(keyArb, tie('node'), { minKeys: 1, maxKeys: 5 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('node'), { maxKeys: 4 }),
  ),
}));

/** Manifest-shaped values: ordinary keys and scalars, mappings of sequences of mappings. */
const { doc: manifestArb } = fc.letrec<{ doc: Doc; node: Doc }>((tie) => ({
  doc: fc.dictionary(fc.constantFrom('apiVersion', 'kind', 'metadata', 'spec', 'data'), tie('node'), {
    minKeys: 1,
    maxKeys: 5,
  }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      'web',
      'nginx:1.25',
      '500m',
      '256Mi',
      'a long sentence of words',
      'TCP',
      'line one\nline two',
      "it's",
      '10.0.0.0/8',
    ),
    fc.integer({ min: 0, max: 65535 }),
    fc.boolean(),
    fc.array(
      fc.dictionary(fc.constantFrom('name', 'image', 'port', 'value'), tie('node'), { minKeys: 1, maxKeys: 3 }),
      { maxLength: 3 },
    ),
    fc.dictionary(fc.constantFrom('name', 'labels', 'app', 'replicas', 'containers'), tie('node'), { maxKeys: 4 }),
  ),
}));

function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * Writes a value as YAML, choosing a style at random for every node: scalars plain (even where
 * that changes their meaning, which is the point), quoted either way, as block scalars, or split
 * over lines; sequences at the key's indentation or indented; small collections in flow style;
 * comments and blank lines between entries.
 */
function emit(doc: Doc, rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const scalar = (v: unknown, indent: number): string => {
    if (typeof v !== 'string') return String(v);
    const style = pick(['plain', 'plain', 'single', 'double', 'block', 'folded']);
    if (style === 'single') return `'${v.replace(/'/g, "''").replace(/\n/g, `\n${' '.repeat(indent + 2)}`)}'`;
    if (style === 'double') return JSON.stringify(v);
    if (style === 'block' || style === 'folded') {
      const pad = ' '.repeat(indent + 2);
      return `${style === 'block' ? '|' : '>'}${pick(['', '-'])}\n${v
        .split('\n')
        .map((l) => (l === '' ? '' : pad + l))
        .join('\n')}`;
    }
    if (v.includes('\n') && rand() < 0.8) return JSON.stringify(v);
    if (v.includes(' ') && rand() < 0.3) return v.replace(/ /, `\n${' '.repeat(indent + 2)}`);
    return v;
  };
  const flow = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      return `{${Object.entries(v)
        .map(([k, x]) => `${k}: ${flow(x)}`)
        .join(', ')}}`;
    }
    return typeof v === 'string' && (v.includes('\n') || rand() < 0.5) ? JSON.stringify(v) : String(v);
  };
  const extra = (pad: string): string => pick(['', '', '', '\n', `${pad}# note\n`]);
  const key = (k: string): string => pick([k, k, JSON.stringify(k), `'${k.replace(/'/g, "''")}'`]);
  const block = (v: unknown, indent: number, first = true): string => {
    const pad = ' '.repeat(indent);
    const extraAt = (i: number): string => (i === 0 && !first ? '' : extra(pad));
    if (Array.isArray(v)) {
      if (v.length === 0) return `${pad}[]\n`;
      return v
        .map((x) => {
          if (x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length > 0) {
            const inner = block(x, indent + 2, false);
            return `${extra(pad)}${pad}- ${inner.slice(indent + 2)}`;
          }
          if (x !== null && typeof x === 'object') return `${extra(pad)}${pad}-\n${block(x, indent + 2)}`;
          return `${extra(pad)}${pad}- ${scalar(x, indent)}${pick(['', '', ' # c'])}\n`;
        })
        .join('');
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length === 0) return `${pad}{}\n`;
      return entries
        .map(([k, x], i) => {
          const head = `${extraAt(i)}${pad}${key(k)}:`;
          if (x !== null && typeof x === 'object') {
            if (rand() < 0.2) return `${head} ${flow(x)}\n`;
            const seqAtKey = Array.isArray(x) && x.length > 0 && rand() < 0.5;
            return `${head}\n${block(x, seqAtKey ? indent : indent + 2)}`;
          }
          return `${head} ${scalar(x, indent)}${pick(['', '', ' # c'])}\n`;
        })
        .join('');
    }
    return `${pad}${scalar(v, indent)}\n`;
  };
  return block(doc, 0);
}
