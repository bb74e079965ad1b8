import { shortSha } from '../git/commit.js';
import { jiraReportLines } from '../jira/verify.js';
import type { CheckResult } from '../policy/check.js';
import type { Finding } from '../policy/finding.js';
import { clipText } from './fit.js';
import { renderPlanText } from './plan.js';
import { plural, type Style, style, terminalSafe } from './style.js';

/** A line a finding, with the commit's short hash and subject and the hint, for people. */
export function renderCheckText(result: CheckResult, options: { color: boolean; verbose?: boolean }): string {
  const s = style(options.color);
  const lines: string[] = [];
  const banner = { deploy: s.green('DEPLOY'), skip: s.yellow('SKIP'), block: s.red('BLOCK') }[result.decision];
  const range = describeRange(result);
  lines.push(
    `${s.bold('gitops-action')} ${banner} ${terminalSafe(result.refName)} → ${result.environment ?? 'no environment'} ${s.dim(`(${range})`)}`,
  );
  if (result.skipReason) lines.push(`  skipped: ${terminalSafe(result.skipReason)}`);
  if (result.version) {
    const v = result.version;
    lines.push(
      `  version: ${v.version} (${v.bump}${v.previousVersion ? ` from ${v.previousVersion}` : ''}, by ${v.source})`,
    );
  }
  lines.push(s.dim(`  policy: ${terminalSafe(result.configSource)}`));
  for (const note of result.notes) lines.push(s.yellow(`  note: ${terminalSafe(note)}`));
  const subjects = new Map(result.commits.map((c) => [c.sha, c.subject]));
  const showPlan = result.plan !== undefined && (result.plan.objects.length > 0 || options.verbose === true);
  // The plan lists each destructive finding under its object; printed there, not twice.
  const listed = showPlan ? result.findings.filter((f) => f.rule !== 'destructive') : result.findings;
  if (listed.length > 0) lines.push('');
  for (const f of listed) lines.push(...renderFinding(f, subjects, s));
  if (result.jira && result.jira.size > 0) {
    lines.push('', 'Jira:', ...jiraReportLines(result.jira).map((l) => `  ${terminalSafe(l)}`));
  }
  if (showPlan && result.plan) {
    lines.push('', renderPlanText(result.plan, { color: options.color }));
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  lines.push(
    '',
    `${plural(result.commits.length, 'commit')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  );
  return `${lines.join('\n')}\n`;
}

export function renderFinding(f: Finding, subjects: Map<string, string>, s: Style = style(false)): string[] {
  const mark = f.severity === 'error' ? s.red('✖ error') : s.yellow('⚠ warning');
  const where = f.commit
    ? ` ${shortSha(f.commit)} ${JSON.stringify(truncate(subjects.get(f.commit) ?? ''))}`
    : f.file
      ? ` ${f.file}${f.line ? `:${f.line}` : ''}`
      : '';
  const accepted = f.acceptedBy ? ` (accepted by ${f.acceptedBy})` : '';
  return [
    `${mark} ${s.bold(f.rule)}${f.kind ? `/${f.kind}` : ''}${terminalSafe(where)}`,
    `    ${terminalSafe(f.message)}${accepted}`,
    `    ${s.dim(`fix: ${terminalSafe(f.hint)}`)}`,
  ];
}

function truncate(subject: string): string {
  return clipText(subject, 72);
}

function describeRange(result: CheckResult): string {
  const r = result.range;
  const n = plural(result.commits.length, 'commit');
  if (r.kind === 'delete') return 'deletion';
  const from = r.from ? shortSha(r.from) : '∅';
  const to = r.to ? shortSha(r.to) : '∅';
  return `${r.kind} ${from}..${to}, ${n}`;
}
