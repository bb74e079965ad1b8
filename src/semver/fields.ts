import type { VersionResult } from './version.js';

/**
 * The fields a GitVersion user looks for, derived from a computed version. Pure. Names follow
 * GitVersion's variables (`Major`, `PreReleaseLabel`, `FullSemVer`, …) in camelCase for JSON and
 * in kebab-case for the Action's outputs.
 */
export interface GitVersionFields {
  major: number;
  minor: number;
  patch: number;
  /** `alpha` of `1.3.0-alpha.7`; empty for a release, as GitVersion writes it. */
  preReleaseLabel: string;
  /** `7` of `1.3.0-alpha.7`; null when the pre-release ends in no number or there is none. */
  preReleaseNumber: number | null;
  /**
   * The version with the commits since its source as build metadata (`1.2.1+3`), as GitVersion's
   * FullSemVer. Pre-releases already count those commits in their number, and a tagged commit
   * has none, so for both it is the version itself.
   */
  fullSemVer: string;
  /** Commits since the base; 0 on a tagged commit, whose tag is its own source. */
  commitsSinceVersionSource: number;
  branchName: string | null;
  sha: string;
}

const CORE = /^(\d+)\.(\d+)\.(\d+)(?:-([^+]*))?/;

export function gitVersionFields(result: VersionResult): GitVersionFields {
  const m = CORE.exec(result.version);
  const [major, minor, patch] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const pre = m?.[4];
  let preReleaseLabel = '';
  let preReleaseNumber: number | null = null;
  if (pre) {
    const ids = pre.split('.');
    const last = ids[ids.length - 1] as string;
    if (ids.length > 1 && /^\d{1,15}$/.test(last)) {
      preReleaseNumber = Number(last);
      preReleaseLabel = ids.slice(0, -1).join('.');
    } else preReleaseLabel = pre;
  }
  const commitsSinceVersionSource = result.source === 'tag' ? 0 : result.commitsSinceBase;
  const fullSemVer =
    pre || result.source === 'tag' || commitsSinceVersionSource === 0
      ? result.version
      : `${result.version}+${commitsSinceVersionSource}`;
  return {
    major,
    minor,
    patch,
    preReleaseLabel,
    preReleaseNumber,
    fullSemVer,
    commitsSinceVersionSource,
    branchName: result.branch,
    sha: result.sha,
  };
}

/** The same fields as the Action's outputs: kebab-case names, every value a string ('' for none). */
export function gitVersionOutputs(result: VersionResult | undefined): Record<string, string> {
  const f = result ? gitVersionFields(result) : undefined;
  return {
    major: f ? String(f.major) : '',
    minor: f ? String(f.minor) : '',
    patch: f ? String(f.patch) : '',
    'pre-release-label': f?.preReleaseLabel ?? '',
    'pre-release-number': f?.preReleaseNumber == null ? '' : String(f.preReleaseNumber),
    'full-semver': f?.fullSemVer ?? '',
    'commits-since-version-source': f ? String(f.commitsSinceVersionSource) : '',
    'branch-name': f?.branchName ?? '',
    sha: f?.sha ?? '',
  };
}
