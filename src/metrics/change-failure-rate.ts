import { type Band, failureRateBand } from './bands.js';
import type { DeployEvent } from './events.js';
import type { Failure } from './failures.js';

/**
 * Change failure rate: the deploys in the window that failed (see failures.ts), over all deploys in
 * the window, successful or not. Over deploys, not over changes (fourkeys#351): a deploy of fifty
 * commits that failed is one failure in one deploy.
 */
export interface ChangeFailureRate {
  failed: number;
  deploys: number;
  /** 0..1; undefined without deploys. */
  rate?: number;
  band?: Band;
}

export function changeFailureRate(events: DeployEvent[], failures: Failure[]): ChangeFailureRate {
  const deploys = events.filter((e) => e.measured).length;
  const failed = failures.filter((f) => f.event.measured).length;
  const rate = deploys === 0 ? undefined : failed / deploys;
  return { failed, deploys, rate, band: rate === undefined ? undefined : failureRateBand(rate) };
}
