import * as core from '@actions/core';
import type { EnvironmentConfig, ResolvedConfig } from '../config/types.js';
import type { Commit } from '../git/commit.js';
import type { GitHubCommitIdentity } from '../policy/facts.js';
import { isGitHubEntry, MAX_GITHUB_LOOKUPS } from '../policy/identity.js';
import { type GitHubApi, GitHubApiError } from './github-api.js';

/** Requests in flight at once when reading commits. */
const CONCURRENCY = 4;

/**
 * Does the policy need GitHub's view of the commits? Only for a push or pull request that deploys
 * somewhere (a ref of no environment is checked by the message rules alone), and only when its
 * rules hold a `github:` or bot entry (in the allowlist, or among the admins who approve policy
 * changes and, without an allowlist, destructive changes) or `require-signed`. Otherwise the run
 * makes no API call for identities at all.
 */
export function needsGitHubIdentity(config: ResolvedConfig, environment: EnvironmentConfig | undefined): boolean {
  if (!environment) return false;
  const rules = environment.rules;
  if (rules.committers && (rules.committers['require-signed'] || rules.committers.allow.some(isGitHubEntry))) {
    return true;
  }
  const adminsDecide =
    rules['policy-change'] !== false ||
    (rules.destructive !== false && (!rules.committers || rules.committers.allow.length === 0));
  return adminsDecide && config.admins.some(isGitHubEntry);
}

interface CommitResponse {
  author: { login?: string } | null;
  committer: { login?: string; type?: string } | null;
  commit: { verification?: { verified?: boolean } };
}

/**
 * GitHub's signature verification and signer for each commit: one `GET .../commits/{sha}` per
 * commit, for at most MAX_GITHUB_LOOKUPS commits a run (the first ones given: gather.ts puts the
 * commits that change the policy or accept destructive changes first), a few at a time. A commit
 * beyond the limit is left out of the map, and the rules count it as unverified.
 *
 * The signer: when `verification.verified` is true, GitHub has checked that the signing key
 * belongs to the account that owns the committer's email, and that account is `committer.login`
 * (`web-flow` for what GitHub signs itself: the web editor and the merge button). Without a
 * verified signature the logins are only GitHub's attribution of the emails, which anyone can
 * write, so they are recorded for the report and never matched.
 */
export class CommitIdentities {
  private readonly api: GitHubApi;
  private readonly limit: number;
  private readonly cache = new Map<string, Promise<GitHubCommitIdentity>>();

  constructor(api: GitHubApi, limit: number = MAX_GITHUB_LOOKUPS) {
    this.api = api;
    this.limit = limit;
  }

  get(sha: string): Promise<GitHubCommitIdentity> {
    let pending = this.cache.get(sha);
    if (!pending) {
      pending = this.api
        .request<CommitResponse>('GET /repos/{owner}/{repo}/commits/{ref}', { ref: sha }, `commit ${sha.slice(0, 12)}`)
        .then(({ data }) => {
          const verified = data.commit.verification?.verified === true;
          const identity: GitHubCommitIdentity = { verified };
          if (data.author?.login) identity.authorLogin = data.author.login;
          if (data.committer?.login) identity.committerLogin = data.committer.login;
          if (verified && data.committer?.login) identity.verifiedSigner = data.committer.login;
          return identity;
        });
      this.cache.set(sha, pending);
    }
    return pending;
  }

  async all(commits: Commit[]): Promise<Map<string, GitHubCommitIdentity>> {
    const distinct = [...new Set(commits.map((c) => c.sha))];
    const shas = distinct.slice(0, this.limit);
    if (distinct.length > shas.length) {
      core.info(
        `Looking up ${shas.length} of ${distinct.length} commits on GitHub (at most ${this.limit} a run); the rest count as unverified.`,
      );
    }
    const out = new Map<string, GitHubCommitIdentity>();
    let next = 0;
    const worker = async () => {
      while (next < shas.length) {
        const sha = shas[next++] as string;
        out.set(sha, await this.get(sha));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, shas.length) }, worker));
    return out;
  }
}

/** The bot GitHub writes as for the job token (GITHUB_TOKEN). */
export const JOB_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * Who the token writes as: `GET /user` for a personal or app-user token. GitHub refuses that call
 * (403, "Resource not accessible by integration") for the job token, which writes as
 * github-actions[bot]. Undefined when it cannot be told (then nothing is adopted as ours).
 */
export async function tokenLogin(api: GitHubApi): Promise<string | undefined> {
  try {
    const { data } = await api.request<{ login?: string }>('GET /user', {}, 'the token’s user');
    return typeof data.login === 'string' && data.login !== '' ? data.login : undefined;
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 403) return JOB_TOKEN_LOGIN;
    return undefined;
  }
}
