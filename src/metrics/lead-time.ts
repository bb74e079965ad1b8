import { type Band, leadTimeBand } from './bands.js';
import { attributeChanges } from './changes.js';
import type { DeployEvent } from './events.js';
import type { CommitFact } from './facts.js';
import { median, percentile } from './stats.js';

/**
 * Lead time for changes: for every commit a successful deploy in the window brought in (every
 * commit of `previous deployed..deployed`, not only the head: fourkeys#46), the time from the
 * commit's author time to the deploy. A commit counts once, at the first successful deploy that
 * reached it. The baseline deploy's own changes are not measured: when it is the first deploy ever
 * recorded, its range is the whole earlier history (DevLake#8188).
 */
export interface LeadTime {
  /** Commits measured. */
  commits: number;
  medianMs?: number;
  p90Ms?: number;
  band?: Band;
}

export function leadTime(events: DeployEvent[], commits: Map<string, CommitFact>): LeadTime {
  const deployed = attributeChanges(events, commits, (e) => e.status === 'success');
  const times: number[] = [];
  for (const [e, shas] of deployed) {
    if (!e.measured) continue;
    for (const sha of shas) times.push(Math.max(0, e.at - commits.get(sha)!.authorTime));
  }
  const med = median(times);
  return {
    commits: times.length,
    medianMs: med,
    p90Ms: percentile(times, 90),
    band: med === undefined ? undefined : leadTimeBand(med),
  };
}
