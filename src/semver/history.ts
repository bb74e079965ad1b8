import { existsSync } from 'node:fs';
import { join } from 'node:path';
import semver, { type SemVer } from 'semver';
import { type Git, GitCommandError } from '../git/git.js';

/**
 * The git queries behind `computeVersion`. Each function is ONE git process whatever the size
 * of the repository: never a process per tag or per commit.
 */

/**
 * A version tag. Repositories carry thousands, and building a SemVer for each cost more than the
 * git commands behind `version`: so the core numbers come from one regex and the SemVer object
 * is built only for the few tags that are compared in full.
 */
export class VersionTag {
  /** The commit the tag points at (annotated tags peeled). */
  readonly sha: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** No pre-release part. */
  readonly release: boolean;
  /** The version as semver prints it (build metadata dropped): `1.2.0`, `1.3.0-beta.1`. */
  readonly text: string;
  private parsed?: SemVer;

  /** `name` is the tag name, `v1.2.0`. */
  constructor(
    readonly name: string,
    sha: string,
    fields: TagVersionFields,
  ) {
    this.sha = sha;
    this.major = fields.major;
    this.minor = fields.minor;
    this.patch = fields.patch;
    this.release = fields.release;
    this.text = fields.text;
    this.parsed = fields.parsed;
  }

  get version(): SemVer {
    this.parsed ??= semver.parse(this.text) as SemVer;
    return this.parsed;
  }
}

export interface TagVersionFields {
  major: number;
  minor: number;
  patch: number;
  release: boolean;
  text: string;
  /** Set when the slow path parsed it anyway. */
  parsed?: SemVer;
}

export interface RefSnapshot {
  /** Every tag whose name is a semver version, with or without the prefix. */
  tags: VersionTag[];
  /** Short names of local branches (`develop`) and remote-tracking ones (`origin/develop`). */
  branches: Set<string>;
  /**
   * The commit `HEAD`, a full branch ref, or an unambiguous local branch name points at, read
   * from the same listing; undefined when only `git rev-parse` can say (any other revision).
   */
  resolve(ref: string): string | undefined;
}

/**
 * semver's strict grammar as one regex, so that no SemVer is built per tag. Numbers of up to 15
 * digits stay below Number.MAX_SAFE_INTEGER; longer ones take semver's own path, which refuses
 * the unsafe ones. A property test holds this to `semver.parse`.
 */
const NUMBER = '(0|[1-9]\\d{0,14})';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const BUILD_ID = '[0-9A-Za-z-]+';
const SEMVER_BODY = `${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?`;
const STRICT_SEMVER = new RegExp(`^${SEMVER_BODY}$`);

const TWO_PART = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;

/**
 * A tag name as a version: the configured prefix or a single `v`/`V` may come first, then a
 * strict semver (`1.2.0`, `1.2.0-beta.1`, `1.2.0+build.5`), or two parts `X.Y` read as `X.Y.0`
 * (`v6.2`: maintainers tag minors that way, and GitVersion reads them loosely too). Anything
 * else (`latest`, `build-123`, `v1`, `release/1.2.0`, `1.2.3.4`) is not a version tag and
 * returns null. Otherwise exactly `semver.parse` on the first candidate that starts with a digit.
 */
export function readTagVersion(name: string, prefix: string): TagVersionFields | null {
  if (name.length > 256) return null;
  const fromPrefix = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
  const fromV = name.startsWith('v') || name.startsWith('V') ? name.slice(1) : undefined;
  for (const candidate of [fromPrefix, fromV, name]) {
    // Strict parsing: no loose forms, no leading `=`, no spaces.
    if (candidate === undefined || !startsWithDigit(candidate)) continue;
    const m = STRICT_SEMVER.exec(candidate);
    if (m) return fieldsOf(m[1] as string, m[2] as string, m[3] as string, m[4]);
    const two = TWO_PART.exec(candidate);
    if (two) return fieldsOf(two[1] as string, two[2] as string, '0', undefined);
    const parsed = semver.parse(candidate);
    if (parsed) {
      const { major, minor, patch } = parsed;
      return { major, minor, patch, release: parsed.prerelease.length === 0, text: parsed.version, parsed };
    }
  }
  return null;
}

function fieldsOf(major: string, minor: string, patch: string, pre: string | undefined): TagVersionFields {
  const core = `${major}.${minor}.${patch}`;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    release: pre === undefined,
    text: pre === undefined ? core : `${core}-${pre}`,
  };
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** `readTagVersion` as a SemVer. */
export function parseTagVersion(name: string, prefix: string): SemVer | null {
  const fields = readTagVersion(name, prefix);
  if (!fields) return null;
  return fields.parsed ?? (semver.parse(fields.text) as SemVer);
}

/** Release versions compared by their cores, which is all semver precedence looks at for them. */
export function compareReleaseCores(a: VersionTag, b: VersionTag): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * One line of `git show-ref -d` for a tag, whichever way: group 1 the object, then either a name
 * in semver's grammar behind the prefix or a `v` (2; the numbers and pre-release in 3-6; the
 * alternation tries the same candidates in the same order as readTagVersion) or any other name
 * (7), then `^{}` on the peeled line (8). One native regex over the whole listing: building the
 * same per line in JavaScript took longer than git's own listing (5,000 tags).
 */
function tagLines(prefix: string): RegExp {
  const prefixes = prefix ? `${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}|[vV]` : '[vV]';
  return new RegExp(`^([0-9a-f]+) refs/tags/(?:((?:${prefixes})?${SEMVER_BODY})|([^\\n]*?))(\\^\\{\\})?$`, 'gm');
}
const BRANCH_LINES = /^([0-9a-f]+) (refs\/(?:heads|remotes)\/[^\n]+)$/gm;
const HEAD_LINE = /^([0-9a-f]+) HEAD$/m;

/**
 * One `git show-ref --head -d` over every ref: tags, peeled, branches and HEAD. Not
 * `for-each-ref %(*objectname)`, which reads every tag's object to peel it (40 ms for 5,000 tags
 * in the benchmark), where show-ref takes the peeled ids packed-refs already records (10 ms).
 */
export function readRefs(git: Git, prefix: string): RefSnapshot {
  const args = ['show-ref', '--head', '-d'];
  // Exit 1 with no output when the repository has no refs at all; anything else is an error.
  const result = git.execGit(args, { allowFail: true });
  if (result.status > 1) throw new GitCommandError(args, result.stderr);
  const out = result.stdout.toString('utf8');

  const byName = new Map<string, { sha: string; fields: TagVersionFields }>();
  for (const m of out.matchAll(tagLines(prefix))) {
    const [, sha, name, major, minor, patch, pre, other, peel] = m as unknown as (string | undefined)[];
    const tagName = (name ?? other) as string;
    if (peel) {
      // The peeled line follows its tag's: the commit replaces the tag object.
      const tag = byName.get(tagName);
      if (tag) tag.sha = sha as string;
      continue;
    }
    // readTagVersion's own limits (a name over 256 characters is no version) apply to both paths.
    const fields =
      name !== undefined && tagName.length <= 256
        ? fieldsOf(major as string, minor as string, patch as string, pre)
        : readTagVersion(tagName, prefix);
    if (fields) byName.set(tagName, { sha: sha as string, fields });
  }
  const tags: VersionTag[] = [];
  for (const [name, { sha, fields }] of byName) tags.push(new VersionTag(name, sha, fields));

  const branchShas = new Map<string, string>();
  const branches = new Set<string>();
  for (const m of out.matchAll(BRANCH_LINES)) {
    const ref = m[2] as string;
    branchShas.set(ref, m[1] as string);
    if (ref.startsWith('refs/heads/')) branches.add(ref.slice(11));
    else if (!ref.endsWith('/HEAD')) branches.add(ref.slice(13));
  }
  const head = HEAD_LINE.exec(out)?.[1];
  const commonDir = git.commonDir();

  return {
    tags,
    branches,
    resolve(ref) {
      if (ref === 'HEAD') return head;
      if (ref.startsWith('refs/heads/') || ref.startsWith('refs/remotes/')) return branchShas.get(ref);
      // A short name means refs/heads/<name> only when nothing git tries first exists: a ref
      // `refs/<name>`, a tag of that name, or a file of that name in the git directory.
      const sha = branchShas.get(`refs/heads/${ref}`);
      if (!sha || !commonDir) return undefined;
      if (out.includes(` refs/${ref}\n`) || out.includes(` refs/tags/${ref}\n`)) return undefined;
      if (existsSync(join(commonDir, ref))) return undefined;
      return sha;
    },
  };
}

export interface WalkedCommit {
  sha: string;
  parents: string[];
  message: string;
}

/**
 * One `git log` of the commits reachable from `sha` and from none of `stop` (the commits that
 * carry release tags), so the walk ends at the nearest tagged history on every path. The stop
 * list goes through stdin, so thousands of tags never hit the argument-length limit.
 */
export function walkSince(git: Git, sha: string, stop: Iterable<string>): WalkedCommit[] {
  let input = '';
  for (const s of stop) if (s !== sha) input += `^${s}\n`;
  const out = git
    .execGit(['log', '-z', '--format=%H%x00%P%x00%B', '--stdin', '--end-of-options', sha, '--'], { input })
    .stdout.toString('utf8');
  const parts = out.split('\0');
  const commits: WalkedCommit[] = [];
  for (let i = 0; i + 3 <= parts.length; i += 3) {
    const id = (parts[i] as string).replace(/^\n/, '');
    if (!id) break;
    commits.push({
      sha: id,
      parents: (parts[i + 1] as string).split(' ').filter(Boolean),
      message: (parts[i + 2] as string).replace(/\n+$/, ''),
    });
  }
  return commits;
}

/**
 * The names of the tags reachable from `sha` (one `git for-each-ref --merged`). It walks the
 * whole history, so `computeVersion` only uses it in the rare case where the ref itself lies
 * inside tagged history without being tagged (an old commit).
 */
export function tagsMergedInto(git: Git, sha: string): Set<string> {
  const out = git
    .execGit(['for-each-ref', `--merged=${sha}`, '--format=%(refname)', 'refs/tags'])
    .stdout.toString('utf8');
  return new Set(
    out
      .split('\n')
      .filter(Boolean)
      .map((r) => r.slice('refs/tags/'.length)),
  );
}
