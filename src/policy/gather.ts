import { environmentFor, parseRef } from '../config/environments.js';
import { parsePolicy } from '../config/load.js';
import type { EnvironmentConfig, JiraVerifyConfig, ResolvedConfig } from '../config/types.js';
import { touchesDescriptors } from '../descriptors/paths.js';
import { ConfigError, UsageError } from '../errors.js';
import type { Commit } from '../git/commit.js';
import type { Git } from '../git/git.js';
import { type PushRange, settleRange, shallowBoundary, shallowError } from '../git/range.js';
import type { JiraLookup } from '../jira/client.js';
import { findJiraKeys } from '../jira/key.js';
import type { DeployRecordReader } from '../record/types.js';
import { acceptedKinds } from './acceptance.js';
import { protectedBranches } from './baseline.js';
import { isExempt } from './exempt.js';
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
  /**
   * GitHub identities; the Action fills this in after the commits are known. The commits come
   * most important first (see `byLookupPriority`), since the Action looks up a bounded number.
   */
  github?: (commits: Commit[], firstParentLine: Set<string>) => Promise<NonNullable<Facts['github']>>;
  /**
   * The head is a fork's code (a `pull_request_target` from another repository): the policy's
   * `render` commands do not run on it unless `rules.destructive.render-untrusted` says so.
   */
  untrustedHead?: boolean;
  /** The plan's parse cache in the git directory (default on; the Action turns it off). */
  planCache?: boolean;
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
    trueMerges: trueMerges(git, commits, range),
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
  // Before the plan: an Allow-Destructive trailer counts only on a commit GitHub vouches for.
  if (req.github && mode === 'full' && commits.length > 0)
    facts.github = await req.github(byLookupPriority(commits, facts.policyCommits), facts.firstParentLine);
  if (mode === 'full' && rules.destructive && range.to) {
    // The plan compares what runs (the baseline) with what will: `range.from` is the deployed commit.
    const read = await readDescriptors(git, rules.destructive, range.from, range.to, req.untrustedHead === true, {
      cache: req.planCache !== false,
    });
    facts.descriptors = { before: read.before, after: read.after };
    const { before, after } = read;
    if (before.size === 0 && after.size === 0 && read.notes.length === 0) {
      facts.plan = { objects: [], findings: [], summary: { add: 0, change: 0, destroy: 0, destructive: 0 } };
    } else {
      // The plan (and the YAML parser under it) loads only when there is something to compare.
      const { planRead } = await import('../descriptors/plan.js');
      facts.plan = planRead(
        read,
        rules.destructive,
        acceptedKinds(commits, rules, { admins: config.admins, github: facts.github }),
      );
    }
  }
  const verify = rules.jira ? rules.jira.verify : false;
  const lookup = req.jira && verify ? req.jira(verify) : undefined;
  if (lookup && rules.jira) {
    const projects = rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
    const keys = new Set<string>();
    for (const c of commits)
      if (!isExempt(c, rules.jira.exempt, facts.trueMerges))
        for (const k of findJiraKeys(c.message, projects)) keys.add(k);
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

/** `git merge-base --is-ancestor` runs at most this often a range; a merge beyond it is not exempt. */
const MAX_ANCESTRY_CHECKS = 32;
/** Commits visited in memory, over all merges of a range, before the rest ask git. */
const MAX_VISITS = 2_000_000;

/**
 * The range's merges that merge something: two or more parents, and a later parent not already
 * reachable from the first. A hand-made merge of an already-merged commit (`git commit-tree -p A
 * -p <ancestor of A>`) records two parents but brings nothing in, so it is no merge.
 *
 * Most answers need no git: when a later parent is itself in the walked range, every path from the
 * first parent to it runs through the range's own commits (its descendants are outside what the
 * range excludes too), so the parent links `git log` gave decide it. Only a later parent from
 * outside the range (a merge of the already-deployed main into a branch), or a search over its
 * budget, asks git, a bounded number of times; an answer not found counts as "already merged".
 */
function trueMerges(git: Git, commits: Commit[], range: PushRange): Set<string> {
  const merges = new Set<string>();
  if (!commits.some((c) => c.parents.length > 1)) return merges;
  const parentsOf = new Map(commits.map((c) => [c.sha, c.parents]));
  const closed = range.maxCount === undefined;
  // A topological position (children first): a commit can reach only commits after it, so a
  // search stops at positions past its target, and a target before the start is unreachable.
  const position = topologicalPositions(commits, parentsOf);
  let visits = 0;
  const reachable = (from: string, target: string): boolean | undefined => {
    const limit = position.get(target) as number;
    if ((position.get(from) ?? Number.POSITIVE_INFINITY) > limit) return false;
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (sha === target) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (++visits > MAX_VISITS) return undefined;
      for (const p of parentsOf.get(sha) ?? [])
        if ((position.get(p) ?? Number.POSITIVE_INFINITY) <= limit) stack.push(p);
    }
    return false;
  };
  let checks = 0;
  const isAncestor = (ancestor: string, of: string): boolean | undefined => {
    if (checks++ >= MAX_ANCESTRY_CHECKS) return undefined;
    const r = git.execGit(['merge-base', '--is-ancestor', ancestor, of], { allowFail: true });
    return r.status === 0 ? true : r.status === 1 ? false : undefined;
  };
  for (const c of commits) {
    const [first, ...later] = c.parents;
    if (!first || later.length === 0) continue;
    const bringsSomething = later.some((p) => {
      const known = closed && parentsOf.has(p) ? reachable(first, p) : undefined;
      return (known ?? isAncestor(p, first)) === false;
    });
    if (bringsSomething) merges.add(c.sha);
  }
  return merges;
}

/** Kahn's order over the range: each commit before its parents. */
function topologicalPositions(commits: Commit[], parentsOf: Map<string, string[]>): Map<string, number> {
  const children = new Map<string, number>();
  for (const c of commits)
    for (const p of new Set(c.parents)) if (parentsOf.has(p)) children.set(p, (children.get(p) ?? 0) + 1);
  const ready = commits.filter((c) => !children.has(c.sha)).map((c) => c.sha);
  const position = new Map<string, number>();
  while (ready.length > 0) {
    const sha = ready.pop() as string;
    position.set(sha, position.size);
    for (const p of new Set(parentsOf.get(sha))) {
      if (!parentsOf.has(p)) continue;
      const left = (children.get(p) ?? 0) - 1;
      children.set(p, left);
      if (left === 0) ready.push(p);
    }
  }
  return position;
}

/** Commits that change the policy or accept destructive changes first: their identity decides most. */
function byLookupPriority(commits: Commit[], policyCommits: Set<string>): Commit[] {
  const first = (c: Commit) =>
    policyCommits.has(c.sha) || c.trailers.some((t) => t.key.toLowerCase() === 'allow-destructive');
  return [...commits.filter(first), ...commits.filter((c) => !first(c))];
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
  untrustedHead: boolean,
  options: import('../descriptors/read.js').ReadOptions,
): Promise<import('../descriptors/read.js').DescriptorInput> {
  // When no descriptor (or kustomization or chart file) changed, nothing can be destroyed, opened
  // or outgrown: neither tree is read and the plan module is never loaded.
  if (from && !config.render && !touchesDescriptors(git.changedFiles(from, to), config.descriptors)) {
    return { before: new Map(), after: new Map(), notes: [] };
  }
  const { readDescriptorInput } = await import('../descriptors/read.js');
  return readDescriptorInput(git, config, from, to, untrustedHead, options);
}
