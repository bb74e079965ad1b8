import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObj } from './diff.js';
import type { DescObject, LoadProblem, ParsedFile } from './load.js';

/**
 * Parsed files kept on disk between runs, under `<git dir>/gitops-action/plan-cache/`, one file
 * per blob and path. A blob id names its content, so an entry never goes stale; but the folder is
 * writable by anything on the machine, so an entry is used only when it proves itself: the format
 * version, the blob id, the path and the text's length must match, the payload's SHA-256 must
 * match the one in the header, and every object must have the shape the plan reads, with its
 * document inside the file. Anything else is parsed again. A cache that cannot be written (a
 * read-only `.git`) is no error.
 */
const FORMAT = 1;

/** Text whose parsed values JSON cannot hold exactly (NaN, infinities, binary, sets): never cached. */
const NOT_JSON = /\.(nan|NaN|NAN|inf|Inf|INF)\b|!!(binary|set|omap|pairs)/;

interface StoredObject extends Omit<DescObject, 'doc'> {
  doc: { line: number; start: number; end: number };
}

interface Payload {
  objects: StoredObject[];
  problems: LoadProblem[];
  unreadable: boolean;
  ignored: string[];
}

function entryPath(dir: string, blob: string, path: string): string {
  const name = createHash('sha256').update(`${blob}\0${path}`).digest('hex');
  return join(dir, name.slice(0, 2), `${name.slice(2)}.json`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
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

/** The parsed file for `blob` at `path`, when a valid entry is on disk. */
export function readCached(dir: string, path: string, blob: string, text: string): ParsedFile | undefined {
  let raw: string;
  try {
    raw = readFileSync(entryPath(dir, blob, path), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const nl = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, nl));
    const body = raw.slice(nl + 1);
    if (
      !isObj(header) ||
      header.v !== FORMAT ||
      header.blob !== blob ||
      header.path !== path ||
      header.size !== text.length ||
      header.sum !== sha256(body)
    ) {
      return undefined;
    }
    const payload = JSON.parse(body) as Payload;
    if (!Array.isArray(payload.objects) || !Array.isArray(payload.problems) || !Array.isArray(payload.ignored)) {
      return undefined;
    }
    if (!payload.objects.every((o) => validObject(o, path, text.length))) return undefined;
    if (!payload.problems.every((p) => isObj(p) && p.file === path && typeof p.message === 'string')) return undefined;
    return {
      objects: payload.objects.map((o) => ({
        ...o,
        doc: { text: text.slice(o.doc.start, o.doc.end), line: o.doc.line, start: o.doc.start },
      })),
      problems: payload.problems,
      unreadable: payload.unreadable === true,
      ignored: payload.ignored.filter((r) => typeof r === 'string'),
    };
  } catch {
    return undefined;
  }
}

/** Writes entries for freshly parsed files; failures are ignored (the cache is an optimisation). */
export function writeCached(
  dir: string,
  entries: Array<{ path: string; blob: string; file: ParsedFile; text: string }>,
): void {
  for (const { path, blob, file, text } of entries) {
    if (NOT_JSON.test(text)) continue;
    const payload: Payload = {
      objects: file.objects.map((o) => ({
        ...o,
        doc: { line: o.doc.line, start: o.doc.start, end: o.doc.start + o.doc.text.length },
      })),
      problems: file.problems,
      unreadable: file.unreadable,
      ignored: file.ignored,
    };
    const body = JSON.stringify(payload);
    const header = JSON.stringify({ v: FORMAT, blob, path, size: text.length, sum: sha256(body) });
    const target = entryPath(dir, blob, path);
    try {
      mkdirSync(join(target, '..'), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, `${header}\n${body}`);
      renameSync(tmp, target);
    } catch {
      return;
    }
  }
}
