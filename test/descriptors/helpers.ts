import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DestructiveConfig } from '../../src/config/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'k8s');

/** Every file under a fixture folder, keyed `k8s/<relative path>` as the caller's globs would give. */
export function fixture(dir: string, prefix = 'k8s/'): Map<string, string> {
  const root = join(FIXTURES, dir);
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(`${prefix}${relative(root, full)}`, readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return out;
}

export function config(overrides: Partial<DestructiveConfig> = {}): DestructiveConfig {
  return {
    descriptors: ['deploy/**/*.y?(a)ml', 'k8s/**/*.y?(a)ml'],
    render: null,
    'render-timeout': 300,
    'allowed-ports': [80, 443],
    capacity: null,
    'max-per-service': null,
    severity: {},
    ...overrides,
  };
}

export function files(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}
