import type { Git } from './git.js';

/**
 * The repository's default branch, where the policy falls back to when the pushed-onto ref has
 * none (a new branch). In a clone, origin/HEAD says; otherwise main, then master.
 */
export function defaultBranch(git: Git): string | undefined {
  const remoteHead = git
    .execGit(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { allowFail: true })
    .stdout.toString('utf8')
    .trim();
  if (remoteHead) return remoteHead;
  for (const candidate of [
    'refs/heads/main',
    'refs/heads/master',
    'refs/remotes/origin/main',
    'refs/remotes/origin/master',
  ]) {
    if (git.tryRevParse(candidate)) return candidate;
  }
  return undefined;
}
