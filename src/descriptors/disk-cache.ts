import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demandCoreOf, loadDemand, type StoredDemand, storeDemand } from './demand.js';
import { isObj, type Obj } from './diff.js';
import {
  type DescObject,
  type DocSource,
  type LoadProblem,
  type NoneLeft,
  type ParsedFile,
  parseFile,
} from './load.js';

/**
 * Parsed files kept on disk between runs, under `<git dir>/gitops-action/plan-cache/`. A blob id
 * names its content and a tree id a folder's, so an entry never goes stale. Two kinds of entry:
 *
 * - one per blob and path: what `parseFile` made of it;
 * - one per folder and tree id (a *folder index*): the entries of every plan file directly in that
 *   folder without their objects' bodies, so an unchanged folder of 200 manifests is one small read
 *   instead of 200. A body is read from its file's own entry only when something reads it.
 *
 * A hit never reads the blob itself: each document keeps its offsets, and its text (needed only to
 * find the line of a finding) is read from git when asked for (`textOf`).
 *
 * The folder is writable by anything on the machine (a build step, a checked-out script), and a
 * forged entry could hide an object from the gate. So each entry carries an HMAC, under the user's
 * cache key kept outside the repository (`config/cache.ts`), over the entry's name (blob and path,
 * or tree and folder) and its body: an entry written without the key, or moved to another name,
 * fails the check and the file is parsed again. The shapes are checked as well, in case a future
 * format reads an old entry. The Action does not use this cache at all (see `read.ts`). A cache
 * that cannot be written (a read-only `.git`) is no error.
 */
const FORMAT = 3;

/** Text whose parsed values JSON cannot hold exactly (NaN, infinities, binary, sets): never cached. */
const NOT_JSON = /\.(nan|NaN|NAN|inf|Inf|INF)\b|!!(binary|set|omap|pairs)/;

export interface PlanCache {
  dir: string;
  key: Buffer;
}

/**
 * One file's entry as stored: its objects without their text, which stays in git. The body is
 * kept as JSON text (in the file's own entry; a folder index leaves it out) and parsed only when
 * something reads it (a changed object, a finding): most objects of a plan are unchanged, and
 * reading and parsing every cached body was most of a warm plan (format 3). `hash` names the
 * body (SHA-256 of its JSON, 128 bits), so two objects compare without either body. A workload's
 * demand is stored beside it, for the capacity check, which reads every workload.
 */
interface StoredObject extends Omit<DescObject, 'doc' | 'body' | 'stored'> {
  doc: { line: number; start: number; end: number };
  bodyJson?: string;
  hash: string;
  demand: StoredDemand | null;
}

const HASH = /^[0-9a-f]{32}$/;

function bodyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

interface Payload {
  path: string;
  blob: string;
  /** The text's length, so a document's offsets can be checked without reading it. */
  size: number;
  objects: StoredObject[];
  problems: LoadProblem[];
  unreadable: boolean;
  ignored: string[];
}

/**
 * Payload JSON without bodies by `blob\0path`, as read or written in this process: folder indexes
 * are made of them.
 */
const skeletons = new Map<string, string>();

function skeletonOf(payload: Payload): string {
  return JSON.stringify({ ...payload, objects: payload.objects.map(({ bodyJson: _body, ...o }) => o) });
}

const blobName = (blob: string, path: string) => `blob\0${blob}\0${path}`;
const folderName = (tree: string, folder: string) => `tree\0${tree}\0${folder}`;

function entryPath(dir: string, name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return join(dir, h.slice(0, 2), `${h.slice(2)}.json`);
}

function mac(key: Buffer, name: string, body: string): Buffer {
  return createHmac('sha256', key).update(`gitops-action plan-cache ${FORMAT}\0${name}\0`).update(body).digest();
}

/** The body of the entry called `name`, when it is there and carries our HMAC. */
function readEntry(cache: PlanCache, name: string): string | undefined {
  let raw: string;
  try {
    raw = readFileSync(entryPath(cache.dir, name), 'utf8');
  } catch {
    return undefined;
  }
  const nl = raw.indexOf('\n');
  if (nl <= 0) return undefined;
  const given = Buffer.from(raw.slice(0, nl), 'hex');
  const body = raw.slice(nl + 1);
  const expected = mac(cache.key, name, body);
  return given.length === expected.length && timingSafeEqual(given, expected) ? body : undefined;
}

function writeEntry(cache: PlanCache, name: string, body: string): boolean {
  const target = entryPath(cache.dir, name);
  try {
    mkdirSync(join(target, '..'), { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, `${mac(cache.key, name, body).toString('hex')}\n${body}`);
    renameSync(tmp, target);
    return true;
  } catch {
    return false;
  }
}

function validObject(o: unknown, path: string, size: number, withBody: boolean): o is StoredObject {
  if (!isObj(o) || typeof o.hash !== 'string' || !HASH.test(o.hash) || !isObj(o.doc)) return false;
  if (withBody && (typeof o.bodyJson !== 'string' || !o.bodyJson.startsWith('{'))) return false;
  const d = o.doc;
  return (
    o.file === path &&
    typeof o.key === 'string' &&
    typeof o.apiVersion === 'string' &&
    typeof o.target === 'string' &&
    typeof o.id === 'string' &&
    typeof o.kind === 'string' &&
    typeof o.group === 'string' &&
    typeof o.namespace === 'string' &&
    typeof o.name === 'string' &&
    o.name !== '' &&
    typeof o.descriptor === 'boolean' &&
    typeof o.index === 'number' &&
    (o.item === undefined || typeof o.item === 'number') &&
    typeof d.line === 'number' &&
    typeof d.start === 'number' &&
    typeof d.end === 'number' &&
    d.start >= 0 &&
    d.start <= d.end &&
    d.end <= size
  );
}

/**
 * A document whose text is read (from git, by `textOf`) only when a finding needs its line. A
 * class, so the getter is on the prototype: a warm plan makes one for every cached object.
 */
class LazyDoc implements DocSource {
  constructor(
    readonly line: number,
    readonly start: number,
    readonly end: number,
    private readonly size: number,
    private readonly textOf: () => string,
  ) {}

  get text(): string {
    const text = this.textOf();
    // Not the text the entry was made from: no line is better than a wrong one.
    return text.length === this.size ? text.slice(this.start, this.end) : '';
  }
}

/**
 * The prototype of every object read from the cache: `body` is a getter that parses the stored
 * JSON once, on first read, into the holder the object's copies share (placeObject copies own
 * fields onto an object of the same prototype, so placing one does not parse it). A getter on the
 * prototype, not on each object: V8 keeps such objects fast, where an accessor defined on each
 * made copying them the plan's slowest step (profiled).
 */
const CACHED: object = Object.freeze({
  get body(): Obj {
    const stored = (this as unknown as DescObject).stored as NonNullable<DescObject['stored']>;
    if (stored.parsed === undefined) {
      stored.body ??= stored.load?.() ?? '{}';
      stored.parsed = JSON.parse(stored.body) as Obj;
    }
    return stored.parsed;
  },
});

/** Every field `toParsed` copies: a field added to DescObject and not copied fails to compile here. */
type Copied = 'key' | 'id' | 'kind' | 'group' | 'apiVersion' | 'namespace' | 'name' | 'descriptor' | 'file';
type CopiedToo = 'target' | 'index' | 'item' | 'doc' | 'body' | 'stored';
export type EveryFieldCopied = NoneLeft<Exclude<keyof DescObject, Copied | CopiedToo>>;

/**
 * The parsed file in a payload, when it has the shape the plan reads and is about this blob and
 * path. A folder index's payloads have no bodies (`bodies` then finds one when it is read).
 */
function toParsed(
  p: unknown,
  path: string,
  blob: string,
  textOf: (blob: string) => string,
  bodies?: (index: number, hash: string) => string,
): ParsedFile | undefined {
  if (!isObj(p) || p.path !== path || p.blob !== blob || typeof p.size !== 'number') return undefined;
  const size = p.size;
  if (!Array.isArray(p.objects) || !Array.isArray(p.problems) || !Array.isArray(p.ignored)) return undefined;
  if (!p.objects.every((o) => validObject(o, path, size, bodies === undefined))) return undefined;
  if (!p.problems.every((x) => isObj(x) && x.file === path && typeof x.message === 'string')) return undefined;
  const text = () => textOf(blob);
  const objects: DescObject[] = [];
  for (const [i, o] of (p.objects as StoredObject[]).entries()) {
    const demand = loadDemand(o.demand);
    if (demand === undefined) return undefined;
    // Field by field, with no intermediate object: a warm plan makes thousands.
    const obj = Object.create(CACHED) as DescObject;
    obj.key = o.key;
    obj.id = o.id;
    obj.kind = o.kind;
    obj.group = o.group;
    obj.apiVersion = o.apiVersion;
    obj.namespace = o.namespace;
    obj.name = o.name;
    obj.descriptor = o.descriptor;
    obj.file = o.file;
    obj.target = o.target;
    obj.index = o.index;
    if (o.item !== undefined) obj.item = o.item;
    obj.doc = new LazyDoc(o.doc.line, o.doc.start, o.doc.end, size, text);
    const hash = o.hash;
    obj.stored =
      o.bodyJson !== undefined
        ? { hash, body: o.bodyJson, demand }
        : { hash, demand, load: () => bodies?.(i, hash) ?? '{}' };
    objects.push(obj);
  }
  return {
    objects,
    problems: p.problems as LoadProblem[],
    unreadable: p.unreadable === true,
    ignored: p.ignored.filter((r): r is string => typeof r === 'string'),
  };
}

/** The parsed file for `blob` at `path`, when a valid entry is on disk. */
export function readCachedFile(
  cache: PlanCache,
  path: string,
  blob: string,
  textOf: (blob: string) => string,
): ParsedFile | undefined {
  const body = readEntry(cache, blobName(blob, path));
  if (body === undefined) return undefined;
  try {
    const payload = JSON.parse(body) as Payload;
    const file = toParsed(payload, path, blob, textOf);
    if (file) skeletons.set(`${blob}\0${path}`, skeletonOf(payload));
    return file;
  } catch {
    return undefined;
  }
}

/**
 * The body of object `index` of a file a folder index listed: from the file's own entry when it
 * holds the body the index names (the same hash), or else (an entry pruned by hand) from the
 * file's text parsed again, which gives that same body: the parse is a pure function of the text,
 * and the cache's format number changes with it.
 */
function bodyFinder(cache: PlanCache, path: string, blob: string, textOf: (blob: string) => string) {
  let entry: ParsedFile | null | undefined;
  let reparsed: ParsedFile | undefined;
  return (index: number, hash: string): string => {
    if (entry === undefined) entry = readCachedFile(cache, path, blob, textOf) ?? null;
    const stored = entry?.objects[index]?.stored;
    if (stored?.body !== undefined && stored.hash === hash) return stored.body;
    reparsed ??= parseFile(path, textOf(blob));
    const obj = reparsed.objects[index];
    return obj ? JSON.stringify(obj.body) : '{}';
  };
}

/**
 * The parsed files of a folder at one tree id, when its index is on disk and holds exactly the
 * plan files `expected` names (path → blob id): other globs choose other files, and then the
 * index is not used.
 */
export function readCachedFolder(
  cache: PlanCache,
  folder: string,
  tree: string,
  expected: Map<string, string>,
  textOf: (blob: string) => string,
): Map<string, ParsedFile> | undefined {
  const body = readEntry(cache, folderName(tree, folder));
  if (body === undefined) return undefined;
  try {
    const index = JSON.parse(body) as unknown;
    if (!isObj(index) || index.folder !== folder || index.tree !== tree || !Array.isArray(index.files))
      return undefined;
    if (index.files.length !== expected.size) return undefined;
    const out = new Map<string, ParsedFile>();
    for (const p of index.files) {
      if (!isObj(p) || typeof p.path !== 'string') return undefined;
      const blob = expected.get(p.path);
      if (blob === undefined || out.has(p.path)) return undefined;
      const file = toParsed(p, p.path, blob, textOf, bodyFinder(cache, p.path, blob, textOf));
      if (!file) return undefined;
      out.set(p.path, file);
    }
    return out;
  } catch {
    return undefined;
  }
}

function payloadOf(path: string, blob: string, file: ParsedFile, text: string): Payload {
  return {
    path,
    blob,
    size: text.length,
    objects: file.objects.map((o): StoredObject => {
      const { body: _body, stored: _stored, doc, ...rest } = o;
      const bodyJson = JSON.stringify(o.body);
      return {
        ...rest,
        doc: { line: doc.line, start: doc.start, end: doc.end },
        bodyJson,
        hash: bodyHash(bodyJson),
        demand: storeDemand(demandCoreOf(o)),
      };
    }),
    problems: file.problems,
    unreadable: file.unreadable,
    ignored: file.ignored,
  };
}

/** Writes entries for freshly parsed files; failures are ignored (the cache is an optimisation). */
export function writeCachedFiles(
  cache: PlanCache,
  entries: Array<{ path: string; blob: string; file: ParsedFile; text: string }>,
): void {
  for (const { path, blob, file, text } of entries) {
    if (NOT_JSON.test(text)) continue;
    const payload = payloadOf(path, blob, file, text);
    skeletons.set(`${blob}\0${path}`, skeletonOf(payload));
    if (!writeEntry(cache, blobName(blob, path), JSON.stringify(payload))) return;
  }
}

/**
 * Writes a folder's index from the entries of its files read or written in this process (never
 * re-serialised); a folder with a file that has none (one never cached) gets no index.
 */
export function writeCachedFolder(cache: PlanCache, folder: string, tree: string, files: Map<string, string>): void {
  const parts: string[] = [];
  for (const [path, blob] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const body = skeletons.get(`${blob}\0${path}`);
    if (body === undefined) return;
    parts.push(body);
  }
  writeEntry(
    cache,
    folderName(tree, folder),
    `{"folder":${JSON.stringify(folder)},"tree":${JSON.stringify(tree)},"files":[${parts.join(',')}]}`,
  );
}
