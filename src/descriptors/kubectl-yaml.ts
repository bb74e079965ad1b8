import jsyaml from 'js-yaml';
import { NOT_FAST, readFast } from './fast-yaml.js';
import { aliasCharBudget, FALSE, goInt, isFloat, numeric, TRUE, toFloat } from './yaml-scalars.js';

/**
 * The YAML kubectl reads. `kubectl apply -f` splits a file into documents itself
 * (k8s.io/apimachinery `util/yaml.YAMLReader`: a line that is `---` followed only by white space
 * ends a document) and converts each with sigs.k8s.io/yaml, which is go-yaml v2 underneath:
 * YAML 1.1 scalars (`yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0644` is octal, `1_000` is an
 * integer), merge keys (`<<:`), timestamps kept as strings, and only the first document of a chunk.
 * A file whose first non-space character is `{` is read as a JSON stream instead.
 *
 * js-yaml does the parsing: on a 1.9 MB real manifest it is ten times faster than `yaml`'s
 * documents + `toJS` (measured 37 ms against 510 ms), which is what makes a cold plan of a large
 * repository take seconds instead of minutes. Only the scalar resolution (`yaml-scalars.ts`) is
 * go-yaml's. Most chunks are read by the faster `fast-yaml.ts`, which gives the same value or
 * gives up, and js-yaml reads the rest.
 */

const bool11 = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: unknown) => typeof s === 'string' && (TRUE.has(s) || FALSE.has(s)),
  construct: (s: string) => TRUE.has(s),
  predicate: (v: unknown) => typeof v === 'boolean',
  represent: (v: object) => String(v),
});

const int11 = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: unknown) => numeric(s) && goInt(s) !== undefined,
  construct: (s: string) => goInt(s) as number,
  predicate: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  represent: (v: object) => String(v),
});

const float11 = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: isFloat,
  construct: toFloat,
  predicate: (v: unknown) => typeof v === 'number',
  represent: (v: object) => String(v),
});

/** No timestamp type: go-yaml v2 leaves timestamp-like scalars as strings when decoding into `interface{}`. */
const TYPES = (
  jsyaml as unknown as { types: Record<'null' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set', jsyaml.Type> }
).types;
export const GO_YAML_V2 = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [TYPES.null, bool11, int11, float11, TYPES.merge],
  explicit: [TYPES.binary, TYPES.omap, TYPES.pairs, TYPES.set],
});

const ALIAS_BOMB = 'the document expands YAML aliases beyond any real manifest; refusing a possible alias bomb';

/** Nodes an alias-expanded document may hold before we call it an alias bomb. */
export const ALIAS_BUDGET_MIN = 100_000;

export interface ManifestDoc {
  value: unknown;
  /** 1-based line where the document's text starts. */
  line: number;
  /** Position of the document in the file, counting the empty ones. */
  index: number;
  /** The document's own text, kept for finding lines later. */
  text: string;
  /** Where that text starts in the file. */
  start: number;
}

export interface ManifestRead {
  docs: ManifestDoc[];
  error?: { message: string; line?: number };
}

/** A line that is `---` and nothing but white space after it: kubectl's document separator. */
function isSeparator(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 45 || text.charCodeAt(start + 1) !== 45 || text.charCodeAt(start + 2) !== 45) {
    return false;
  }
  for (let i = start + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Splits a file into documents as kubectl's YAMLReader does, with the line each starts on. */
export function splitDocuments(text: string): Array<{ text: string; line: number; start: number }> {
  const out: Array<{ text: string; line: number; start: number }> = [];
  let start = 0;
  let line = 1;
  let docLine = 1;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (isSeparator(text, pos, end)) {
      out.push({ text: text.slice(start, pos), line: docLine, start });
      start = end + 1;
      docLine = line + 1;
    }
    pos = end + 1;
    line++;
  }
  if (start < text.length) out.push({ text: text.slice(start), line: docLine, start });
  return out;
}

function countNodes(v: unknown, budget: { left: number; chars: number }): void {
  if (budget.left < 0 || budget.chars < 0) return;
  if (typeof v === 'string') {
    budget.chars -= v.length;
    return;
  }
  if (v === null || typeof v !== 'object') return;
  budget.left--;
  if (Array.isArray(v)) for (const x of v) countNodes(x, budget);
  else {
    for (const k in v as Record<string, unknown>) {
      budget.chars -= k.length;
      countNodes((v as Record<string, unknown>)[k], budget);
    }
  }
}

/**
 * Whether values js-yaml read from `text` expand its aliases beyond any real manifest: more than
 * `max(ALIAS_BUDGET_MIN, its length)` nodes, or more characters of keys and strings than
 * `aliasCharBudget` allows. Aliases share one object in memory, so the parse is cheap; walking
 * (or writing out) the expanded tree is not.
 */
function aliasBomb(values: unknown[], text: string): boolean {
  if (!text.includes('*')) return false;
  const budget = { left: Math.max(ALIAS_BUDGET_MIN, text.length), chars: aliasCharBudget(text.length) };
  for (const v of values) countNodes(v, budget);
  return budget.left < 0 || budget.chars < 0;
}

function yamlError(e: unknown, lineOffset: number): { message: string; line?: number } {
  if (e instanceof jsyaml.YAMLException) {
    const line = e.mark ? lineOffset + e.mark.line : undefined;
    return { message: e.reason || e.message.split('\n', 1)[0] || 'YAML syntax error', line };
  }
  return { message: (e as Error).message };
}

/** The documents kubectl would read from a file, or the first error it would stop at. */
export function readManifest(text: string): ManifestRead {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return readJsonStream(text);
  const docs: ManifestDoc[] = [];
  const chunks = splitDocuments(text);
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index] as { text: string; line: number; start: number };
    let value = readFast(chunk.text);
    const fast = value !== NOT_FAST;
    if (!fast) {
      try {
        const values: unknown[] = [];
        // go-yaml reads only the first document of a chunk (one not split by a bare `---` line).
        jsyaml.loadAll(chunk.text, (v) => values.push(v), { schema: GO_YAML_V2 });
        value = values[0];
      } catch (e) {
        return { docs, error: yamlError(e, chunk.line) };
      }
    }
    if (value === null || value === undefined) continue;
    // The fast reader gives up on aliases of collections, and on scalar aliases past the same
    // character budget, so only js-yaml's values need counting.
    if (!fast && aliasBomb([value], chunk.text)) return { docs, error: { message: ALIAS_BOMB, line: chunk.line } };
    docs.push({ value, line: chunk.line, index, text: chunk.text, start: chunk.start });
  }
  return { docs };
}

/** kubectl reads a file that starts with `{` as a stream of JSON values. */
function readJsonStream(text: string): ManifestRead {
  try {
    return { docs: [{ value: JSON.parse(text), line: 1, index: 0, text, start: 0 }] };
  } catch {
    // A stream of several JSON objects, or JSON with a syntax error: YAML is a superset of JSON for both.
  }
  const docs: ManifestDoc[] = [];
  try {
    let index = 0;
    jsyaml.loadAll(text, (v) => docs.push({ value: v, line: 1, index: index++, text, start: 0 }), {
      schema: GO_YAML_V2,
    });
  } catch (e) {
    return { docs: [], error: yamlError(e, 1) };
  }
  const values = docs.map((d) => d.value);
  if (aliasBomb(values, text)) return { docs: [], error: { message: ALIAS_BOMB, line: 1 } };
  return { docs: docs.filter((d) => d.value !== null && d.value !== undefined) };
}
