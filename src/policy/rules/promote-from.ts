import { shortSha } from '../../git/commit.js';
import type { Finding } from '../finding.js';
import { capFindings, type Rule } from '../rule.js';

/**
 * How commits may reach an environment. `promote-from: lower`: every commit was in a successful
 * deploy of `lower` (the record), or is on a branch of `lower` that the policy names exactly, as
 * the remote holds it. A tag: its commit is on one of the environment's exactly named branches,
 * unless the environment says `tags-from-any-branch: true`. Facts come from gather.ts.
 *
 * Hotfixes pass the way every other change does: deploy the hotfix to the lower environment (add
 * `hotfix/*` to its branches, or record a deploy of it with `gitops-action record`), then promote.
 * There is deliberately no exemption by branch name or message: both are the pusher's to choose.
 */
export const promoteFrom: Rule = {
  name: 'promote-from',
  summary:
    'Commits reach an environment only through its promotion path: deployed to the lower environment first (promote-from), and a tag only from the environment’s own branch.',
  messageRule: false,
  check(facts, ctx) {
    if (!ctx.rules['promote-from']) return { findings: [] };
    const findings: Finding[] = [];
    const target = facts.environment?.name ?? facts.refName;
    const tag = facts.tagSource;
    if (tag && !tag.reachable) {
      findings.push({
        rule: 'promote-from',
        severity: 'error',
        commit: facts.range.to,
        message:
          tag.branches.length > 0
            ? `tag ${facts.refName} is on a commit that is not on ${tag.branches.join(' or ')}, the branch${tag.branches.length === 1 ? '' : 'es'} of ${target}`
            : `tag ${facts.refName} deploys to ${target}, which names no branch exactly (or none is on the remote), so the tagged commit cannot be shown to come from it`,
        hint:
          tag.branches.length > 0
            ? `Merge the change into ${tag.branches[0]} and tag the merged commit. If ${target} really takes tags from any branch, set environments.${target}.tags-from-any-branch: true.`
            : `Name the environment's branch exactly in environments.${target}.branches (and push it), or set tags-from-any-branch: true.`,
      });
    }
    const promotion = facts.promotion;
    if (promotion && facts.range.kind !== 'delete') {
      const where = [
        promotion.recordedDeploys > 0
          ? `${promotion.recordedDeploys} recorded deploy${promotion.recordedDeploys === 1 ? '' : 's'}`
          : 'no recorded deploys',
        promotion.branches.length > 0 ? `branch ${promotion.branches.join(', ')}` : 'no exactly named branch',
      ].join(', ');
      for (const c of facts.commits) {
        if (!promotion.missing.has(c.sha)) continue;
        // A merge made on the environment's own line (the promotion itself) has never been anywhere
        // else. Only a merge git recorded counts: a hand-made one whose later parent is already
        // merged brings nothing in, and would let its own content through unpromoted.
        if (facts.trueMerges.has(c.sha) && facts.firstParentLine.has(c.sha)) continue;
        findings.push({
          rule: 'promote-from',
          severity: 'error',
          commit: c.sha,
          message: `commit ${shortSha(c.sha)} has not been deployed to ${promotion.from} (${where}) before reaching ${target}`,
          hint: `Promote in order: deploy it to ${promotion.from} first (${promotion.branches[0] ? `merge it into ${promotion.branches[0]}` : `its branch`}, and record the deploy with \`gitops-action record --env ${promotion.from} --status success\` where GitHub does not), then promote here.`,
        });
      }
    }
    return { findings: capFindings(findings, 'promote-from', 'The same fix applies to the remaining commits.') };
  },
};
