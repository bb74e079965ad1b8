import * as core from '@actions/core';
import { shortSha } from '../git/commit.js';
import type { CheckResult } from '../policy/check.js';
import type { Finding } from '../policy/finding.js';
import { renderCheckText } from '../report/check-text.js';
import { neutraliseInvisible } from '../report/markdown.js';
import { terminalSafe, useColor } from '../report/style.js';
import { gitVersionOutputs } from '../semver/fields.js';
import type { FailOn } from './inputs.js';
import { writeUntrusted } from './untrusted-log.js';

/** The outputs of action.yml, every one set on every run (empty when it does not apply). */
export function actionOutputs(result: CheckResult): Record<string, string> {
  const v = result.version;
  return {
    decision: result.decision,
    deploy: String(result.decision === 'deploy'),
    environment: result.environment ?? '',
    version: v?.version ?? '',
    'previous-version': v?.previousVersion ?? '',
    bump: v?.bump ?? '',
    tag: v?.tag ?? '',
    ...gitVersionOutputs(v),
    // Outputs are data for later steps, so not markdown-escaped; but no reversed or hidden text.
    findings: neutraliseInvisible(JSON.stringify(result.findings)),
    plan: neutraliseInvisible(JSON.stringify(result.plan ?? null)),
    'skip-reason': neutraliseInvisible(result.skipReason ?? ''),
    'deployed-sha': result.baseline?.sha ?? '',
    baseline: result.baseline?.source ?? '',
    ...RECORD_OUTPUTS_EMPTY,
  };
}

/** The outputs of `mode: record`; empty in check mode. */
const RECORD_OUTPUTS_EMPTY = { 'deployment-id': '', 'record-ref': '' };

export function setOutputs(result: CheckResult): void {
  // setOutput writes GITHUB_OUTPUT with a random heredoc delimiter, so multi-line JSON is safe.
  for (const [name, value] of Object.entries(actionOutputs(result))) core.setOutput(name, value);
}

/** Every output of `mode: record`: the record's, and the check's left empty. */
export function recordModeOutputs(record: { deploymentId: string; ref: string }): Record<string, string> {
  const empty = Object.fromEntries(Object.keys(actionOutputs(EMPTY_RESULT)).map((name) => [name, ''])) as Record<
    string,
    string
  >;
  return { ...empty, 'deployment-id': record.deploymentId, 'record-ref': record.ref };
}

export function recordOutputs(record: { deploymentId: string; ref: string }): void {
  for (const [name, value] of Object.entries(recordModeOutputs(record))) core.setOutput(name, value);
}

const EMPTY_RESULT = {
  decision: 'skip',
  environment: null,
  ref: '',
  refName: '',
  range: { kind: 'explicit', revArgs: [] },
  commits: [],
  findings: [],
  configSource: '',
  notes: [],
} satisfies CheckResult;

/**
 * The report for people, in the job log. It holds commit subjects and branch names, so it goes
 * through the stop-commands guard: no line of it is obeyed as a workflow command.
 */
export function logReport(result: CheckResult): void {
  const lines = [renderCheckText(result, { color: useColor(process.stdout, process.env) })];
  if (result.commits.length > 0) {
    lines.push('', `Commits checked (${result.commits.length}):`);
    for (const c of result.commits)
      lines.push(`  ${shortSha(c.sha)} ${terminalSafe(c.subject)}  <${terminalSafe(c.author.email)}>`);
  }
  writeUntrusted(neutraliseInvisible(lines.join('\n')));
}

/**
 * One annotation a finding. `core.error`/`core.warning` escape `%`, CR and LF in the message and
 * also `:` and `,` in the properties, so the first `::` on the line is always ours and a `::` in
 * the message stays message text.
 */
export function annotate(findings: Finding[]): void {
  for (const f of findings) {
    const properties: core.AnnotationProperties = {
      title: `gitops-action: ${f.kind ? `${f.rule}/${f.kind}` : f.rule}`,
    };
    if (f.file) {
      properties.file = f.file;
      if (f.line) properties.startLine = f.line;
    }
    const where = f.commit && !f.message.includes(shortSha(f.commit)) ? ` (commit ${shortSha(f.commit)})` : '';
    // Annotations show as text, not markdown; a bidi override or hidden character would still lie.
    const message = neutraliseInvisible(`${f.message}${where}${f.hint ? `\nfix: ${f.hint}` : ''}`);
    if (f.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
}

/**
 * The title of the notice a run leaves when its check passes without deploying (`skip`, or a
 * `block` that `fail-on: never` lets pass). The Action's own fallback reads its check runs' annotations
 * for it: a commit that was only checked, not deployed, is never "the last commit whose check
 * passed". Adding the notice can only make a fallback stricter, so anyone may; nobody can remove it.
 */
export const NOT_DEPLOYED_TITLE = 'gitops-action: not deployed';

export function announceNotDeployed(result: CheckResult, checkFails: boolean): void {
  // A failing check needs no notice: no fallback ever counts it as passed.
  if (result.decision === 'deploy' || checkFails) return;
  core.notice(
    `${result.decision}: this commit was checked, not deployed. Until a deploy is recorded, the next push is judged from the last deploy, not from here.`,
    { title: NOT_DEPLOYED_TITLE },
  );
}

/** Why the step fails under `fail-on`, or undefined when it passes. */
export function failureReason(result: CheckResult, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined;
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (result.decision === 'block') {
    return `gitops-action blocked this ${result.range.kind === 'pull-request' ? 'pull request' : 'push'}: ${errors} error${errors === 1 ? '' : 's'} (see the annotations and the job summary)`;
  }
  if (failOn === 'warning' && warnings > 0) {
    return `gitops-action found ${warnings} warning${warnings === 1 ? '' : 's'}, and fail-on is warning`;
  }
  return undefined;
}
