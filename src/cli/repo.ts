import { UsageError } from '../errors.js';
import { Git } from '../git/git.js';

/** The repository the CLI runs in; a clear error outside one. */
export function openRepository(cwd: string): Git {
  const git = new Git(cwd);
  if (!git.isRepository()) {
    throw new UsageError(
      `${cwd} is not inside a git repository`,
      'Run gitops-action from inside the repository you deploy from.',
    );
  }
  return git;
}
