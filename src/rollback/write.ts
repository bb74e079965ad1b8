import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import type { PreparedRollback, TreeEntry } from './prepare.js';

/**
 * Writes the rollback's tree with git's plumbing, in a private index, so the user's index and
 * work tree are never half-changed: the base's tree, with the target's descriptor blobs put back
 * and the descriptors the target lacks removed. The tree exists before any commit does, so the
 * rollback's plan reads exactly what the commit will hold (rendered, where the policy says so).
 */
export function writeRollbackTree(git: Git, base: string, put: TreeEntry[], remove: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-rollback-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  try {
    git.execGit(['read-tree', base], { env });
    const zero = git.zeroSha();
    const lines = [...put.map((e) => `${e.mode} ${e.id}\t${e.path}`), ...remove.map((path) => `0 ${zero}\t${path}`)];
    git.execGit(['update-index', '-z', '--index-info'], { env, input: `${lines.join('\0')}\0` });
    return git.execGit(['write-tree'], { env }).stdout.toString('utf8').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Commits the prepared tree on the base. Then either the current branch moves to it
 * (`merge --ff-only`, which updates the work tree and refuses to overwrite local changes) or a
 * new branch points at it.
 */
export function writeRollbackCommit(git: Git, r: PreparedRollback): string {
  return git
    .execGit(['commit-tree', r.tree, '-p', r.base, '-F', '-'], { input: r.message })
    .stdout.toString('utf8')
    .trim();
}

/** Moves the checked-out branch (or detached HEAD) onto the rollback commit. */
export function advanceHead(git: Git, commit: string): void {
  const r = git.execGit(['merge', '--ff-only', '--quiet', commit], { allowFail: true });
  if (r.status !== 0) {
    throw new UsageError(
      `git could not move HEAD to the rollback commit ${commit.slice(0, 7)}: ${r.stderr.split('\n')[0]}`,
      'Commit or stash local changes to the descriptors, or use --branch NAME to write the rollback on a new branch.',
    );
  }
}

export function createBranch(git: Git, name: string, commit: string): void {
  const valid = git.execGit(['check-ref-format', '--branch', name], { allowFail: true });
  if (valid.status !== 0) {
    throw new UsageError(
      `--branch ${JSON.stringify(name)} is not a valid branch name`,
      'For example: --branch rollback/production.',
    );
  }
  if (git.tryRevParse(`refs/heads/${name}`)) {
    throw new UsageError(
      `a branch named ${name} already exists`,
      'Choose another name, or delete the old branch first.',
    );
  }
  git.execGit(['branch', '--end-of-options', name, commit]);
}
