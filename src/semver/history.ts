import semver, { type SemVer } from 'semver';
import type { Git } from '../git/git.js';

/**
 * The git queries behind `computeVersion`. Each function is ONE git process whatever the size
 * of the repository: never a process per tag or per commit.
 */

export interface VersionTag {
  /** The tag name, `v1.2.0`. */
  name: string;
  /** The commit the tag points at (annotated tags peeled). */
  sha: string;
  version: SemVer;
}

export interface RefSnapshot {
  /** Every tag whose name is a semver version, with or without the prefix. */
  tags: VersionTag[];
  /** Short names of local branches (`develop`) and remote-tracking ones (`origin/develop`). */
  branches: Set<string>;
}

/**
 * A tag name as a version: the configured prefix or a single `v`/`V` may come first, then a
 * strict semver (`1.2.0`, `1.2.0-beta.1`, `1.2.0+build.5`). Anything else (`latest`,
 * `build-123`, `v1.2`, `release/1.2.0`) is not a version tag and returns null.
 */
export function parseTagVersion(name: string, prefix: string): SemVer | null {
  if (name.length > 256) return null;
  const candidates: string[] = [];
  if (prefix && name.startsWith(prefix)) candidates.push(name.slice(prefix.length));
  if (name.startsWith('v') || name.startsWith('V')) candidates.push(name.slice(1));
  candidates.push(name);
  for (const candidate of candidates) {
    // Strict parsing: no loose forms, no leading `=`, no spaces.
    if (!/^\d/.test(candidate)) continue;
    const parsed = semver.parse(candidate);
    if (parsed) return parsed;
  }
  return null;
}

/** One `git for-each-ref` over tags (peeled) and branches. */
export function readRefs(git: Git, prefix: string): RefSnapshot {
  const out = git
    .execGit([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(*objectname)',
      'refs/tags',
      'refs/heads',
      'refs/remotes',
    ])
    .stdout.toString('utf8');
  const tags: VersionTag[] = [];
  const branches = new Set<string>();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [ref = '', sha = '', peeled = ''] = line.split('\0');
    if (ref.startsWith('refs/tags/')) {
      const name = ref.slice('refs/tags/'.length);
      const version = parseTagVersion(name, prefix);
      if (version) tags.push({ name, sha: peeled || sha, version });
    } else if (ref.startsWith('refs/heads/')) {
      branches.add(ref.slice('refs/heads/'.length));
    } else if (ref.startsWith('refs/remotes/') && !ref.endsWith('/HEAD')) {
      branches.add(ref.slice('refs/remotes/'.length));
    }
  }
  return { tags, branches };
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
