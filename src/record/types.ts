/**
 * The deploy record: what each environment runs, since when, and its history. Several sources
 * hold one (GitHub's Deployments API, the git refs that `gitops-action record` writes); every
 * consumer (the baseline of a check, `status`, `metrics`, `rollback`) reads it through `Deploy`.
 */
export type DeployStatus = 'success' | 'failure';

/**
 * Where a record came from, so reports can say how much to trust it. `last-passed-check` is the
 * Action's fallback where no deploy is recorded: the last commit whose check by this Action passed.
 */
export type RecordSource = 'git-ref' | 'github-deployments' | 'last-passed-check';

export interface Deploy {
  environment: string;
  /** The commit that was deployed (full sha). */
  sha: string;
  status: DeployStatus;
  /** When the status was reached, ISO 8601 UTC. For GitHub: the status's `created_at`. */
  at: string;
  /** Who or what deployed it: a login, or `name <email>` locally. Untrusted text for reports. */
  by?: string;
  version?: string;
  /** For a rollback: the deployed sha it rolled back from. */
  rollbackOf?: string;
  /** A link to the run that deployed it. */
  url?: string;
  /** The record's own id: the record commit's sha (git-ref), or the deployment id (GitHub). */
  id?: string;
  source: RecordSource;
}

/**
 * How the deployed commit of an environment was found. Only `git-ref` and `github-deployments`
 * come from a deploy record; `explicit` is what a person asked for (`check --from`); the others
 * are fallbacks that every report names as such.
 */
export type BaselineSource =
  | 'github-deployments'
  | 'git-ref'
  | 'last-passed-check'
  | 'previous-tag'
  | 'merge-base'
  | 'before'
  | 'explicit'
  | 'none';

export interface Baseline {
  /** The deployed commit; undefined for a first deploy (nothing deployed yet). */
  sha?: string;
  source: BaselineSource;
  /** The record the sha comes from, when there is one. */
  deploy?: Deploy;
  /** A sentence for reports: which baseline applies, and why, when it is a fallback. */
  note?: string;
}

/** Reads an environment's record, newest first. Each door provides one; the engine only asks. */
export interface DeployRecordReader {
  /** The last successful deploy of an environment, or undefined when none is recorded. */
  lastSuccess(environment: string): Promise<Deploy | undefined>;
  /** The environment's deploys, newest first; `since` (ISO) stops the walk early. */
  history(environment: string, options?: { since?: string; limit?: number }): Promise<Deploy[]>;
  /**
   * The environments that have a record, when the source can list them. The policy of a push to
   * the default branch is found through them (see policy/policy-source.ts) without trusting the
   * environment names of a file the push may have changed.
   */
  environments?(): Promise<string[]>;
  /**
   * What this door's own check said about commits, for the first few of them in the order
   * given: `passed`, `failed`, `not-deployed`, or absent when there is no finished check. The Action answers from
   * its check runs; a door without checks leaves it out. The tag fallback uses it so that a release
   * tag planted on a commit whose check failed never becomes a baseline.
   */
  checkVerdicts?(shas: string[]): Promise<Map<string, CheckVerdict>>;
}

/** `not-deployed`: the check passed but said it did not deploy (a skip, or a block let through). */
export type CheckVerdict = 'passed' | 'failed' | 'not-deployed';

/** A reader with no record at all: every baseline is a fallback. */
export const NO_RECORD: DeployRecordReader = {
  async lastSuccess() {
    return undefined;
  },
  async history() {
    return [];
  },
  async environments() {
    return [];
  },
};
