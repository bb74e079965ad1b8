import type { Plan } from '../descriptors/plan.js';
import { escapeMarkdown } from '../report/markdown.js';
import { planSummaryLine } from '../report/plan.js';
import type { RollbackTargets } from './target.js';

/**
 * The rollback commit's message and its pull request's body. The message carries what the policy
 * reads: the failed deploy's Jira key in the subject (the jira rule), `Rollback-Of:` (the record
 * and the metrics see a restore), `Rollback-To:`, and `Allow-Destructive:` when kinds were accepted.
 */
export interface RollbackMessageInput {
  environment: string;
  targets: RollbackTargets;
  jiraKey?: string;
  globs: string[];
  accepted: string[];
}

const label = (d: { sha: string; version?: string }) => `${d.sha.slice(0, 7)}${d.version ? ` (${d.version})` : ''}`;

export function rollbackMessage(m: RollbackMessageInput): string {
  const { current, target } = m.targets;
  const subject = `${m.jiraKey ? `${m.jiraKey}: ` : ''}roll back ${m.environment} to ${label(target)}`;
  const body = [
    `The ${current.status === 'failure' ? 'failed ' : ''}deploy of ${label(current)} to ${m.environment} (${current.at}) is rolled back:`,
    `the descriptors (${m.globs.join(', ')}) return to ${label(target)}, deployed successfully at ${target.at}.`,
    'Everything else stays as it is.',
  ];
  const trailers = [`Rollback-Of: ${current.sha}`, `Rollback-To: ${target.sha}`];
  if (m.accepted.length > 0) trailers.push(`Allow-Destructive: ${m.accepted.join(', ')}`);
  return `${subject}\n\n${body.join('\n')}\n\n${trailers.join('\n')}\n`;
}

export function pullRequestBody(m: RollbackMessageInput, plan: Plan, planText: string): string {
  const { current, target } = m.targets;
  return [
    `## Roll back ${escapeMarkdown(m.environment)} to \`${target.sha.slice(0, 12)}\``,
    '',
    `- Rolls back: \`${current.sha.slice(0, 12)}\`${current.version ? ` (${escapeMarkdown(current.version)})` : ''}, ${current.status} at ${current.at}`,
    `- Returns to: \`${target.sha.slice(0, 12)}\`${target.version ? ` (${escapeMarkdown(target.version)})` : ''}, deployed at ${target.at}`,
    `- Jira: ${m.jiraKey ?? 'none found in the rolled-back commits'}`,
    m.accepted.length > 0
      ? `- Accepted: \`Allow-Destructive: ${m.accepted.join(', ')}\``
      : '- Accepted: nothing destructive',
    '',
    `${planSummaryLine(plan)}`,
    '',
    '```',
    planText.replace(/```/g, "'''").trimEnd(),
    '```',
    '',
    'Written by `gitops-action rollback`. Merging this deploys it; the deploy is recorded as a rollback (`Rollback-Of:`).',
    '',
  ].join('\n');
}
