import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import type { Payload } from './event.js';
import type { GitHubApi } from './github-api.js';

/**
 * The repository's default branch, by the name GitHub gives it: the payload's
 * `repository.default_branch` (every event GitHub sends carries it), else `GET /repos/{o}/{r}`.
 * Never a guess (`main`, then `master`): in a repository whose default is `master`, anyone can
 * push a branch named `main`.
 */
export async function defaultBranchName(payload: Payload, github: () => Promise<GitHubApi>): Promise<string> {
  const fromPayload = payload.repository?.default_branch;
  if (typeof fromPayload === 'string' && fromPayload) return fromPayload;
  const api = await github();
  const { data } = await api.request<{ default_branch?: string }>('GET /repos/{owner}/{repo}', {}, 'the repository');
  if (!data.default_branch) {
    throw new UsageError(
      'GitHub named no default branch for this repository, so there is no trusted policy to read',
      'Push a default branch first (Settings → General → Default branch).',
    );
  }
  return data.default_branch;
}

/**
 * Makes sure `refs/remotes/origin/<name>` is in the checkout: the policy is read from it. A
 * checkout of one branch (`fetch-depth: 1`, or a `refs:` list) may lack it: fetch it by name.
 */
export function ensureRemoteDefaultBranch(git: Git, name: string): string {
  const ref = `refs/remotes/origin/${name}`;
  if (git.execGit(['check-ref-format', '--branch', name], { allowFail: true }).status !== 0) {
    throw new UsageError(
      `the default branch name ${JSON.stringify(name)} is not a branch name`,
      'Check the event payload.',
    );
  }
  if (git.tryRevParse(ref)) return ref;
  git.execGit(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${name}:${ref}`], { allowFail: true });
  if (!git.tryRevParse(ref)) {
    throw new UsageError(
      `the default branch ${name} is not in the checkout and could not be fetched from origin, so there is no trusted policy to read`,
      'Check out with actions/checkout (fetch-depth: 0) and give the job permissions: contents: read.',
    );
  }
  return ref;
}
