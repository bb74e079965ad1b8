/**
 * Bump markers in commit messages. Pure: a message in, a bump (or nothing) out.
 *
 * - `+semver: major|minor|patch|none`, with the aliases `breaking` (major), `feature` (minor),
 *   `fix` (patch) and `skip` (none); case-insensitive, spaces after the colon optional.
 * - A `BREAKING CHANGE:` or `BREAKING-CHANGE:` footer (a line that starts with it) → major.
 * - A Conventional Commits header with `!`: `type!:` or `type(scope)!:` → major.
 * - With `conventionalCommits` (the `versioning.conventional-commits` key): a `feat:` or
 *   `feat(scope):` header → minor, as semantic-release reads it. `fix:` asks for nothing: patch
 *   is what every line bumps anyway, and a marker overrides the branch type, so reading `fix:`
 *   as a patch marker would pull a release merge below `main-increment`.
 *
 * Every pattern here is linear in the length of the message: messages are untrusted input.
 */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

const ALIASES: Record<string, Bump> = {
  major: 'major',
  breaking: 'major',
  minor: 'minor',
  feature: 'minor',
  patch: 'patch',
  fix: 'patch',
  none: 'none',
  skip: 'none',
};

// One literal, optional blanks, one word: no nested or overlapping quantifiers.
const SEMVER_MARKER = /\+semver:[ \t]*([a-z]+)/gi;
// `type!:` or `type(scope)!:`; the scope cannot contain parentheses or newlines.
const BANG_HEADER = /^[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!:/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:/m;
const FEAT_HEADER = /^feat(?:\([^()\r\n]*\))?:/i;

export interface MarkerOptions {
  /** `feat:` headers are minor markers. */
  conventionalCommits?: boolean;
}

/** The larger of two bumps (`none` < `patch` < `minor` < `major`). */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

export function compareBumps(a: Bump, b: Bump): number {
  return RANK[a] - RANK[b];
}

/**
 * The bump a message asks for, or null when it asks for nothing. When a message holds several
 * markers the largest wins, so `+semver: none` only counts when it is the only kind present.
 */
export function markerBump(message: string, options: MarkerOptions = {}): Bump | null {
  let found: Bump | null = null;
  const firstLine = message.slice(0, message.indexOf('\n') === -1 ? message.length : message.indexOf('\n'));
  if (BANG_HEADER.test(firstLine) || BREAKING_FOOTER.test(message)) return 'major';
  if (options.conventionalCommits && FEAT_HEADER.test(firstLine)) found = 'minor';
  for (const match of message.matchAll(SEMVER_MARKER)) {
    const bump = ALIASES[(match[1] as string).toLowerCase()];
    if (bump) found = found === null ? bump : maxBump(found, bump);
    if (found === 'major') break;
  }
  return found;
}

/** The largest marker over many messages, or null when none of them has one. */
export function markersBump(messages: Iterable<string>, options: MarkerOptions = {}): Bump | null {
  let found: Bump | null = null;
  for (const message of messages) {
    const bump = markerBump(message, options);
    if (bump !== null) found = found === null ? bump : maxBump(found, bump);
    if (found === 'major') break;
  }
  return found;
}
