import { type ParsedFile, parseFile } from './load.js';

/**
 * Parsed files by content. A file is parsed once per blob id (or, without one, per text) however
 * often it appears: at both revisions of a plan, or in every plan a long-lived process makes.
 * Parsing is a pure function of path and text, so an entry can never be stale; the map is bounded
 * so that a process planning many commits does not grow without end.
 */
const MAX_ENTRIES = 50_000;
const parsed = new Map<string, ParsedFile>();

export function parsedFile(path: string, text: string, blob?: string): ParsedFile {
  // The path is part of the key: messages and objects name their file.
  const key = blob ? `${blob}\0${path}` : `${path}\0${text}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const file = parseFile(path, text);
  if (parsed.size >= MAX_ENTRIES) parsed.delete(parsed.keys().next().value as string);
  parsed.set(key, file);
  return file;
}

/** For tests and benchmarks: forget every parsed file. */
export function clearParsedFiles(): void {
  parsed.clear();
}
