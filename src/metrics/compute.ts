import { type ChangeFailureRate, changeFailureRate } from './change-failure-rate.js';
import { attributeChanges } from './changes.js';
import { type DeploymentFrequency, deploymentFrequency } from './deployment-frequency.js';
import { deployEvents } from './events.js';
import type { MetricsFacts } from './facts.js';
import { type FailureSignal, findFailures } from './failures.js';
import { type LeadTime, leadTime } from './lead-time.js';
import { type TimeToRestore, timeToRestore } from './time-to-restore.js';

/** The four DORA keys of one environment over one window: a pure function of the facts. */
export interface Metrics {
  environment: string;
  since: string;
  until: string;
  deploymentFrequency: DeploymentFrequency;
  leadTime: LeadTime;
  changeFailureRate: ChangeFailureRate;
  timeToRestore: TimeToRestore;
  /** Each failed deploy in the window, oldest first. */
  failures: Array<{ sha: string; at: string; signals: FailureSignal[]; restoredBy?: string; restoredAt?: string }>;
  notes: string[];
}

export interface ComputeOptions {
  /**
   * The start of some changes, by sha, instead of their author time: a squash merge's pull
   * request's first commit (the Action asks GitHub; see src/action/pull-starts.ts).
   */
  starts?: ReadonlyMap<string, number>;
  /** Notes from whoever gathered more facts (a bound on the look-ups reached). */
  notes?: string[];
}

export function computeMetrics(facts: MetricsFacts, options: ComputeOptions = {}): Metrics {
  const events = deployEvents(facts);
  // Failures look at what every attempt brought; the lead time at what successes brought. With
  // no failed attempt the two are the same walk.
  const attempted = attributeChanges(events, facts.commits, () => true);
  const deployed = events.every((e) => e.status === 'success')
    ? attempted
    : attributeChanges(events, facts.commits, (e) => e.status === 'success');
  const failures = findFailures(events, facts.commits, attempted);
  const notes: string[] = [];
  if (facts.baselineIsFirstDeploy && facts.baseline) {
    notes.push(
      `The first recorded deploy (${facts.baseline.sha.slice(0, 7)} at ${facts.baseline.at}) is the baseline: the history before it is not counted as its lead time.`,
    );
  }
  if (!events.some((e) => e.measured)) notes.push(`No deploy of ${facts.environment} is recorded in this window.`);
  notes.push(...(options.notes ?? []));
  return {
    environment: facts.environment,
    since: iso(facts.since),
    until: iso(facts.until),
    deploymentFrequency: deploymentFrequency(events, facts.since, facts.until),
    leadTime: leadTime(events, facts.commits, deployed, options.starts),
    changeFailureRate: changeFailureRate(events, failures),
    timeToRestore: timeToRestore(failures, facts.until),
    failures: failures
      .filter((f) => f.event.measured)
      .map((f) => ({
        sha: f.event.deploy.sha,
        at: f.event.deploy.at,
        signals: f.signals,
        ...(f.restoredBy ? { restoredBy: f.restoredBy.deploy.sha, restoredAt: f.restoredBy.deploy.at } : {}),
      })),
    notes,
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
