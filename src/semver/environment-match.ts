import semver from 'semver';
import { parseTagVersion } from './history.js';

export interface SatisfiesOptions {
  /** A tag prefix to strip first (`release-`); a single `v`/`V` is always accepted. */
  prefix?: string;
  /** Let pre-releases match any range they fall inside. Default false, as in the semver package. */
  includePrerelease?: boolean;
}

/**
 * Whether a version (or a version tag such as `v1.2.0`) falls in an environment's `versions:`
 * range. This is `semver.satisfies` with the package's defaults:
 *
 * - `>=1.0.0` matches `1.2.0` but NOT `1.2.0-beta.1`: a pre-release only matches a range when a
 *   comparator in the same `major.minor.patch` names a pre-release itself, so
 *   `>=1.2.0-beta.0` matches `1.2.0-beta.1` (and every later release) but not `1.3.0-beta.1`.
 *   `includePrerelease: true` lifts that restriction.
 * - Build metadata is ignored (`1.2.0+build.5` is `1.2.0`).
 * - A version or range that does not parse never matches and never throws.
 */
export function versionSatisfies(version: string, range: string, options: SatisfiesOptions = {}): boolean {
  const parsed = parseTagVersion(version.trim(), options.prefix ?? '');
  if (!parsed) return false;
  try {
    if (semver.validRange(range) === null) return false;
    return semver.satisfies(parsed, range, { includePrerelease: options.includePrerelease ?? false });
  } catch {
    return false;
  }
}
