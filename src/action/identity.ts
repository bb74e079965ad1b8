import type { EnvironmentConfig, ResolvedConfig } from '../config/types.js';
import type { Commit } from '../git/commit.js';
import type { GitHubCommitIdentity } from '../policy/facts.js';
import type { GitHubApi } from './github-api.js';

/** Requests in flight at once when reading commits. */
const CONCURRENCY = 4;

/**
 * Does the policy need GitHub's view of the commits? Only a `github:` entry (in the allowlist or
 * among the admins) or `require-signed` does; otherwise the run makes no API call at all.
 */
export function needsGitHubIdentity(config: ResolvedConfig, environment: EnvironmentConfig | undefined): boolean {
  const rules = environment?.rules ?? config.rules;
  const isGitHub = (entry: string) => entry.startsWith('github:');
  if (rules.committers && (rules.committers['require-signed'] || rules.committers.allow.some(isGitHub))) return true;
  return rules['policy-change'] !== false && config.admins.some(isGitHub);
}

interface CommitResponse {
  author: { login?: string } | null;
  committer: { login?: string } | null;
  commit: { verification?: { verified?: boolean } };
}

/**
 * GitHub's logins and signature verification for each commit: one `GET .../commits/{sha}` per
 * commit at most, cached for the run, a few at a time.
 */
export class CommitIdentities {
  private readonly api: GitHubApi;
  private readonly cache = new Map<string, Promise<GitHubCommitIdentity>>();

  constructor(api: GitHubApi) {
    this.api = api;
  }

  get(sha: string): Promise<GitHubCommitIdentity> {
    let pending = this.cache.get(sha);
    if (!pending) {
      pending = this.api
        .request<CommitResponse>('GET /repos/{owner}/{repo}/commits/{ref}', { ref: sha }, `commit ${sha.slice(0, 12)}`)
        .then(({ data }) => {
          const identity: GitHubCommitIdentity = { verified: data.commit.verification?.verified === true };
          if (data.author?.login) identity.authorLogin = data.author.login;
          if (data.committer?.login) identity.committerLogin = data.committer.login;
          return identity;
        });
      this.cache.set(sha, pending);
    }
    return pending;
  }

  async all(commits: Commit[]): Promise<Map<string, GitHubCommitIdentity>> {
    const shas = [...new Set(commits.map((c) => c.sha))];
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
