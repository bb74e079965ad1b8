import { DAY_MS, HOUR_MS } from './stats.js';

/**
 * The DORA performance levels, from the 2023 Accelerate State of DevOps report (Google Cloud /
 * DORA, "Software delivery performance" clusters), the same table Apache DevLake's DORA dashboard
 * cites. The report gives ranges in words; where one level's range ends, the next begins:
 *
 * | metric | elite | high | medium | low |
 * |---|---|---|---|---|
 * | deployment frequency | on demand (several a day) | once a day to once a week | once a week to once a month | less than once a month |
 * | lead time for changes | < 1 day | 1 day to 1 week | 1 week to 1 month | > 1 month |
 * | change failure rate | ≤ 5% | ≤ 10% | ≤ 15% | > 15% |
 * | failed deployment recovery time | < 1 hour | < 1 day | < 1 week | ≥ 1 week |
 *
 * "On demand" is read as at least one deploy a day on average over the window.
 */
export type Band = 'elite' | 'high' | 'medium' | 'low';

export function frequencyBand(perDay: number): Band {
  if (perDay >= 1) return 'elite';
  if (perDay >= 1 / 7) return 'high';
  if (perDay >= 1 / 30) return 'medium';
  return 'low';
}

export function leadTimeBand(medianMs: number): Band {
  if (medianMs < DAY_MS) return 'elite';
  if (medianMs < 7 * DAY_MS) return 'high';
  if (medianMs < 30 * DAY_MS) return 'medium';
  return 'low';
}

export function failureRateBand(rate: number): Band {
  if (rate <= 0.05) return 'elite';
  if (rate <= 0.1) return 'high';
  if (rate <= 0.15) return 'medium';
  return 'low';
}

export function restoreBand(medianMs: number): Band {
  if (medianMs < HOUR_MS) return 'elite';
  if (medianMs < DAY_MS) return 'high';
  if (medianMs < 7 * DAY_MS) return 'medium';
  return 'low';
}
