import { type Band, restoreBand } from './bands.js';
import type { Failure } from './failures.js';
import { median, percentile } from './stats.js';

/**
 * Time to restore (DORA's "failed deployment recovery time"): for each failed deploy in the window,
 * from that deploy to the successful deploy that undid it (the next success after a failed status,
 * the rollback, or the deploy that brought in the revert or the hotfix). Failures not undone by the
 * window's end are counted as open, not measured.
 */
export interface TimeToRestore {
  restored: number;
  open: number;
  medianMs?: number;
  p90Ms?: number;
  band?: Band;
}

export function timeToRestore(failures: Failure[], until: number): TimeToRestore {
  const times: number[] = [];
  let open = 0;
  for (const f of failures) {
    if (!f.event.measured) continue;
    if (f.restoredBy && f.restoredBy.at <= until) times.push(f.restoredBy.at - f.event.at);
    else open++;
  }
  const med = median(times);
  return {
    restored: times.length,
    open,
    medianMs: med,
    p90Ms: percentile(times, 90),
    band: med === undefined ? undefined : restoreBand(med),
  };
}
