import type { CommitGraph } from './commit-graph.js';
import type { DeployEvent } from './events.js';

/**
 * Which commits each deploy brought in: for deploy N, the commits reachable from its sha that no
 * earlier deploy reached — `previous..deployed` for every commit of the range, not only the head
 * (fourkeys#46), and the same for a deploy after a rollback, whose range would otherwise count
 * again the commits that were deployed, rolled back and deployed anew.
 *
 * The walk stops at commits already attributed and at commits outside the graph (reachable from
 * the baseline), so the whole history is walked once: O(commits + parents), on integers.
 */
export interface Attribution {
  /** For each commit id, the index in `events` of the deploy that brought it in; -1 for none. */
  owner: Int32Array;
  /**
   * For each event index, the commits it brought in that revert, roll back or merge a hotfix, in
   * the order the walk met them: all that failures need, without a list of every commit.
   */
  notable: Map<number, number[]>;
}

export function attributeChanges(
  events: readonly DeployEvent[],
  graph: CommitGraph,
  include: (e: DeployEvent) => boolean,
): Attribution {
  const owner = new Int32Array(graph.idCount).fill(-1);
  const notable = new Map<number, number[]>();
  let stack = new Int32Array(64);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (!include(e)) continue;
    const tip = graph.find(e.deploy.sha);
    if (tip === undefined || owner[tip] !== -1) continue;
    let top = 0;
    stack[top++] = tip;
    while (top > 0) {
      const id = stack[--top]!;
      if (owner[id] !== -1 || !graph.has(id)) continue;
      owner[id] = i;
      if (graph.notable(id)) {
        const list = notable.get(i);
        if (list) list.push(id);
        else notable.set(i, [id]);
      }
      const n = graph.parentCount(id);
      if (top + n > stack.length) {
        const grown = new Int32Array(stack.length * 2 + n);
        grown.set(stack);
        stack = grown;
      }
      for (let k = 0; k < n; k++) {
        const p = graph.parent(id, k);
        if (owner[p] === -1) stack[top++] = p;
      }
    }
  }
  return { owner, notable };
}
