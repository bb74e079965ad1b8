import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESTRUCTIVE_KINDS } from '../../src/config/types.js';
import { KIND_CHECKS } from '../../src/descriptors/kinds/index.js';

const KINDS_DIR = join(import.meta.dirname, '..', '..', 'src', 'descriptors', 'kinds');
const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'plan.md'), 'utf8');

describe('the destructive kinds registry', () => {
  it('has one module per kind, named as the kind, and nothing else', () => {
    const modules = readdirSync(KINDS_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(modules).toEqual([...DESTRUCTIVE_KINDS].sort());
    expect(Object.keys(KIND_CHECKS).sort()).toEqual([...DESTRUCTIVE_KINDS].sort());
  });

  it.each(DESTRUCTIVE_KINDS)('%s is registered under its own name, from its own file, and documented', (kind) => {
    const check = KIND_CHECKS[kind];
    expect(check.kind).toBe(kind);
    expect(check.pair ?? check.plan).toBeTypeOf('function');
    expect(readFileSync(join(KINDS_DIR, `${kind}.ts`), 'utf8')).toMatch(new RegExp(`kind: '${kind}'`));
    expect(check.summary.length).toBeGreaterThan(20);
    expect(DOC).toContain(`| \`${kind}\` |`);
  });
});
