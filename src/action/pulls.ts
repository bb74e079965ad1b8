import type { Commit } from '../git/commit.js';
import { type GitHubApi, GitHubApiError } from './github-api.js';

/** The most commits asked about their pull requests in one run; the rest stay unchecked, and say so. */
export const MAX_PULL_LOOKUPS = 50;

interface PullJson {
  number: number;
  merged_at: string | null;
  base: { ref: string };
}

export interface PullRequestCommits {
  /** Commits that a merged pull request into `branch` brought (merge, squash or rebase merge). */
  merged: Set<string>;
  /** Commits not asked about: past the bound, or the API would not answer. */
  unchecked: Set<string>;
  /** Why some are unchecked, for the finding. */
  reason?: string;
}

/**
 * For `merge-only`: which of `commits` (the non-merge commits on the branch's first-parent line)
 * reached `branch` through a merged pull request. GitHub associates a squash or rebase merge's
 * commits with the pull request that made them (`GET /repos/{o}/{r}/commits/{sha}/pulls`), so
 * they are not direct commits; a merge commit needs no look-up at all.
 */
export async function pullRequestCommits(
  api: GitHubApi,
  branch: string,
  commits: Commit[],
  limit = MAX_PULL_LOOKUPS,
): Promise<PullRequestCommits> {
  const merged = new Set<string>();
  const unchecked = new Set<string>();
  let reason: string | undefined;
  for (const [i, c] of commits.entries()) {
    if (i >= limit) {
      unchecked.add(c.sha);
      reason = `the Action asks GitHub about the pull requests of at most ${limit} commits a run`;
      continue;
    }
    if (reason?.startsWith('GitHub answered')) {
      unchecked.add(c.sha);
      continue;
    }
    try {
      const { data } = await api.request<PullJson[]>(
        'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        { commit_sha: c.sha, per_page: 100 },
        `the pull requests of commit ${c.sha.slice(0, 12)}`,
      );
      if (data.some((p) => p.merged_at && p.base.ref === branch)) merged.add(c.sha);
    } catch (err) {
      if (!(err instanceof GitHubApiError) || (err.status !== 403 && err.status !== 404)) throw err;
      unchecked.add(c.sha);
      reason = `GitHub answered ${err.status} when asked for the pull requests of a commit: give the job \`permissions: pull-requests: read\``;
    }
  }
  return { merged, unchecked, reason };
}
