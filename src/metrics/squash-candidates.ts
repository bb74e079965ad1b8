import { attributeChanges } from './changes.js';
import { deployEvents } from './events.js';
import type { MetricsFacts } from './facts.js';

/**
 * The measured changes that may be squash or rebase merges, whose author time is when the pull
 * request was merged rather than when its work began: the single-parent commits on the
 * first-parent line of each successful deploy in the window, within what that deploy brought,
 * newest deploy first. A commit off that line came in through a merge commit, so its pull
 * request's commits are in the history already and keep their own times.
 *
 * Only the Action can ask GitHub which of them are (see src/action/pull-starts.ts); the CLI
 * keeps every commit's author time.
 */
export function squashCandidates(facts: MetricsFacts): string[] {
  const events = deployEvents(facts);
  const graph = facts.commits;
  const { owner } = attributeChanges(events, graph, (e) => e.status === 'success');
  const out: string[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (!e.measured || e.status !== 'success') continue;
    let id = graph.find(e.deploy.sha);
    while (id !== undefined && owner[id] === i) {
      const n = graph.parentCount(id);
      if (n === 1) out.push(graph.sha(id));
      if (n === 0) break;
      const first = graph.parent(id, 0);
      id = graph.has(first) ? first : undefined;
    }
  }
  return out;
}
