import picomatch from 'picomatch';

/**
 * The paths that match any of the globs (picomatch, extglob on: `deploy/**\/*.y?(a)ml`). Kept apart
 * from the plan so that deciding whether any descriptor changed never loads the YAML parser.
 */
export function descriptorPaths(allPaths: string[], globs: string[]): string[] {
  if (globs.length === 0) return [];
  const isMatch = picomatch(globs, { dot: true });
  return allPaths.filter((p) => isMatch(p));
}
