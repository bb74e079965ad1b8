import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type PlanCache,
  readCachedFile,
  readCachedFolder,
  writeCachedFiles,
  writeCachedFolder,
} from '../../src/descriptors/disk-cache.js';
import { lineOf, parseFile } from '../../src/descriptors/load.js';

const root = mkdtempSync(join(tmpdir(), 'plan-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let cache: PlanCache;
let n = 0;
beforeEach(() => {
  cache = { dir: join(root, String(n++)), key: randomBytes(32) };
});

const text =
  '# two objects\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec: {replicas: 2}\n';
const other = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {x: "1"}\n';
const blob = 'a'.repeat(40);
const blob2 = 'b'.repeat(40);
const texts = new Map([
  [blob, text],
  [blob2, other],
]);
const textOf = (b: string) => texts.get(b) ?? '';

const entries = (dir: string) =>
  readdirSync(dir)
    .filter((d) => d.length === 2)
    .flatMap((d) => readdirSync(join(dir, d)).map((f) => join(dir, d, f)));
const store = (c: PlanCache = cache) =>
  writeCachedFiles(c, [{ path: 'k8s/x.yaml', blob, file: parseFile('k8s/x.yaml', text), text }]);

describe('the on-disk parse cache', () => {
  it('gives back what was parsed, with documents and lines intact, reading the text only for a line', () => {
    const parsed = parseFile('k8s/x.yaml', text);
    store();
    const reads: string[] = [];
    const back = readCachedFile(cache, 'k8s/x.yaml', blob, (b) => {
      reads.push(b);
      return textOf(b);
    })!;
    expect(back.objects.map((o) => [o.id, o.body])).toEqual(parsed.objects.map((o) => [o.id, o.body]));
    expect(reads).toEqual([]);
    expect(back.objects.map((o) => lineOf(o, ['spec']))).toEqual(parsed.objects.map((o) => lineOf(o, ['spec'])));
    expect(reads.length).toBeGreaterThan(0);
    expect(readCachedFile(cache, 'k8s/other.yaml', blob, textOf)).toBeUndefined();
    expect(readCachedFile(cache, 'k8s/x.yaml', blob2, textOf)).toBeUndefined();
  });

  it('refuses a payload edited without the key, even with a well-formed body', () => {
    store();
    const [file] = entries(cache.dir);
    const raw = readFileSync(file!, 'utf8');
    writeFileSync(file!, raw.replace('"name":"a"', '"name":"z"'));
    expect(readCachedFile(cache, 'k8s/x.yaml', blob, textOf)).toBeUndefined();
  });

  it('refuses an entry written under another key (a forger who knows the format but not the key)', () => {
    const forger: PlanCache = { dir: cache.dir, key: randomBytes(32) };
    store(forger);
    expect(readCachedFile(forger, 'k8s/x.yaml', blob, textOf)).toBeDefined();
    expect(readCachedFile(cache, 'k8s/x.yaml', blob, textOf)).toBeUndefined();
  });

  it('refuses a valid entry moved to the name of another blob', () => {
    store();
    writeCachedFiles(cache, [{ path: 'k8s/x.yaml', blob: blob2, file: parseFile('k8s/x.yaml', other), text: other }]);
    const [a, b] = entries(cache.dir);
    const [ra, rb] = [readFileSync(a!, 'utf8'), readFileSync(b!, 'utf8')];
    writeFileSync(a!, rb);
    writeFileSync(b!, ra);
    expect(readCachedFile(cache, 'k8s/x.yaml', blob, textOf)).toBeUndefined();
    expect(readCachedFile(cache, 'k8s/x.yaml', blob2, textOf)).toBeUndefined();
  });

  it('refuses an entry that is not JSON or has no MAC line', () => {
    store();
    const [file] = entries(cache.dir);
    writeFileSync(file!, '{');
    expect(readCachedFile(cache, 'k8s/x.yaml', blob, textOf)).toBeUndefined();
  });

  it('gives no line rather than a wrong one when the text read back is not the one cached', () => {
    store();
    const back = readCachedFile(cache, 'k8s/x.yaml', blob, () => `${text}# more\n`)!;
    expect(back.objects[0]!.doc.text).toBe('');
    expect(lineOf(back.objects[0]!, ['spec'])).toBe(back.objects[0]!.doc.line);
  });

  it('keeps a folder index that holds exactly the files asked for', () => {
    writeCachedFiles(cache, [
      { path: 'k8s/x.yaml', blob, file: parseFile('k8s/x.yaml', text), text },
      { path: 'k8s/y.yaml', blob: blob2, file: parseFile('k8s/y.yaml', other), text: other },
    ]);
    const files = new Map([
      ['k8s/x.yaml', blob],
      ['k8s/y.yaml', blob2],
    ]);
    const tree = 'c'.repeat(40);
    writeCachedFolder(cache, 'k8s', tree, files);
    const index = readCachedFolder(cache, 'k8s', tree, files, textOf)!;
    expect([...index.keys()]).toEqual(['k8s/x.yaml', 'k8s/y.yaml']);
    expect(index.get('k8s/y.yaml')!.objects.map((o) => o.id)).toEqual(['ConfigMap/c']);
    // Other globs (one file fewer or more), another blob, another tree, another folder: not used.
    expect(readCachedFolder(cache, 'k8s', tree, new Map([['k8s/x.yaml', blob]]), textOf)).toBeUndefined();
    expect(readCachedFolder(cache, 'k8s', tree, new Map([...files, ['k8s/z.yaml', blob]]), textOf)).toBeUndefined();
    expect(
      readCachedFolder(
        cache,
        'k8s',
        tree,
        new Map([
          ['k8s/x.yaml', blob2],
          ['k8s/y.yaml', blob2],
        ]),
        textOf,
      ),
    ).toBeUndefined();
    expect(readCachedFolder(cache, 'k8s', 'd'.repeat(40), files, textOf)).toBeUndefined();
    expect(readCachedFolder(cache, 'deploy', tree, files, textOf)).toBeUndefined();
  });

  it('writes no folder index when a file of the folder has no entry', () => {
    store();
    const files = new Map([
      ['k8s/x.yaml', blob],
      ['k8s/never-cached.yaml', blob2],
    ]);
    writeCachedFolder(cache, 'k8s', 'c'.repeat(40), files);
    expect(readCachedFolder(cache, 'k8s', 'c'.repeat(40), files, textOf)).toBeUndefined();
    expect(entries(cache.dir)).toHaveLength(1);
  });
});
