import { UsageError } from '../errors.js';
import { Git } from '../git/git.js';

/**
 * The repository the CLI runs in; a clear error outside one. `probe`, a full sha, is checked for
 * in the same git process (see Git.openWith).
 */
export function openRepository(cwd: string, probe?: string): Git {
  const git = new Git(cwd);
  if (!(probe ? git.openWith(probe) : git.isRepository())) {
    throw new UsageError(
      `${cwd} is not inside a git repository`,
      'Run gitops-action from inside the repository you deploy from.',
    );
  }
  return git;
}

/**
 * A revision as a commit, with a plain message where there is none yet: a repository before its
 * first commit, or a branch created with `git checkout --orphan` / `git switch --orphan`, has a
 * HEAD that names no commit, and git's own "unknown revision" says nothing useful.
 */
export function resolveCommit(git: Git, rev: string): string {
  const sha = git.tryRevParse(rev);
  if (sha) return sha;
  if (rev === 'HEAD' || rev === '@') {
    const branch = git.currentBranch();
    if (git.refs(['refs/heads', 'refs/remotes', 'refs/tags']).length === 0) {
      throw new UsageError(
        'this repository has no commits yet, so there is nothing to check',
        'Make the first commit (git commit), then run the command again.',
      );
    }
    throw new UsageError(
      `branch ${JSON.stringify(branch ?? 'HEAD')} has no commits yet, so there is nothing to check`,
      'Commit on it first, or name a revision (--to main).',
    );
  }
  return git.revParse(rev);
}
