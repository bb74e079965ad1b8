import semver from 'semver';

/**
 * Classifying branch names the way git-flow names them. Pure.
 */
export type BranchKind = 'main' | 'develop' | 'release' | 'hotfix' | 'feature' | 'support' | 'other';

export interface BranchInfo {
  kind: BranchKind;
  /** The branch name with `refs/heads/`, `refs/remotes/<remote>/` or `origin/` removed. */
  name: string;
  /**
   * For release/hotfix branches that name a version anywhere after the prefix (`1.2.0`,
   * `release-v1.2`, `hotfix-0.2.10`): normalised `X.Y.Z`. See `versionInBranchName`.
   */
  version?: string;
  /** The pre-release a release/hotfix branch is named for: `alpha.1` of `release/4.8.2-alpha.1`. */
  prerelease?: string;
  /**
   * A maintenance line named by its numbers with a wildcard (`release/2.7.x`, `support/1.x`,
   * `support/1.2`): the major, and the minor when the name fixes it.
   */
  line?: { major: number; minor?: number };
  /** The part after the prefix: `login` for `feature/login`, `1.2.0` for `release/1.2.0`. */
  suffix?: string;
}

const PREFIXES: Array<[string, BranchKind]> = [
  ['releases/', 'release'],
  ['release/', 'release'],
  ['release-', 'release'],
  ['release_', 'release'],
  ['hotfixes/', 'hotfix'],
  ['hotfix/', 'hotfix'],
  ['hotfix-', 'hotfix'],
  ['hotfix_', 'hotfix'],
  ['features/', 'feature'],
  ['feature/', 'feature'],
  ['support/', 'support'],
  ['support-', 'support'],
  ['support_', 'support'],
];

const MAIN = new Set(['main', 'master']);
const DEVELOP = new Set(['develop', 'development', 'dev']);

/** Strips `refs/heads/`, `refs/remotes/<remote>/` and a leading `origin/`. */
export function shortBranchName(name: string): string {
  let n = name.trim();
  if (n.startsWith('refs/heads/')) return n.slice('refs/heads/'.length);
  if (n.startsWith('refs/remotes/')) {
    n = n.slice('refs/remotes/'.length);
    const slash = n.indexOf('/');
    return slash === -1 ? n : n.slice(slash + 1);
  }
  if (n.startsWith('origin/')) return n.slice('origin/'.length);
  return n;
}

/**
 * A version written in a branch name or merge subject: `1.2.0`, `v1.2.0`, `V1.2.0` or `1.2`
 * (read as `1.2.0`). Pre-release and build parts are accepted and dropped: `release/1.2.0-rc.1`
 * is the release of 1.2.0. Returns `X.Y.Z`, or undefined for anything else.
 */
export function versionFromName(text: string): string | undefined {
  let t = text;
  if (t.startsWith('v') || t.startsWith('V')) t = t.slice(1);
  if (t.length === 0 || t.length > 256) return undefined;
  // `1.2` → `1.2.0`: exactly one dot and digits only on both sides.
  const dot = t.indexOf('.');
  if (dot > 0 && t.indexOf('.', dot + 1) === -1 && /^\d+\.\d+$/.test(t)) t = `${t}.0`;
  const parsed = semver.parse(t);
  if (!parsed) return undefined;
  return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}

export interface NamedVersion {
  /** `X.Y.Z`. */
  version?: string;
  /** A pre-release written right after the version: `rc.1` of `1.2.0-rc.1`. */
  prerelease?: string;
  /** `2.7.x`, `1.x`: a maintenance line rather than one version. */
  line?: { major: number; minor?: number };
}

const SEGMENT_VERSION = /^[vV]?(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})(?:\.(0|[1-9]\d{0,14}))?$/;
const SEGMENT_LINE = /^[vV]?(0|[1-9]\d{0,14})(?:\.(0|[1-9]\d{0,14}))?\.[xX*]$/;
/**
 * What a pre-release suffix looks like when a branch is named for one: a label then numbers
 * (`alpha`, `rc.1`, `beta2`, `preview.3.1`). Free words (`release/1.2.0-login-fix`) are not one.
 */
const BRANCH_PRERELEASE =
  /^(?:alpha|beta|rc|pre|preview|next|canary|dev|m|milestone)(?:\.?(?:0|[1-9]\d{0,8}))?(?:\.(?:0|[1-9]\d{0,8}))*$/i;

/**
 * The version written in what follows `release`/`hotfix`/`support` in a branch name, wherever it
 * sits: the text is split on `/`, `-` and `_`, and the first segment that starts with a digit
 * (after an optional `v`) decides. It counts when it is `X.Y` (read `X.Y.0`) or `X.Y.Z`; `X.x`
 * and `X.Y.x` name a maintenance line. So `release-1.0.26`, `hotfix-0.2.10` and `v1.2` name
 * versions, while `0-28.1` does not name 28.1.0 (its first numeric segment is `0`) and
 * `1.7.39.1` names nothing. Linear: one split, two anchored regexes per segment at most.
 */
export function versionInBranchName(text: string): NamedVersion | undefined {
  if (text.length === 0 || text.length > 256) return undefined;
  const segments = text.split(/[/_-]/);
  let offset = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const end = offset + segment.length;
    offset = end + 1;
    const start = segment.startsWith('v') || segment.startsWith('V') ? segment.slice(1) : segment;
    if (!startsWithDigit(start)) continue;
    const line = SEGMENT_LINE.exec(segment);
    if (line) {
      const out: NamedVersion = { line: { major: Number(line[1]) } };
      if (line[2] !== undefined) (out.line as { minor?: number }).minor = Number(line[2]);
      return out;
    }
    const m = SEGMENT_VERSION.exec(segment);
    if (!m) return undefined;
    const out: NamedVersion = { version: `${m[1]}.${m[2]}.${m[3] ?? '0'}` };
    // `4.8.2-alpha.1`: the split cut the pre-release off at its `-`; it is everything after it.
    const rest = text.slice(end + 1);
    if (text[end] === '-' && BRANCH_PRERELEASE.test(rest)) out.prerelease = rest;
    return out;
  }
  return undefined;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function classifyBranch(branch: string): BranchInfo {
  const name = shortBranchName(branch);
  const lower = name.toLowerCase();
  if (MAIN.has(lower)) return { kind: 'main', name };
  if (DEVELOP.has(lower)) return { kind: 'develop', name };
  for (const [prefix, kind] of PREFIXES) {
    if (lower.startsWith(prefix) && name.length > prefix.length) {
      const suffix = name.slice(prefix.length);
      const info: BranchInfo = { kind, name, suffix };
      if (kind === 'release' || kind === 'hotfix') {
        const named = versionInBranchName(suffix);
        if (named?.version) info.version = named.version;
        if (named?.prerelease) info.prerelease = named.prerelease;
        if (named?.line) info.line = named.line;
      }
      if (kind === 'support') {
        const named = versionInBranchName(suffix);
        if (named?.line) info.line = named.line;
        else if (named?.version) {
          const [major, minor] = named.version.split('.').map(Number) as [number, number];
          info.line = { major, minor };
        }
      }
      return info;
    }
  }
  // A branch named only for a version (`3.1.0`, `v2.4`) is that version's release branch.
  const bare = SEGMENT_VERSION.exec(name);
  if (bare) return { kind: 'release', name, suffix: name, version: `${bare[1]}.${bare[2]}.${bare[3] ?? '0'}` };
  return { kind: 'other', name };
}

/**
 * Turns a branch name into one dot-separated semver pre-release identifier string:
 * characters outside `[0-9A-Za-z-]` become `-`, runs of `-` collapse, and purely numeric
 * identifiers lose leading zeros (semver forbids them). `feature/JIRA-12_login` → `JIRA-12-login`.
 */
export function sanitizeLabel(name: string): string {
  let out = '';
  for (const ch of name.slice(0, 200)) {
    const ok = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '-';
    const c = ok ? ch : '-';
    if (c === '-' && out.endsWith('-')) continue;
    out += c;
  }
  out = out.replace(/^-+/, '').replace(/-+$/, '');
  if (out === '') return 'branch';
  if (/^\d+$/.test(out)) return out.replace(/^0+(?=\d)/, '');
  return out;
}
