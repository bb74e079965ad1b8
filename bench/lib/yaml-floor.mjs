// The plan's floor, as its own process: read every .yaml/.yml under deploy/ and k8s/ at both
// revisions from git (one ls-tree and one cat-file --batch per side), then parse each file with
// the `yaml` package's parseAllDocuments. Prints {readMs, parseMs, files, documents, bytes}:
// parseMs is the parse alone, with the files already in memory.
// Usage: node yaml-floor.mjs FROM TO   (in the repository)
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

const t0 = performance.now();
const texts = [];
for (const rev of process.argv.slice(2)) {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', '-z', rev, '--', 'deploy', 'k8s'], {
    maxBuffer: 1 << 30,
  })
    .toString()
    .split('\0')
    .filter((f) => /\.ya?ml$/.test(f));
  const out = execFileSync('git', ['cat-file', '--batch'], {
    input: files.map((f) => `${rev}:${f}\n`).join(''),
    maxBuffer: 1 << 30,
  });
  let i = 0;
  while (i < out.length) {
    const nl = out.indexOf(10, i);
    const size = Number(out.subarray(i, nl).toString().split(' ')[2]);
    texts.push(out.subarray(nl + 1, nl + 1 + size).toString('utf8'));
    i = nl + 1 + size + 1;
  }
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
