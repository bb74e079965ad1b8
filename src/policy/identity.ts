import picomatch from 'picomatch';
import type { Identity } from '../git/commit.js';

/** A person as the allowlist sees them: git's name and email, and GitHub's login where known. */
export interface Who extends Identity {
  login?: string;
}

/**
 * Does an allowlist entry name this person? Entries are:
 * - `github:<login>`, matched against the GitHub login only (git emails can be forged; logins can't);
 * - a bot name like `github-actions[bot]`, matched against the login, the name, or GitHub's noreply
 *   email `<id>+<name>@users.noreply.github.com`;
 * - an email glob (`*@example.com`), or an exact email. Emails compare case-insensitively.
 */
export function matchesEntry(entry: string, who: Who): boolean {
  const email = who.email.toLowerCase();
  if (entry.startsWith('github:')) {
    return who.login !== undefined && who.login.toLowerCase() === entry.slice(7).toLowerCase();
  }
  if (entry.endsWith('[bot]')) {
    const bot = entry.toLowerCase();
    return (
      who.login?.toLowerCase() === bot ||
      who.name.toLowerCase() === bot ||
      email === `${bot}@users.noreply.github.com` ||
      (email.endsWith(`+${bot}@users.noreply.github.com`) && /^\d+\+/.test(email))
    );
  }
  if (entry.includes('*') || entry.includes('?')) return globMatcher(entry)(email);
  return email === entry.toLowerCase();
}

/** Compiled once per entry: a 10,000-commit range asks the same few globs 20,000 times. */
const matchers = new Map<string, (email: string) => boolean>();
function globMatcher(entry: string): (email: string) => boolean {
  let m = matchers.get(entry);
  if (!m) {
    m = picomatch(entry.toLowerCase(), { dot: true, nobrace: true, noextglob: true });
    matchers.set(entry, m);
  }
  return m;
}

export function isAllowed(entries: string[], who: Who): boolean {
  return entries.some((e) => matchesEntry(e, who));
}

export function describeWho(who: Who): string {
  return who.login ? `${who.name} <${who.email}> (github:${who.login})` : `${who.name} <${who.email}>`;
}
