import type { Commit } from '../../git/commit.js';
import { trailerValues } from '../../git/commit.js';
import type { Rule } from '../rule.js';

/**
 * Literal markers, matched case-insensitively: a substring search is linear on any message, which
 * a user-supplied regular expression would not be.
 */
export function skipMarker(commit: Commit, markers: string[], trailer: boolean): string | undefined {
  const text = commit.message.toLowerCase();
  const marker = markers.find((m) => text.includes(m.toLowerCase()));
  if (marker) return marker;
  if (trailer && trailerValues(commit, 'Skip-Deploy').some((v) => v.toLowerCase() === 'true')) {
    return 'Skip-Deploy: true';
  }
  return undefined;
}

export const skipDeploy: Rule = {
  name: 'skip-deploy',
  summary: 'A skip-deploy marker on the head commit (or any commit, with scope: any) makes the decision skip.',
  messageRule: false,
  check(facts, ctx) {
    const config = ctx.rules['skip-deploy'];
    if (!config || facts.commits.length === 0) return { findings: [] };
    const candidates = config.scope === 'any' ? facts.commits : facts.commits.slice(0, 1);
    for (const commit of candidates) {
      const marker = skipMarker(commit, config.markers, config.trailer);
      if (marker) return { findings: [], skip: `commit ${commit.sha.slice(0, 7)} carries the marker "${marker}"` };
    }
    return { findings: [] };
  },
};
