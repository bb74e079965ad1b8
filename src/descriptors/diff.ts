import { quantityEquals, tryParseQuantity } from './quantity.js';

/**
 * The semantic diff of two parsed objects. Maps are compared key by key; lists are matched by
 * Kubernetes' own merge keys where it has them (containers by `name`, container ports by
 * `containerPort` + `protocol`, Service ports by `port` + `protocol`, env and volumes by `name`,
 * volume mounts by `mountPath`), compared as sets where order means nothing (NetworkPolicy rules,
 * every list of a service descriptor), and by position otherwise (`args`, `command`).
 * Comments, key order, quoting and indentation never reach this code: it sees parsed values.
 */

/** One step of a path: a map key, a list position, or a list entry found by its merge key. */
export type Seg = string | number | KeySeg;

export interface KeySeg {
  /** Shown between brackets: `name=web`, `containerPort=8080,protocol=TCP`. */
  label: string;
  /** True for the list entry this step selects (used to find the entry's line in the source). */
  match: (item: unknown) => boolean;
}

export interface Change {
  segs: Seg[];
  path: string;
  before?: unknown;
  after?: unknown;
}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const IDENT = /^[A-Za-z_$][\w$-]*$/;

export function formatPath(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string') out += IDENT.test(s) ? `${out ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`;
    else out += `[${s.label}]`;
  }
  return out;
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A merge key made of fields, with defaults for fields left out (`protocol` is `TCP`). */
function fieldKey(fields: Array<[string, unknown?]>): {
  label: (item: Obj) => string;
  keyOf: (item: unknown) => string | undefined;
} {
  const label = (item: Obj) => fields.map(([f, def]) => `${f}=${scalarText(item[f] ?? def)}`).join(',');
  const keyOf = (item: unknown) => {
    if (!isObj(item)) return undefined;
    const first = item[fields[0]![0]];
    if (first === undefined || first === null || typeof first === 'object') return undefined;
    return label(item);
  };
  return { label, keyOf };
}

const BY_NAME = fieldKey([['name']]);
const BY_CONTAINER_PORT = fieldKey([['containerPort'], ['protocol', 'TCP']]);
const BY_SERVICE_PORT = fieldKey([['port'], ['protocol', 'TCP']]);
const BY_MOUNT_PATH = fieldKey([['mountPath']]);

export const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** The path step that selects a container by name, as the diff writes it. */
export function containerSeg(name: string): KeySeg {
  return { label: `name=${name}`, match: (item) => isObj(item) && item.name === name };
}

/** The path step that selects an entry of a keyed list, as the diff writes it. */
export function keyedSeg(label: string, keyOf: (item: unknown) => string | undefined): KeySeg {
  return { label, match: (item) => keyOf(item) === label };
}

export function servicePortSeg(port: Obj): KeySeg {
  const label = BY_SERVICE_PORT.label(port);
  return keyedSeg(label, BY_SERVICE_PORT.keyOf);
}

export function containerPortSeg(port: Obj): KeySeg {
  const label = BY_CONTAINER_PORT.label(port);
  return keyedSeg(label, BY_CONTAINER_PORT.keyOf);
}

/** Where the pod template of a workload kind sits. */
export function podSpecSegs(kind: string): string[] | undefined {
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return ['spec', 'template', 'spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    case 'Pod':
      return ['spec'];
    default:
      return undefined;
  }
}

interface Ctx {
  kind: string;
  descriptor: boolean;
}

type ListMode = { mode: 'set' } | { mode: 'key'; keyOf: (item: unknown) => string | undefined } | { mode: 'index' };

function lastName(segs: readonly Seg[], back = 1): string | undefined {
  const s = segs[segs.length - back];
  return typeof s === 'string' ? s : undefined;
}

function listMode(ctx: Ctx, segs: readonly Seg[], a: unknown[], b: unknown[]): ListMode {
  if (ctx.descriptor) return { mode: 'set' };
  const name = lastName(segs);
  if (ctx.kind === 'NetworkPolicy' && segs[0] === 'spec' && segs.length === 2) {
    if (name === 'ingress' || name === 'egress' || name === 'policyTypes') return { mode: 'set' };
  }
  if (name !== undefined && CONTAINER_LISTS.has(name)) return keyed(BY_NAME.keyOf, a, b);
  if (name === 'ports') {
    const owner = segs[segs.length - 2];
    const list = lastName(segs, 3);
    if (typeof owner === 'object' && list !== undefined && CONTAINER_LISTS.has(list)) {
      return keyed(BY_CONTAINER_PORT.keyOf, a, b);
    }
    if (ctx.kind === 'Service' && segs.length === 2 && segs[0] === 'spec') return keyed(BY_SERVICE_PORT.keyOf, a, b);
  }
  if (name === 'volumeMounts' || name === 'volumeDevices') return keyed(BY_MOUNT_PATH.keyOf, a, b);
  // env, volumes, imagePullSecrets, ... and any other list whose entries all have a unique name.
  return keyed(BY_NAME.keyOf, a, b);
}

function keyed(keyOf: (item: unknown) => string | undefined, a: unknown[], b: unknown[]): ListMode {
  for (const list of [a, b]) {
    const seen = new Set<string>();
    for (const item of list) {
      const k = keyOf(item);
      if (k === undefined || seen.has(k)) return { mode: 'index' };
      seen.add(k);
    }
  }
  return { mode: 'key', keyOf };
}

/** JSON with sorted keys and, for set semantics, sorted lists: equal values give equal text. */
export function canonical(v: unknown, sortLists = true): string {
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(x, sortLists));
    if (sortLists) items.sort();
    return `[${items.join(',')}]`;
  }
  if (isObj(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k], sortLists)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const IGNORED_METADATA = new Set([
  'resourceVersion',
  'uid',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
]);
const IGNORED_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
]);

/** Server-written fields that a dumped manifest may carry; they are never a change. */
function ignored(ctx: Ctx, segs: readonly Seg[], key: string): boolean {
  if (ctx.descriptor) return false;
  if (segs.length === 0) return key === 'status';
  if (segs.length === 1 && segs[0] === 'metadata') return IGNORED_METADATA.has(key);
  if (segs.length === 2 && segs[0] === 'metadata' && segs[1] === 'annotations') return IGNORED_ANNOTATIONS.has(key);
  return false;
}

function isQuantityPath(ctx: Ctx, segs: readonly Seg[]): boolean {
  if (ctx.descriptor) return segs.length === 2 && segs[0] === 'resources' && segs[1] !== 'replicas';
  const parent = lastName(segs, 2);
  return parent === 'requests' || parent === 'limits' || parent === 'capacity' || parent === 'hard';
}

/** A key written out with its default value is the same as the key left out. */
function isDefault(segs: readonly Seg[], key: string, value: unknown): boolean {
  return key === 'protocol' && value === 'TCP' && typeof segs[segs.length - 1] === 'object';
}

export function diffObjects(kind: string, descriptor: boolean, before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk({ kind, descriptor }, [], before, after, out);
  return out;
}

function push(out: Change[], segs: Seg[], before: unknown, after: unknown): void {
  const c: Change = { segs, path: formatPath(segs) };
  if (before !== undefined) c.before = before;
  if (after !== undefined) c.after = after;
  out.push(c);
}

function walk(ctx: Ctx, segs: Seg[], a: unknown, b: unknown, out: Change[]): void {
  if (a === b) return;
  if (isObj(a) && isObj(b)) {
    for (const k of Object.keys(a)) {
      if (ignored(ctx, segs, k)) continue;
      const av = a[k];
      if (!(k in b)) {
        if (av !== undefined && !isDefault(segs, k, av)) push(out, [...segs, k], av, undefined);
      } else walk(ctx, [...segs, k], av, b[k], out);
    }
    for (const k of Object.keys(b)) {
      if (k in a || ignored(ctx, segs, k)) continue;
      const bv = b[k];
      if (bv !== undefined && !isDefault(segs, k, bv)) push(out, [...segs, k], undefined, bv);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    diffList(ctx, segs, a, b, out);
    return;
  }
  if (isQuantityPath(ctx, segs)) {
    const qa = tryParseQuantity(a);
    const qb = tryParseQuantity(b);
    if (qa && qb && quantityEquals(qa, qb)) return;
  }
  if (typeof a !== 'object' && typeof b !== 'object' && a === b) return;
  if (canonical(a, false) === canonical(b, false)) return;
  push(out, segs, a, b);
}

function diffList(ctx: Ctx, segs: Seg[], a: unknown[], b: unknown[], out: Change[]): void {
  const mode = listMode(ctx, segs, a, b);
  if (mode.mode === 'index') {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) push(out, [...segs, i], undefined, b[i]);
      else if (i >= b.length) push(out, [...segs, i], a[i], undefined);
      else walk(ctx, [...segs, i], a[i], b[i], out);
    }
    return;
  }
  if (mode.mode === 'set') {
    const count = new Map<string, number>();
    const ca = a.map((x) => canonical(x));
    const cb = b.map((x) => canonical(x));
    for (const c of cb) count.set(c, (count.get(c) ?? 0) + 1);
    ca.forEach((c, i) => {
      const n = count.get(c) ?? 0;
      if (n > 0) count.set(c, n - 1);
      else push(out, [...segs, i], a[i], undefined);
    });
    const left = new Map<string, number>();
    for (const c of ca) left.set(c, (left.get(c) ?? 0) + 1);
    cb.forEach((c, i) => {
      const n = left.get(c) ?? 0;
      if (n > 0) left.set(c, n - 1);
      else push(out, [...segs, i], undefined, b[i]);
    });
    return;
  }
  const { keyOf } = mode;
  const before = new Map<string, unknown>();
  for (const item of a) before.set(keyOf(item)!, item);
  const seen = new Set<string>();
  for (const item of b) {
    const k = keyOf(item)!;
    seen.add(k);
    const seg = keyedSeg(k, keyOf);
    if (!before.has(k)) push(out, [...segs, seg], undefined, item);
    else walk(ctx, [...segs, seg], before.get(k), item, out);
  }
  for (const item of a) {
    const k = keyOf(item)!;
    if (!seen.has(k)) push(out, [...segs, keyedSeg(k, keyOf)], item, undefined);
  }
}
