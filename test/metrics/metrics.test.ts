import { beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { type CommitFact, CommitGraph } from '../../src/metrics/commit-graph.js';
import { computeMetrics } from '../../src/metrics/compute.js';
import { deployEvents } from '../../src/metrics/events.js';
import { measure } from '../../src/metrics/summary.js';
import { gitRecordReader } from '../../src/record/git-store.js';
import type { Deploy } from '../../src/record/types.js';
import { TestRepo } from '../support/repo.js';
import { DAYS, expectedFigures, type SeededHistory, seedYear, T0 } from './seeded-history.js';

const DAY = 86_400_000;

describe('DORA metrics over a seeded year of daily deploys', () => {
  let h: SeededHistory;
  beforeAll(() => {
    h = seedYear();
  }, 120_000);

  for (const [label, from] of [
    ['the whole year (the first deploy ever recorded is the baseline)', 0],
    ['from day 100 (the day-99 deploy before the window is the baseline)', 100],
  ] as const) {
    it(`matches the figures computed from the plan: ${label}`, async () => {
      const since = T0 + from * DAY;
      const until = T0 + DAYS * DAY;
      const [m] = await measure({
        git: h.git,
        reader: gitRecordReader(h.git),
        environments: ['production'],
        since,
        until,
      });
      const want = expectedFigures(h.expected, since, until);
      expect(m!.deploymentFrequency.deploys).toBe(want.successes);
      expect(m!.deploymentFrequency.perDay).toBeCloseTo(want.perDay, 3);
      expect(m!.deploymentFrequency.band).toBe('elite');
      expect(m!.leadTime.commits).toBe(want.leadCommits);
      expect(m!.leadTime.medianMs).toBe(want.leadMedian);
      expect(m!.leadTime.p90Ms).toBe(want.leadP90);
      expect(m!.changeFailureRate.deploys).toBe(want.deploys);
      expect(m!.changeFailureRate.failed).toBe(want.failed);
      expect(m!.changeFailureRate.rate).toBeCloseTo(want.rate, 10);
      expect(m!.timeToRestore.restored).toBe(want.restored);
      expect(m!.timeToRestore.open).toBe(0);
      expect(m!.timeToRestore.medianMs).toBe(want.restoreMedian);
      expect(m!.timeToRestore.p90Ms).toBe(want.restoreP90);
      // The plan is not trivially satisfied: these are the scenario's own counts.
      if (from === 0) {
        expect(want.deploys).toBe(365 + 12 + 1);
        expect(want.failed).toBe(12 + 8 + 6 + 3);
        expect(m!.notes.join(' ')).toMatch(/first recorded deploy/);
      } else {
        expect(m!.notes).toEqual([]);
      }
    });
  }

  it('names each failure once with every signal that found it', async () => {
    const [m] = await measure({
      git: h.git,
      reader: gitRecordReader(h.git),
      environments: ['production'],
      since: T0,
      until: T0 + DAYS * DAY,
    });
    const bySha = new Map(m!.failures.map((f) => [f.sha, f.signals]));
    expect(bySha.get(h.dayTip[19]!)).toEqual(['revert']);
    expect(bySha.get(h.dayTip[39]!)).toEqual(['hotfix']);
    expect(bySha.get(h.dayTip[201]!)).toEqual(['rollback']);
    expect(bySha.get(h.dayTip[250]!)).toEqual(['failed-later']);
    expect(bySha.get(h.dayTip[300]!)).toEqual(['rollback']);
    expect(new Set(m!.failures.map((f) => `${f.sha}@${f.at}`)).size).toBe(m!.failures.length);
  });
});

describe('the metrics, on small hand-made records', () => {
  const sha = (n: number) => n.toString(16).padStart(40, '0');
  const deploy = (n: number, status: 'success' | 'failure', hours: number, extra: Partial<Deploy> = {}): Deploy => ({
    environment: 'prod',
    sha: sha(n),
    status,
    at: new Date(T0 + hours * 3_600_000).toISOString(),
    source: 'git-ref',
    ...extra,
  });
  const commit = (
    n: number,
    parents: number[],
    hours: number,
    extra: Partial<CommitFact> = {},
  ): [string, CommitFact] => [
    sha(n),
    {
      sha: sha(n),
      parents: parents.map(sha),
      authorTime: T0 + hours * 3_600_000,
      reverts: [],
      rollbackOf: [],
      hotfix: false,
      ...extra,
    },
  ];
  const facts = (deploys: Deploy[], commits: Array<[string, CommitFact]>) => ({
    environment: 'prod',
    since: T0,
    until: T0 + 10 * DAY,
    deploys,
    commits: CommitGraph.of(commits.map(([, c]) => c)),
    baselineIsFirstDeploy: false,
  });

  it('counts every commit of a range, not only the head (fourkeys#46)', () => {
    const m = computeMetrics(
      facts([deploy(3, 'success', 10)], [commit(1, [], 0), commit(2, [1], 4), commit(3, [2], 8)]),
    );
    expect(m.leadTime.commits).toBe(3);
    expect(m.leadTime.medianMs).toBe(6 * 3_600_000);
    expect(m.leadTime.p90Ms).toBe(10 * 3_600_000);
  });

  it('rates failures over deploys, not over changes (fourkeys#351)', () => {
    // One deploy of three commits fails; one deploy of one commit succeeds: 1 of 2, not 3 of 4.
    const m = computeMetrics(
      facts(
        [deploy(3, 'failure', 10), deploy(4, 'success', 12)],
        [commit(1, [], 0), commit(2, [1], 1), commit(3, [2], 2), commit(4, [3], 11)],
      ),
    );
    expect(m.changeFailureRate).toMatchObject({ failed: 1, deploys: 2, rate: 0.5 });
    expect(m.timeToRestore.medianMs).toBe(2 * 3_600_000);
  });

  it('attributes a failure found by several signals to its deploy once (fourkeys#213)', () => {
    // Deploy 2 is reverted by commit 3 and rolled back by deploy 3: one failure, restored by the earliest.
    const m = computeMetrics(
      facts(
        [deploy(2, 'success', 10), deploy(3, 'success', 20, { rollbackOf: sha(2) })],
        [commit(1, [], 0), commit(2, [1], 5), commit(3, [2], 15, { reverts: [sha(2)] })],
      ),
    );
    expect(m.changeFailureRate.failed).toBe(1);
    expect(m.failures[0]!.signals.sort()).toEqual(['revert', 'rollback']);
    expect(m.timeToRestore.medianMs).toBe(10 * 3_600_000);
  });

  it('leaves an unrestored failure open, and an empty window says so', () => {
    const open = computeMetrics(facts([deploy(1, 'failure', 1)], [commit(1, [], 0)]));
    expect(open.timeToRestore).toMatchObject({ restored: 0, open: 1 });
    const none = computeMetrics(facts([], []));
    expect(none.changeFailureRate.rate).toBeUndefined();
    expect(none.notes.join(' ')).toMatch(/No deploy/);
  });

  it('folds a failure recorded after the same sha succeeded into that deploy', () => {
    const events = deployEvents({
      since: T0,
      deploys: [deploy(1, 'success', 1), deploy(1, 'failure', 2), deploy(1, 'failure', 3)],
    });
    expect(events.map((e) => [e.status, e.failedLater !== undefined])).toEqual([
      ['success', true],
      ['failure', false],
    ]);
  });
});

describe('the metrics through any DeployRecordReader', () => {
  it('reads a record from another source, and a deployed sha this clone lacks brings in no commits', async () => {
    const repo = TestRepo.create();
    const a = repo.commit('OPS-1: a');
    const b = repo.commit('OPS-2: b');
    const missing = 'f'.repeat(40);
    const at = (h: number) => new Date(Date.UTC(2026, 0, 2) + h * 3_600_000).toISOString();
    const deploys: Deploy[] = [
      { environment: 'prod', sha: missing, status: 'success', at: at(3), source: 'github-deployments' },
      { environment: 'prod', sha: b, status: 'success', at: at(2), source: 'github-deployments' },
      { environment: 'prod', sha: a, status: 'success', at: at(1), source: 'github-deployments' },
    ];
    const reader = {
      lastSuccess: async () => deploys[0],
      history: async () => deploys,
    };
    const [m] = await measure({
      git: new Git(repo.dir),
      reader,
      environments: ['prod'],
      since: Date.UTC(2026, 0, 2),
      until: Date.UTC(2026, 0, 3),
    });
    expect(m!.deploymentFrequency.deploys).toBe(3);
    // Only b is measured: a is the baseline, and the missing sha is skipped, not fatal.
    expect(m!.leadTime.commits).toBe(1);
  });
});
