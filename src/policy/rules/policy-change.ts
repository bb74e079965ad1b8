import { shortSha } from '../../git/commit.js';
import type { Finding } from '../finding.js';
import { isAllowed } from '../identity.js';
import type { Rule } from '../rule.js';

export const policyChange: Rule = {
  name: 'policy-change',
  summary:
    'A commit that changes the policy file must be committed by one of admins, and the file it leaves must validate.',
  messageRule: false,
  check(facts, ctx) {
    const findings: Finding[] = [];
    // Not subject to `policy-change: false`: a file that does not validate would lock every later push.
    const problem = facts.policyProblem;
    if (problem) {
      const where = [problem.file, problem.line, problem.column].filter((x) => x !== undefined).join(':');
      findings.push({
        rule: 'policy-change',
        severity: 'error',
        file: problem.file,
        line: problem.line,
        message: `${where}: the policy this push leaves does not validate: ${problem.message}`,
        hint: `Fix ${problem.file} at that line (\`npx gitops-action check\` validates it locally), and push the fix; a policy that does not validate would stop every later push.`,
      });
    }
    if (!ctx.rules['policy-change'] || facts.policyCommits.size === 0) return { findings };
    const admins = ctx.config.admins;
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
      const login = facts.github?.commits.get(c.sha)?.committerLogin;
      if (isAllowed(admins, { ...c.committer, login })) continue;
      findings.push({
        rule: 'policy-change',
        severity: 'error',
        commit: c.sha,
        message: `commit ${shortSha(c.sha)} changes ${ctx.config.path}, but its committer ${c.committer.email} is not one of admins`,
        hint: `Ask one of ${admins.join(', ')} to make the policy change.`,
      });
    }
    return { findings };
  },
};
