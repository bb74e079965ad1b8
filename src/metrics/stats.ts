/**
 * Summary statistics of durations. The median is the usual one (the mean of the two middle values
 * for an even count); other percentiles use the nearest-rank method (the smallest value with at
 * least p% of the values at or below it), so a p90 is always a duration that happened.
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

/**
 * The median and one percentile with a single sort, in place: a typed array sorts numerically
 * without a comparator, so five years of lead times (~100k) sort in a few milliseconds.
 */
export function medianAndPercentile(
  values: Float64Array,
  p: number,
): { median: number | undefined; percentile: number | undefined } {
  const n = values.length;
  if (n === 0) return { median: undefined, percentile: undefined };
  const s = values.sort();
  const mid = n >> 1;
  const median = n % 2 === 1 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
  return { median, percentile: s[Math.max(1, Math.ceil((p / 100) * n)) - 1] };
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** `42 min`, `5.3 h`, `3.2 d`: one unit, the largest that keeps the figure above one. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms < HOUR_MS) return `${Math.round(ms / 60_000)} min`;
  if (ms < DAY_MS) return `${(ms / HOUR_MS).toFixed(1)} h`;
  return `${(ms / DAY_MS).toFixed(1)} d`;
}
