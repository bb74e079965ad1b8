import { type ParsedFile, parseFile } from './load.js';

/**
 * Parsed files by content. A file is parsed once per blob id (or, without one, per text) however
 * often it appears: at both revisions of a plan, or in every plan a long-lived process makes.
 * Parsing is a pure function of path and text, so an entry can never be stale; the map is bounded
 * so that a process planning many commits does not grow without end.
 */
const MAX_ENTRIES = 50_000;
const parsed = new Map<string, ParsedFile>();

/** Files parsed in this process that have a blob id: what a disk cache may keep. */
const fresh = new Map<string, { path: string; blob: string; file: ParsedFile }>();

function remember(key: string, file: ParsedFile): void {
  if (parsed.size >= MAX_ENTRIES) parsed.delete(parsed.keys().next().value as string);
  parsed.set(key, file);
}

/**
 * The parsed file at `path`. With a blob id, `text` may be a function: it is called only when the
 * file is not parsed yet, so a file primed from the disk cache is never read from git.
 */
export function parsedFile(path: string, text: string | (() => string), blob?: string): ParsedFile {
  // The path is part of the key: messages and objects name their file.
  const key = blob ? `${blob}\0${path}` : `${path}\0${typeof text === 'string' ? text : text()}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const file = parseFile(path, typeof text === 'string' ? text : text());
  remember(key, file);
  if (blob && fresh.size < MAX_ENTRIES) fresh.set(key, { path, blob, file });
  return file;
}

/** Whether a blob at a path is parsed already (in this process, or primed from disk). */
export function hasParsedFile(path: string, blob: string): boolean {
  return parsed.has(`${blob}\0${path}`);
}

/** A parsed file read back from a disk cache (validated by the caller). */
export function primeParsedFile(path: string, blob: string, file: ParsedFile): void {
  remember(`${blob}\0${path}`, file);
}

/** The files parsed since the last call, for the disk cache to keep. */
export function takeFreshParsedFiles(): Array<{ path: string; blob: string; file: ParsedFile }> {
  const out = [...fresh.values()];
  fresh.clear();
  return out;
}

/** For tests and benchmarks: forget every parsed file. */
export function clearParsedFiles(): void {
  parsed.clear();
  fresh.clear();
}
