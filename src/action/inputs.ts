import * as core from '@actions/core';
import { UsageError } from '../errors.js';

export type FailOn = 'error' | 'warning' | 'never';
export type Mode = 'check' | 'record';

/** Every input of action.yml, read once, validated, and typed. Nothing else calls `core.getInput`. */
export interface ActionSettings {
  /** The policy file's path in the repository; always read from the trusted ref. */
  config: string;
  /** True when `config` differs from the default, so a missing file is an error, not the embedded default. */
  configExplicit: boolean;
  /** May be empty: only identity checks, comments and tags need it. */
  token: string;
  environment?: string;
  from?: string;
  to?: string;
  failOn: FailOn;
  fetchHistory: boolean;
  createTag: boolean;
  comment: boolean;
  jira: { url?: string; user?: string; token?: string };
  /** `check` decides a push; `record` writes the deploy record of `environment` instead. */
  mode: Mode;
  /** Record mode: how the deploy ended. */
  status?: 'success' | 'failure';
  /** Record mode: the deployed commit; GITHUB_SHA when empty. */
  sha?: string;
  /** This job's check run name, for the last-passed-check baseline; the job id when empty. */
  checkName?: string;
  /** `metrics`: a DORA section in the job summary over this window (`90d`, `1y`, a date); off when unset. */
  metrics?: string;
}

export const DEFAULT_CONFIG = '.gitops.yml';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const MODES: readonly Mode[] = ['check', 'record'];
const STATUSES = ['success', 'failure'] as const;

type GetInput = (name: string) => string;

/** `core.getInput` without its options: the runner gives `INPUT_<NAME>` upper-cased, dashes kept. */
const fromCore: GetInput = (name) => core.getInput(name);

export function readSettings(
  getInput: GetInput = fromCore,
  setSecret: (s: string) => void = core.setSecret,
): ActionSettings {
  const text = (name: string): string | undefined => getInput(name).trim() || undefined;
  // Mask the secrets before anything else can print: `::add-mask::` works only outside stop-commands.
  const token = getInput('token').trim();
  if (token) setSecret(token);
  const jiraToken = text('jira-token');
  if (jiraToken) setSecret(jiraToken);
  const jiraUser = text('jira-user');

  const config = text('config') ?? DEFAULT_CONFIG;
  const failOn = (text('fail-on') ?? 'error').toLowerCase();
  if (!FAIL_ON.includes(failOn as FailOn)) {
    throw new UsageError(
      `input "fail-on" must be one of ${FAIL_ON.join(', ')}, not ${JSON.stringify(failOn)}`,
      'Use fail-on: error (fail on block), warning (also fail on warnings) or never.',
    );
  }
  const jiraUrl = text('jira-url');
  if (jiraUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(jiraUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new UsageError(
        `input "jira-url" must be an http(s) URL, not ${JSON.stringify(jiraUrl)}`,
        'Write it as https://example.atlassian.net.',
      );
    }
  }
  const mode = (text('mode') ?? 'check').toLowerCase();
  if (!MODES.includes(mode as Mode)) {
    throw new UsageError(
      `input "mode" must be one of ${MODES.join(', ')}, not ${JSON.stringify(mode)}`,
      'Use mode: check (decide the push) or mode: record (record a deploy, with environment and status).',
    );
  }
  const status = text('status')?.toLowerCase();
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(
      `input "status" must be one of ${STATUSES.join(', ')}, not ${JSON.stringify(status)}`,
      "Pass the deploy job's outcome: success or failure (see docs/action.md, the record mode).",
    );
  }
  const environment = text('environment');
  if (mode === 'record' && (!environment || !status)) {
    throw new UsageError(
      `mode: record needs the ${!environment ? 'environment' : 'status'} input`,
      'Give the environment that was deployed and status: success or failure.',
    );
  }
  return {
    config,
    configExplicit: config !== DEFAULT_CONFIG,
    token,
    environment,
    from: text('from'),
    to: text('to'),
    failOn: failOn as FailOn,
    fetchHistory: bool(getInput, 'fetch-history', true),
    createTag: bool(getInput, 'create-tag', false),
    comment: bool(getInput, 'comment', true),
    jira: { url: jiraUrl, user: jiraUser, token: jiraToken },
    mode: mode as Mode,
    status: status as ActionSettings['status'],
    sha: text('sha'),
    checkName: text('check-name'),
    metrics: metricsWindow(text('metrics')),
  };
}

/** `metrics: true` is the usual 90 days; `false` or empty is off; anything else is a window (`1y`, `2026-01-01`). */
function metricsWindow(value: string | undefined): string | undefined {
  if (value === undefined || ['false', 'False', 'FALSE'].includes(value)) return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return '90d';
  if (/^\d{1,5}[dwmy]$/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  throw new UsageError(
    `input "metrics" must be true, false, a window such as 90d or 1y, or a date, not ${JSON.stringify(value)}`,
    "Set metrics: true (the last 90 days) or metrics: 1y in the step's with: block.",
  );
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` takes them, but naming the bad value. */
function bool(getInput: GetInput, name: string, fallback: boolean): boolean {
  const value = getInput(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(
    `input "${name}" must be true or false, not ${JSON.stringify(value)}`,
    `Write ${name}: true or ${name}: false in the step's with: block.`,
  );
}
