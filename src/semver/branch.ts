import semver from 'semver';

/**
 * Classifying branch names the way git-flow names them. Pure.
 */
export type BranchKind = 'main' | 'develop' | 'release' | 'hotfix' | 'feature' | 'support' | 'other';

export interface BranchInfo {
  kind: BranchKind;
  /** The branch name with `refs/heads/`, `refs/remotes/<remote>/` or `origin/` removed. */
  name: string;
  /** For release/hotfix branches whose suffix is a version (`1.2.0`, `v1.2.0`, `1.2`), normalised `X.Y.Z`. */
  version?: string;
  /** The part after the prefix: `login` for `feature/login`, `1.2.0` for `release/1.2.0`. */
  suffix?: string;
}

const PREFIXES: Array<[string, BranchKind]> = [
  ['releases/', 'release'],
  ['release/', 'release'],
  ['release-', 'release'],
  ['hotfixes/', 'hotfix'],
  ['hotfix/', 'hotfix'],
  ['hotfix-', 'hotfix'],
  ['features/', 'feature'],
  ['feature/', 'feature'],
  ['support/', 'support'],
  ['support-', 'support'],
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
        const version = versionFromName(suffix);
        if (version) info.version = version;
      }
      return info;
    }
  }
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
