// The floor under a cold plan of a release, as its own process: what reading the release costs
// with no plan at all, and with YAML as fast to build as JSON. It lists both revisions
// (`ls-tree -r -t`, as the plan lists `from`), reads every distinct .yaml/.yml blob under deploy/
// and k8s/ with one `cat-file --batch`, decodes each, then builds the same documents from JSON
// with `JSON.parse` (the JSON is written beforehand by `prepareReadFloor`, from js-yaml's reading).
// A cold plan must do at least this much, and must parse YAML rather than JSON, and plan.
// Prints {readMs, buildMs, blobs, bytes, documents}.
// Usage: node read-floor.mjs FROM TO VALUES.json   (in the repository)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The distinct YAML blobs of both revisions, by id, with one ls-tree a revision. */
export function yamlBlobs(from, to, cwd = process.cwd()) {
  const ids = new Set();
  for (const rev of [from, to]) {
    const listing = execFileSync('git', ['ls-tree', '-r', '-t', '-z', '--full-tree', rev], { cwd, maxBuffer: 1 << 30 })
      .toString('utf8')
      .split('\0');
    for (const entry of listing) {
      const tab = entry.indexOf('\t');
      const path = entry.slice(tab + 1);
      const [, type, id] = entry.slice(0, tab).split(' ');
      if (type === 'blob' && /^(deploy|k8s)\//.test(path) && /\.ya?ml$/.test(path)) ids.add(id);
    }
  }
  return [...ids];
}

/** The texts of these objects (blob ids, or `rev:path`), with one cat-file --batch. */
export function readTexts(specs, cwd = process.cwd()) {
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd, input: `${specs.join('\n')}\n`, maxBuffer: 1 << 30 });
  const texts = [];
  let i = 0;
  while (i < out.length) {
    const nl = out.indexOf(10, i);
    const size = Number(out.subarray(i, nl).toString().split(' ')[2]);
    texts.push(out.toString('utf8', nl + 1, nl + 1 + size));
    i = nl + 1 + size + 1;
  }
  return texts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [from, to, valuesFile] = process.argv.slice(2);
  const t0 = performance.now();
  const texts = readTexts(yamlBlobs(from, to));
  const t1 = performance.now();
  const values = JSON.parse(readFileSync(valuesFile, 'utf8'));
  const t2 = performance.now();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const documents = values.reduce((n, docs) => n + docs.length, 0);
  console.log(JSON.stringify({ readMs: t1 - t0, buildMs: t2 - t1, blobs: texts.length, bytes, documents }));
}
