import { shortSha } from '../git/commit.js';
import type { CheckResult } from '../policy/check.js';
import { clipText } from './fit.js';
import { escapeMarkdown } from './markdown.js';
import { renderPlanMarkdown } from './plan.js';

/**
 * The most characters of one untrusted value a report shows; the job log has the whole of it.
 * Generous for real text (an email is at most 254 characters by RFC 5321), short enough that a
 * hostile value cannot fill the report GitHub caps (see fit.ts).
 */
const MAX = { name: 256, subject: 200, message: 1000, hint: 500 } as const;

/** An untrusted value for a report cell: clipped, then escaped. */
function cell(text: string, max: number): string {
  return escapeMarkdown(clipText(text, max));
}

const BANNER = {
  deploy: '✅ **deploy**',
  skip: '⏭️ **skip**',
  block: '⛔ **block**',
} as const;

/** How each baseline source is named; only the first two are a deploy record. */
const BASELINE_SOURCE: Record<NonNullable<CheckResult['baseline']>['source'], string> = {
  'github-deployments': 'the deploy record (GitHub deployments)',
  'git-ref': 'the deploy record (refs/deployments)',
  'last-passed-check': 'fallback: no deploy recorded, the last commit whose check passed',
  'previous-tag': 'fallback: no deploy recorded, the previous release tag on the protected branch',
  'merge-base': 'fallback: no deploy recorded, the merge-base with the default branch',
  before: "fallback: no deploy recorded, the push's previous tip",
  explicit: 'the commit asked for (--from)',
  none: 'fallback: no deploy recorded and nothing to start from',
};

/** "deployed X → requested Y (N commits since the last deploy)", with where X came from. */
function baselineLine(result: CheckResult): string {
  const b = result.baseline!;
  const n = result.commits.length;
  const to = result.range.to ? `\`${shortSha(result.range.to)}\`` : 'nothing';
  const from = b.sha ? `deployed \`${shortSha(b.sha)}\`` : 'nothing deployed';
  const fallback = !['github-deployments', 'git-ref', 'explicit'].includes(b.source);
  const source = `${fallback ? '⚠️ ' : ''}baseline: ${BASELINE_SOURCE[b.source]}`;
  const note = b.note ? ` (${cell(b.note, MAX.message)})` : '';
  return `${from} → requested ${to} (${n} commit${n === 1 ? '' : 's'} since the last deploy) · ${source}${note}`;
}

/** The job summary and PR comment: banner, commits, findings, plan. Every commit-derived string is escaped. */
export function renderCheckMarkdown(result: CheckResult, options: { maxCommits?: number } = {}): string {
  const out: string[] = [];
  const env = result.environment ? `\`${cell(result.environment, MAX.name)}\`` : 'no environment';
  out.push(`### gitops-action: ${BANNER[result.decision]} ${cell(result.refName, MAX.name)} → ${env}`, '');
  if (result.skipReason) out.push(`Skipped: ${cell(result.skipReason, MAX.message)}`, '');
  if (result.version) {
    const v = result.version;
    out.push(
      `Version **${escapeMarkdown(v.version)}** (${v.bump}${v.previousVersion ? ` from ${escapeMarkdown(v.previousVersion)}` : ''}, by ${escapeMarkdown(v.source)})`,
      '',
    );
  }
  if (result.baseline) out.push(baselineLine(result), '');
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity !== 'error');
  out.push(
    `${result.commits.length} commits checked · ${errors.length} errors · ${warnings.length} warnings · policy: ${cell(result.configSource, MAX.name)}`,
    '',
  );
  if (result.findings.length > 0) {
    out.push('#### Findings', '', '| | rule | where | message | fix |', '|---|---|---|---|---|');
    for (const f of result.findings) {
      const where = f.commit
        ? `\`${shortSha(f.commit)}\``
        : f.file
          ? cell(`${f.file}${f.line ? `:${f.line}` : ''}`, MAX.name)
          : '';
      const rule = escapeMarkdown(f.kind ? `${f.rule}/${f.kind}` : f.rule);
      const accepted = f.acceptedBy ? ` (accepted by \`${cell(f.acceptedBy, MAX.name)}\`)` : '';
      out.push(
        `| ${f.severity === 'error' ? '⛔' : '⚠️'} | ${rule} | ${where} | ${cell(f.message, MAX.message)}${accepted} | ${cell(f.hint, MAX.hint)} |`,
      );
    }
    out.push('');
  }
  if (result.jira && result.jira.size > 0) {
    out.push('#### Jira', '', '| key | status | approval |', '|---|---|---|');
    for (const j of result.jira.values()) {
      out.push(
        `| ${cell(j.key, MAX.name)} | ${cell(j.error ? j.error.kind : (j.status ?? 'unknown'), MAX.name)} | ${cell(j.approval ?? '', MAX.name)} |`,
      );
    }
    out.push('');
  }
  const max = options.maxCommits ?? 100;
  if (result.commits.length > 0) {
    out.push(
      '<details><summary>Commits</summary>',
      '',
      '| commit | subject | author | committer |',
      '|---|---|---|---|',
    );
    for (const c of result.commits.slice(0, max)) {
      out.push(
        `| \`${shortSha(c.sha)}\` | ${cell(c.subject, MAX.subject)} | ${cell(c.author.email, MAX.name)} | ${cell(c.committer.email, MAX.name)} |`,
      );
    }
    if (result.commits.length > max) out.push(`| … | and ${result.commits.length - max} more | | |`);
    out.push('', '</details>', '');
  }
  if (result.plan) out.push('#### Plan', '', renderPlanMarkdown(result.plan), '');
  return out.join('\n');
}
