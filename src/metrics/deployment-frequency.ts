import { type Band, frequencyBand } from './bands.js';
import type { DeployEvent } from './events.js';
import { DAY_MS } from './stats.js';

/**
 * Deployment frequency: successful deploys in the window, per day and per week of the window's
 * length (not per day that had a deploy), with its DORA level. Rollbacks are deploys and count.
 */
export interface DeploymentFrequency {
  deploys: number;
  days: number;
  perDay: number;
  perWeek: number;
  band: Band;
}

export function deploymentFrequency(events: DeployEvent[], since: number, until: number): DeploymentFrequency {
  const deploys = events.filter((e) => e.measured && e.status === 'success').length;
  const days = Math.max(1, (until - since) / DAY_MS);
  const perDay = deploys / days;
  return {
    deploys,
    days: round(days, 2),
    perDay: round(perDay, 3),
    perWeek: round(perDay * 7, 2),
    band: frequencyBand(perDay),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
