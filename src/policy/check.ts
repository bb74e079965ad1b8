import { parseRef } from '../config/environments.js';
import { loadConfig, uncommittedConfigNote } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Plan } from '../descriptors/plan.js';
import type { Commit } from '../git/commit.js';
import { defaultBranch } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { isZeroSha, type PushRange, type RangeRequest, resolveRange } from '../git/range.js';
import type { JiraLookup } from '../jira/client.js';
import type { Baseline, DeployRecordReader } from '../record/types.js';
import type { VersionResult } from '../semver/version.js';
import { evaluate } from './engine.js';
import type { Decision, Finding } from './finding.js';
import { type GatherRequest, gatherFacts } from './gather.js';

export interface CheckRequest extends RangeRequest {
  git: Git;
  /** The ref pushed onto (`refs/heads/main`) or a bare branch name. */
  ref: string;
  environment?: string;
  configPath?: string;
  /** The Action reads even an explicit config path from the trusted ref. */
  configFromRef?: boolean;
  /** Extra trusted refs to try before the default branch (the pull request's base). */
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
   * in the Action, the remote's HEAD locally), read from `refs/remotes/<remote>/<name>`.
   */
  defaultBranch?: string;
  /** The deploy record the baseline is read from (GitHub's Deployments API, or the git refs). */
  record?: DeployRecordReader;
  /**
   * The head under check is untrusted code (a fork's, under `pull_request_target`, which runs with
   * the base repository's token and secrets): nothing may execute its content (a render command).
   */
  untrustedHead?: boolean;
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

export function loadTrustedConfig(
  req: Pick<CheckRequest, 'git' | 'from' | 'trustedRefs' | 'configPath' | 'configFromRef'>,
): Promise<ResolvedConfig> {
  // The trusted refs of a push: the ref as it was (`from`); the default branch is the fallback.
  const from = req.from && !isZeroSha(req.from) ? [req.from] : [];
  return loadConfig({
    git: req.git,
    trustedRefs: [...(req.trustedRefs ?? []), ...from],
    fallbackRef: () => defaultBranch(req.git),
    explicitPath: req.configPath,
    explicitFromRef: req.configFromRef,
  });
}

/** One push of `from..to` onto a ref, decided: the engine's single entry point for every door. */
export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const { git } = req;
  const config = req.config ?? (await loadTrustedConfig(req));
  const ref = parseRef(req.ref);
  const range =
    req.range ??
    resolveRange(git, { from: req.from, to: req.to, isTag: req.isTag ?? ref.kind === 'tag', known: req.known });
  const facts = await gatherFacts({
    git,
    config,
    ref: req.ref,
    range,
    environment: req.environment,
    mode: req.mode,
    pullRequestTitle: req.pullRequestTitle,
    jira: req.jira,
    github: req.github,
  });
  const evaluation = evaluate(facts, config, req.mode);
  const notes: string[] = [];
  const note = uncommittedConfigNote(git, config);
  if (note) notes.push(note);
  let version: VersionResult | undefined;
  if (req.version && facts.range.to) {
    // Loaded only here: the hooks never need a version, and every module costs them start-up.
    const { computeVersion } = await import('../semver/version.js');
    version = computeVersion(git, {
      ref: facts.range.to,
      branch: ref.kind === 'branch' ? ref.name : undefined,
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
  };
}
