import type { Deploy } from '../record/types.js';
import type { MetricsFacts } from './facts.js';

/**
 * The deploys the metrics count, read from the record. A record is one deploy attempt, with one
 * exception: a `failure` recorded for the same sha right after its `success` (a health check that
 * failed after the deploy went out) is not a second deploy but a failure of the first, so it is
 * folded into it as `failedLater`.
 */
export interface DeployEvent {
  deploy: Deploy;
  /** Epoch milliseconds. */
  at: number;
  status: 'success' | 'failure';
  /** When a failure was recorded for this same deploy after its success. */
  failedLater?: number;
  /** In the window (false for the deploys before it, which only serve as history). */
  measured: boolean;
}

export function deployEvents(facts: Pick<MetricsFacts, 'deploys' | 'since'>): DeployEvent[] {
  const events: DeployEvent[] = [];
  for (const d of facts.deploys) {
    const at = Date.parse(d.at);
    const last = events[events.length - 1];
    if (d.status === 'failure' && last && last.status === 'success' && last.deploy.sha === d.sha && !last.failedLater) {
      last.failedLater = at;
      continue;
    }
    events.push({ deploy: d, at, status: d.status, measured: at >= facts.since });
  }
  return events;
}
