import { environmentFor, parseRef } from '../config/environments.js';
import { parsePolicy } from '../config/load.js';
import type { EnvironmentConfig, JiraVerifyConfig, ResolvedConfig } from '../config/types.js';
import { descriptorPaths } from '../descriptors/paths.js';
import { ConfigError, UsageError } from '../errors.js';
import type { Commit } from '../git/commit.js';
import type { Git } from '../git/git.js';
import { type PushRange, settleRange, shallowBoundary, shallowError } from '../git/range.js';
import type { JiraLookup } from '../jira/client.js';
import { findJiraKeys } from '../jira/key.js';
import type { DeployRecordReader } from '../record/types.js';
import { acceptedKinds } from './acceptance.js';
import { protectedBranches } from './baseline.js';
import { isExemptFromMessageRules } from './exempt.js';
import type { Facts } from './facts.js';

export type JiraLookupFactory = (
  verify: JiraVerifyConfig,
) => ((keys: string[]) => Promise<Map<string, JiraLookup>>) | undefined;

export interface GatherRequest {
  git: Git;
  config: ResolvedConfig;
  /** The ref pushed onto: `refs/heads/main`, `refs/tags/v1.2.0`, or a bare branch name. */
  ref: string;
  range: PushRange;
  /** `--env`/the Action's `environment`: force the environment instead of mapping the ref. */
  environment?: string;
  /** `message` gathers only what the message rules need. */
  mode?: 'full' | 'message';
  pullRequestTitle?: string;
  /**
   * Online Jira lookups: given the environment's `verify` settings, the door returns a lookup, or
   * undefined where it may not go online (the hooks, unless `verify.hooks` is on).
   */
  jira?: JiraLookupFactory;
  /** The deploy record, for `promote-from` (which commits the lower environment ran). */
  record?: DeployRecordReader;
  /** The remote whose tracking refs are trusted; `origin` by default. */
  remote?: string;
  /** Only the remote's refs count (the Action); locally a branch the remote lacks is read locally. */
  remoteOnly?: boolean;
  /** GitHub identities; the Action fills this in after the commits are known. */
  github?: (commits: Commit[], firstParentLine: Set<string>) => Promise<NonNullable<Facts['github']>>;
}

export function pickEnvironment(config: ResolvedConfig, ref: string, name?: string): EnvironmentConfig | undefined {
  if (name) {
    const env = config.environments[name];
    if (!env) {
      const known = Object.keys(config.environments);
      throw new UsageError(
        `unknown environment "${name}"`,
        `Known environments in ${config.source}: ${known.join(', ') || 'none'}.`,
      );
    }
    return env;
  }
  return environmentFor(config, parseRef(ref));
}

/** Gathers every fact once, before any rule runs. All git and network access happens here. */
export async function gatherFacts(req: GatherRequest): Promise<Facts> {
  const { git, config } = req;
  const ref = parseRef(req.ref);
  const environment = pickEnvironment(config, req.ref, req.environment);
  const mode = req.mode ?? (environment ? 'full' : 'message');
  const rules = environment?.rules ?? config.rules;
  const signatures = mode === 'full' && rules.committers !== false && rules.committers['require-signed'];
  const walk = (r: PushRange) =>
    r.revArgs.length > 0 ? git.log(r.revArgs, { signatures, maxCount: r.maxCount }) : ([] as Commit[]);
  let commits = walk(req.range);
  const settled = settleRange(git, req.range, commits);
  const range = settled.range;
  if (settled.walkAgain) commits = walk(range);

  const boundary = shallowBoundary(git);
  if (boundary.size > 0 && range.kind !== 'tag' && commits.some((c) => boundary.has(c.sha))) {
    throw shallowError('the range reaches commits whose parents were not fetched');
  }

  const facts: Facts = {
    ref: ref.full,
    refKind: ref.kind,
    refName: ref.name,
    range,
    environment,
    commits,
    firstParentLine: firstParentLine(commits, range.to),
    policyCommits: new Set(),
    pullRequestTitle: req.pullRequestTitle,
  };
  if (mode === 'full' && commits.length > 0) {
    if (config.path && policyMayHaveChanged(git, range, config.path)) {
      if (rules['policy-change']) facts.policyCommits = new Set(git.commitsTouching(range.revArgs, config.path));
      facts.policyProblem = await policyProblem(git, range, config.path);
    }
    const lower = environment?.['promote-from'];
    const remote = req.remote ?? 'origin';
    if (lower && rules['promote-from']) {
      facts.promotion = await promotionFacts(git, req, config, lower, range, remote);
    }
  }
  if (mode === 'full' && environment && range.to && ref.kind === 'tag' && !environment['tags-from-any-branch']) {
    const branches = protectedBranches(git, environment, req.remote ?? 'origin', req.remoteOnly ?? false);
    const to = range.to;
    facts.tagSource = {
      branches: branches.map((b) => b.name),
      reachable: branches.some((b) => git.isAncestor(to, b.sha)),
    };
  }
  if (mode === 'full' && rules.destructive && range.to) {
    // The plan compares what runs (the baseline) with what will: `range.from` is the deployed commit.
    facts.descriptors = await readDescriptors(git, rules.destructive, range.from, range.to);
    const { before, after } = facts.descriptors;
    if (before.size === 0 && after.size === 0) {
      facts.plan = { objects: [], findings: [], summary: { add: 0, change: 0, destroy: 0, destructive: 0 } };
    } else {
      // The plan (and the YAML parser under it) loads only when there is something to compare.
      const { buildPlan } = await import('../descriptors/plan.js');
      facts.plan = buildPlan({ before, after, config: rules.destructive, accepted: acceptedKinds(commits, rules) });
    }
  }
  if (req.github) facts.github = await req.github(commits, facts.firstParentLine);
  const verify = rules.jira ? rules.jira.verify : false;
  const lookup = req.jira && verify ? req.jira(verify) : undefined;
  if (lookup && rules.jira) {
    const projects = rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
    const keys = new Set<string>();
    for (const c of commits)
      if (!isExemptFromMessageRules(c)) for (const k of findJiraKeys(c.message, projects)) keys.add(k);
    if (req.pullRequestTitle) for (const k of findJiraKeys(req.pullRequestTitle, projects)) keys.add(k);
    if (keys.size > 0) facts.jira = await lookup([...keys]);
  }
  return facts;
}

/**
 * Whether any commit of the range may touch the policy file: when the file is the same at both
 * ends, a commit that changed it was undone within the range and changes no future policy, so the
 * per-commit walk (`git log -- <path>`) is skipped. A range without a `from` is always walked.
 */
function policyMayHaveChanged(git: Git, range: PushRange, path: string): boolean {
  if (!range.from || !range.to) return true;
  return git.changedFiles(range.from, range.to).includes(path);
}

/** The range's commits on `to`'s first-parent line: the commits made on the branch itself. */
function firstParentLine(commits: Commit[], to: string | undefined): Set<string> {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const line = new Set<string>();
  let sha = to;
  while (sha && bySha.has(sha) && !line.has(sha)) {
    line.add(sha);
    sha = bySha.get(sha)!.parents[0];
  }
  return line;
}

/**
 * What `promote-from` needs: the commits of the range that the lower environment never ran. A
 * commit counts as promoted when it is reachable from a successful deploy of the lower
 * environment in the record (so a deleted `release/x` voids nothing), or from one of its
 * branches that the policy names exactly, as the remote holds it (a glob like `release/*` is
 * anyone's to create). One `git rev-list` for the whole range.
 */
async function promotionFacts(
  git: Git,
  req: GatherRequest,
  config: ResolvedConfig,
  lowerName: string,
  range: PushRange,
  remote: string,
): Promise<Facts['promotion']> {
  const lower = config.environments[lowerName];
  if (!lower) {
    throw new UsageError(
      `promote-from names an unknown environment "${lowerName}"`,
      `Known environments: ${Object.keys(config.environments).join(', ')}.`,
    );
  }
  const deployed = new Set<string>();
  for (const d of (await req.record?.history(lowerName)) ?? []) {
    // A recorded deploy whose commit this clone lacks proves nothing here: it is left out.
    if (d.status === 'success' && git.tryRevParse(d.sha)) deployed.add(d.sha);
  }
  const branches = protectedBranches(git, lower, remote, req.remoteOnly ?? false);
  const exclude = [...deployed, ...branches.map((b) => b.sha)].map((sha) => `^${sha}`);
  const missing = new Set(range.revArgs.length > 0 ? git.revList([...range.revArgs, ...exclude]) : []);
  return { from: lowerName, branches: branches.map((b) => b.name), recordedDeploys: deployed.size, missing };
}

/**
 * The policy file as the range leaves it must itself validate: a push that breaks it would
 * otherwise lock every later push out (issue: a policy cannot lock the repository).
 */
async function policyProblem(git: Git, range: PushRange, path: string): Promise<Facts['policyProblem']> {
  if (!range.to) return undefined;
  const blob = git.readBlob(range.to, path);
  if (!blob) return undefined;
  try {
    await parsePolicy(blob.text, path);
    return undefined;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const m = /^(.*?):(\d+):(\d+): ([\s\S]*)$/.exec(err.message);
    if (!m) return { file: path, message: err.message };
    return { file: path, line: Number(m[2]), column: Number(m[3]), message: m[4] as string };
  }
}

async function readDescriptors(
  git: Git,
  config: NonNullable<Exclude<ResolvedConfig['rules']['destructive'], false>>,
  from: string | undefined,
  to: string,
): Promise<{ before: Map<string, string>; after: Map<string, string> }> {
  if (config.render) {
    const { renderAt } = await import('../descriptors/render.js');
    return {
      before: from ? renderAt(git, from, config.render, config['render-timeout']) : new Map(),
      after: renderAt(git, to, config.render, config['render-timeout']),
    };
  }
  // When no descriptor changed, nothing can be destroyed, opened or outgrown: skip reading both trees.
  if (from && descriptorPaths(git.changedFiles(from, to), config.descriptors).length === 0) {
    return { before: new Map(), after: new Map() };
  }
  const at = (rev: string) => git.readFiles(rev, descriptorPaths(git.listFiles(rev), config.descriptors));
  return { before: from ? at(from) : new Map(), after: at(to) };
}
