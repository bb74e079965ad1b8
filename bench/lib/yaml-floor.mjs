// The plan's floor, as its own process: read every .yaml/.yml under deploy/ and k8s/ at both
// revisions from git (one ls-tree and one cat-file --batch per side), then parse each file with
// the `yaml` package's parseAllDocuments. Prints {readMs, parseMs, files, documents, bytes}:
// parseMs is the parse alone, with the files already in memory.
// Usage: node yaml-floor.mjs FROM TO   (in the repository)
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { readTexts } from './read-floor.mjs';

const t0 = performance.now();
const texts = [];
for (const rev of process.argv.slice(2)) {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', '-z', rev, '--', 'deploy', 'k8s'], {
    maxBuffer: 1 << 30,
  })
    .toString()
    .split('\0')
    .filter((f) => /\.ya?ml$/.test(f));
  for (const text of readTexts(files.map((f) => `${rev}:${f}`))) texts.push(text);
}
const t1 = performance.now();
let documents = 0;
let bytes = 0;
for (const text of texts) {
  bytes += text.length;
  documents += parseAllDocuments(text).length;
}
const t2 = performance.now();
console.log(JSON.stringify({ readMs: t1 - t0, parseMs: t2 - t1, files: texts.length, documents, bytes }));
