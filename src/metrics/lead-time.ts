import { type Band, leadTimeBand } from './bands.js';
import type { Attribution } from './changes.js';
import type { CommitGraph } from './commit-graph.js';
import type { DeployEvent } from './events.js';
import { medianAndPercentile } from './stats.js';

/**
 * Lead time for changes: for every commit a successful deploy in the window brought in (every
 * commit of `previous deployed..deployed`, not only the head: fourkeys#46), the time from the
 * commit's author time to the deploy. A commit counts once, at the first successful deploy that
 * reached it. The baseline deploy's own changes are not measured: when it is the first deploy ever
 * recorded, its range is the whole earlier history (DevLake#8188).
 *
 * `starts` replaces the author time of some commits: a squash merge's start is its pull request's
 * first commit, where the Action could ask GitHub for it.
 */
export interface LeadTime {
  /** Commits measured. */
  commits: number;
  medianMs?: number;
  p90Ms?: number;
  band?: Band;
  /** Commits whose start is their pull request's first commit (squash and rebase merges). */
  fromPullRequests?: number;
}

export function leadTime(
  events: readonly DeployEvent[],
  graph: CommitGraph,
  deployed: Attribution,
  starts?: ReadonlyMap<string, number>,
): LeadTime {
  const owner = deployed.owner;
  const times = new Float64Array(owner.length);
  let n = 0;
  let fromPullRequests = 0;
  for (let id = 0; id < owner.length; id++) {
    const i = owner[id]!;
    if (i === -1) continue;
    const e = events[i]!;
    if (!e.measured) continue;
    let start = graph.authorTime(id);
    const pr = starts?.get(graph.sha(id));
    if (pr !== undefined && pr < start) {
      start = pr;
      fromPullRequests++;
    }
    times[n++] = Math.max(0, e.at - start);
  }
  const { median: med, percentile: p90 } = medianAndPercentile(times.subarray(0, n), 90);
  const out: LeadTime = {
    commits: n,
    medianMs: med,
    p90Ms: p90,
    band: med === undefined ? undefined : leadTimeBand(med),
  };
  if (starts) out.fromPullRequests = fromPullRequests;
  return out;
}
