import { findJiraKeys } from '../../jira/key.js';
import { jiraVerifyFindings } from '../../jira/verify.js';
import { isExempt } from '../exempt.js';
import type { Finding } from '../finding.js';
import { capFindings, type Rule } from '../rule.js';

const HINT_REWORD =
  'Name the issue in the message (for example "OPS-123: ..."). To reword a pushed-to-be commit: `git rebase -i <base>` and mark it `reword`; for the last commit, `git commit --amend`.';

export const jira: Rule = {
  name: 'jira',
  summary: 'Commits name a Jira key (scope each|head|any|pr-title), of an allowed project; optionally verified online.',
  messageRule: true,
  check(facts, ctx) {
    const config = ctx.rules.jira;
    if (!config) return { findings: [] };
    const candidates = facts.commits.filter((c) => !isExempt(c, config.exempt, facts.trueMerges));
    const projects = config.projects.length > 0 ? config.projects : undefined;
    const keysOf = new Map(candidates.map((c) => [c.sha, findJiraKeys(c.message, projects)]));
    const findings: Finding[] = [];
    const projectHint = projects ? ` of project ${projects.join(', ')}` : '';
    switch (config.scope) {
      case 'each':
        for (const c of candidates) {
          if (keysOf.get(c.sha)!.length > 0) continue;
          findings.push({
            rule: 'jira',
            severity: 'error',
            commit: c.sha,
            message: `the message names no Jira issue${projectHint}`,
            hint: HINT_REWORD,
          });
        }
        break;
      case 'head': {
        const head = candidates[0];
        if (head && keysOf.get(head.sha)!.length === 0) {
          findings.push({
            rule: 'jira',
            severity: 'error',
            commit: head.sha,
            message: `the message names no Jira issue${projectHint}`,
            hint: HINT_REWORD,
          });
        }
        break;
      }
      case 'any':
        if (candidates.length > 0 && candidates.every((c) => keysOf.get(c.sha)!.length === 0)) {
          findings.push({
            rule: 'jira',
            severity: 'error',
            message: `none of the ${candidates.length} commits names a Jira issue${projectHint}`,
            hint: 'Name the issue in at least one commit message, for example "OPS-123: ...".',
          });
        }
        break;
      case 'pr-title':
        // Outside a pull request there is no title; the head commit's subject stands in for it.
        if (facts.pullRequestTitle !== undefined) {
          if (findJiraKeys(facts.pullRequestTitle, projects).length === 0) {
            findings.push({
              rule: 'jira',
              severity: 'error',
              message: `the pull request title names no Jira issue${projectHint}`,
              hint: 'Edit the pull request title to start with the issue key, for example "OPS-123: ...".',
            });
          }
        } else if (candidates[0] && findJiraKeys(candidates[0].subject, projects).length === 0) {
          findings.push({
            rule: 'jira',
            severity: 'error',
            commit: candidates[0].sha,
            message: `the subject names no Jira issue${projectHint}`,
            hint: HINT_REWORD,
          });
        }
        break;
    }
    const capped = capFindings(findings, 'jira', HINT_REWORD);
    if (config.verify && facts.jira) {
      const keysByCommit = candidates.map((c) => ({ sha: c.sha, subject: c.subject, keys: keysOf.get(c.sha)! }));
      if (facts.pullRequestTitle !== undefined && config.scope === 'pr-title') {
        keysByCommit.push({
          sha: '',
          subject: facts.pullRequestTitle,
          keys: findJiraKeys(facts.pullRequestTitle, projects),
        });
      }
      capped.push(
        ...jiraVerifyFindings(facts.jira, keysByCommit, {
          projects: config.projects,
          statuses: config.verify.statuses,
          approval: config.verify.approval,
          onUnreachable: config.verify['on-unreachable'],
        }),
      );
    }
    return { findings: capped };
  },
};
