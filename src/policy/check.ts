import { uncommittedConfigNote } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Plan } from '../descriptors/plan.js';
import type { Commit } from '../git/commit.js';
import type { DefaultBranch } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import type { PushRange, RangeRequest } from '../git/range.js';
import type { JiraLookup } from '../jira/client.js';
import { type Baseline, type DeployRecordReader, NO_RECORD } from '../record/types.js';
import type { VersionResult } from '../semver/version.js';
import { findRange } from './baseline.js';
import { evaluate } from './engine.js';
import type { Decision, Finding } from './finding.js';
import { type GatherRequest, gatherFacts, pickEnvironment } from './gather.js';
import { loadTrustedConfig, type PolicySourceRequest, requestDefaultBranch } from './policy-source.js';

export { loadTrustedConfig } from './policy-source.js';

export interface CheckRequest extends RangeRequest, Omit<PolicySourceRequest, 'git' | 'ref' | 'from' | 'to'> {
  git: Git;
  /** The ref pushed onto (`refs/heads/main`) or a bare branch name. */
  ref: string;
  environment?: string;
  configPath?: string;
  /** The Action reads even an explicit config path from the trusted ref. */
  configFromRef?: boolean;
  /** The pull request's base: the policy is read there instead of the default branch. */
  trustedRefs?: string[];
  /** A range already resolved by the door (pull requests). */
  range?: PushRange;
  mode?: 'full' | 'message';
  pullRequestTitle?: string;
  /** Compute the version too (check and the Action do; the hooks don't need it). */
  version?: boolean;
  jira?: GatherRequest['jira'];
  github?: GatherRequest['github'];
  /** The policy, when the door already loaded it (pre-push checks several refs with one). */
  config?: ResolvedConfig;
  /**
   * The repository's default branch by the name the host gives it (`repository.default_branch`
   * in the Action), read from `refs/remotes/<remote>/<name>` only, and fail closed when missing.
   * Unset (the CLI, the hooks): the remote's HEAD (see git/default-branch.ts).
   */
  defaultBranch?: string;
  /** The remote whose tracking refs are trusted; `origin` by default. */
  remote?: string;
  /**
   * The deploy record the baseline is read from (GitHub's Deployments API in the Action,
   * `gitRecordReader(git)` in the CLI and hooks). Without one, every baseline is a fallback.
   */
  record?: DeployRecordReader;
  /**
   * The head under check is untrusted code (a fork's, under `pull_request_target`, which runs with
   * the base repository's token and secrets): nothing may execute its content (a render command).
   */
  untrustedHead?: boolean;
  /** The validated-policy cache in `.git/gitops-action/`; the Action sets false. */
  policyCache?: boolean;
  /**
   * Called with a commit the clone lacks (the push's `before` after a force push, a recorded
   * deploy) to fetch it by sha; returns true when it did. Without it the check fails closed (exit 2).
   */
  fetchCommit?: (sha: string) => boolean;
  /** `check --from REV`: a person chose where the range starts, and the policy is read there. */
  explicitFrom?: boolean;
}

export interface CheckResult {
  decision: Decision;
  environment: string | null;
  ref: string;
  refName: string;
  range: PushRange;
  commits: Commit[];
  findings: Finding[];
  plan?: Plan;
  skipReason?: string;
  version?: VersionResult;
  configSource: string;
  notes: string[];
  jira?: Map<string, JiraLookup>;
  /** Where the deployed commit came from (a record, or a named fallback). */
  baseline?: Baseline;
}

/** One push of `from..to` onto a ref, decided: the engine's single entry point for every door. */
export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const { git } = req;
  const remote = req.remote ?? 'origin';
  let branch: DefaultBranch | undefined | null = null;
  const defaultBranchOf = () => {
    if (branch === null) branch = requestDefaultBranch(req);
    return branch;
  };
  const config = req.config ?? (await loadTrustedConfig(req));
  const environment = pickEnvironment(config, req.ref, req.environment);
  const mode = req.mode ?? (environment ? 'full' : 'message');
  const record = req.record ?? NO_RECORD;
  const { range, baseline } = req.range
    ? { range: req.range, baseline: { sha: req.range.from, source: 'merge-base' as const } }
    : await findRange({
        ...req,
        config,
        environment,
        mode,
        record,
        defaultBranch: defaultBranchOf,
        remote,
        remoteOnly: req.defaultBranch !== undefined,
      });
  const facts = await gatherFacts({
    git,
    config,
    ref: req.ref,
    range,
    environment: req.environment,
    mode,
    record,
    remote,
    remoteOnly: req.defaultBranch !== undefined,
    pullRequestTitle: req.pullRequestTitle,
    jira: req.jira,
    github: req.github,
    // Whatever may not stand in for a validated policy may not stand in for a parsed manifest either.
    planCache: req.policyCache,
    // A fork's head under pull_request_target: render: must not run its build files.
    untrustedHead: req.untrustedHead,
  });
  const evaluation = evaluate(facts, config, mode);
  const notes: string[] = [...(config.notes ?? [])];
  const note = uncommittedConfigNote(git, config);
  if (note) notes.push(note);
  if (baseline.note) notes.push(baseline.note);
  let version: VersionResult | undefined;
  if (req.version && facts.range.to) {
    // Loaded only here: the hooks never need a version, and every module costs them start-up.
    const { computeVersion } = await import('../semver/version.js');
    version = computeVersion(git, {
      ref: facts.range.to,
      branch: facts.refKind === 'branch' ? facts.refName : undefined,
      config: config.versioning,
    });
  }
  return {
    decision: evaluation.decision,
    environment: facts.environment?.name ?? null,
    ref: facts.ref,
    refName: facts.refName,
    range: facts.range,
    commits: facts.commits,
    findings: evaluation.findings,
    plan: facts.plan,
    skipReason: evaluation.skipReason,
    version,
    configSource: config.source,
    notes,
    jira: facts.jira,
    baseline,
  };
}
