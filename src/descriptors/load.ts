import { isMap, isNode, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { tryParseCidr } from './cidr.js';
import type { DemandCore } from './demand.js';
import { CONTAINER_LISTS, containerSeg, formatPath, isObj, type Obj, podSpecSegs, type Seg } from './diff.js';
import { locateFast, NOT_FAST, type Spot } from './fast-yaml.js';
import { canonicalGroup, DESCRIPTOR_KIND, groupOf, objectId, objectKey } from './identity.js';
import { readManifest } from './kubectl-yaml.js';
import { tryParseQuantity } from './quantity.js';

export { DESCRIPTOR_KIND, objectId } from './identity.js';

/**
 * Reads one file as kubectl would apply it, into the objects it holds. Two shapes count: a service
 * descriptor (a top-level `service: <name>` and no `kind:`) and a Kubernetes object (`apiVersion`
 * and `kind`). Anything else (Helm values, CI files, kustomize's own files, documentation in YAML)
 * is not for the gate: it is *ignored*, with the reason, never an error. What kubectl would refuse
 * in a Kubernetes-shaped document is a problem at its file and line.
 *
 * The result depends on the file's text alone, so it is cached by blob id (see `cache.ts`); where
 * an object deploys (its target) is decided later, from the whole tree (`targets.ts`).
 */

/** API groups of build-tool configuration (kustomize) that sit next to manifests but are not objects. */
const BUILD_CONFIG = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io)\//;

/** One document's text and the line it starts on, to find a path's line when a finding needs it. */
export interface DocSource {
  text: string;
  line: number;
  /** Where the document's text starts in its file. */
  start: number;
  /** Where it ends (`start + text.length`): known without the text, which a cached file reads only when asked. */
  end: number;
}

export interface DescObject {
  /** Unique within a side: target, group, kind, namespace, name. `''` until the object is placed. */
  key: string;
  id: string;
  kind: string;
  group: string;
  apiVersion: string;
  namespace: string;
  name: string;
  descriptor: boolean;
  file: string;
  /** The target the object deploys with (a kustomize root, a folder, a file); `''` until placed. */
  target: string;
  /** Position of the document in its file, for a stable output order. */
  index: number;
  body: Obj;
  /** For an object inside a `kind: *List`, its position in `items`. */
  item?: number;
  doc: DocSource;
  /**
   * For an object read from the plan cache: its body as the cache holds it (JSON text, read and
   * parsed only when `body` is first read), and its demand when it is a workload. Two objects with
   * the same hash have the same body, so an unchanged file is compared without reading either.
   */
  stored?: {
    /** SHA-256 of the body's JSON (128 bits): equal hashes, equal bodies. */
    hash: string;
    body?: string;
    /** Reads `body` when the entry left it out (a folder index). */
    load?: () => string;
    demand?: DemandCore | null;
    parsed?: Obj;
  };
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
  objects: DescObject[];
  problems: LoadProblem[];
  /** True when the file could not be read at all: none of its objects are known. */
  unreadable: boolean;
  /** Why documents of the file are not for the gate (the whole file when it holds no object). */
  ignored: string[];
}

const K8S_HINT = 'Fix the YAML; kubectl would refuse this file, and the gate cannot compare what it cannot read.';

/** Text that looks meant for kubectl or for the gate: worth an error when it does not read. */
const LOOKS_LIKE_MANIFEST = /^(apiVersion|kind|service)\s*:/m;

export function parseFile(path: string, text: string): ParsedFile {
  const result: ParsedFile = { objects: [], problems: [], unreadable: false, ignored: [] };
  const read = readManifest(text);
  if (read.error) {
    if (!LOOKS_LIKE_MANIFEST.test(text)) {
      result.ignored.push(`not YAML kubectl reads (${read.error.message}), and no apiVersion/kind/service key`);
      return result;
    }
    const line = read.error.line;
    result.unreadable = true;
    result.problems.push({
      kind: 'unreadable',
      file: path,
      line,
      message: `${path}${line ? ` line ${line}` : ''}: YAML syntax error: ${read.error.message}`,
      hint: K8S_HINT,
    });
    return result;
  }
  for (const d of read.docs) {
    const doc: DocSource = { text: d.text, line: d.line, start: d.start, end: d.start + d.text.length };
    const v = d.value;
    const ignore = (why: string) =>
      result.ignored.push(read.docs.length > 1 ? `document at line ${d.line}: ${why}` : why);
    if (!isObj(v)) {
      ignore('not a mapping, so neither a Kubernetes object nor a service descriptor');
      continue;
    }
    const apiVersion = typeof v.apiVersion === 'string' ? v.apiVersion : undefined;
    const kind = typeof v.kind === 'string' && v.kind !== '' ? v.kind : undefined;
    if (apiVersion && BUILD_CONFIG.test(apiVersion)) {
      ignore(`build configuration (${apiVersion}), not an object in the cluster`);
      continue;
    }
    if (apiVersion && kind) {
      if (kind.endsWith('List') && Array.isArray(v.items)) {
        v.items.forEach((item, j) => {
          addObject(result, path, doc, item, d.index, j);
        });
        continue;
      }
      addObject(result, path, doc, v, d.index);
      continue;
    }
    if (kind === undefined && typeof v.service === 'string' && v.service !== '') {
      addDescriptor(result, path, doc, v, d.index);
      continue;
    }
    if (kind && isObj(v.metadata) && !apiVersion) {
      result.problems.push({
        kind: 'invalid',
        file: path,
        line: d.line,
        message: `${path} line ${d.line}: the ${kind} has no \`apiVersion:\`; kubectl refuses it (apiVersion not set)`,
        hint: 'Add the apiVersion (for example `apps/v1` for a Deployment, `v1` for a Service).',
      });
      continue;
    }
    ignore('no apiVersion and kind, and no `service:` name: not a Kubernetes object or a service descriptor');
  }
  return result;
}

function addDescriptor(result: ParsedFile, path: string, doc: DocSource, value: Obj, index: number): void {
  const name = value.service as string;
  const obj: DescObject = {
    key: '',
    id: objectId('', DESCRIPTOR_KIND, '', name),
    kind: DESCRIPTOR_KIND,
    group: '',
    apiVersion: '',
    namespace: '',
    name,
    descriptor: true,
    file: path,
    target: '',
    index,
    body: value,
    doc,
  };
  result.objects.push(obj);
  validateValues(obj, result.problems);
}

function addObject(result: ParsedFile, path: string, doc: DocSource, value: unknown, index: number, item?: number) {
  const line = doc.line;
  const bad = (message: string, hint: string) =>
    result.problems.push({ kind: 'invalid', file: path, line, message: `${path} line ${line}: ${message}`, hint });
  if (!isObj(value)) {
    bad('an item of the list is not a mapping; kubectl refuses it', 'Each item must be a Kubernetes object.');
    return;
  }
  const kind = typeof value.kind === 'string' ? value.kind : '';
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  const meta = isObj(value.metadata) ? value.metadata : {};
  const name = meta.name;
  if (!kind || !apiVersion) {
    bad(
      'an item of the list has no `apiVersion` or `kind`; kubectl refuses it',
      'Give every item its apiVersion and kind.',
    );
    return;
  }
  if (typeof name !== 'string' || name === '') {
    if (typeof meta.generateName === 'string' && meta.generateName !== '') {
      // `generateName` is for `kubectl create`: every create makes a new object, nothing to compare.
      result.ignored.push(`a ${kind} with metadata.generateName (made anew by each \`kubectl create\`, not applied)`);
      return;
    }
    bad(
      `the ${kind} has no \`metadata.name\`; kubectl refuses it`,
      'Give the object a metadata.name (kubectl apply needs one).',
    );
    return;
  }
  const group = canonicalGroup(groupOf(apiVersion), kind);
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : '';
  const obj: DescObject = {
    key: '',
    id: objectId(group, kind, namespace, name),
    kind,
    group,
    apiVersion,
    namespace,
    name,
    descriptor: false,
    file: path,
    target: '',
    index,
    body: value,
    doc,
    ...(item === undefined ? {} : { item }),
  };
  result.objects.push(obj);
  validateValues(obj, result.problems);
}

/** The object placed in a target, with the namespace it is applied into (`''` when not known). */
export function placeObject(obj: DescObject, target: string, namespace = obj.namespace): DescObject {
  // A cached object's body is a getter on its prototype that parses on first read (see
  // disk-cache.ts): the copy keeps that prototype, so placing it does not parse it. Field by field
  // rather than a spread or Object.assign: a warm plan places thousands, and every placed object
  // gets the same shape.
  const placed = (obj.stored ? Object.create(Object.getPrototypeOf(obj)) : {}) as DescObject;
  placed.key = objectKey(target, obj.group, obj.kind, namespace, obj.name);
  placed.id = objectId(obj.group, obj.kind, namespace, obj.name);
  placed.kind = obj.kind;
  placed.group = obj.group;
  placed.apiVersion = obj.apiVersion;
  placed.namespace = namespace;
  placed.name = obj.name;
  placed.descriptor = obj.descriptor;
  placed.file = obj.file;
  placed.target = target;
  placed.index = obj.index;
  placed.doc = obj.doc;
  if (obj.stored) placed.stored = obj.stored;
  else placed.body = obj.body;
  if (obj.item !== undefined) placed.item = obj.item;
  return placed;
}

/** Every field placeObject copies: a field added to DescObject and not copied fails to compile here. */
type Placed = 'key' | 'id' | 'kind' | 'group' | 'apiVersion' | 'namespace' | 'name' | 'descriptor' | 'file';
type PlacedToo = 'target' | 'index' | 'doc' | 'stored' | 'body' | 'item';
/** Compiles only when `T` is empty: a list of fields that leaves none of DescObject's out. */
export type NoneLeft<T extends never> = T;
export type EveryFieldPlaced = NoneLeft<Exclude<keyof DescObject, Placed | PlacedToo>>;

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

/** 1-based line of a character offset in a text. */
function lineIn(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** An entry of a mapping or sequence: its value, where it starts, and (for matching) its data. */
interface Entry {
  node: unknown;
  at?: number;
  data?: () => unknown;
}

/**
 * A document read with where its parts start, whichever reader read it: what `lineOf` walks.
 * `entry` is a mapping's value by key (`at`: where the key starts); `entries`, a sequence's.
 */
interface PositionedTree {
  root: unknown;
  start(node: unknown): number | undefined;
  entry(node: unknown, key: string): Entry | undefined;
  entries(node: unknown): Entry[] | undefined;
}

/** The fast reader's values with its offsets: the same values the diff saw. */
function fastTree(value: unknown, spots: WeakMap<object, Spot>): PositionedTree {
  const spotOf = (v: unknown) => (v !== null && typeof v === 'object' ? spots.get(v) : undefined);
  return {
    root: value,
    start: (v) => spotOf(v)?.start,
    entry: (v, key) => {
      const at = spotOf(v)?.at;
      return isObj(v) && at instanceof Map && at.has(key) ? { node: v[key], at: at.get(key) } : undefined;
    },
    entries: (v) => {
      const at = spotOf(v)?.at;
      return Array.isArray(v) && Array.isArray(at)
        ? v.map((x, i) => ({ node: x, at: at[i], data: () => x }))
        : undefined;
    },
  };
}

/** `yaml`'s syntax tree, for a document outside the fast reader's subset. */
function astTree(root: Node): PositionedTree {
  return {
    root,
    start: (n) => (isNode(n) ? n.range?.[0] : undefined),
    entry: (n, key) => {
      const pair = isMap(n) ? n.items.find((p) => (isScalar(p.key) ? p.key.value === key : p.key === key)) : undefined;
      return pair ? { node: pair.value, at: isNode(pair.key) ? pair.key.range?.[0] : undefined } : undefined;
    },
    entries: (n) =>
      isSeq(n)
        ? n.items.map((it) =>
            isNode(it) ? { node: it, at: it.range?.[0], data: () => it.toJSON() } : { node: it, at: undefined },
          )
        : undefined,
  };
}

const TREES = new WeakMap<DocSource, PositionedTree | null>();

/**
 * The document read again with positions, only for objects that have findings: by the fast
 * reader when it is in its subset (most are), else by `yaml`'s parser.
 */
function treeOf(doc: DocSource): PositionedTree | null {
  let tree = TREES.get(doc);
  if (tree === undefined) {
    const located = locateFast(doc.text);
    if (located !== NOT_FAST) {
      tree = fastTree(located.value, located.spots);
    } else {
      try {
        const parsed = parseDocument(doc.text, { merge: true, uniqueKeys: false, strict: false });
        tree = parsed.contents && isNode(parsed.contents) ? astTree(parsed.contents) : null;
      } catch {
        tree = null;
      }
    }
    TREES.set(doc, tree);
  }
  return tree;
}

/**
 * The line of the deepest part of `segs` that exists in the object's source: the key's line for
 * a map entry, the entry's line for a list item. Computed only for objects that need it.
 */
export function lineOf(obj: DescObject, segs: readonly Seg[]): number {
  const tree = treeOf(obj.doc);
  if (!tree) return obj.doc.line;
  let node = tree.root;
  let offset = 0;
  if (obj.item !== undefined) {
    const items = tree.entry(node, 'items');
    const item = items && tree.entries(items.node)?.[obj.item];
    if (item) {
      node = item.node;
      offset = item.at ?? offset;
    }
  }
  offset = tree.start(node) ?? offset;
  for (const seg of segs) {
    let e: Entry | undefined;
    if (typeof seg === 'string') {
      e = tree.entry(node, seg);
    } else {
      const list = tree.entries(node);
      e = list?.[typeof seg === 'number' ? seg : list.findIndex((x) => x.data !== undefined && seg.match(x.data()))];
    }
    if (!e) break;
    offset = e.at ?? offset;
    node = e.node;
  }
  return obj.doc.line + lineIn(obj.doc.text, offset) - 1;
}
