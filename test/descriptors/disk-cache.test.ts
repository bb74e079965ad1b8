import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCached, writeCached } from '../../src/descriptors/disk-cache.js';
import { lineOf, parseFile } from '../../src/descriptors/load.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text =
  '# two objects\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec: {replicas: 2}\n';
const blob = 'a'.repeat(40);
const entryFile = () => {
  const sub = readdirSync(dir).find((d) => d.length === 2)!;
  return join(dir, sub, readdirSync(join(dir, sub))[0]!);
};
const rewrite = (edit: (header: Record<string, unknown>, body: string) => [Record<string, unknown>, string]) => {
  const f = entryFile();
  const raw = readFileSync(f, 'utf8');
  const nl = raw.indexOf('\n');
  const [h, b] = edit(JSON.parse(raw.slice(0, nl)), raw.slice(nl + 1));
  writeFileSync(f, `${JSON.stringify(h)}\n${b}`);
};
const sum = (b: string) => createHash('sha256').update(b).digest('hex');

describe('the on-disk parse cache', () => {
  it('gives back what was parsed, with documents and lines intact', () => {
    const parsed = parseFile('k8s/x.yaml', text);
    writeCached(dir, [{ path: 'k8s/x.yaml', blob, file: parsed, text }]);
    const back = readCached(dir, 'k8s/x.yaml', blob, text)!;
    expect(back.objects.map((o) => [o.id, o.body, lineOf(o, ['spec'])])).toEqual(
      parsed.objects.map((o) => [o.id, o.body, lineOf(o, ['spec'])]),
    );
    expect(readCached(dir, 'k8s/other.yaml', blob, text)).toBeUndefined();
  });

  it.each<[string, (h: Record<string, unknown>, b: string) => [Record<string, unknown>, string]]>([
    ['a payload edited without its checksum', (h, b) => [h, b.replace('"name":"a"', '"name":"z"')]],
    [
      'a payload edited with a matching checksum but another file',
      (h, b) => {
        const nb = b.replaceAll('"file":"k8s/x.yaml"', '"file":"k8s/y.yaml"');
        return [{ ...h, sum: sum(nb) }, nb];
      },
    ],
    [
      'a document that points outside the text',
      (h, b) => {
        const nb = b.replace(/"end":\d+/, '"end":100000');
        return [{ ...h, sum: sum(nb) }, nb];
      },
    ],
    ['another format version', (h, b) => [{ ...h, v: 99 }, b]],
    ['another blob', (h, b) => [{ ...h, blob: 'b'.repeat(40) }, b]],
    ['not JSON', (h) => [h, '{']],
  ])('refuses %s', (_, edit) => {
    writeCached(dir, [{ path: 'k8s/x.yaml', blob, file: parseFile('k8s/x.yaml', text), text }]);
    expect(readCached(dir, 'k8s/x.yaml', blob, text)).toBeDefined();
    rewrite(edit);
    expect(readCached(dir, 'k8s/x.yaml', blob, text)).toBeUndefined();
  });

  it('refuses an entry for a text of another length', () => {
    writeCached(dir, [{ path: 'k8s/x.yaml', blob, file: parseFile('k8s/x.yaml', text), text }]);
    expect(readCached(dir, 'k8s/x.yaml', blob, `${text}\n`)).toBeUndefined();
  });
});
