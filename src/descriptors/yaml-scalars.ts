/**
 * go-yaml v2's reading of plain scalars (what sigs.k8s.io/yaml, and so kubectl, decodes into
 * `interface{}`): YAML 1.1 booleans (`yes`/`no`/`on`/`off`/`y`/`n`), integers with underscores and
 * Go's prefixes (`0644` is octal), floats, `~`/`null`, and timestamps left as strings.
 *
 * Both readers use these functions: js-yaml through the types in `kubectl-yaml.ts`, and the fast
 * reader in `fast-yaml.ts` directly, so the two cannot resolve a scalar differently. The alias
 * budget at the end is shared the same way.
 */

export const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
export const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

/** go-yaml v2: underscores dropped, then Go's `strconv.ParseInt(s, 0, 64)` (0x, 0o, 0b, leading-0 octal). */
export function goInt(s: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|0|[1-9][0-9]*)$/.exec(s.replace(/_/g, ''));
  if (!m) return undefined;
  const digits = m[2] as string;
  let n: number;
  if (/^0[xX]/.test(digits)) n = Number.parseInt(digits.slice(2), 16);
  else if (/^0[bB]/.test(digits)) n = Number.parseInt(digits.slice(2), 2);
  else if (/^0[oO]/.test(digits)) n = Number.parseInt(digits.slice(2), 8);
  else if (digits.length > 1 && digits.startsWith('0')) n = Number.parseInt(digits.slice(1), 8);
  else n = Number(digits);
  return m[1] === '-' ? -n : n;
}

/** Whether a plain scalar can be a number at all: it starts with a digit, a sign or a dot. Most cannot. */
export function numeric(s: unknown): s is string {
  if (typeof s !== 'string' || s.length === 0) return false;
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT: Record<string, number> = {
  '.nan': Number.NaN,
  '.NaN': Number.NaN,
  '.NAN': Number.NaN,
  '.inf': Number.POSITIVE_INFINITY,
  '.Inf': Number.POSITIVE_INFINITY,
  '.INF': Number.POSITIVE_INFINITY,
  '+.inf': Number.POSITIVE_INFINITY,
  '+.Inf': Number.POSITIVE_INFINITY,
  '+.INF': Number.POSITIVE_INFINITY,
  '-.inf': Number.NEGATIVE_INFINITY,
  '-.Inf': Number.NEGATIVE_INFINITY,
  '-.INF': Number.NEGATIVE_INFINITY,
};

export function isFloat(s: unknown): s is string {
  return numeric(s) && (Object.hasOwn(SPECIAL_FLOAT, s) || FLOAT.test(s.replace(/_/g, '')));
}

export function toFloat(s: string): number {
  return Object.hasOwn(SPECIAL_FLOAT, s) ? (SPECIAL_FLOAT[s] as number) : Number(s.replace(/_/g, ''));
}

/** js-yaml's null: `~`, `null`, `Null`, `NULL` and the empty scalar. */
function isNull(s: string): boolean {
  return s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL';
}

/**
 * A plain scalar's value, tried in js-yaml's order of implicit types (null, bool, int, float);
 * anything else is a string.
 */
export function resolvePlainScalar(s: string): unknown {
  if (isNull(s)) return null;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  if (!numeric(s)) return s;
  const n = goInt(s);
  if (n !== undefined) return n;
  if (isFloat(s)) return toFloat(s);
  return s;
}

/**
 * Characters of text (keys and string values, each alias counted again) an alias-expanded
 * document may hold: at least this, or ten times its own length. Aliases of one long scalar
 * cost a few bytes each in the file and its whole length wherever the document is written out
 * (1 MiB aliased 20,000 times ran the plan out of memory).
 */
export function aliasCharBudget(textLength: number): number {
  return Math.max(16 * 1024 * 1024, 10 * textLength);
}
