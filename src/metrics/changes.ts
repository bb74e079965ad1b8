import type { DeployEvent } from './events.js';
import type { CommitFact } from './facts.js';

/**
 * Which commits each deploy brought in: for deploy N, the commits reachable from its sha that no
 * earlier deploy reached — `previous..deployed` for every commit of the range, not only the head
 * (fourkeys#46), and the same for a deploy after a rollback, whose range would otherwise count
 * again the commits that were deployed, rolled back and deployed anew.
 *
 * The walk stops at commits already attributed and at commits outside `commits` (reachable from the
 * baseline), so the whole history is walked once: O(commits + parents).
 */
export function attributeChanges(
  events: DeployEvent[],
  commits: Map<string, CommitFact>,
  include: (e: DeployEvent) => boolean,
): Map<DeployEvent, string[]> {
  const owner = new Set<string>();
  const changes = new Map<DeployEvent, string[]>();
  for (const e of events) {
    if (!include(e)) continue;
    const mine: string[] = [];
    const stack = [e.deploy.sha];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (owner.has(sha)) continue;
      const c = commits.get(sha);
      if (!c) continue;
      owner.add(sha);
      mine.push(sha);
      for (const p of c.parents) if (!owner.has(p)) stack.push(p);
    }
    changes.set(e, mine);
  }
  return changes;
}
