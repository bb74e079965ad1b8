import type { Identity } from '../git/commit.js';
import type { GitHubFacts } from './facts.js';
import { compileEmailGlob, type EmailGlob } from './identity-glob.js';

/**
 * A person as the allowlist sees them: git's name and email, which the committer wrote and which
 * prove nothing, and the GitHub logins GitHub itself authenticated for the commit: the pusher of a
 * push event, and the owner of a signature GitHub verified. A login GitHub merely attributes from
 * the commit's email is not among them, since anyone can write anyone's email into a commit.
 */
export interface Who extends Identity {
  authenticated?: readonly string[];
}

/** Commits whose GitHub identity (signature, signer) the Action looks up at most, per run. */
export const MAX_GITHUB_LOOKUPS = 100;

/**
 * The logins GitHub authenticated for a commit: the pusher (who took the whole push on their
 * account) and the signer of a signature GitHub verified. Both vouch for the commit as a whole,
 * so they count for `check: author` as for `check: committer`.
 */
export function authenticatedLogins(github: GitHubFacts | undefined, sha: string): string[] {
  if (!github) return [];
  const logins: string[] = [];
  if (github.pusher) logins.push(github.pusher);
  const signer = github.commits.get(sha)?.verifiedSigner;
  if (signer) logins.push(signer);
  return logins;
}

/** RFC 5321 caps an address at 254 characters; a longer name or email is refused, not matched. */
export const MAX_IDENTITY_LENGTH = 254;

export function isOversized(who: Identity): boolean {
  return who.email.length > MAX_IDENTITY_LENGTH || who.name.length > MAX_IDENTITY_LENGTH;
}

/**
 * Does an allowlist entry name this person? Entries are:
 * - `github:<login>`: one of the authenticated logins;
 * - a bot, `name[bot]` (or `github:name[bot]`): the bot's API login among the authenticated ones
 *   (only GitHub Apps have `[bot]` logins); never a git name or email, which anyone can write;
 * - an email glob (`*@example.com`, `*` and `?` only) or an exact email, compared
 *   case-insensitively. An email entry proves nothing about who made the commit.
 */
export function matchesEntry(entry: string, who: Who): boolean {
  if (isOversized(who)) return false;
  if (entry.startsWith('github:')) return isAuthenticated(entry.slice(7), who);
  if (entry.endsWith('[bot]')) return isAuthenticated(entry, who);
  const email = who.email.toLowerCase();
  if (entry.includes('*') || entry.includes('?')) return globMatcher(entry)(email);
  return email === entry.toLowerCase();
}

/** Does the entry need GitHub's view of the commits (a login, not an email)? */
export function isGitHubEntry(entry: string): boolean {
  return entry.startsWith('github:') || entry.endsWith('[bot]');
}

function isAuthenticated(login: string, who: Who): boolean {
  const wanted = login.toLowerCase();
  return who.authenticated?.some((l) => l.toLowerCase() === wanted) ?? false;
}

/** Compiled once per entry: a 10,000-commit range asks the same few globs 20,000 times. */
const matchers = new Map<string, EmailGlob>();
function globMatcher(entry: string): EmailGlob {
  let m = matchers.get(entry);
  if (!m) {
    m = compileEmailGlob(entry.toLowerCase());
    matchers.set(entry, m);
  }
  return m;
}

export function isAllowed(entries: string[], who: Who): boolean {
  return entries.some((e) => matchesEntry(e, who));
}

export function describeWho(who: Who): string {
  const name = clip(who.name);
  const email = clip(who.email);
  const logins = who.authenticated?.length ? ` (GitHub verified: ${who.authenticated.join(', ')})` : '';
  return `${name} <${email}>${logins}`;
}

/** An oversized identity is named by its start and its length, not repeated whole in every report. */
function clip(text: string): string {
  return text.length > MAX_IDENTITY_LENGTH ? `${text.slice(0, 40)}... (${text.length} characters)` : text;
}
