import type { EnvironmentConfig, ResolvedConfig, RulesConfig } from '../config/types.js';
import type { Plan } from '../descriptors/plan.js';
import type { Commit } from '../git/commit.js';
import type { PushRange } from '../git/range.js';
import type { JiraLookup } from '../jira/client.js';

/** What GitHub knows about a commit, gathered by the Action only. */
export interface GitHubCommitIdentity {
  /** The accounts GitHub attributes from the commit's emails: shown in reports, never matched (emails are forged at will). */
  authorLogin?: string;
  committerLogin?: string;
  /** GitHub's `verification.verified`. */
  verified?: boolean;
  /**
   * The login GitHub authenticated by the signature: when `verification.verified` is true, GitHub
   * has checked that the signing key belongs to the account whose verified email is the
   * committer's, and names that account as `committer.login`. For commits GitHub made itself (the
   * web editor, the merge button, the API) the signer is its own `web-flow` key and the login is
   * `web-flow` (or the app's `[bot]` login for commits an app created).
   */
  verifiedSigner?: string;
}

/**
 * Every fact the rules may use, gathered once before any rule runs. Rules never call git, the
 * network or the filesystem; they read this.
 */
export interface Facts {
  /** The full ref being pushed onto (`refs/heads/main`, `refs/tags/v1.2.0`). */
  ref: string;
  refKind: 'branch' | 'tag' | 'other';
  /** The short branch or tag name. */
  refName: string;
  range: PushRange;
  environment?: EnvironmentConfig;
  /** Commits in the range, newest first, as `git log` gives them. */
  commits: Commit[];
  /** Shas of the range's commits on the first-parent line of `to`. */
  firstParentLine: Set<string>;
  /**
   * Shas of the range's merges that git recorded and that merge something (see gather.ts): the
   * only merges exempt from the Jira rule and `merge-only`.
   */
  trueMerges: Set<string>;
  /** Shas of the range's commits that change the policy file. */
  policyCommits: Set<string>;
  /**
   * For `promote-from`: the lower environment, its exactly named branches as the remote holds
   * them, how many successful deploys of it are recorded, and the range's commits that were in
   * none of those deploys and are on none of those branches.
   */
  promotion?: { from: string; branches: string[]; recordedDeploys: number; missing: Set<string> };
  /**
   * For a tag that deploys to an environment: its exactly named branches as the remote holds
   * them, and whether the tagged commit is on one. Unset when the environment opts out
   * (`tags-from-any-branch: true`).
   */
  tagSource?: { branches: string[]; reachable: boolean };
  /** The policy file as the range leaves it, when it does not validate: `FILE:LINE:COL: what`. */
  policyProblem?: { file: string; line?: number; column?: number; message: string };
  /** Descriptors at the deployed and the requested commit, already filtered by the globs. */
  descriptors?: { before: Map<string, string>; after: Map<string, string> };
  /** The destructive plan, derived purely from `descriptors` and the commits' acceptances. */
  plan?: Plan;
  /** GitHub identities by commit sha, and the pusher's login (the Action only). */
  github?: GitHubFacts;
  /** The pull request title, for `jira.scope: pr-title`. */
  pullRequestTitle?: string;
  /** Online Jira answers by key, when verification ran. */
  jira?: Map<string, JiraLookup>;
}

export interface GitHubFacts {
  /** Who GitHub authenticated for the push (`pusher.name`); none for a pull request. */
  pusher?: string;
  /** The commits looked up; beyond the run's limit (MAX_GITHUB_LOOKUPS) a commit is missing here. */
  commits: Map<string, GitHubCommitIdentity>;
  /**
   * For `merge-only` (the Action only): commits of the branch's first-parent line that a merged
   * pull request brought (merge, squash or rebase merge), and those the Action could not ask
   * about (with why). Without it, every non-merge commit on that line is a direct commit.
   */
  pullRequestCommits?: { merged: Set<string>; unchecked: Set<string>; reason?: string };
}

/** What a rule gets besides the facts: the rules of the environment and the top-level policy. */
export interface RuleContext {
  config: ResolvedConfig;
  rules: RulesConfig;
  /** `message` checks message rules only (refs that deploy nowhere, and `commit-msg`). */
  mode: 'full' | 'message';
}
