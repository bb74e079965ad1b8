import { shortSha } from '../git/commit.js';
import { clipText } from '../report/fit.js';
import {
  type AdfDoc,
  type AdfNode,
  bulletList,
  code,
  codeBlock,
  doc,
  heading,
  link,
  paragraph,
  plain,
  strong,
} from './adf.js';
import type { FailureFacts } from './facts.js';

/**
 * The words of a failure notice, as pure functions of the facts: the Jira summary, the issue's
 * description and a repeat failure's comment (ADF), and the Slack text (mrkdwn). Commit subjects,
 * names and descriptor values are untrusted: ADF carries them as data, and Slack's three
 * control characters are escaped.
 */

/** The label that finds an environment's open failure issue again. */
export function failureLabel(environment: string): string {
  return `gitops-failure-${environment}`;
}

function what(f: FailureFacts): string {
  return `${f.failed.version ? `${f.failed.version} (${shortSha(f.failed.sha)})` : shortSha(f.failed.sha)}`;
}

/** One line, at most 255 characters (Jira's limit for a summary). */
export function issueSummary(f: FailureFacts): string {
  const line = `Deploy to ${f.environment} failed: ${what(f)} ${f.head.subject}`.replace(/[\r\n\t]+/g, ' ');
  return clipText(line, 255);
}

function commitUrl(f: FailureFacts, sha: string): string | undefined {
  return f.repositoryUrl ? `${f.repositoryUrl.replace(/\/+$/, '')}/commit/${sha}` : undefined;
}

function body(f: FailureFacts, assigneeNote: string | undefined): AdfNode[] {
  const nodes: AdfNode[] = [];
  nodes.push(
    paragraph(
      plain(`The deploy of ${what(f)} to `),
      strong(f.environment),
      plain(` failed at ${f.failed.at}. `),
      link('The run', f.runUrl),
      plain(f.runUrl && /^https?:\/\//i.test(f.runUrl) ? '.' : ': no link was recorded.'),
    ),
  );
  nodes.push(
    paragraph(
      plain('Still deployed: '),
      f.previous
        ? code(`${shortSha(f.previous.sha)}${f.previous.version ? ` (${f.previous.version})` : ''}`)
        : plain('nothing recorded'),
      plain(f.previous ? `, since ${f.previous.at}.` : '.'),
    ),
  );
  if (assigneeNote) nodes.push(paragraph(strong('Not assigned: '), plain(assigneeNote)));
  nodes.push(heading(3, `Commits (${f.commits.length}${f.moreCommits ? '+' : ''})`));
  nodes.push(
    bulletList(
      f.commits.map((c) => [
        link(shortSha(c.sha), commitUrl(f, c.sha)),
        plain(` ${c.subject} `),
        plain(`(${c.committer.name} <${c.committer.email}>)`),
      ]),
    ),
  );
  if (f.services.length > 0) {
    nodes.push(heading(3, 'Services'));
    nodes.push(
      bulletList(
        f.services.map((s) => [
          strong(s.service),
          plain(` (${s.file})`),
          plain(s.maintainer ? `, maintainer ${s.maintainer}` : ', no maintainer named'),
        ]),
      ),
    );
  }
  const plan = planLines(f);
  if (plan) {
    nodes.push(heading(3, 'Plan'));
    nodes.push(codeBlock(plan.join('\n')));
  }
  return nodes;
}

/** The plan as lines: an object a line (at most 30), then the summary. */
function planLines(f: FailureFacts): string[] | undefined {
  if (f.planProblem) return [`No plan: ${f.planProblem.split('\n')[0]}`];
  if (!f.plan) return undefined;
  const s = f.plan.summary;
  const lines = f.plan.objects.slice(0, 30).map((o) => `${o.action.padEnd(6)} ${o.id} (${o.file})`);
  if (f.plan.objects.length > 30) lines.push(`… and ${f.plan.objects.length - 30} more`);
  lines.push(`Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy, ${s.destructive} destructive.`);
  return lines;
}

export function issueDescription(f: FailureFacts, assigneeNote?: string): AdfDoc {
  return doc(...body(f, assigneeNote));
}

export function repeatComment(f: FailureFacts, assigneeNote?: string): AdfDoc {
  return doc(paragraph(strong('Failed again.')), ...body(f, assigneeNote));
}

/** Slack's mrkdwn: `&`, `<` and `>` are its only control characters. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function slackText(f: FailureFacts, issueKey?: string, jiraUrl?: string): string {
  const run = f.runUrl && /^https?:\/\//i.test(f.runUrl) ? ` (<${slackEscape(f.runUrl)}|run>)` : '';
  const lines = [
    `:x: Deploy to *${slackEscape(f.environment)}* failed: \`${slackEscape(what(f))}\` ${slackEscape(f.head.subject)}${run}`,
    `Committed by ${slackEscape(`${f.head.committer.name} <${f.head.committer.email}>`)}.`,
  ];
  const maintainers = [...new Set(f.services.map((s) => s.maintainer).filter((m): m is string => !!m))];
  if (f.services.length > 0) {
    lines.push(`Services: ${f.services.map((s) => slackEscape(s.service)).join(', ')}.`);
  }
  if (maintainers.length > 0) lines.push(`Maintainer: ${maintainers.map(slackEscape).join(', ')}.`);
  if (issueKey) {
    const url = jiraUrl ? `${jiraUrl.replace(/\/+$/, '')}/browse/${issueKey}` : undefined;
    lines.push(`Jira: ${url ? `<${slackEscape(url)}|${issueKey}>` : issueKey}.`);
  }
  return lines.join('\n');
}

/**
 * Text for a single line of plain text: C0 and C1 controls (CR and LF among them, so nothing can
 * start a new header or line), DEL and the Unicode line and paragraph separators become spaces.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The email's Subject: one line, whatever the commit subject holds, at most 200 characters. */
export function emailSubject(f: FailureFacts): string {
  const line = oneLine(`Deploy to ${f.environment} failed: ${what(f)} ${f.head.subject}`);
  return clipText(line, 200);
}

/**
 * The email's plain-text body: what the Slack message says (environment, version, commit,
 * committer, services, maintainer, Jira issue, run) and what the Jira issue lists (the commits,
 * the plan). Untrusted text goes in one line each (`oneLine`): plain text has no markup to escape,
 * but a line of its own must not be forged.
 */
export function emailText(f: FailureFacts, issueKey?: string, jiraUrl?: string): string {
  const out: string[] = [];
  out.push(`The deploy of ${oneLine(what(f))} to ${oneLine(f.environment)} failed at ${f.failed.at}.`);
  out.push(f.runUrl && /^https?:\/\//i.test(f.runUrl) ? `Run: ${oneLine(f.runUrl)}` : 'Run: no link was recorded.');
  out.push(
    `Still deployed: ${
      f.previous
        ? `${shortSha(f.previous.sha)}${f.previous.version ? ` (${oneLine(f.previous.version)})` : ''}, since ${f.previous.at}`
        : 'nothing recorded'
    }.`,
  );
  out.push(`Committed by: ${oneLine(`${f.head.committer.name} <${f.head.committer.email}>`)}.`);
  const maintainers = [...new Set(f.services.map((s) => s.maintainer).filter((m): m is string => !!m))];
  if (maintainers.length > 0) out.push(`Maintainer: ${maintainers.map(oneLine).join(', ')}.`);
  if (issueKey) {
    const url = jiraUrl ? ` ${jiraUrl.replace(/\/+$/, '')}/browse/${issueKey}` : '';
    out.push(`Jira: ${issueKey}${url}`);
  }
  out.push('', `Commits (${f.commits.length}${f.moreCommits ? '+' : ''}):`);
  for (const c of f.commits) {
    out.push(`  ${shortSha(c.sha)} ${oneLine(c.subject)} (${oneLine(`${c.committer.name} <${c.committer.email}>`)})`);
    const url = commitUrl(f, c.sha);
    if (url) out.push(`          ${url}`);
  }
  if (f.services.length > 0) {
    out.push('', 'Services:');
    for (const s of f.services) {
      out.push(
        `  ${oneLine(s.service)} (${oneLine(s.file)}), ${s.maintainer ? `maintainer ${oneLine(s.maintainer)}` : 'no maintainer named'}`,
      );
    }
  }
  const plan = planLines(f);
  if (plan) {
    out.push('', 'Plan:');
    for (const l of plan) out.push(`  ${oneLine(l)}`);
  }
  out.push('', '-- ', "Sent by gitops-action for a failed deploy, by the policy's notify.email.");
  return `${out.join('\n')}\n`;
}
