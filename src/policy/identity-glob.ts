/**
 * Glob matching for the allowlist's email entries (`*@example.com`, `ops-?@example.com`), in time
 * linear in the email for a given pattern. A regex compiled from a glob with several `*`
 * (picomatch's, for one) backtracks: `*@*.*.example.com` against a 4,000-character email takes
 * seconds, and the email is the pusher's to choose.
 *
 * The pattern is split at its `*`s into segments of literal characters and `?` (any one
 * character). The first segment must match at the start, the last at the end, and each segment in
 * between is matched at its leftmost place after the previous one. Leftmost is always right: a
 * later place leaves less room for the segments after it and gains nothing, since the `*`s between
 * absorb whatever is skipped. So no choice is ever revisited, and the work is at most the email's
 * length times the pattern's.
 *
 * Only `*` and `?` are special; every other character is literal (emails are not paths, so `*`
 * also matches `/`). Callers fold case first.
 */
export interface GlobCounter {
  /** Character comparisons made, for tests that bound the work. */
  steps: number;
}

export type EmailGlob = (text: string, counter?: GlobCounter) => boolean;

export function compileEmailGlob(pattern: string): EmailGlob {
  const segments = pattern.split('*');
  const hasStar = segments.length > 1;
  const first = segments[0] as string;
  const last = segments[segments.length - 1] as string;
  const middle = segments.slice(1, -1).filter((s) => s.length > 0);
  const minLength = segments.reduce((n, s) => n + s.length, 0);
  return (text, counter) => {
    if (!hasStar) return text.length === first.length && matchesAt(first, text, 0, counter);
    if (text.length < minLength) return false;
    if (!matchesAt(first, text, 0, counter)) return false;
    const end = text.length - last.length;
    if (!matchesAt(last, text, end, counter)) return false;
    let pos = first.length;
    for (const segment of middle) {
      const found = findFrom(segment, text, pos, end, counter);
      if (found < 0) return false;
      pos = found + segment.length;
    }
    return true;
  };
}

/** Does `segment` (literals and `?`) match `text` starting at `at`? */
function matchesAt(segment: string, text: string, at: number, counter?: GlobCounter): boolean {
  for (let i = 0; i < segment.length; i++) {
    if (counter) counter.steps++;
    const c = segment.charCodeAt(i);
    if (c !== QUESTION && c !== text.charCodeAt(at + i)) return false;
  }
  return true;
}

/** The leftmost place in `[from, end - segment.length]` where `segment` matches, or -1. */
function findFrom(segment: string, text: string, from: number, end: number, counter?: GlobCounter): number {
  for (let at = from; at + segment.length <= end; at++) {
    if (matchesAt(segment, text, at, counter)) return at;
  }
  return -1;
}

const QUESTION = '?'.charCodeAt(0);
