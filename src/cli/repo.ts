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
