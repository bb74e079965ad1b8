import { type ChangeFailureRate, changeFailureRate } from './change-failure-rate.js';
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

export function computeMetrics(facts: MetricsFacts): Metrics {
  const events = deployEvents(facts);
  const failures = findFailures(events, facts.commits);
  const notes: string[] = [];
  if (facts.baselineIsFirstDeploy && facts.baseline) {
    notes.push(
      `The first recorded deploy (${facts.baseline.sha.slice(0, 7)} at ${facts.baseline.at}) is the baseline: the history before it is not counted as its lead time.`,
    );
  }
  if (!events.some((e) => e.measured)) notes.push(`No deploy of ${facts.environment} is recorded in this window.`);
  return {
    environment: facts.environment,
    since: iso(facts.since),
    until: iso(facts.until),
    deploymentFrequency: deploymentFrequency(events, facts.since, facts.until),
    leadTime: leadTime(events, facts.commits),
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
