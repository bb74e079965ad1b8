/** One commit as read from `git log`: every fact a rule may need, read once. */
export interface Identity {
  name: string;
  email: string;
  /** ISO 8601, as git prints `%aI`/`%cI`. */
  date: string;
}

export interface Trailer {
  key: string;
  value: string;
}

export interface Commit {
  sha: string;
  parents: string[];
  author: Identity;
  committer: Identity;
  /** The first line of the message. */
  subject: string;
  /** The whole message, as git stores it. */
  message: string;
  trailers: Trailer[];
  /** git's `%G?` (G good, U good but untrusted, N none, B bad, ...); only read when asked for. */
  signature?: string;
}

export function isMerge(commit: Commit): boolean {
  return commit.parents.length > 1;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** Trailer lookup is case-insensitive, as git's own `interpret-trailers` is. */
export function trailerValues(commit: Commit, key: string): string[] {
  const k = key.toLowerCase();
  return commit.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value);
}
