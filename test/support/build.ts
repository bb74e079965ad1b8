import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');
export const ACTION = join(ROOT, 'dist', 'index.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when both bundles exist and are newer than every source file. */
function isFresh(): boolean {
  const newest = newestSource(join(ROOT, 'src'));
  return [CLI, ACTION].every((f) => existsSync(f) && statSync(f).mtimeMs >= newest);
}

/**
 * The tests run the built bundles, as users and the runner do. When one is missing or older than
 * src/, build once; a lock file keeps parallel test files from building at the same time.
 */
export async function ensureBuilt(): Promise<void> {
  // One lock per checkout: parallel worktrees build their own dist/ without waiting on each other.
  const lock = join(
    tmpdir(),
    `gitops-action-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  for (let waited = 0; !isFresh(); waited += 500) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      // Someone else is building; a lock older than five minutes is a crashed build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { force: true });
      if (waited > 240_000) throw new Error('timed out waiting for another build of dist/');
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      // ncc prints whole bundles in some errors; the last lines say what failed.
      if (r.status !== 0) throw new Error(`npm run build failed:\n${(r.stderr ?? '').slice(-2000)}`);
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
    return;
  }
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, the way a user's shell does. */
export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: options.env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same, without blocking this process: needed when the test also serves a stand-in API on
 * 127.0.0.1 from this process, which a synchronous spawn would starve.
 */
export function runCliAsync(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
