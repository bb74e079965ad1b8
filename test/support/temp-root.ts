import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: the whole run gets one temporary folder of its own, and every test
 * process and every child it spawns (git, the built CLI, the Action) inherits it as TMPDIR, so
 * nothing a test makes can outlive the run, even a folder a test forgot to register. Other runs
 * on the same machine keep their own folders: only this run's is removed.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'gitops-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
