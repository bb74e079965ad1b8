import semver from 'semver';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import schema from '../../schema/gitops.schema.json' with { type: 'json' };
import { closest } from '../cli/suggest.js';
import { ConfigError } from '../errors.js';
import { EMBEDDED_DEFAULT } from './defaults.js';
import type { RawConfig } from './resolve.js';
import { type SchemaError, validate } from './schema-validator.generated.js';

/**
 * Parses and validates a `.gitops.yml`. Every failure is a ConfigError naming the file, the line
 * and column, the key, and what was expected; never a crash, never a silent default.
 */
export function parseConfig(text: string, file: string): RawConfig {
  const lineCounter = new LineCounter();
  // maxAliasCount bounds "billion laughs"; uniqueKeys makes a repeated key an error, not a silent override.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    const what = e.message.split('\n')[0];
    throw new ConfigError(
      `${file}:${pos.line}:${pos.col}: not valid YAML: ${what}`,
      'Fix the YAML syntax at that line.',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message}`, 'Remove the YAML aliases that expand the file.');
  }
  if (data === null || data === undefined) return {};
  if (!validate(data)) {
    const error = pickError(validate.errors ?? []);
    const path = pointerToPath(error.instancePath);
    const node = nodeAt(doc.contents as Node | null, path, error);
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    throw new ConfigError(`${file}:${pos.line}:${pos.col}: ${describe(error, path, data)}`);
  }
  const raw = data as RawConfig;
  // The schema cannot say "the name of another environment": a typo there would only fail later,
  // without a line, at the first push that reaches the rule.
  const names = Object.keys(raw.environments ?? EMBEDDED_DEFAULT.environments);
  for (const [name, env] of Object.entries(raw.environments ?? {})) {
    const lower = env['promote-from'];
    if (lower === undefined || names.includes(lower)) continue;
    const node = nodeAt(doc.contents as Node | null, ['environments', name, 'promote-from'], {
      keyword: 'type',
    } as SchemaError);
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    const near = closest(lower, names);
    throw new ConfigError(
      `${file}:${pos.line}:${pos.col}: environments.${name}.promote-from names no environment: ${JSON.stringify(lower)}${near ? `; did you mean "${near}"?` : ''}`,
      `Name one of the environments in this file: ${names.join(', ')}.`,
    );
  }
  // The schema can say "a string"; only semver can say "a range".
  for (const [name, env] of Object.entries(raw.environments ?? {})) {
    if (env.versions === undefined || semver.validRange(env.versions) !== null) continue;
    const node = nodeAt(doc.contents as Node | null, ['environments', name, 'versions'], {
      keyword: 'type',
    } as SchemaError);
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    throw new ConfigError(
      `${file}:${pos.line}:${pos.col}: environments.${name}.versions is not a semver range: ${JSON.stringify(env.versions)}`,
      'Write a range the semver package understands, for example ">=1.0.0" or "^2.0.0 || >=3.0.0-0".',
    );
  }
  return raw;
}

/**
 * ajv reports every branch of a `oneOf`; the useful error is the deepest one that is not just
 * "must be false" from the rule-off branch.
 */
function pickError(errors: SchemaError[]): SchemaError {
  const useful = errors.filter(
    (e) => e.keyword !== 'oneOf' && !(e.keyword === 'const' && e.params.allowedValue === false),
  );
  const pool = useful.length > 0 ? useful : errors;
  return pool.reduce((best, e) => (depth(e) > depth(best) ? e : best), pool[0]!);
}

function depth(e: SchemaError): number {
  return e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0);
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function nodeAt(root: Node | null, path: string[], error: SchemaError): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (!node) return null;
    node = childOf(node, key);
  }
  if (error.keyword === 'additionalProperties' && node && isMap(node)) {
    // Point at the unknown key itself, not at the map that holds it.
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === error.params.additionalProperty);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node;
}

function childOf(node: Node, key: string): Node | null {
  const n = node as unknown as { items?: Array<{ key?: unknown; value?: Node | null } | Node> };
  if (!n.items) return null;
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return (pair?.value as Node | null) ?? (pair && isScalar(pair.key) ? pair.key : null);
  }
  return (n.items[Number(key)] as Node | undefined) ?? null;
}

/** Patterns of the schema, in words: what a person reads instead of a regular expression. */
const PATTERN_WORDS: Record<string, string> = {
  '^[A-Z][A-Z0-9_]{1,9}$':
    'must be a Jira project key: 2–10 capital letters, digits or _, starting with a letter (OPS, WEB_2)',
  '^\\d+\\.\\d+\\.\\d+$': 'must be a version of three numbers, without a prefix (0.1.0)',
  '^[0-9A-Za-z-]+$': 'must be a pre-release label: letters, digits and - only (alpha, rc)',
  '^https?://': 'must be a URL that starts with https:// (or http://)',
  '^[A-Za-z0-9][A-Za-z0-9_.-]*$': 'must be a name of letters, digits, _, . and -, starting with a letter or digit',
};

function describe(error: SchemaError, path: string[], data: unknown): string {
  const where = path.length > 0 ? path.join('.') : 'the top level';
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const valid = validKeys(path);
      const near = closest(key, valid);
      return `unknown key "${key}" in ${where}${near ? `; did you mean "${near}"?` : ''}${valid.length > 0 ? ` Valid keys: ${valid.join(', ')}.` : ''}`;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const near =
        typeof value === 'string'
          ? closest(
              value,
              allowed.map((a) => a.replace(/^"|"$/g, '')),
            )
          : undefined;
      return `${where} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}${near ? `; did you mean "${near}"?` : ''}`;
    }
    case 'type':
      return `${where} must be ${article(String(error.params.type))}, not ${JSON.stringify(value)}`;
    case 'pattern': {
      const pattern = String(error.params.pattern);
      return `${where} ${PATTERN_WORDS[pattern] ?? `must match ${pattern}`}, not ${JSON.stringify(value)}`;
    }
    case 'propertyNames':
      return `${where} has a key that is not a valid name`;
    case 'const':
      return `${where} must be ${JSON.stringify(error.params.allowedValue)} or a map of its settings, not ${JSON.stringify(value)}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function article(type: string): string {
  const words: Record<string, string> = {
    array: 'a list',
    object: 'a map of settings',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function valueAt(data: unknown, path: string[]): unknown {
  let v = data;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

type SchemaNode = {
  $ref?: string;
  oneOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
};

/** The keys the schema allows in the map at `path`, for "Valid keys: …". */
export function validKeys(path: string[]): string[] {
  let node: SchemaNode | undefined = objectBranch(schema as SchemaNode);
  for (const key of path) {
    if (!node) return [];
    const next: SchemaNode | undefined =
      node.properties?.[key] ??
      (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined) ??
      node.items;
    node = next ? objectBranch(next) : undefined;
  }
  return Object.keys(node?.properties ?? {}).filter((k) => k !== '$schema');
}

/** Follows `$ref`s and picks the map branch of a `oneOf` (a rule is `false` or its settings). */
function objectBranch(node: SchemaNode): SchemaNode | undefined {
  let n: SchemaNode | undefined = node;
  for (let i = 0; n && i < 10; i++) {
    if (n.$ref)
      n = (schema as unknown as { definitions: Record<string, SchemaNode> }).definitions[
        n.$ref.replace('#/definitions/', '')
      ];
    else if (n.oneOf) n = n.oneOf.find((b) => b.properties || b.$ref || b.additionalProperties);
    else return n;
  }
  return n;
}
