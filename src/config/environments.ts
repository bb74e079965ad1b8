import picomatch from 'picomatch';
import semver from 'semver';
import { parseTagVersion } from '../semver/history.js';
import type { EnvironmentConfig, ResolvedConfig } from './types.js';

export interface RefName {
  kind: 'branch' | 'tag' | 'other';
  /** The short name: `main`, `release/1.2`, `v1.2.0`. */
  name: string;
  full: string;
}

/** `refs/heads/x` is a branch, `refs/tags/x` a tag; a bare name is taken as a branch. */
export function parseRef(ref: string): RefName {
  if (ref.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice(11), full: ref };
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', name: ref.slice(10), full: ref };
  if (ref.startsWith('refs/')) return { kind: 'other', name: ref, full: ref };
  return { kind: 'branch', name: ref, full: `refs/heads/${ref}` };
}

/** Glob matching for branch and tag names: `*` stays within one path segment, as git's own refspecs do. */
export function matchesAny(name: string, globs: string[]): boolean {
  return globs.some((g) => g === name || refGlob(g)(name));
}

const compiled = new Map<string, (name: string) => boolean>();
function refGlob(glob: string): (name: string) => boolean {
  let m = compiled.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true });
    compiled.set(glob, m);
  }
  return m;
}

/**
 * The environment a ref deploys to. Environments are tried in file order and the first match wins,
 * so a `-beta` range listed before production sends beta tags there. A tag must match an
 * environment's tag globs and, when `versions:` is set, its version must satisfy that range.
 */
export function environmentFor(config: ResolvedConfig, ref: RefName): EnvironmentConfig | undefined {
  for (const env of Object.values(config.environments)) {
    if (ref.kind === 'branch' && matchesAny(ref.name, env.branches)) return env;
    if (ref.kind === 'tag' && env.tags.length > 0 && matchesAny(ref.name, env.tags)) {
      if (!env.versions) return env;
      const version = parseTagVersion(ref.name, config.versioning['tag-prefix']);
      if (version && versionInRange(version.version, env.versions)) return env;
    }
  }
  return undefined;
}

/**
 * `semver.satisfies`, with one decision of ours: a plain range (`>=1.0.0`) keeps semver's default
 * and never matches a prerelease, so betas don't reach production by accident; a range that names
 * a prerelease itself (`>=1.0.0-0`) matches prereleases of any version, which is what a user who
 * routes "-beta tags to one server" means (semver alone would match only 1.0.0's prereleases).
 */
export function versionInRange(version: string, range: string): boolean {
  const namesPrerelease = /\d-[0-9A-Za-z]/.test(range);
  return semver.satisfies(version, range, { includePrerelease: namesPrerelease });
}
