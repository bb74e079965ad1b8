import { classifyBranch } from './branch.js';

/**
 * Reading the first line of a merge commit: which branch was merged, and what git-flow type it is.
 * Pure. Subjects are untrusted, so this is plain string slicing (linear time), never a
 * backtracking regular expression.
 */
export type MergeType = 'release' | 'hotfix' | 'develop' | 'feature' | 'other';

export interface MergeSubject {
  type: MergeType;
  /** The merged branch, without remote (`origin/`) or fork owner (`org/`) prefixes. */
  branch: string;
  /** For release/hotfix merges named with a version: `X.Y.Z`. */
  version?: string;
  /** For a release/hotfix branch named for a pre-release (`release/4.8.2-alpha.1`): `alpha.1`. */
  prerelease?: string;
  /** The branch merged into, when the subject says (`into main`, `into 'master'`). */
  into?: string;
  /**
   * A tag or main/master merged back (`Merge tag 'v1.2.0' into develop`): it brings no change of
   * its own, so it bumps nothing when a fast-forward puts it on main's first-parent line.
   */
  backMerge?: boolean;
}

const MAX_SUBJECT = 4096;

/** The text between the first pair of single quotes at the start of `s`, and what follows it. */
function quoted(s: string): [string, string] | undefined {
  if (!s.startsWith("'")) return undefined;
  const end = s.indexOf("'", 1);
  if (end <= 1) return undefined;
  return [s.slice(1, end), s.slice(end + 1)];
}

/** ` into main`, ` into 'master'` → the target branch. */
function intoTarget(rest: string): string | undefined {
  const r = rest.trim();
  if (!r.startsWith('into ')) return undefined;
  const t = r.slice(5).trim();
  const q = quoted(t);
  const target = q ? q[0] : (t.split(' ', 1)[0] as string);
  return target || undefined;
}

function dropFirstSegment(name: string): string {
  const slash = name.indexOf('/');
  return slash === -1 ? name : name.slice(slash + 1);
}

function result(branch: string, into: string | undefined, typeOverride?: MergeType): MergeSubject {
  const info = classifyBranch(branch);
  let type: MergeType = 'other';
  if (info.kind === 'release' || info.kind === 'hotfix' || info.kind === 'develop' || info.kind === 'feature') {
    type = info.kind;
  }
  const out: MergeSubject = { type: typeOverride ?? type, branch };
  if (info.version && (out.type === 'release' || out.type === 'hotfix')) {
    out.version = info.version;
    if (info.prerelease) out.prerelease = info.prerelease;
  }
  if (into) out.into = into;
  if (typeOverride === 'other' || info.kind === 'main') out.backMerge = true;
  return out;
}

/**
 * Parses a merge subject, or returns null when the line is not one git, GitHub, GitLab or
 * Bitbucket writes for a branch merge:
 *
 * - `Merge branch 'release/1.2.0'`, `... into main`, `... into 'master'`, `... of <url>`
 * - `Merge remote-tracking branch 'origin/hotfix/1.2.1'` (the remote is dropped)
 * - `Merge pull request #12 from org/release/1.2.0` (the owner is dropped)
 * - `Merged in release/1.2.0 (pull request #12)`
 * - `Merge tag 'v1.2.0' into develop` → type `other`, branch `v1.2.0` (a back-merge)
 * - `Merge 'release-6.3.0' into 'master' using only contents from 'release-6.3.0'`
 * A branch named only for a version (`Merge branch '3.1.0'`) is read as that release's branch.
 */
export function parseMergeSubject(subject: string): MergeSubject | null {
  const s = subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject;
  const line = s.split('\n', 1)[0]?.trim() ?? '';

  if (line.startsWith('Merge branch ')) {
    const q = quoted(line.slice('Merge branch '.length));
    if (!q) return null;
    return result(q[0], intoTarget(q[1]));
  }
  if (line.startsWith('Merge remote-tracking branch ')) {
    const q = quoted(line.slice('Merge remote-tracking branch '.length));
    if (!q) return null;
    return result(dropFirstSegment(q[0]), intoTarget(q[1]));
  }
  if (line.startsWith('Merge pull request #')) {
    const rest = line.slice('Merge pull request #'.length);
    const from = rest.indexOf(' from ');
    if (from === -1) return null;
    const source =
      rest
        .slice(from + ' from '.length)
        .trim()
        .split(' ', 1)[0] ?? '';
    if (!source) return null;
    return result(dropFirstSegment(source), undefined);
  }
  if (line.startsWith('Merged in ')) {
    const rest = line.slice('Merged in '.length);
    const name = rest.split(' ', 1)[0] ?? '';
    if (!name) return null;
    return result(name, undefined);
  }
  // `Merge 'release-6.3.0' into 'master' using only contents from …`, as some tools write it.
  if (line.startsWith("Merge '")) {
    const q = quoted(line.slice('Merge '.length));
    if (!q) return null;
    return result(q[0], intoTarget(q[1]));
  }
  if (line.startsWith('Merge tag ')) {
    const q = quoted(line.slice('Merge tag '.length));
    if (!q) return null;
    return result(q[0], intoTarget(q[1]), 'other');
  }
  return null;
}
