import type { Plan, PlanObject } from '../descriptors/plan.js';
import type { Finding } from '../policy/finding.js';
import { clipText } from './fit.js';
import { escapeMarkdown } from './markdown.js';
import { style, terminalSafe } from './style.js';

/**
 * The plan as text (terminal) and as markdown (job summary, pull request comment). Every value
 * comes from the descriptors and is untrusted: text output goes through `terminalSafe`, markdown
 * through `escapeMarkdown`.
 */

const MAX_VALUE = 120;

/** A value as one short line: strings bare, everything else as JSON, long ones cut. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(none)';
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return clipText(s, MAX_VALUE);
}

export function planSummaryLine(plan: Plan): string {
  const s = plan.summary;
  return `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy, ${s.destructive} destructive.`;
}

const SIGN = { create: '+', update: '~', delete: '-' } as const;

function findingLabel(f: Finding): string {
  const kind = f.kind ?? f.rule;
  return f.acceptedBy ? `${kind} (accepted by ${f.acceptedBy})` : kind;
}

function findingsFor(plan: Plan, o: PlanObject | undefined): Finding[] {
  if (!o) {
    const ids = new Set(plan.objects.map((x) => x.id));
    return plan.findings.filter((f) => !f.object || !ids.has(f.object));
  }
  return plan.findings.filter((f) => f.object === o.id && (f.target === undefined || f.target === o.target));
}

/** Objects whose id another object of the plan shares: shown with their target. */
function sharedIds(plan: Plan): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const o of plan.objects) (seen.has(o.id) ? shared : seen).add(o.id);
  return shared;
}

export function renderPlanText(plan: Plan, options: { color: boolean }): string {
  const st = style(options.color);
  const colour = { create: st.green, update: st.yellow, delete: st.red } as const;
  const safe = (v: unknown) => terminalSafe(showValue(v));
  const lines: string[] = [];
  const finding = (f: Finding, indent: string) => {
    const mark = f.severity === 'error' ? st.red('✖') : st.yellow('⚠');
    const where = f.file ? st.dim(` (${terminalSafe(f.file)}${f.line ? `:${f.line}` : ''})`) : '';
    lines.push(`${indent}${mark} ${st.bold(terminalSafe(findingLabel(f)))}: ${terminalSafe(f.message)}${where}`);
  };
  const shared = sharedIds(plan);
  for (const o of plan.objects) {
    const where = shared.has(o.id) ? `${o.file}, in ${o.target}` : o.file;
    lines.push(
      `${colour[o.action](`${SIGN[o.action]} ${o.action}`)} ${st.bold(terminalSafe(o.id))} ${st.dim(`(${terminalSafe(where)})`)}`,
    );
    for (const c of o.changes) {
      lines.push(`    ${terminalSafe(c.path)}: ${safe(c.before)} → ${safe(c.after)}`);
    }
    for (const f of findingsFor(plan, o)) finding(f, '    ');
  }
  const rest = findingsFor(plan, undefined);
  if (rest.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const f of rest) finding(f, '');
  }
  if (lines.length > 0) lines.push('');
  lines.push(st.bold(planSummaryLine(plan)));
  return lines.join('\n');
}

function cell(v: unknown): string {
  return escapeMarkdown(showValue(v));
}

export function renderPlanMarkdown(plan: Plan): string {
  const out: string[] = [];
  if (plan.objects.length > 0) {
    out.push('| | object | file | changes |', '|---|---|---|---|');
    const shared = sharedIds(plan);
    for (const o of plan.objects) {
      const file = shared.has(o.id) ? `${o.file}, in ${o.target}` : o.file;
      const changes = o.changes.map((c) => `\`${escapeMarkdown(c.path)}\`: ${cell(c.before)} → ${cell(c.after)}`);
      const shown = changes.length > 20 ? [...changes.slice(0, 20), `… and ${changes.length - 20} more`] : changes;
      out.push(
        `| ${SIGN[o.action]} ${o.action} | ${escapeMarkdown(o.id)} | ${escapeMarkdown(file)} | ${shown.join('<br>')} |`,
      );
    }
    out.push('');
  }
  if (plan.findings.length > 0) {
    out.push('| | kind | object | where | before → after | message |', '|---|---|---|---|---|---|');
    for (const f of plan.findings) {
      const icon = f.severity === 'error' ? '⛔' : '⚠️';
      const where = `${f.file ?? ''}${f.line ? `:${f.line}` : ''}${f.path ? ` ${f.path}` : ''}`;
      const change = f.before === undefined && f.after === undefined ? '' : `${cell(f.before)} → ${cell(f.after)}`;
      out.push(
        `| ${icon} | ${escapeMarkdown(findingLabel(f))} | ${escapeMarkdown(f.object ?? '')} | ${escapeMarkdown(where)} | ${change} | ${escapeMarkdown(f.message)} |`,
      );
    }
    out.push('');
  }
  out.push(`**${escapeMarkdown(planSummaryLine(plan))}**`);
  return out.join('\n');
}
