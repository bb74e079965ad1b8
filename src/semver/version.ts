import semver, { type SemVer } from 'semver';
import type { VersioningConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import { type BranchInfo, classifyBranch, sanitizeLabel, shortBranchName } from './branch.js';
import { type Bump, markersBump, maxBump } from './bump.js';
import {
  compareReleaseCores,
  readRefs,
  tagsMergedInto,
  type VersionTag,
  type WalkedCommit,
  walkSince,
} from './history.js';
import { parseMergeSubject } from './merge-subject.js';
import { releaseSubjectVersion } from './release-subject.js';

/**
 * The version of a revision, from its tags and the git-flow history since them.
 * See docs/versioning.md for the rules in order. Git runs a fixed number of times whatever the
 * size of the repository: show-ref, log, rev-parse unless the listing settles the ref, and
 * symbolic-ref when neither `branch` nor `ref` names the branch (plus one for-each-ref --merged in
 * the rare case at `baseOf`).
 */
export interface VersionResult {
  version: string;
  previousVersion: string | null;
  bump: 'major' | 'minor' | 'patch' | 'none';
  tag: string;
  source: string;
  commitsSinceBase: number;
  branch: string | null;
  sha: string;
}

/** Which rule decided; the `source` output. */
export type VersionSource =
  | 'tag'
  | 'branch-name'
  | 'marker'
  | 'branch-type'
  | 'prerelease'
  | 'prerelease-tag'
  | 'release-commit'
  | 'first-version'
  | 'guard';

export interface ComputeVersionOptions {
  /** Any revision; the CLI passes `HEAD` by default. */
  ref: string;
  /** The branch to classify. Default: `ref` when it names a branch, else the checked-out branch. */
  branch?: string;
  config: VersioningConfig;
}

type Strategy = { version: string; bump: Bump; source: VersionSource };

export function computeVersion(git: Git, options: ComputeVersionOptions): VersionResult {
  const { config } = options;
  const prefix = config['tag-prefix'];
  // One listing of every ref: the tags, the branches, and most often the ref itself (HEAD or a
  // branch). Anything else goes to rev-parse, which in `check` already resolved it: no process.
  const refs = readRefs(git, prefix);
  const sha = refs.resolve(options.ref) ?? git.revParse(options.ref);
  if (git.isShallow()) {
    throw new UsageError(
      'this is a shallow clone: versions are computed from tags and the history since them, and both may be missing.',
      'Fetch the full history: actions/checkout with `fetch-depth: 0` (or `fetch-history` in this Action), or `git fetch --unshallow --tags`.',
    );
  }
  const firstVersion = semver.parse(config['first-version']);
  if (!firstVersion) {
    throw new UsageError(
      `versioning.first-version ${JSON.stringify(config['first-version'])} is not a semver version.`,
      'Write it as MAJOR.MINOR.PATCH, for example 0.1.0.',
    );
  }
  const branchName = resolveBranchName(git, options, refs.branches);
  const branch = branchName ? classifyBranch(branchName) : null;
  const kind = branch?.kind ?? 'main';

  const index = indexTags(refs.tags);
  let walked = walkSince(git, sha, index.releaseShas);
  let base = baseOf(git, sha, walked, index, branch);

  const onRef = index.bySha.get(sha);
  const refTag = onRef && onRef.length > 0 ? pickTag(onRef, prefix) : null;
  // A released commit on develop (a fast-forward, a tag made there) is develop's base: develop
  // goes on to the next alpha rather than answering the release it already holds. A tag asked
  // for by name answers with itself, whatever is checked out.
  // Only when develop was named (the `branch` option, HEAD on it, or a ref that is the branch): a
  // tag push checked by sha on a develop checkout deploys the tag.
  const developNamed =
    kind === 'develop' &&
    (options.branch !== undefined ||
      options.ref === 'HEAD' ||
      options.ref.startsWith('refs/heads/') ||
      options.ref.startsWith('refs/remotes/') ||
      refs.branches.has(options.ref));
  const askedForTag = onRef?.some((t) => options.ref === t.name || options.ref === `refs/tags/${t.name}`) === true;
  if (refTag && (askedForTag || !(developNamed && refTag.release))) {
    return {
      version: refTag.version.version,
      previousVersion: base?.version ?? null,
      bump: bumpBetween(base, refTag.version),
      tag: refTag.name,
      source: 'tag',
      commitsSinceBase: walked.length,
      branch: branch?.name ?? null,
      sha,
    };
  }
  if (refTag) {
    base = refTag.version;
    walked = [];
  }

  const ctx: Context = { base, walked, sha, firstVersion, index, config, branches: refs.branches };
  const strategy = kind === 'main' || kind === 'support' ? mainLine(ctx) : preRelease(ctx, branch as BranchInfo);
  return {
    version: strategy.version,
    previousVersion: base?.version ?? null,
    bump: strategy.bump,
    tag: `${prefix}${strategy.version}`,
    source: strategy.source,
    commitsSinceBase: walked.length,
    branch: branch?.name ?? null,
    sha,
  };
}

interface TagIndex {
  bySha: Map<string, VersionTag[]>;
  /** Commits that carry a release (non-pre-release) tag: where walks stop. */
  releaseShas: Set<string>;
  /** Every release tag, for the per-line questions of the guard and of maintenance lines. */
  releases: VersionTag[];
  /** Every version that exists as a tag (build metadata dropped). */
  existing: Set<string>;
  /** The highest release tag in the whole repository. */
  highest: SemVer | null;
}

interface Context {
  base: SemVer | null;
  walked: WalkedCommit[];
  sha: string;
  firstVersion: SemVer;
  index: TagIndex;
  config: VersioningConfig;
  /** Every local and remote-tracking branch: develop looks for open release branches. */
  branches: Set<string>;
}

function indexTags(tags: VersionTag[]): TagIndex {
  const bySha = new Map<string, VersionTag[]>();
  const releaseShas = new Set<string>();
  const releases: VersionTag[] = [];
  const existing = new Set<string>();
  let highest: VersionTag | null = null;
  for (const tag of tags) {
    const list = bySha.get(tag.sha);
    if (list) list.push(tag);
    else bySha.set(tag.sha, [tag]);
    existing.add(tag.text);
    if (tag.release) {
      releaseShas.add(tag.sha);
      releases.push(tag);
      if (!highest || compareReleaseCores(tag, highest) > 0) highest = tag;
    }
  }
  return { bySha, releaseShas, releases, existing, highest: highest?.version ?? null };
}

/** The highest version on a commit; between equal versions, the name with the configured prefix. */
function pickTag(tags: VersionTag[], prefix: string): VersionTag {
  let best = tags[0] as VersionTag;
  for (const t of tags.slice(1)) {
    const c = semver.compare(t.version, best.version);
    if (c > 0 || (c === 0 && prefix !== '' && t.name.startsWith(prefix) && !best.name.startsWith(prefix))) best = t;
  }
  return best;
}

function highestRelease(tags: Iterable<VersionTag>, exceptSha?: string): SemVer | null {
  let best: VersionTag | null = null;
  for (const t of tags) {
    if (t.sha === exceptSha || !t.release) continue;
    if (!best || compareReleaseCores(t, best) > 0) best = t;
  }
  return best?.version ?? null;
}

/** A version line: every `major.*` or every `major.minor.*`, or every version with no major. */
interface Line {
  major?: number;
  minor?: number;
}

/** The highest release tag in a line, or at or below it (`upTo`): the tags a maintenance line can build on. */
function highestInLine(index: TagIndex, line: Line, upTo = false): SemVer | null {
  let best: VersionTag | null = null;
  for (const t of index.releases) {
    if (line.major !== undefined) {
      if (upTo ? t.major > line.major : t.major !== line.major) continue;
      if (
        line.minor !== undefined &&
        t.major === line.major &&
        (upTo ? t.minor > line.minor : t.minor !== line.minor)
      ) {
        continue;
      }
    }
    if (!best || compareReleaseCores(t, best) > 0) best = t;
  }
  return best?.version ?? null;
}

/**
 * The line a branch name pins: `release/2.7.x`, `support/1.x`, `release-10.0`, `hotfix/1.2.1`.
 * Release and hotfix branches named for a version never build on a higher minor than their own.
 */
function lineOf(branch: BranchInfo | null): Line | null {
  if (!branch) return null;
  if (branch.line) return branch.line;
  if ((branch.kind === 'release' || branch.kind === 'hotfix') && branch.version) {
    const v = semver.parse(branch.version) as SemVer;
    return { major: v.major, minor: v.minor };
  }
  return null;
}

/**
 * The base: the highest release tag on the nearest tagged commits behind the ref. The walk
 * stops at every commit a release tag reaches; its edge is the parents where it stopped.
 * - Tags on edge commits are reachable from the ref: the highest of them is the base.
 * - An edge with no tagged commit means the ref's history joins history that only some other
 *   branch's tag reaches (nvie-style back-merges, a branch forked before a release, tags only
 *   on a support branch): for a branch whose name pins a line (`release-10.0`, `support/1.x`)
 *   the highest release at or below it; for a main line the highest tag it reaches (one
 *   `for-each-ref --merged`), else the highest in the repository; for develop and topic
 *   branches the highest release tag in the repository.
 * - No edge at all: nothing the ref reaches is tagged → no base.
 * - An empty walk means the ref sits inside tagged history (an old commit, or a tagged commit
 *   that a later tag also reaches): one `for-each-ref --merged` answers exactly.
 */
function baseOf(
  git: Git,
  sha: string,
  walked: WalkedCommit[],
  index: TagIndex,
  branch: BranchInfo | null,
): SemVer | null {
  if (walked.length === 0) {
    const merged = tagsMergedInto(git, sha);
    const reachable: VersionTag[] = [];
    for (const tags of index.bySha.values()) for (const t of tags) if (merged.has(t.name)) reachable.push(t);
    return highestRelease(reachable, sha);
  }
  const inWalk = new Set<string>();
  for (const c of walked) inWalk.add(c.sha);
  let sawEdge = false;
  let best: SemVer | null = null;
  for (const c of walked) {
    for (const p of c.parents) {
      if (inWalk.has(p)) continue;
      sawEdge = true;
      const tags = index.bySha.get(p);
      if (!tags) continue;
      const h = highestRelease(tags);
      if (h && (!best || semver.gt(h, best))) best = h;
    }
  }
  if (best) return best;
  if (!sawEdge) return null;
  const line = lineOf(branch);
  if (line) return highestInLine(index, line, true);
  // A main line whose walk met only untagged commits (an older line patched on master while a
  // newer one was tagged elsewhere) builds on what it reaches: one whole-history walk, in this
  // rare case only. Develop and topic branches keep the highest tag, which they must stay above.
  if (!branch || branch.kind === 'main' || branch.kind === 'support') {
    const merged = tagsMergedInto(git, sha);
    const reachable = index.releases.filter((t) => merged.has(t.name));
    return highestRelease(reachable) ?? index.highest;
  }
  return index.highest;
}

function core(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

function coreOf(v: SemVer): SemVer {
  return semver.parse(core(v)) as SemVer;
}

function inc(v: SemVer | string, bump: Bump): SemVer {
  const parsed = typeof v === 'string' ? (semver.parse(v) as SemVer) : v;
  const { major, minor, patch } = parsed;
  const next =
    bump === 'major'
      ? `${major + 1}.0.0`
      : bump === 'minor'
        ? `${major}.${minor + 1}.0`
        : bump === 'patch'
          ? `${major}.${minor}.${patch + 1}`
          : `${major}.${minor}.${patch}`;
  return semver.parse(next) as SemVer;
}

function maxVersion(a: SemVer, b: SemVer | null): SemVer {
  return b && semver.gt(b, a) ? b : a;
}

/** The bump from `from` to `to`, by their cores; with no `from`, the shape of `to` (1.0.0 major, 0.1.0 minor). */
function bumpBetween(from: SemVer | null, to: SemVer): Bump {
  if (!from) return to.minor === 0 && to.patch === 0 ? 'major' : to.patch === 0 ? 'minor' : 'patch';
  if (to.major !== from.major) return to.major > from.major ? 'major' : 'none';
  if (to.minor !== from.minor) return to.minor > from.minor ? 'minor' : 'none';
  if (to.patch !== from.patch) return to.patch > from.patch ? 'patch' : 'none';
  return 'none';
}

/**
 * The guard's step for a version that already exists as a tag: the same bump, from the highest
 * release of the line that bump moves in (a patch stays in its `X.Y`, a minor in its `X`), so a
 * maintenance line's collision moves along that line instead of jumping past the newest major.
 */
function bumpPast(index: TagIndex, v: SemVer, bump: Bump): SemVer {
  if (v.prerelease.length > 0) {
    let next = v;
    do next = semver.parse(semver.inc(next, 'prerelease')) as SemVer;
    while (index.existing.has(next.version));
    return next;
  }
  const line: Line = bump === 'patch' ? { major: v.major, minor: v.minor } : bump === 'minor' ? { major: v.major } : {};
  return inc(maxVersion(v, highestInLine(index, line)), bump);
}

/** The highest core among the pre-release tags since the base: `1.3.0-rc.2` there means 1.3.0 is coming. */
function preReleaseFloor(ctx: Context): SemVer | null {
  let floor: SemVer | null = null;
  for (const c of ctx.walked) {
    const tags = ctx.index.bySha.get(c.sha);
    if (!tags) continue;
    for (const t of tags) if (!t.release) floor = maxVersion(coreOf(t.version), floor);
  }
  return floor;
}

/**
 * The highest version a release commit since the base announces (`chore(release): 1.2.3`,
 * `Finalize CHANGELOG.md for 0.2.10.`; see release-subject.ts), above the base: the maintainers
 * said which version this is, as a release branch's name says it. Off with
 * `versioning.release-commits: false`.
 */
function releaseCommitFloor(ctx: Context): SemVer | null {
  if (ctx.config['release-commits'] === false) return null;
  let floor: SemVer | null = null;
  for (const c of ctx.walked) {
    const named = releaseSubjectVersion(c.message);
    if (!named) continue;
    const v = semver.parse(named) as SemVer;
    if (!ctx.base || semver.gt(v, ctx.base)) floor = maxVersion(v, floor);
  }
  return floor;
}

function markerOf(ctx: Context): Bump | null {
  return markersBump(
    ctx.walked.map((c) => c.message),
    { conventionalCommits: ctx.config['conventional-commits'] === true },
  );
}

/** main/master, support/*, and a detached HEAD: a release version. */
function mainLine(ctx: Context): Strategy {
  const { base, walked, index, config } = ctx;
  const mainIncrement: Bump = config['main-increment'] ?? 'patch';
  const byId = new Map<string, WalkedCommit>();
  for (const c of walked) byId.set(c.sha, c);
  // The first-parent chain inside the walk: the commits made on (or merged into) this line.
  const chain: WalkedCommit[] = [];
  for (let c = byId.get(ctx.sha); c; c = c.parents[0] ? byId.get(c.parents[0]) : undefined) chain.push(c);

  let named: SemVer | null = null;
  let typed: Bump | null = null;
  for (const c of chain) {
    if (c.parents.length < 2) continue;
    const merge = parseMergeSubject(c.message);
    if (!merge || merge.backMerge) continue;
    let t: Bump = mainIncrement;
    if (merge.type === 'hotfix') t = 'patch';
    if ((merge.type === 'release' || merge.type === 'hotfix') && merge.version) {
      const v = semver.parse(merge.prerelease ? `${merge.version}-${merge.prerelease}` : merge.version) as SemVer;
      if (!base || semver.gt(v, base)) {
        named = maxVersion(v, named);
        continue;
      }
      // Named at or below the base: a fix of a release that is out already.
      t = 'patch';
    }
    typed = typed ? maxBump(typed, t) : t;
  }

  let result: Strategy;
  if (named) {
    result = { version: named.version, bump: bumpBetween(base, named), source: 'branch-name' };
  } else if (!base) {
    result = { version: ctx.firstVersion.version, bump: bumpBetween(null, ctx.firstVersion), source: 'first-version' };
  } else {
    const marker = markerOf(ctx);
    if (marker) {
      result = { version: inc(base, marker).version, bump: marker, source: 'marker' };
    } else {
      const bump = typed ?? 'patch';
      result = { version: inc(base, bump).version, bump, source: 'branch-type' };
    }
  }
  // `+semver: none` deliberately answers the base itself: "nothing to release".
  if (result.bump === 'none') return result;
  const floor = preReleaseFloor(ctx);
  if (floor && semver.gt(floor, coreOf(semver.parse(result.version) as SemVer))) {
    result = { version: floor.version, bump: bumpBetween(base, floor), source: 'prerelease-tag' };
  }
  const announced = releaseCommitFloor(ctx);
  if (announced && semver.gt(announced, coreOf(semver.parse(result.version) as SemVer))) {
    result = { version: announced.version, bump: bumpBetween(base, announced), source: 'release-commit' };
  }
  if (index.existing.has(result.version)) {
    const past = bumpPast(index, semver.parse(result.version) as SemVer, result.bump);
    result = { version: past.version, bump: bumpBetween(base, past), source: 'guard' };
  }
  return result;
}

/** The versions named by release branches that exist, or that develop's history merged. */
function releaseBranchVersions(ctx: Context): SemVer[] {
  const out: SemVer[] = [];
  for (const name of ctx.branches) {
    const info = classifyBranch(name);
    if (info.kind === 'release' && info.version) out.push(semver.parse(info.version) as SemVer);
  }
  for (const c of ctx.walked) {
    if (c.parents.length < 2) continue;
    const merge = parseMergeSubject(c.message);
    if (merge?.type === 'release' && merge.version) out.push(semver.parse(merge.version) as SemVer);
  }
  return out;
}

/** develop, release/*, hotfix/*, feature/* and any other branch: `<core>-<label>.<n>`. */
function preRelease(ctx: Context, branch: BranchInfo): Strategy {
  const { base, index, config } = ctx;
  const labels = config.labels;
  let coreBump: Bump = 'minor';
  let label: string;
  let next: SemVer | null = null;
  switch (branch.kind) {
    case 'release':
    case 'hotfix': {
      label = branch.kind === 'release' ? labels.release : labels.hotfix;
      const named = branch.version ? (semver.parse(branch.version) as SemVer) : null;
      // A name at or below the base, or `2.7.x`: a maintenance line, whose next is a patch of its own base.
      const maintenance = branch.line !== undefined || (named !== null && base !== null && !semver.gt(named, base));
      coreBump = branch.kind === 'hotfix' || maintenance ? 'patch' : (config['main-increment'] ?? 'patch');
      if (named && !maintenance) next = named;
      break;
    }
    case 'develop':
      label = labels.develop;
      break;
    case 'feature':
      label = labels.feature ?? branch.suffix ?? branch.name;
      break;
    default:
      label = branch.name;
  }
  if (branch.kind !== 'release' && branch.kind !== 'hotfix') {
    const marker = markerOf(ctx);
    if (marker) coreBump = maxBump(coreBump, marker);
  }
  let source: VersionSource = 'prerelease';
  if (!next && base) next = inc(base, coreBump);
  if (branch.kind === 'develop' && (base || index.highest)) {
    // Develop is always ahead of what main released (a stale develop too) and of every release
    // branch cut from it: after release/10.2.0 is cut, develop works on 10.3.0.
    next = maxVersion(next ?? inc(index.highest as SemVer, coreBump), index.highest && inc(index.highest, coreBump));
    for (const v of releaseBranchVersions(ctx)) next = maxVersion(next, inc(v, coreBump));
  }
  if (!next) {
    next = ctx.firstVersion;
    source = 'first-version';
  }
  if (branch.kind !== 'release' && branch.kind !== 'hotfix') next = maxVersion(next, preReleaseFloor(ctx));
  // A pre-release of a version that is already released would sort below it: bump past the guard.
  if (index.existing.has(core(next))) {
    next = bumpPast(index, next, coreBump);
    source = 'guard';
  }
  const id = sanitizeLabel(label);
  let count = ctx.walked.length;
  let version = `${core(next)}-${id}.${count}`;
  // Never an existing tag, even a pre-release one pushed from another commit.
  while (index.existing.has(version)) version = `${core(next)}-${id}.${++count}`;
  return { version, bump: bumpBetween(base, next), source };
}

function resolveBranchName(git: Git, options: ComputeVersionOptions, branches: Set<string>): string | null {
  if (options.branch) return shortBranchName(options.branch);
  const ref = options.ref;
  if (ref.startsWith('refs/heads/') || ref.startsWith('refs/remotes/')) return shortBranchName(ref);
  if (branches.has(ref)) return shortBranchName(ref);
  return git.currentBranch() ?? null;
}
