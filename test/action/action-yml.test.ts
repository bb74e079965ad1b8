import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSettings } from '../../src/action/inputs.js';
import { actionOutputs } from '../../src/action/report.js';
import type { CheckResult } from '../../src/policy/check.js';
import { ROOT } from './harness.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('runs dist/index.js on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs the Action reads, each described', () => {
    const read: string[] = [];
    readSettings(
      (name) => {
        read.push(name);
        return '';
      },
      () => {},
    );
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    expect(action.inputs['fail-on']?.default).toBe('error');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template.
    expect(action.inputs.token?.default).toBe('${{ github.token }}');
  });

  it('declares exactly the outputs the Action sets, each described', () => {
    const result = {
      decision: 'skip',
      environment: null,
      ref: 'refs/heads/x',
      refName: 'x',
      range: { kind: 'delete', revArgs: [] },
      commits: [],
      findings: [],
      configSource: 'embedded default',
      notes: [],
    } as unknown as CheckResult;
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(actionOutputs(result)).sort());
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(5);
  });

  it('the README usage tables match action.yml (scripts/action-docs.mjs --check)', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/action-docs.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('README.md matches action.yml.');
  });

  it('--check fails when they disagree', () => {
    // Run the script on a copy of the project's two files, with one description changed.
    const dir = mkdtempSync(join(tmpdir(), 'gitops-docs-'));
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'node_modules'));
    copyFileSync(join(ROOT, 'scripts/action-docs.mjs'), join(dir, 'scripts/action-docs.mjs'));
    copyFileSync(join(ROOT, 'README.md'), join(dir, 'README.md'));
    symlinkSync(join(ROOT, 'node_modules/yaml'), join(dir, 'node_modules/yaml'));
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(
      'deploy, skip or block.',
      'deploy, skip, block.',
    );
    writeFileSync(join(dir, 'action.yml'), yml);
    const r = spawnSync(process.execPath, [join(dir, 'scripts/action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('README.md does not match action.yml');
  });
});
