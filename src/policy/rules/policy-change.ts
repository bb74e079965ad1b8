import { shortSha } from '../../git/commit.js';
import type { Finding } from '../finding.js';
import { authenticatedLogins, describeWho, isAllowed } from '../identity.js';
import type { Rule } from '../rule.js';

export const policyChange: Rule = {
  name: 'policy-change',
  summary: 'A commit that changes the policy file must be committed by one of admins.',
  messageRule: false,
  check(facts, ctx) {
    if (!ctx.rules['policy-change'] || facts.policyCommits.size === 0) return { findings: [] };
    const admins = ctx.config.admins;
    const findings: Finding[] = [];
    for (const c of facts.commits) {
      if (!facts.policyCommits.has(c.sha)) continue;
      if (admins.length === 0) {
        // Without admins nobody could ever change the policy; say so rather than lock the file forever.
        findings.push({
          rule: 'policy-change',
          severity: 'warning',
          commit: c.sha,
          message: `commit ${shortSha(c.sha)} changes ${ctx.config.path}, and no admins are configured to approve policy changes`,
          hint: 'List who may change the policy in `admins:` in .gitops.yml.',
        });
        continue;
      }
      // The committers rule's test: github: and bot entries only by who GitHub authenticated.
      const who = { ...c.committer, authenticated: authenticatedLogins(facts.github, c.sha) };
      if (isAllowed(admins, who)) continue;
      findings.push({
        rule: 'policy-change',
        severity: 'error',
        commit: c.sha,
        message: `commit ${shortSha(c.sha)} changes ${ctx.config.path}, but its committer ${describeWho(who)} is not one of admins`,
        hint: `Ask one of ${admins.join(', ')} to make the policy change.`,
      });
    }
    return { findings };
  },
};
