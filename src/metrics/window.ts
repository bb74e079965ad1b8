import { UsageError } from '../errors.js';

/**
 * `--since`: a length back from `--until` (`90d`, `12w`, `6m` for 30-day months, `1y` for 365
 * days) or a date (`2026-01-01`, or a full ISO 8601 time). Returns epoch milliseconds.
 */
export function parseSince(text: string, until: number): number {
  const m = /^(\d{1,5})([dwmy])$/.exec(text.trim());
  if (m) {
    const days = Number(m[1]) * { d: 1, w: 7, m: 30, y: 365 }[m[2] as 'd' | 'w' | 'm' | 'y'];
    if (days === 0)
      throw new UsageError(`--since ${text} is an empty window`, 'Give at least one day, e.g. --since 90d.');
    return until - days * 86_400_000;
  }
  return parseTime(text, '--since');
}

/** `--until`: a date or an ISO 8601 time; a bare date means the end of that day (UTC). */
export function parseTime(text: string, option: string): number {
  const t = text.trim();
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(t) ? Date.parse(`${t}T00:00:00Z`) : Date.parse(t);
  if (!/^\d{4}-\d{2}-\d{2}/.test(t) || Number.isNaN(ms)) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)} is neither a length like 90d nor a date`,
      `Give ${option} as 90d, 12w, 6m, 1y, or a date such as 2026-01-01.`,
    );
  }
  return ms;
}
