import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/policy/rules/index.js';

const rulesDir = new URL('../../src/policy/rules/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../../schema/gitops.schema.json', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('rule registry', () => {
  it('exports exactly the rule files in src/policy/rules', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.name).sort()).toEqual(files);
  });

  it('knows every rule the schema accepts, and the schema knows every rule', () => {
    expect(Object.keys(schema.definitions.rules.properties).sort()).toEqual(RULES.map((r) => r.name).sort());
  });

  it.each(RULES.map((r) => [r.name, r]))('%s is documented in the README and has a summary', (name, rule) => {
    expect(rule.summary.length).toBeGreaterThan(20);
    expect(readme).toContain(`#### \`${name}\``);
  });
});
