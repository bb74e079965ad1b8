import { matchesAny } from '../../config/environments.js';
import { shortSha } from '../../git/commit.js';
import type { Finding } from '../finding.js';
import { capFindings, type Rule } from '../rule.js';

export const branches: Rule = {
  name: 'branches',
  summary: 'Git-flow branch rules: merge-only branches, and no deleting environment branches.',
  messageRule: false,
  check(facts, ctx) {
    const config = ctx.rules.branches;
    if (!config || facts.refKind !== 'branch') return { findings: [] };
    const findings: Finding[] = [];
    if (facts.range.kind === 'delete') {
      if (facts.environment && !config['allow-delete']) {
        findings.push({
          rule: 'branches',
          severity: 'error',
          message: `deleting ${facts.refName} would delete the branch of environment ${facts.environment.name}`,
          hint: 'Environment branches are not deleted. If this is intended, set rules.branches.allow-delete: true in .gitops.yml.',
        });
      }
      return { findings };
    }
    // A pull request or merge group is itself the way in that merge-only asks for.
    if (facts.range.kind !== 'pull-request' && matchesAny(facts.refName, config['merge-only'])) {
      const pulls = facts.github?.pullRequestCommits;
      for (const c of facts.commits) {
        // Only a merge git recorded that merges something arrived "through a merge" (see gather.ts).
        if (facts.trueMerges.has(c.sha) || !facts.firstParentLine.has(c.sha)) continue;
        // GitHub says a merged pull request brought it: a squash or rebase merge, not a direct commit.
        if (pulls?.merged.has(c.sha)) continue;
        const unchecked = pulls?.unchecked.has(c.sha) && pulls.reason ? ` (not asked: ${pulls.reason})` : '';
        findings.push({
          rule: 'branches',
          severity: 'error',
          commit: c.sha,
          message: `commit ${shortSha(c.sha)} is a direct commit on ${facts.refName}, which takes merges only${unchecked}`,
          hint: pulls
            ? `Merge changes into ${facts.refName} through a pull request (merge, squash or rebase merge all count).`
            : `Put the change on a branch and merge it (a pull request, or \`git merge --no-ff\`). To undo locally: \`git branch fix/x && git reset --hard @{upstream}\`.`,
        });
      }
    }
    return { findings: capFindings(findings, 'branches', 'The same fix applies to the remaining commits.') };
  },
};
