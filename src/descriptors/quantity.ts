/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `1.5e3`), exactly as the API server reads them,
 * held as exact values: a BigInt mantissa times a power of ten. Never a float.
 *
 * Grammar (k8s.io/apimachinery `resource.Quantity`):
 *   quantity  ::= sign? number suffix
 *   number    ::= digits | digits "." digits? | "." digits
 *   suffix    ::= "" | binarySI | decimalSI | ("e" | "E") sign? digits
 *   binarySI  ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   decimalSI ::= n | u | m | k | M | G | T | P | E
 * `1E` is 10^18; `1E3` is 1000. `1K` is not a quantity. No whitespace is allowed anywhere.
 */
export interface Quantity {
  /** The value is `mantissa × 10^exponent`; normalised so the mantissa has no trailing zero. */
  readonly mantissa: bigint;
  readonly exponent: number;
}

const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const BINARY_NAMES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const GRAMMAR = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

/** Exponents beyond this are refused rather than turned into huge BigInts. */
const MAX_EXPONENT = 1000;
const MAX_LENGTH = 256;

export class QuantityError extends Error {
  constructor(input: string, reason: string) {
    super(`${JSON.stringify(input)} is not a Kubernetes quantity: ${reason}`);
    this.name = 'QuantityError';
  }
}

function normalise(mantissa: bigint, exponent: number): Quantity {
  if (mantissa === 0n) return { mantissa: 0n, exponent: 0 };
  let m = mantissa;
  let e = exponent;
  while (m % 10n === 0n) {
    m /= 10n;
    e++;
  }
  return { mantissa: m, exponent: e + 0 };
}

/**
 * Quantities already read, by text: a fleet writes the same few (`100m`, `256Mi`) thousands of
 * times, and the capacity check reads every workload on both sides of every plan. Quantities are
 * immutable, so one value serves every caller. Bounded: a repository of unique quantities only
 * stops filling it.
 */
const READ = new Map<string, Quantity>();
const READ_MAX = 4096;

/** Parses a quantity; YAML numbers (`cpu: 2`, `cpu: 0.5`) are accepted as their decimal text. */
export function parseQuantity(input: string | number): Quantity {
  if (typeof input === 'string') {
    const hit = READ.get(input);
    if (hit) return hit;
  }
  const q = parseQuantityText(input);
  if (typeof input === 'string' && READ.size < READ_MAX) READ.set(input, q);
  return q;
}

function parseQuantityText(input: string | number): Quantity {
  const s = typeof input === 'number' ? numberText(input) : input;
  if (typeof s !== 'string') throw new QuantityError(String(input), 'expected a string or a number');
  if (s === '') throw new QuantityError(s, 'it is empty');
  if (s.length > MAX_LENGTH) throw new QuantityError(`${s.slice(0, 20)}…`, `longer than ${MAX_LENGTH} characters`);
  if (s.trim() !== s) throw new QuantityError(s, 'it has leading or trailing whitespace');
  const match = GRAMMAR.exec(s);
  if (!match) {
    const hint = /^[+-]?[\d.]+K$/.test(s)
      ? 'the kilo suffix is a lower-case k (or Ki for 1024)'
      : 'expected a number with an optional suffix n u m k M G T P E Ki Mi Gi Ti Pi Ei or an exponent e3';
    throw new QuantityError(s, hint);
  }
  const [, sign, number, exp, suffix] = match as unknown as [string, string, string, string?, string?];
  const dot = number.indexOf('.');
  const intPart = dot < 0 ? number : number.slice(0, dot);
  const fracPart = dot < 0 ? '' : number.slice(dot + 1);
  let mantissa = BigInt(`${intPart}${fracPart}` || '0');
  if (sign === '-') mantissa = -mantissa;
  let exponent = 0 - fracPart.length;
  if (exp !== undefined) {
    const e = Number(exp);
    if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_EXPONENT)
      throw new QuantityError(s, 'the exponent is out of range');
    exponent += e;
  } else if (suffix !== undefined && suffix in BINARY_SUFFIX) {
    mantissa *= 1024n ** BigInt(BINARY_SUFFIX[suffix] as number);
  } else {
    exponent += DECIMAL_SUFFIX[suffix ?? ''] as number;
  }
  return normalise(mantissa, exponent);
}

/** Like `parseQuantity`, but undefined instead of an exception. */
export function tryParseQuantity(input: unknown): Quantity | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  try {
    return parseQuantity(input);
  } catch {
    return undefined;
  }
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // `String(1e21)` is "1e+21", which the grammar accepts; so is "0.5".
  return String(n);
}

function align(a: Quantity, b: Quantity): [bigint, bigint, number] {
  const e = Math.min(a.exponent, b.exponent);
  return [a.mantissa * 10n ** BigInt(a.exponent - e), b.mantissa * 10n ** BigInt(b.exponent - e), e];
}

/** -1, 0 or 1: a total order on exact values. */
export function compareQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function quantityEquals(a: Quantity, b: Quantity): boolean {
  return a.mantissa === b.mantissa && a.exponent === b.exponent;
}

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  const [x, y, e] = align(a, b);
  return normalise(x + y, e);
}

export function multiplyQuantity(q: Quantity, factor: number | bigint): Quantity {
  if (typeof factor === 'number' && !Number.isSafeInteger(factor)) {
    throw new RangeError(`multiplyQuantity: ${factor} is not an integer`);
  }
  return normalise(q.mantissa * BigInt(factor), q.exponent);
}

export const ZERO_QUANTITY: Quantity = { mantissa: 0n, exponent: 0 };

/**
 * The exact sum of `q × times` over many terms. Mantissas of one exponent are added as they come
 * and the exponents aligned once at the end: a fleet writes a few exponents thousands of times,
 * and aligning and normalising at every step was most of the capacity check (profiled).
 */
export function sumQuantities(terms: Iterable<readonly [Quantity, number]>): Quantity {
  const byExponent = new Map<number, bigint>();
  for (const [q, times] of terms) {
    if (!Number.isSafeInteger(times)) throw new RangeError(`sumQuantities: ${times} is not an integer`);
    byExponent.set(q.exponent, (byExponent.get(q.exponent) ?? 0n) + q.mantissa * BigInt(times));
  }
  let sum = ZERO_QUANTITY;
  for (const [exponent, mantissa] of byExponent) sum = addQuantity(sum, { mantissa, exponent });
  return sum;
}

/**
 * The canonical text: integers use the largest decimal suffix that keeps them whole (`5G`), else a
 * binary one when they are a multiple of 1024 (`512Mi`), else plain digits; fractions use `m`, `u`
 * or `n`, or an exponent below that. `parseQuantity(formatQuantity(q))` equals `q`.
 */
export function formatQuantity(q: Quantity): string {
  const { mantissa: m, exponent: e } = q;
  if (m === 0n) return '0';
  if (e >= 3) {
    const k = Math.min(Math.floor(e / 3), 6);
    const suffix = ['', 'k', 'M', 'G', 'T', 'P', 'E'][k] as string;
    return `${m * 10n ** BigInt(e - 3 * k)}${suffix}`;
  }
  if (e >= 0) {
    const v = m * 10n ** BigInt(e);
    const abs = v < 0n ? -v : v;
    for (let k = 6; k >= 1; k--) {
      const unit = 1024n ** BigInt(k);
      if (abs % unit === 0n) return `${v / unit}${BINARY_NAMES[k]}`;
    }
    return `${v}`;
  }
  if (e >= -3) return `${m * 10n ** BigInt(e + 3)}m`;
  if (e >= -6) return `${m * 10n ** BigInt(e + 6)}u`;
  if (e >= -9) return `${m * 10n ** BigInt(e + 9)}n`;
  return `${m}e${e}`;
}
