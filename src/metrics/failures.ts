import { type Attribution, attributeChanges } from './changes.js';
import type { CommitGraph } from './commit-graph.js';
import type { DeployEvent } from './events.js';

/**
 * Which deploys failed, and which later deploy undid each failure. Shared by the change failure
 * rate and the time to restore. A deploy failed when any of these says so:
 *
 * - `status`: the deploy itself was recorded as a failure;
 * - `failed-later`: a failure was recorded for the same deploy after its success;
 * - `rollback`: a later deploy is a rollback of it (the record's `rollbackOf`, or a `Rollback-Of:`
 *   trailer on a commit that deploy brought in);
 * - `revert`: a later deploy brought in `git revert` of a commit this deploy brought in;
 * - `hotfix`: a later deploy brought in a merge of a `hotfix/…` branch, and this was the release
 *   it patched (the newest successful deploy before it that was not itself a hotfix).
 *
 * Several signals on one deploy are one failure (fourkeys#213): the failure is attributed to the
 * deploy once, and restored by the earliest deploy that undid it.
 */
export type FailureSignal = 'status' | 'failed-later' | 'rollback' | 'revert' | 'hotfix';

export interface Failure {
  event: DeployEvent;
  signals: FailureSignal[];
  /** The deploy that undid it: the next success after a failed status, else the rollback, revert or hotfix. */
  restoredBy?: DeployEvent;
}

export function findFailures(
  events: readonly DeployEvent[],
  graph: CommitGraph,
  attempted: Attribution = attributeChanges(events, graph, () => true),
): Failure[] {
  // Reverts name a commit: the deploy that first tried to ship it, whatever its status, is the culprit.
  const introducedBy = (sha: string): DeployEvent | undefined => {
    const id = graph.find(sha);
    const i = id === undefined ? -1 : attempted.owner[id]!;
    return i === -1 ? undefined : events[i];
  };

  const failures = new Map<DeployEvent, Failure>();
  const mark = (e: DeployEvent | undefined, signal: FailureSignal, restoredBy: DeployEvent | undefined) => {
    if (!e) return;
    let f = failures.get(e);
    if (!f) {
      f = { event: e, signals: [] };
      failures.set(e, f);
    }
    if (!f.signals.includes(signal)) f.signals.push(signal);
    if (restoredBy && (!f.restoredBy || restoredBy.at < f.restoredBy.at)) f.restoredBy = restoredBy;
  };
  const nextSuccess = (i: number, after: number) => {
    for (let j = i + 1; j < events.length; j++) {
      const n = events[j]!;
      if (n.status === 'success' && n.at >= after) return n;
    }
    return undefined;
  };

  let patched: DeployEvent | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.status === 'failure') mark(e, 'status', nextSuccess(i, e.at));
    if (e.failedLater !== undefined) mark(e, 'failed-later', nextSuccess(i, e.failedLater));
    if (e.status !== 'success') continue;
    const brought = attempted.notable.get(i) ?? [];
    const rolledBack = new Set<string>(e.deploy.rollbackOf ? [e.deploy.rollbackOf] : []);
    for (const id of brought) for (const sha of graph.rollbackOf(id)) rolledBack.add(sha);
    for (const sha of rolledBack) mark(newestDeployOf(events, i, sha, introducedBy), 'rollback', e);
    for (const id of brought) {
      for (const reverted of graph.reverts(id)) {
        const culprit = introducedBy(reverted);
        // A commit reverted before it ever shipped alone harmed no deploy.
        if (culprit && culprit !== e) mark(culprit, 'revert', e);
      }
    }
    if (brought.some((id) => graph.hotfix(id))) {
      mark(patched, 'hotfix', e);
    } else if (rolledBack.size === 0) {
      patched = e;
    }
  }
  return [...failures.values()].sort((a, b) => a.event.at - b.event.at);
}

/** The deploy a `Rollback-Of: <sha>` names: the newest earlier deploy of that sha, or the one that brought it in. */
function newestDeployOf(
  events: readonly DeployEvent[],
  before: number,
  sha: string,
  introducedBy: (sha: string) => DeployEvent | undefined,
): DeployEvent | undefined {
  for (let j = before - 1; j >= 0; j--) {
    const d = events[j]!.deploy.sha;
    if (d === sha || (sha.length < d.length && d.startsWith(sha))) return events[j];
  }
  return introducedBy(sha);
}
