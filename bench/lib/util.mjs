import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(BENCH_DIR, '..');
export const WORK = join(BENCH_DIR, '.work');
/**
 * The bundles are measured from a snapshot of dist/ taken at the start of a run (see
 * snapshotDist), so a rebuild running alongside cannot swap them out mid-measurement.
 */
export const DIST = join(ROOT, 'dist');
export const DIST_SNAPSHOT = join(WORK, 'dist');
export const CLI = join(DIST_SNAPSHOT, 'cli', 'index.js');
export const ACTION = join(DIST_SNAPSHOT, 'index.js');
export const COMMITLINT = join(ROOT, 'node_modules', '@commitlint', 'cli', 'cli.js');
export const COMMITLINT_CONFIG = join(BENCH_DIR, 'commitlint.config.mjs');
export const CRB = join(ROOT, 'node_modules', 'conventional-recommended-bump', 'dist', 'cli', 'index.js');

/**
 * The environment every measured process runs with: the user's git config, signing and colours
 * kept out, so the figures do not depend on whoever runs the suite.
 */
/**
 * The environment every timed process gets. NODE_EXTRA_CA_CERTS is dropped for all of them, tool,
 * floors and peers alike: this sandbox sets it globally, and node then parses every CA
 * certificate at start (~70 ms, recorded as `node -e 0` with it in the pre-push case), which
 * says nothing about any tool here. The shipped hooks drop it themselves (src/jira/ca.ts); the
 * pre-push case also times the shipped hook with it set.
 */
export function benchEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GIT_|GITHUB_|INPUT_|RUNNER_|ACTIONS_|HUSKY)|^NODE_EXTRA_CA_CERTS$/.test(k)) env[k] = v;
  }
  return {
    ...env,
    HOME: join(WORK, 'home'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    NO_COLOR: '1',
    ...extra,
  };
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs a command with an argument array (never a shell); throws when it fails, unless `allowFail`. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, {
    cwd: options.cwd,
    env: options.env ?? benchEnv(),
    input: options.input,
    maxBuffer: 1 << 30,
    encoding: options.encoding ?? 'utf8',
  });
  if (r.error) throw r.error;
  if (r.status !== 0 && !options.allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  }
  return r;
}

export function git(cwd, args, options = {}) {
  return run('git', args, { ...options, cwd });
}

/** A small deterministic PRNG (mulberry32), so generated repositories are reproducible from a seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = (random, list) => list[Math.floor(random() * list.length)];

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function stats(samples) {
  return {
    runs: samples.length,
    median: round(median(samples)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    samples: samples.map(round),
  };
}

export const round = (x) => Math.round(x * 10) / 10;

export function machine() {
  const c = cpus();
  return {
    cores: c.length,
    cpu: c[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30),
    freeMemoryGiB: round(freemem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    git: run('git', ['--version'])
      .stdout.trim()
      .replace(/^git version /, ''),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    nodeExtraCaCertsSet: Boolean(process.env.NODE_EXTRA_CA_CERTS),
  };
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The newest modification time of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    newest = Math.max(newest, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

/**
 * Copies dist/ to bench/.work/dist once nothing in it has changed for 3 s (a build alongside
 * writes it in bursts); waits up to `maxWaitMs`. Returns what was measured: the commit, whether
 * dist/ differs from it, and a hash of each bundle.
 */
export function snapshotDist({ maxWaitMs = 120_000 } = {}) {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const ready = existsSync(join(DIST, 'cli', 'index.js'));
    if (ready && Date.now() - newestMtime(DIST) > 3000) break;
    if (Date.now() > deadline) break;
    sleep(1000);
  }
  rmSync(DIST_SNAPSHOT, { recursive: true, force: true });
  cpSync(DIST, DIST_SNAPSHOT, { recursive: true });
  const hash = (f) =>
    existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 12) : 'missing';
  const commit = git(ROOT, ['rev-parse', '--short', 'HEAD']).stdout.trim();
  const dirty = git(ROOT, ['status', '--porcelain', '--', 'dist']).stdout.trim() !== '';
  return { commit, distDiffersFromCommit: dirty, cli: hash(CLI), action: hash(ACTION) };
}
