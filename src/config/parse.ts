import semver from 'semver';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
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
    throw new ConfigError(`${file}:${pos.line}:${pos.col}: ${describe(error, path)}`);
  }
  const raw = data as RawConfig;
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

function describe(error: SchemaError, path: string[]): string {
  const where = path.length > 0 ? path.join('.') : 'the top level';
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(error.params.additionalProperty)}" in ${where}`;
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where} must be ${String(error.params.type)}`;
    case 'pattern':
      return `${where} must match ${String(error.params.pattern)}`;
    case 'const':
      return `${where} must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}
