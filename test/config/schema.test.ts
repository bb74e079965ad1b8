import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'gitops.schema.json'), 'utf8'));

type Node = Record<string, unknown>;

/** Every named property of the schema, with its path, through definitions, oneOf branches and items. */
function properties(node: unknown, path: string, out: Array<[string, Node]> = []): Array<[string, Node]> {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  for (const [key, child] of Object.entries((n.properties as Record<string, Node>) ?? {})) {
    out.push([`${path}.${key}`, child]);
    properties(child, `${path}.${key}`, out);
  }
  for (const branch of (n.oneOf as Node[]) ?? []) properties(branch, path, out);
  if (n.items) properties(n.items, `${path}[]`, out);
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    properties(n.additionalProperties, `${path}.*`, out);
  return out;
}

describe('schema/gitops.schema.json teaches', () => {
  const all = [
    ...properties(schema, ''),
    ...Object.entries(schema.definitions as Record<string, Node>).flatMap(([name, def]) => properties(def, `#${name}`)),
  ];

  it('has a description on every property', () => {
    expect(all.length).toBeGreaterThan(50);
    const missing = all.filter(
      ([, node]) => typeof node.description !== 'string' || (node.description as string).length < 10,
    );
    expect(missing.map(([path]) => path)).toEqual([]);
  });

  it('gives a default for every rule setting that has one, and enums where the values are few', () => {
    const withDefault = all.filter(([, node]) => 'default' in node).map(([p]) => p);
    for (const key of [
      '.versioning.tag-prefix',
      '#rules.jira.scope',
      '#rules.destructive.allowed-ports',
      '#rules.branches.merge-only',
    ]) {
      expect(withDefault).toContain(key);
    }
    const scope = all.find(([p]) => p === '#rules.jira.scope')![1];
    expect(scope.enum).toEqual(['each', 'head', 'any', 'pr-title']);
  });

  it('every example and default it gives is itself a valid policy value', () => {
    const example = (schema.properties.environments.examples as unknown[])[0];
    expect(() => parseConfig(JSON.stringify({ environments: example }), 'x')).not.toThrow();
    const jira = all.find(([p]) => p === '#rules.jira')![1];
    expect(() => parseConfig(JSON.stringify({ rules: { jira: (jira.examples as unknown[])[0] } }), 'x')).not.toThrow();
  });

  it('has a real URL for the published version as its $id', () => {
    expect(schema.$id).toBe('https://raw.githubusercontent.com/OWNER/gitops-action/v1/schema/gitops.schema.json');
  });
});
