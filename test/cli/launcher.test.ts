import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

/**
 * dist/cli/index.js runs the bundle with V8's code cache in .cache/ beside it. Each test runs a
 * private copy of dist/cli, so that no other test's runs touch its cache.
 */

beforeAll(() => ensureBuilt(), 300_000);

function copyOfCli(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gitops-cli-')), 'cli');
  cpSync(join(ROOT, 'dist', 'cli'), dir, {
    recursive: true,
    filter: (src) => !src.includes(`${join('cli', '.cache')}`),
  });
  return dir;
}

function run(cli: string, args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(cli, 'index.js'), ...args], { cwd, env: TEST_ENV, encoding: 'utf8' });
}

function repoWithTag() {
  const repo = TestRepo.create();
  repo.commit('OPS-1: one');
  repo.git('tag', 'v1.0.0');
  repo.commit('OPS-2: two');
  return repo;
}

const cacheOf = (cli: string, file: string) => join(cli, '.cache', `${file}.v8`);

describe('the CLI launcher and its V8 code cache', () => {
  it('writes a cache for the bundle and each chunk a command loads, then uses it without rewriting', () => {
    const cli = copyOfCli();
    const repo = repoWithTag();
    const first = run(cli, ['version'], repo.dir);
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toBe('1.0.1');
    const bundle = cacheOf(cli, 'bundle.js');
    expect(existsSync(bundle)).toBe(true);
    expect(readdirSync(join(cli, '.cache')).filter((f) => f.endsWith('.index.js.v8')).length).toBeGreaterThan(1);
    const header = readFileSync(bundle).toString('utf8').split('\n')[0];
    const hash = createHash('sha256')
      .update(readFileSync(join(cli, 'bundle.js')))
      .digest('hex')
      .slice(0, 16);
    expect(header).toBe(`${process.version}|${process.arch}|${hash}`);
    const before = statSync(bundle).mtimeMs;
    const second = run(cli, ['version'], repo.dir);
    expect(second.stdout.trim()).toBe('1.0.1');
    // V8 accepted the cache: a rejected or missing one is written again after the run.
    expect(statSync(bundle).mtimeMs).toBe(before);
  });

  it('a corrupt cache is rejected by V8 and written again; the command is unaffected', () => {
    const cli = copyOfCli();
    const repo = repoWithTag();
    run(cli, ['version'], repo.dir);
    const bundle = cacheOf(cli, 'bundle.js');
    const key = readFileSync(bundle).toString('utf8').split('\n')[0];
    writeFileSync(bundle, `${key}\nnot a code cache at all`);
    const r = run(cli, ['version'], repo.dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('1.0.1');
    expect(readFileSync(bundle).length).toBeGreaterThan(key.length + 100);
  });

  it('a launcher without a content hash for a file compiles it without any cache', () => {
    const cli = copyOfCli();
    const launcher = join(cli, 'index.js');
    writeFileSync(
      launcher,
      readFileSync(launcher, 'utf8').replace(/const BUILD_HASHES = \{.*\};/, 'const BUILD_HASHES = {};'),
    );
    const repo = repoWithTag();
    const r = run(cli, ['version'], repo.dir);
    expect(r.stdout.trim()).toBe('1.0.1');
    expect(existsSync(join(cli, '.cache'))).toBe(false);
  });

  it('a cache made for another file or another node is not used: the key differs', () => {
    const cli = copyOfCli();
    const repo = repoWithTag();
    run(cli, ['version'], repo.dir);
    const bundle = cacheOf(cli, 'bundle.js');
    const rest = readFileSync(bundle).subarray(readFileSync(bundle).indexOf(10) + 1);
    writeFileSync(bundle, Buffer.concat([Buffer.from('v0.0.0|x|1|1\n'), rest]));
    const r = run(cli, ['version'], repo.dir);
    expect(r.stdout.trim()).toBe('1.0.1');
    expect(readFileSync(bundle).toString('utf8').startsWith(`${process.version}|`)).toBe(true);
  });

  it('a cache folder that cannot be made means no cache, not an error', () => {
    const cli = copyOfCli();
    rmSync(join(cli, '.cache'), { recursive: true, force: true });
    // A file where the folder should be: mkdir fails even for root.
    writeFileSync(join(cli, '.cache'), '');
    const repo = repoWithTag();
    const r = run(cli, ['version'], repo.dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1.0.1');
    expect(statSync(join(cli, '.cache')).isFile()).toBe(true);
  });
});
