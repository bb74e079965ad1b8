// Generates the README's usage tables from action.yml, between the markers
// <!-- action-docs:start --> and <!-- action-docs:end -->, so the two never drift apart.
// `node scripts/action-docs.mjs` rewrites that part of README.md (and nothing else);
// `--check` exits 1 when README.md and action.yml disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

export function renderActionDocs(action) {
  const lines = ['', '### Inputs', '', '| input | description | default |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const value = input.default === undefined ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${cell(input.description)} | ${value} |`);
  }
  lines.push('', '### Outputs', '', '| output | description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

const check = process.argv.includes('--check');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const tables = renderActionDocs(action);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);

if (start === -1 || end === -1 || end < start) {
  if (check) {
    console.error(`README.md has no ${START} ... ${END} block for the action's usage tables.`);
    process.exit(1);
  }
  console.log(`README.md has no ${START} ... ${END} block yet; it would hold:\n${tables}`);
  process.exit(0);
}

const updated = `${readme.slice(0, start + START.length)}\n${tables}\n${readme.slice(end)}`;
if (check) {
  if (updated !== readme) {
    console.error('README.md does not match action.yml: run `node scripts/action-docs.mjs` and commit the result.');
    process.exit(1);
  }
  console.log('README.md matches action.yml.');
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md: usage tables updated from action.yml.');
} else {
  console.log('README.md is already up to date.');
}
