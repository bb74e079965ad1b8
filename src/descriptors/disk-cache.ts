import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObj } from './diff.js';
import type { DescObject, DocSource, LoadProblem, ParsedFile } from './load.js';

/**
 * Parsed files kept on disk between runs, under `<git dir>/gitops-action/plan-cache/`. A blob id
 * names its content and a tree id a folder's, so an entry never goes stale. Two kinds of entry:
 *
 * - one per blob and path: what `parseFile` made of it;
 * - one per folder and tree id (a *folder index*): the entries of every plan file directly in that
 *   folder, so an unchanged folder of 200 manifests is one read instead of 200.
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
const FORMAT = 2;

/** Text whose parsed values JSON cannot hold exactly (NaN, infinities, binary, sets): never cached. */
const NOT_JSON = /\.(nan|NaN|NAN|inf|Inf|INF)\b|!!(binary|set|omap|pairs)/;

export interface PlanCache {
  dir: string;
  key: Buffer;
}

/** One file's entry as stored: its objects without their text, which stays in git. */
interface StoredObject extends Omit<DescObject, 'doc'> {
  doc: { line: number; start: number; end: number };
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

/** Payload JSON by `blob\0path`, as read or written in this process: folder indexes are made of them. */
const payloads = new Map<string, string>();

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

function validObject(o: unknown, path: string, size: number): o is StoredObject {
  if (!isObj(o) || !isObj(o.body) || !isObj(o.doc)) return false;
  const d = o.doc;
  return (
    o.file === path &&
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

/** A document whose text is read (from git, by `textOf`) only when a finding needs its line. */
function lazyDoc(line: number, start: number, end: number, size: number, textOf: () => string): DocSource {
  return {
    line,
    start,
    end,
    get text() {
      const text = textOf();
      // Not the text the entry was made from: no line is better than a wrong one.
      return text.length === size ? text.slice(start, end) : '';
    },
  };
}

/** The parsed file in a payload, when it has the shape the plan reads and is about this blob and path. */
function toParsed(p: unknown, path: string, blob: string, textOf: (blob: string) => string): ParsedFile | undefined {
  if (!isObj(p) || p.path !== path || p.blob !== blob || typeof p.size !== 'number') return undefined;
  const size = p.size;
  if (!Array.isArray(p.objects) || !Array.isArray(p.problems) || !Array.isArray(p.ignored)) return undefined;
  if (!p.objects.every((o) => validObject(o, path, size))) return undefined;
  if (!p.problems.every((x) => isObj(x) && x.file === path && typeof x.message === 'string')) return undefined;
  const text = () => textOf(blob);
  // The objects were made by JSON.parse just now and belong to no one else: turned into
  // DescObjects in place rather than copied (a warm plan reads thousands).
  const objects = p.objects as unknown as DescObject[];
  for (const o of p.objects as StoredObject[]) {
    (o as unknown as DescObject).doc = lazyDoc(o.doc.line, o.doc.start, o.doc.end, size, text);
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
    const file = toParsed(JSON.parse(body), path, blob, textOf);
    if (file) payloads.set(`${blob}\0${path}`, body);
    return file;
  } catch {
    return undefined;
  }
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
      const file = toParsed(p, p.path, blob, textOf);
      if (!file) return undefined;
      out.set(p.path, file);
    }
    return out;
  } catch {
    return undefined;
  }
}

function payloadOf(path: string, blob: string, file: ParsedFile, text: string): string {
  const payload: Payload = {
    path,
    blob,
    size: text.length,
    objects: file.objects.map((o) => ({
      ...o,
      doc: { line: o.doc.line, start: o.doc.start, end: o.doc.end },
    })),
    problems: file.problems,
    unreadable: file.unreadable,
    ignored: file.ignored,
  };
  return JSON.stringify(payload);
}

/** Writes entries for freshly parsed files; failures are ignored (the cache is an optimisation). */
export function writeCachedFiles(
  cache: PlanCache,
  entries: Array<{ path: string; blob: string; file: ParsedFile; text: string }>,
): void {
  for (const { path, blob, file, text } of entries) {
    if (NOT_JSON.test(text)) continue;
    const body = payloadOf(path, blob, file, text);
    payloads.set(`${blob}\0${path}`, body);
    if (!writeEntry(cache, blobName(blob, path), body)) return;
  }
}

/**
 * Writes a folder's index from the entries of its files read or written in this process (never
 * re-serialised); a folder with a file that has none (one never cached) gets no index.
 */
export function writeCachedFolder(cache: PlanCache, folder: string, tree: string, files: Map<string, string>): void {
  const parts: string[] = [];
  for (const [path, blob] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const body = payloads.get(`${blob}\0${path}`);
    if (body === undefined) return;
    parts.push(body);
  }
  writeEntry(
    cache,
    folderName(tree, folder),
    `{"folder":${JSON.stringify(folder)},"tree":${JSON.stringify(tree)},"files":[${parts.join(',')}]}`,
  );
}
