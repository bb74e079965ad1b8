/**
 * Jira issue keys in free text.
 *
 * The rule is Atlassian's default project-key pattern followed by an issue number:
 * `\b[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*\b`, where `\b` is the ASCII word boundary (word characters
 * are `[A-Za-z0-9_]`). It is implemented as a single left-to-right scan rather than a regular
 * expression, so that its cost is linear in the length of the text whatever the text holds: commit
 * messages are untrusted input, and a pushed 1 MB message must not stall a hook.
 */

/**
 * Project keys that look like Jira keys but name encodings, hash functions, standards and
 * advisories: `UTF-8`, `SHA-256`, `ISO-8859`, `RFC-3339`, `CVE-2024`... They are ignored unless
 * `projects` names them explicitly.
 */
export const NOT_JIRA_PROJECTS: ReadonlySet<string> = new Set([
  'UTF', // UTF-8, UTF-16, UTF-32
  'UCS', // UCS-2, UCS-4
  'SHA', // SHA-1, SHA-256, SHA-512
  'SHA2', // SHA2-256
  'SHA3', // SHA3-256
  'MD', // MD-5
  'CRC', // CRC-32
  'AES', // AES-128, AES-256
  'RSA', // RSA-2048
  'ISO', // ISO-8859, ISO-8601
  'IEC', // IEC-62443
  'RFC', // RFC-3339
  'ECMA', // ECMA-262
  'LATIN', // LATIN-1
  'CVE', // CVE-2024-1234
  'CWE', // CWE-79
]);

/** The longest issue number accepted by {@link isJiraKey}: Jira's issue numbers are 64-bit at most. */
const MAX_NUMBER_DIGITS = 18;

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A project part: `[A-Z][A-Z0-9_]{1,9}`, all of `text[start, end)`. */
function isProjectPart(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 10 || !isUpperCode(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isUpperCode(c) || isDigitCode(c) || c === 95)) return false;
  }
  return true;
}

/**
 * The Jira keys in `text`, each once, in the order of their first appearance.
 *
 * With `projects` (non-empty), only keys of those projects count, compared case-insensitively on
 * the configured side (keys themselves are upper case). Without it, every key counts except those
 * of {@link NOT_JIRA_PROJECTS}.
 */
export function findJiraKeys(text: string, projects?: readonly string[]): string[] {
  const allowed = projects && projects.length > 0 ? new Set(projects.map((p) => p.trim().toUpperCase())) : undefined;
  const found = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    // `i` starts a word (the character before it, if any, is not a word character).
    let end = i + 1;
    while (end < n && isWordCode(text.charCodeAt(end))) end++;
    // A key's project part is a whole word followed by `-`; its number is the next whole word.
    if (end < n && text.charCodeAt(end) === 45 && isProjectPart(text, i, end)) {
      const numberStart = end + 1;
      let numberEnd = numberStart;
      while (numberEnd < n && isWordCode(text.charCodeAt(numberEnd))) numberEnd++;
      if (isIssueNumber(text, numberStart, numberEnd)) {
        const project = text.slice(i, end);
        if (allowed ? allowed.has(project) : !NOT_JIRA_PROJECTS.has(project)) {
          found.add(text.slice(i, numberEnd));
        }
        i = numberEnd;
        continue;
      }
    }
    i = end;
  }
  return [...found];
}

/** `[1-9][0-9]*`, all of `text[start, end)`. */
function isIssueNumber(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  if (first < 49 || first > 57) return false;
  for (let i = start + 1; i < end; i++) {
    if (!isDigitCode(text.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Whether `key` is a single, whole Jira key that is safe to put in a request path: the pattern
 * above, with the issue number bounded to {@link MAX_NUMBER_DIGITS} digits.
 */
export function isJiraKey(key: string): boolean {
  const dash = key.indexOf('-');
  if (dash < 0) return false;
  const digits = key.length - dash - 1;
  return (
    digits >= 1 &&
    digits <= MAX_NUMBER_DIGITS &&
    isProjectPart(key, 0, dash) &&
    isIssueNumber(key, dash + 1, key.length)
  );
}
