import picomatch from 'picomatch';

/**
 * Which files the gate reads, from the globs in `rules.destructive.descriptors` (picomatch, extglob
 * on: `deploy/**\/*.y?(a)ml`). Kept apart from the plan so that deciding whether any descriptor
 * changed never loads the YAML parser.
 */

/** Files that make a folder a kustomize root or a Helm chart, read wherever they sit above a descriptor. */
const BUILD_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization', 'Chart.yaml']);

/** Whether the file is one of BUILD_FILES; without slicing, as every path of a revision is asked. */
function isBuildFile(p: string): boolean {
  for (const name of BUILD_FILES) {
    if (p.endsWith(name) && (p.length === name.length || p[p.length - name.length - 1] === '/')) return true;
  }
  return false;
}

function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/**
 * A matcher for the globs that also takes `x.json` where the globs take `x.yaml` or `x.yml`:
 * kubectl applies the JSON manifests of a folder as well as its YAML ones.
 */
function matcher(globs: string[]): (p: string) => boolean {
  const key = globs.join('\0');
  const known = MATCHERS.get(key);
  if (known) return known;
  const isMatch = picomatch(globs, { dot: true });
  // A plan lists every path of both revisions, nearly all the same: each is matched once.
  const seen = new Map<string, boolean>();
  const match = (p: string): boolean => {
    let hit = seen.get(p);
    if (hit === undefined) {
      hit =
        isMatch(p) || (p.endsWith('.json') && (isMatch(`${p.slice(0, -5)}.yaml`) || isMatch(`${p.slice(0, -5)}.yml`)));
      if (seen.size < 200_000) seen.set(p, hit);
    }
    return hit;
  };
  if (MATCHERS.size >= 64) MATCHERS.clear();
  MATCHERS.set(key, match);
  return match;
}

/** Compiled matchers by their globs: a process plans with one policy's globs, or a few. */
const MATCHERS = new Map<string, (p: string) => boolean>();

/** The paths that match any of the globs, with their JSON siblings. */
export function descriptorPaths(allPaths: string[], globs: string[]): string[] {
  if (globs.length === 0) return [];
  const isMatch = matcher(globs);
  return allPaths.filter((p) => isMatch(p));
}

/** Whether a change to these paths can change the plan (a descriptor, or a kustomization or chart file). */
export function touchesDescriptors(changed: string[], globs: string[]): boolean {
  if (globs.length === 0) return false;
  const isMatch = matcher(globs);
  return changed.some((p) => isMatch(p) || isBuildFile(p));
}

/**
 * Everything the plan reads at one revision: the descriptors, and the kustomization and Chart.yaml
 * files in their folders or above them (which decide what is a target, an input or a chart).
 */
export function planPaths(allPaths: string[], globs: string[]): string[] {
  const matched = descriptorPaths(allPaths, globs);
  const dirs = new Set<string>();
  for (const p of matched) {
    for (let d = dirName(p); ; d = dirName(d)) {
      if (dirs.has(d)) break;
      dirs.add(d);
      if (d === '') break;
    }
  }
  const out = new Set(matched);
  for (const p of allPaths) if (isBuildFile(p) && dirs.has(dirName(p))) out.add(p);
  return [...out].sort();
}
