import type { Git } from '../git/git.js';

/**
 * The `Rollback-Of:` trailer of a deployed commit: what `gitops-action rollback` writes. The
 * `record` command passes it to `writeDeploy(..., { rollbackOf })`, so the record (and `status
 * --history`) shows the deploy as a rollback; the metrics read the trailer too, for records
 * written without it. Undefined when the commit carries none, or names no sha.
 */
export function rollbackOfCommit(git: Git, sha: string): string | undefined {
  const [commit] = git.log([sha], { maxCount: 1 });
  const trailer = commit?.trailers.find((t) => t.key.toLowerCase() === 'rollback-of');
  const value = trailer?.value.trim();
  return value && /^[0-9a-f]{7,64}$/.test(value) ? value : undefined;
}
