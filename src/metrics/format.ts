import { escapeMarkdown } from '../report/markdown.js';
import type { Band } from './bands.js';
import type { Metrics } from './compute.js';
import { formatDuration } from './stats.js';

/** The reports of `metrics`: text for a terminal, JSON for tools, markdown for a job summary. */

const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);
const band = (b: Band | undefined) => b ?? '—';
/** Three decimals below ten a day, so 364 deploys in 365 days do not read as 1.00 beside "high". */
const rate = (perDay: number) => perDay.toFixed(perDay < 10 ? 3 : 1);
/** `736 commits`, and how many started at their pull request's first commit when any did. */
const changes = (lt: Metrics['leadTime']) =>
  `${lt.commits} commits${lt.fromPullRequests ? `, ${lt.fromPullRequests} from pull requests` : ''}`;

export function metricsText(all: Metrics[]): string {
  const out: string[] = [];
  for (const m of all) {
    const df = m.deploymentFrequency;
    const lt = m.leadTime;
    const cfr = m.changeFailureRate;
    const ttr = m.timeToRestore;
    out.push(`${m.environment}: ${m.since.slice(0, 10)} to ${m.until.slice(0, 10)} (${df.days} days)`);
    out.push(
      `  deployment frequency   ${rate(df.perDay)}/day, ${df.perWeek.toFixed(1)}/week (${df.deploys} successful deploys)   ${band(df.band)}`,
    );
    out.push(
      `  lead time for changes  median ${formatDuration(lt.medianMs)}, p90 ${formatDuration(lt.p90Ms)} (${changes(lt)})   ${band(lt.band)}`,
    );
    out.push(
      `  change failure rate    ${percent(cfr.rate)} (${cfr.failed} of ${cfr.deploys} deploys)   ${band(cfr.band)}`,
    );
    out.push(
      `  time to restore        median ${formatDuration(ttr.medianMs)}, p90 ${formatDuration(ttr.p90Ms)} (${ttr.restored} restored, ${ttr.open} open)   ${band(ttr.band)}`,
    );
    for (const note of m.notes) out.push(`  note: ${note}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function metricsJson(all: Metrics[]): string {
  return `${JSON.stringify({ environments: all }, null, 2)}\n`;
}

/**
 * The job-summary section (the Action's `metrics: true`) and `--format markdown`: one table row per
 * key per environment. Environment names and notes are escaped; everything else is numbers.
 */
export function metricsMarkdown(all: Metrics[]): string {
  const out = ['### DORA metrics', ''];
  for (const m of all) {
    const df = m.deploymentFrequency;
    const lt = m.leadTime;
    const cfr = m.changeFailureRate;
    const ttr = m.timeToRestore;
    out.push(`**${escapeMarkdown(m.environment)}**, ${m.since.slice(0, 10)} to ${m.until.slice(0, 10)}`, '');
    out.push('| key | value | level |', '|---|---|---|');
    out.push(
      `| Deployment frequency | ${rate(df.perDay)}/day, ${df.perWeek.toFixed(1)}/week (${df.deploys} deploys) | ${band(df.band)} |`,
    );
    out.push(
      `| Lead time for changes | median ${formatDuration(lt.medianMs)}, p90 ${formatDuration(lt.p90Ms)} (${changes(lt)}) | ${band(lt.band)} |`,
    );
    out.push(
      `| Change failure rate | ${percent(cfr.rate)} (${cfr.failed} of ${cfr.deploys} deploys) | ${band(cfr.band)} |`,
    );
    out.push(
      `| Time to restore | median ${formatDuration(ttr.medianMs)}, p90 ${formatDuration(ttr.p90Ms)} (${ttr.restored} restored, ${ttr.open} open) | ${band(ttr.band)} |`,
    );
    for (const note of m.notes) out.push('', `_${escapeMarkdown(note)}_`);
    out.push('');
  }
  out.push('Levels: the 2023 Accelerate State of DevOps report. Definitions: docs/metrics.md.', '');
  return out.join('\n');
}
