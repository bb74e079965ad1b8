import semver from 'semver';
import { matchesAny, parseRef, versionInRange } from '../config/environments.js';
import type { EnvironmentConfig, ResolvedConfig } from '../config/types.js';
import type { DefaultBranch } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { ensureCommit, isZeroSha, type PushRange, type RangeRequest, rangeFrom, resolveRange } from '../git/range.js';
import type { Baseline, DeployRecordReader } from '../record/types.js';
import { parseTagVersion } from '../semver/history.js';

/**
 * What a push would deploy: from the environment's baseline (what it runs now) to the pushed
 * commit. The baseline comes from the deploy record; without one, from named fallbacks, in order:
 *
 * 1. the record's last successful deploy of the environment (the door's reader; the Action's may
 *    itself answer with the last commit whose check passed, `last-passed-check`);
 * 2. a tag: the previous release tag on the environment's protected branch, by version order;
 * 3. the push's `before`;
 * 4. a new ref: its merge-base with the default branch;
 * 5. nothing: all of the pushed commit's history, and the plan compares against nothing.
 *
 * A blocked, skipped or failed push therefore stays in the range of the next one until a
 * successful deploy is recorded.
 */
export interface BaselineRequest extends RangeRequest {
  git: Git;
  ref: string;
  config: ResolvedConfig;
  environment?: EnvironmentConfig;
  mode: 'full' | 'message';
  record?: DeployRecordReader;
  /** `check --from`: the range starts where the person said. */
  explicitFrom?: boolean;
  /** The default branch, asked only when a case needs it (a new ref). */
  defaultBranch: () => DefaultBranch | undefined;
  remote: string;
  /** Only the remote's refs are trusted (the Action); locally a missing one falls back to the local branch. */
  remoteOnly: boolean;
}

export async function findRange(req: BaselineRequest): Promise<{ range: PushRange; baseline: Baseline }> {
  const { git, environment: env } = req;
  const ref = parseRef(req.ref);
  const isTag = req.isTag ?? ref.kind === 'tag';
  if (isZeroSha(req.to)) {
    const from = isZeroSha(req.from) ? undefined : req.from;
    return { range: { kind: 'delete', from, revArgs: [] }, baseline: { sha: from, source: 'before' } };
  }
  const to = git.revParse(req.to as string);
  if (req.explicitFrom && !isZeroSha(req.from)) {
    const from = ensureCommit(git, req.from as string, '--from', req.fetchCommit);
    return { range: rangeFrom(from, to, 'update'), baseline: { sha: from, source: 'explicit' } };
  }
  if (env && req.mode === 'full') {
    const deploy = await req.record?.lastSuccess(env.name);
    if (deploy) {
      const sha = ensureCommit(git, deploy.sha, `the last deploy of ${env.name}`, req.fetchCommit);
      const baseline: Baseline = { sha, source: deploy.source, deploy };
      if (deploy.source === 'last-passed-check') {
        baseline.note = `no deploy of ${env.name} is recorded; the baseline is the last commit whose check passed, ${sha.slice(0, 7)} (a fallback)`;
      }
      return { range: rangeFrom(sha, to, isTag ? 'tag' : 'update'), baseline };
    }
    if (isTag) return tagFallback(req, env, ref.name, to);
  }
  if (isTag) {
    // A tag that deploys nowhere: only the message rules, on the tagged commit.
    return { range: { kind: 'tag', to, revArgs: [to], maxCount: 1 }, baseline: { source: 'none' } };
  }
  const unrecorded = env && req.mode === 'full' ? `no deploy of ${env.name} is recorded` : undefined;
  if (!isZeroSha(req.from)) {
    const range = resolveRange(git, { from: req.from, to, fetchCommit: req.fetchCommit });
    const baseline: Baseline = { sha: range.from, source: 'before' };
    if (unrecorded) {
      baseline.note = `${unrecorded}; the baseline is the push's previous tip ${String(range.from).slice(0, 7)} (a fallback: record deploys with \`gitops-action record\`)`;
    }
    return { range, baseline };
  }
  const branch = req.defaultBranch();
  const range = resolveRange(git, {
    to,
    defaultBranchSha: branch?.sha,
    known: branch ? undefined : req.known,
  });
  const what = unrecorded ? `${unrecorded} and the ref is new` : 'the ref is new';
  if (branch) {
    const note = range.from
      ? `${what}; the baseline is its merge-base with the default branch ${branch.name}, ${range.from.slice(0, 7)}`
      : `${what} and shares no history with the default branch ${branch.name}: every commit of its history is checked, and the plan compares against nothing`;
    return { range, baseline: { sha: range.from, source: range.from ? 'merge-base' : 'none', note } };
  }
  const note = `${what} and no default branch is known; the commits no remote-tracking ref has are checked`;
  return { range, baseline: { sha: range.from, source: range.from ? 'merge-base' : 'none', note } };
}

/** A tag with no recorded deploy: the previous release tag on the protected branch, else all history. */
function tagFallback(
  req: BaselineRequest,
  env: EnvironmentConfig,
  tagName: string,
  to: string,
): { range: PushRange; baseline: Baseline } {
  const previous = previousReleaseTag(req, env, tagName, to);
  if (previous) {
    return {
      range: rangeFrom(previous.sha, to, 'tag'),
      baseline: {
        sha: previous.sha,
        source: 'previous-tag',
        note: `no deploy of ${env.name} is recorded; the baseline is the previous release tag ${previous.name} on ${previous.branch} (a fallback)`,
      },
    };
  }
  return {
    range: rangeFrom(undefined, to, 'tag'),
    baseline: {
      source: 'none',
      note: `no deploy of ${env.name} is recorded and no earlier release tag is on its branch: every commit of the tag's history is checked, and the plan compares against nothing`,
    },
  };
}

/** A branch name with no glob characters: one the policy names exactly, which nobody else can make. */
export function isExactBranch(name: string): boolean {
  return !/[*?[\]{}!]/.test(name);
}

/**
 * The environment's exactly named branches as the remote holds them (`refs/remotes/<remote>/<b>`);
 * locally, the local branch where the remote has none. A glob (`release/*`) is left out: anyone
 * who can push can make a branch that matches it.
 */
export function protectedBranches(
  git: Git,
  env: EnvironmentConfig,
  remote: string,
  remoteOnly: boolean,
): Array<{ name: string; ref: string; sha: string }> {
  const found: Array<{ name: string; ref: string; sha: string }> = [];
  for (const name of env.branches.filter(isExactBranch)) {
    const candidates = [`refs/remotes/${remote}/${name}`, ...(remoteOnly ? [] : [`refs/heads/${name}`])];
    for (const ref of candidates) {
      const sha = git.tryRevParse(ref);
      if (sha) {
        found.push({ name, ref, sha });
        break;
      }
    }
  }
  return found;
}

/**
 * The newest release tag below the pushed one (by version order) that is reachable from the
 * environment's protected branch, so a throw-away tag planted off the branch never becomes the
 * baseline. One `for-each-ref --merged` per protected branch.
 */
function previousReleaseTag(
  req: BaselineRequest,
  env: EnvironmentConfig,
  tagName: string,
  to: string,
): { name: string; sha: string; branch: string } | undefined {
  const prefix = req.config.versioning['tag-prefix'];
  const pushed = parseTagVersion(tagName, prefix);
  let best: { name: string; sha: string; branch: string; version: semver.SemVer } | undefined;
  for (const branch of protectedBranches(req.git, env, req.remote, req.remoteOnly)) {
    const out = req.git
      .execGit([
        'for-each-ref',
        `--merged=${branch.sha}`,
        '--format=%(refname)%00%(objectname)%00%(*objectname)',
        'refs/tags',
      ])
      .stdout.toString('utf8');
    for (const line of out.split('\n')) {
      const [full, sha, peeled] = line.split('\0');
      if (!full || !sha) continue;
      const name = full.slice('refs/tags/'.length);
      const commit = peeled || sha;
      if (name === tagName || commit === to || !matchesAny(name, env.tags)) continue;
      const version = parseTagVersion(name, prefix);
      if (!version || (env.versions && !versionInRange(version.version, env.versions))) continue;
      if (pushed && semver.compare(version, pushed) >= 0) continue;
      if (!best || semver.compare(version, best.version) > 0)
        best = { name, sha: commit, branch: branch.name, version };
    }
  }
  return best && { name: best.name, sha: best.sha, branch: best.branch };
}
