import { type Document, isMap, isNode, isScalar, isSeq, type Node, parseAllDocuments, YAMLError } from 'yaml';
import { tryParseCidr } from './cidr.js';
import { CONTAINER_LISTS, containerSeg, formatPath, isObj, type Obj, podSpecSegs, type Seg } from './diff.js';
import { tryParseQuantity } from './quantity.js';

/**
 * Reads one side of the plan (the files at `from` or at `to`) into objects keyed by identity.
 * Two shapes are recognised per YAML document: a service descriptor (a top-level `service:` key
 * and no `kind:`) and a Kubernetes object (`kind` + `metadata.name`). A Kubernetes object's
 * identity is its API group, kind, namespace and name; the API version is left out, so
 * `autoscaling/v2beta1` → `autoscaling/v2beta2` is an update. A missing namespace is `''`, not
 * `default`: manifests without one are applied into whatever namespace the tool chooses.
 */

/** The kind given to service descriptors in the plan. */
export const DESCRIPTOR_KIND = 'ServiceDescriptor';

/** YAML aliases expanded per document before we call it an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** API groups of build-tool configuration (kustomize) that sit next to manifests but are not objects. */
const BUILD_CONFIG = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io)\//;

export interface SourceFile {
  path: string;
  text: string;
  lineStarts?: number[];
  /**
   * The parsed documents, kept only while the file is being read and, later, for the few files
   * whose lines a finding needs (re-parsed then). Holding every AST of a 10 MB side would cost
   * more in garbage collection than the whole diff.
   */
  docs?: Document.Parsed[];
}

export interface DescObject {
  /** Unique map key; `id` is its readable form. */
  key: string;
  id: string;
  kind: string;
  group: string;
  apiVersion: string;
  namespace: string;
  name: string;
  descriptor: boolean;
  file: string;
  /** Position of the document in its file, for a stable output order. */
  index: number;
  body: Obj;
  /** For an object inside `kind: List`, its position in `items`. */
  item?: number;
  /** The file's text, to find lines lazily. */
  source: SourceFile;
}

export interface LoadProblem {
  kind: 'unreadable' | 'invalid';
  file: string;
  line?: number;
  message: string;
  hint: string;
  object?: string;
  path?: string;
}

export interface ParsedFile {
  text: string;
  objects: DescObject[];
  problems: LoadProblem[];
  /** True when the file could not be read at all: none of its objects are known. */
  unreadable: boolean;
}

export interface Side {
  objects: Map<string, DescObject>;
  problems: LoadProblem[];
  /** Files that did not parse; their objects are neither created nor deleted by the plan. */
  unreadable: Set<string>;
}

export function objectId(group: string, kind: string, namespace: string, name: string): string {
  if (kind === DESCRIPTOR_KIND) return `descriptor/${name}`;
  return `${kind}${group ? `.${group}` : ''}/${namespace ? `${namespace}/` : ''}${name}`;
}

/**
 * Parses every file of one side. `reuse` holds files parsed for the other side: a file whose
 * text is the same there is not parsed twice, and its objects are shared (so they diff as equal
 * without being walked).
 */
export function loadSide(
  files: Map<string, string>,
  reuse?: Map<string, ParsedFile>,
): {
  side: Side;
  parsed: Map<string, ParsedFile>;
} {
  const parsed = new Map<string, ParsedFile>();
  const side: Side = { objects: new Map(), problems: [], unreadable: new Set() };
  const paths = [...files.keys()].sort();
  for (const path of paths) {
    const text = files.get(path) as string;
    const prior = reuse?.get(path);
    const file = prior && prior.text === text ? prior : parseFile(path, text);
    parsed.set(path, file);
    side.problems.push(...file.problems);
    if (file.unreadable) side.unreadable.add(path);
    for (const obj of file.objects) {
      const existing = side.objects.get(obj.key);
      if (existing) {
        side.problems.push({
          kind: 'invalid',
          file: obj.file,
          line: lineOf(obj, []),
          object: obj.id,
          message: `${obj.id} is defined twice: in ${existing.file} line ${lineOf(existing, [])} and again here`,
          hint: 'Each object (group, kind, namespace, name) may appear once; remove or rename one of them.',
        });
        continue;
      }
      side.objects.set(obj.key, obj);
    }
  }
  return { side, parsed };
}

function errorLine(e: unknown): number | undefined {
  if (e instanceof YAMLError) return e.linePos?.[0]?.line;
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

export function parseFile(path: string, text: string): ParsedFile {
  const source: SourceFile = { path, text };
  const result: ParsedFile = { text, objects: [], problems: [], unreadable: false };
  const unreadable = (message: string, line: number | undefined): ParsedFile => {
    result.objects = [];
    result.unreadable = true;
    result.problems = [
      {
        kind: 'unreadable',
        file: path,
        line,
        message: `${path}${line ? ` line ${line}` : ''}: ${message}`,
        hint: 'Fix the YAML; the destructive gate cannot compare a file it cannot read, so it blocks.',
      },
    ];
    return result;
  };
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { prettyErrors: true });
    docs = Array.isArray(parsed) ? parsed : [];
    source.docs = docs;
  } catch (e) {
    return unreadable(`not readable as YAML: ${firstLine((e as Error).message)}`, errorLine(e));
  }
  try {
    readDocuments(result, source, docs);
  } finally {
    source.docs = undefined;
  }
  return result;
}

function readDocuments(result: ParsedFile, source: SourceFile, docs: Document.Parsed[]): ParsedFile {
  const path = source.path;
  const unreadable = (message: string, line: number | undefined): ParsedFile => {
    result.objects = [];
    result.unreadable = true;
    result.problems = [
      {
        kind: 'unreadable',
        file: path,
        line,
        message: `${path}${line ? ` line ${line}` : ''}: ${message}`,
        hint: 'Fix the YAML; the destructive gate cannot compare a file it cannot read, so it blocks.',
      },
    ];
    return result;
  };
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Document.Parsed;
    const err = doc.errors[0];
    if (err) return unreadable(`YAML syntax error: ${firstLine(err.message)}`, err.linePos?.[0]?.line);
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const msg = (e as Error).message;
      const bomb = /alias/i.test(msg);
      return unreadable(
        bomb ? `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT}); refusing a possible alias bomb` : msg,
        lineAt(source, doc.contents.range[0]),
      );
    }
    if (value === null || value === undefined) continue;
    const line = lineAt(source, doc.contents.range[0]);
    if (!isObj(value)) {
      result.problems.push({
        kind: 'invalid',
        file: path,
        line,
        message: `${path} line ${line}: the document is not a mapping, so it is neither a service descriptor nor a Kubernetes object`,
        hint: 'Each YAML document must be a mapping with `service:` or with `kind:` and `metadata.name:`.',
      });
      continue;
    }
    // Build configuration (kustomization.yaml), not an object in the cluster.
    if (typeof value.apiVersion === 'string' && BUILD_CONFIG.test(value.apiVersion)) continue;
    // `kind: List` (kubectl's output) holds its objects under `items`.
    if (
      typeof value.kind === 'string' &&
      value.kind.endsWith('List') &&
      Array.isArray(value.items) &&
      isMap(doc.contents)
    ) {
      const itemsNode = doc.contents.get('items', true);
      value.items.forEach((item, j) => {
        const node = isSeq(itemsNode) ? (itemsNode.items[j] as Node | undefined) : undefined;
        addObject(result, source, node ?? doc.contents!, item, i, line, j);
      });
      continue;
    }
    addObject(result, source, doc.contents, value, i, line);
  }
  return result;
}

function addObject(
  result: ParsedFile,
  source: SourceFile,
  node: Node,
  value: unknown,
  index: number,
  docLine: number,
  item?: number,
): void {
  const path = source.path;
  const line = node.range ? lineAt(source, node.range[0]) : docLine;
  const bad = (message: string) =>
    result.problems.push({
      kind: 'invalid',
      file: path,
      line,
      message: `${path} line ${line}: ${message}`,
      hint: 'Each YAML document must be a service descriptor (`service: <name>`) or a Kubernetes object with `kind:` and `metadata.name:`.',
    });
  if (!isObj(value)) {
    bad('a list item is not a mapping');
    return;
  }
  let obj: DescObject;
  const base = { file: path, index, body: value, source, ...(item === undefined ? {} : { item }) };
  if (value.kind === undefined && 'service' in value) {
    const name = value.service;
    if (typeof name !== 'string' || name === '') {
      bad('the service descriptor has no service name (`service:` must be a non-empty string)');
      return;
    }
    obj = {
      ...base,
      key: `${DESCRIPTOR_KIND}\0${name}`,
      id: objectId('', DESCRIPTOR_KIND, '', name),
      kind: DESCRIPTOR_KIND,
      group: '',
      apiVersion: '',
      namespace: '',
      name,
      descriptor: true,
    };
  } else {
    const kind = value.kind;
    const meta = isObj(value.metadata) ? value.metadata : {};
    const name = meta.name;
    if (typeof kind !== 'string' || kind === '') {
      bad('the document has no `kind:`, so it cannot be identified');
      return;
    }
    if (typeof name !== 'string' || name === '') {
      bad(`the ${kind} has no \`metadata.name\`, so it cannot be identified`);
      return;
    }
    const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : '';
    obj = {
      ...base,
      key: `${group}\0${kind}\0${namespace}\0${name}`,
      id: objectId(group, kind, namespace, name),
      kind,
      group,
      apiVersion,
      namespace,
      name,
      descriptor: false,
    };
  }
  result.objects.push(obj);
  validateValues(obj, result.problems);
}

/** Quantities and CIDRs that do not parse are reported here, once, with their line. */
function validateValues(obj: DescObject, problems: LoadProblem[]): void {
  const report = (segs: Seg[], what: string, value: unknown) => {
    problems.push({
      kind: 'invalid',
      file: obj.file,
      line: lineOf(obj, segs),
      object: obj.id,
      path: formatPath(segs),
      message: `${obj.id} ${formatPath(segs)}: ${JSON.stringify(value)} is not ${what}`,
      hint:
        what === 'a Kubernetes quantity'
          ? 'Write quantities as Kubernetes does: 500m, 2, 1.5, 512Mi, 1Gi, 1G (lower-case k for kilo).'
          : 'Write CIDR blocks as 10.0.0.0/8 or 2001:db8::/32.',
    });
  };
  const quantity = (segs: Seg[], v: unknown) => {
    if (v !== undefined && v !== null && !tryParseQuantity(v)) report(segs, 'a Kubernetes quantity', v);
  };
  const cidr = (segs: Seg[], v: unknown) => {
    if (!tryParseCidr(v)) report(segs, 'a CIDR block', v);
  };
  const b = obj.body;
  if (obj.descriptor) {
    if (isObj(b.resources)) {
      quantity(['resources', 'cpu'], b.resources.cpu);
      quantity(['resources', 'memory'], b.resources.memory);
    }
    if (isObj(b.firewall)) {
      for (const [dir, field] of [
        ['ingress', 'from'],
        ['egress', 'to'],
      ] as const) {
        const rules = b.firewall[dir];
        if (!Array.isArray(rules)) continue;
        rules.forEach((r, i) => {
          if (!isObj(r) || r[field] === undefined) return;
          const peers = Array.isArray(r[field]) ? (r[field] as unknown[]) : [r[field]];
          peers.forEach((p, j) => {
            cidr(Array.isArray(r[field]) ? ['firewall', dir, i, field, j] : ['firewall', dir, i, field], p);
          });
        });
      }
    }
    return;
  }
  const pod = podSpecSegs(obj.kind);
  if (pod) {
    const spec = getIn(b, pod);
    if (isObj(spec)) {
      for (const list of CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers)) continue;
        for (const c of containers) {
          if (!isObj(c) || !isObj(c.resources)) continue;
          const cs = [...pod, list, typeof c.name === 'string' ? containerSeg(c.name) : containers.indexOf(c)];
          for (const which of ['requests', 'limits']) {
            const r = c.resources[which];
            if (!isObj(r)) continue;
            for (const [res, v] of Object.entries(r)) quantity([...cs, 'resources', which, res], v);
          }
        }
      }
    }
  }
  if (obj.kind === 'NetworkPolicy' && isObj(b.spec)) {
    for (const [dir, field] of [
      ['ingress', 'from'],
      ['egress', 'to'],
    ] as const) {
      const rules = b.spec[dir];
      if (!Array.isArray(rules)) continue;
      rules.forEach((r, i) => {
        if (!isObj(r) || !Array.isArray(r[field])) return;
        (r[field] as unknown[]).forEach((p, j) => {
          if (isObj(p) && isObj(p.ipBlock)) cidr(['spec', dir, i, field, j, 'ipBlock', 'cidr'], p.ipBlock.cidr);
        });
      });
    }
  }
}

export function getIn(v: unknown, segs: readonly string[]): unknown {
  let cur = v;
  for (const s of segs) {
    if (!isObj(cur)) return undefined;
    cur = cur[s];
  }
  return cur;
}

/** 1-based line of a character offset. */
export function lineAt(source: SourceFile, offset: number): number {
  if (!source.lineStarts) {
    const starts = [0];
    const t = source.text;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
    source.lineStarts = starts;
  }
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The line of the deepest part of `segs` that exists in the object's source: the key's line for
 * a map entry, the entry's line for a list item. Computed only for objects that need it.
 */
export function lineOf(obj: DescObject, segs: readonly Seg[]): number {
  const found = locate(obj);
  if (!found) return 1;
  const { doc } = found;
  let node: unknown = found.node;
  let offset = found.node.range?.[0] ?? 0;
  for (const seg of segs) {
    if (typeof seg === 'string') {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value === seg : p.key === seg));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else {
      if (!isSeq(node)) break;
      const item =
        typeof seg === 'number'
          ? node.items[seg]
          : node.items.find((it) => isNode(it) && seg.match(it.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })));
      if (!isNode(item)) break;
      if (item.range) offset = item.range[0];
      node = item;
    }
  }
  return lineAt(obj.source, offset);
}

/** The object's node in its file's YAML, re-parsing the file when its AST was let go. */
function locate(obj: DescObject): { doc: Document.Parsed; node: Node } | undefined {
  const source = obj.source;
  if (!source.docs) {
    const parsed = parseAllDocuments(source.text);
    source.docs = Array.isArray(parsed) ? parsed : [];
  }
  const doc = source.docs[obj.index];
  const contents = doc?.contents;
  if (!doc || !contents) return undefined;
  if (obj.item === undefined) return { doc, node: contents };
  const items = isMap(contents) ? contents.get('items', true) : undefined;
  const node = isSeq(items) ? items.items[obj.item] : undefined;
  return { doc, node: isNode(node) ? node : contents };
}
