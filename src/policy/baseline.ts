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
    if (isTag) return await tagFallback(req, env, ref.name, to);
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

/**
 * A tag with no recorded deploy: the previous release tag on the protected branch, else all
 * history. Where the door can say what its own check thought of a commit (the Action), the newest
 * candidate whose check passed wins, and one whose check failed never counts: a pusher can tag any
 * commit the branch holds, including one that was pushed there and blocked. Without a passed
 * candidate the newest unrefuted one is taken, and the note says it is unverified.
 */
async function tagFallback(
  req: BaselineRequest,
  env: EnvironmentConfig,
  tagName: string,
  to: string,
): Promise<{ range: PushRange; baseline: Baseline }> {
  const candidates = releaseTagsBelow(req, env, tagName, to);
  const verdicts =
    candidates.length && req.record?.checkVerdicts ? await req.record.checkVerdicts(unique(candidates)) : undefined;
  const passed = verdicts && candidates.find((c) => verdicts.get(c.sha) === 'passed');
  const refutes = (c: ReleaseTag) => !!verdicts?.get(c.sha) && verdicts.get(c.sha) !== 'passed';
  const previous = passed ?? candidates.find((c) => !refutes(c));
  const refuted = candidates.filter(
    (c) => refutes(c) && (!previous || semver.compare(c.version, previous.version) > 0),
  );
  const skipped = refuted.length
    ? `; skipped ${refuted.map((c) => `${c.name} (${verdicts?.get(c.sha) === 'failed' ? 'its check failed' : 'checked, not deployed'})`).join(', ')}`
    : '';
  if (previous) {
    const trust = passed
      ? 'its check passed'
      : verdicts
        ? 'unverified: no check of its commit is on record'
        : 'unverified';
    return {
      range: rangeFrom(previous.sha, to, 'tag'),
      baseline: {
        sha: previous.sha,
        source: 'previous-tag',
        note: `no deploy of ${env.name} is recorded; the baseline is the previous release tag ${previous.name} on ${previous.branch} (a fallback, ${trust})${skipped}`,
      },
    };
  }
  return {
    range: rangeFrom(undefined, to, 'tag'),
    baseline: {
      source: 'none',
      note: `no deploy of ${env.name} is recorded and no earlier release tag is on its branch${skipped}: every commit of the tag's history is checked, and the plan compares against nothing`,
    },
  };
}

interface ReleaseTag {
  name: string;
  sha: string;
  branch: string;
  version: semver.SemVer;
}

function unique(tags: ReleaseTag[]): string[] {
  return [...new Set(tags.map((t) => t.sha))];
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
 * The release tags below the pushed one, newest version first, that are reachable from the
 * environment's protected branch, so a throw-away tag planted off the branch never becomes the
 * baseline. One `for-each-ref --merged` per protected branch.
 */
function releaseTagsBelow(req: BaselineRequest, env: EnvironmentConfig, tagName: string, to: string): ReleaseTag[] {
  const prefix = req.config.versioning['tag-prefix'];
  const pushed = parseTagVersion(tagName, prefix);
  const found = new Map<string, ReleaseTag>();
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
      if (found.has(name) || name === tagName || commit === to || !matchesAny(name, env.tags)) continue;
      const version = parseTagVersion(name, prefix);
      if (!version || (env.versions && !versionInRange(version.version, env.versions))) continue;
      if (pushed && semver.compare(version, pushed) >= 0) continue;
      found.set(name, { name, sha: commit, branch: branch.name, version });
    }
  }
  return [...found.values()].sort((a, b) => semver.compare(b.version, a.version) || a.name.localeCompare(b.name));
}
