import type { Git } from '../git/git.js';
import type { DeployRecordReader } from '../record/types.js';
import { computeMetrics, type Metrics } from './compute.js';
import { gatherMetricsFacts } from './facts.js';
import { metricsMarkdown } from './format.js';
import { squashCandidates } from './squash-candidates.js';

/** 90 days, DORA's and GitLab's usual window. */
export const DEFAULT_WINDOW_DAYS = 90;

export interface MetricsRequest {
  git: Git;
  /** The record: `gitRecordReader(git)` locally, the Deployments API reader in the Action. */
  reader: DeployRecordReader;
  environments: string[];
  /** Epoch milliseconds; default `until` minus 90 days. */
  since?: number;
  /** Epoch milliseconds; default now. */
  until?: number;
  /**
   * Asks where some changes began, given the shas that may be squash or rebase merges (newest
   * first): the Action asks GitHub for their pull requests' first commits. Without it, every
   * change starts at its commit's author time.
   */
  changeStarts?: (candidates: string[]) => Promise<{ starts: ReadonlyMap<string, number>; notes: string[] }>;
}

/** Gathers and computes the metrics of each environment: the one entry point for every door. */
export async function measure(req: MetricsRequest): Promise<Metrics[]> {
  const until = req.until ?? Date.now();
  const since = req.since ?? until - DEFAULT_WINDOW_DAYS * 86_400_000;
  const all: Metrics[] = [];
  for (const environment of req.environments) {
    const facts = await gatherMetricsFacts({ git: req.git, reader: req.reader, environment, since, until });
    const asked = req.changeStarts ? await req.changeStarts(squashCandidates(facts)) : undefined;
    all.push(computeMetrics(facts, asked ?? {}));
  }
  return all;
}

/** The Action's job-summary section: `core.summary.addRaw(await metricsSummary({...}))`. */
export async function metricsSummary(req: MetricsRequest): Promise<string> {
  return metricsMarkdown(await measure(req));
}
