/**
 * The online half of the `jira` rule, as a pure function of the lookups: which keys named by the
 * commits do not exist, are in a status that may not deploy, lack an approval, or belong to another
 * project. Faults that concern the whole run (Jira unreachable, credentials refused) give one
 * finding for the run, not one per key.
 */
import { shortSha } from '../git/commit.js';
import type { Finding, Severity } from '../policy/finding.js';
import type { JiraLookup } from './client.js';

export interface JiraVerifyOptions {
  /** Allowed projects; empty allows every project. */
  projects: string[];
  /** Statuses that may deploy, compared case-insensitively; empty allows every status. */
  statuses: string[];
  /** Require the latest Jira Service Management approval to be `approved`. */
  approval: boolean;
  onUnreachable: 'error' | 'warn';
}

export interface CommitKeys {
  /** Empty for a key that comes from a pull request title rather than a commit. */
  sha: string;
  subject: string;
  keys: string[];
}

const RULE = 'jira';

const CREDENTIALS_HINT =
  'Check JIRA_USER and JIRA_TOKEN (in the Action: the jira-user and jira-token inputs, from secrets). Jira Cloud takes JIRA_USER (the account email) + JIRA_TOKEN (an API token, id.atlassian.com > Security > API tokens); Jira Data Center takes JIRA_TOKEN alone (a personal access token). The account needs Browse Projects on the projects named.';

const UNREACHABLE_HINT =
  'Check jira.verify.url and that this runner can reach Jira, or retry the check. To let deploys pass with a warning while Jira is down, set jira.verify.on-unreachable: warn.';

export function jiraVerifyFindings(
  lookups: Map<string, JiraLookup>,
  keysByCommit: Array<{ sha: string; subject: string; keys: string[] }>,
  config: JiraVerifyOptions,
): Finding[] {
  // Each key once, at the first commit that names it, with the number of commits naming it.
  const firstCommit = new Map<string, CommitKeys>();
  const namedBy = new Map<string, number>();
  for (const entry of keysByCommit) {
    for (const key of new Set(entry.keys)) {
      if (!firstCommit.has(key)) firstCommit.set(key, entry);
      namedBy.set(key, (namedBy.get(key) ?? 0) + 1);
    }
  }

  const findings: Finding[] = [];
  const unreachable: JiraLookup[] = [];
  const auth: JiraLookup[] = [];
  const overLimit: JiraLookup[] = [];
  const projects = new Set(config.projects.map((p) => p.trim().toUpperCase()));
  const statuses = config.statuses.map((s) => s.trim());
  const allowedStatuses = new Set(statuses.map(foldStatus));

  for (const [key, entry] of firstCommit) {
    const lookup = lookups.get(key);
    const where = place(entry, namedBy.get(key) ?? 1);
    const at = (severity: Severity, message: string, hint: string): Finding => {
      const finding: Finding = { rule: RULE, severity, message: `${key}${where}: ${message}`, hint };
      if (entry.sha) finding.commit = entry.sha;
      return finding;
    };
    if (!lookup) {
      findings.push(
        at(
          'error',
          'was not verified online',
          'This is a bug in gitops-action: every key should be looked up when jira.verify is on. Please report it.',
        ),
      );
      continue;
    }
    const error = lookup.error;
    if (error?.kind === 'unreachable') {
      unreachable.push(lookup);
      continue;
    }
    if (error?.kind === 'auth') {
      auth.push(lookup);
      continue;
    }
    if (error?.kind === 'over-limit') {
      overLimit.push(lookup);
      continue;
    }
    if (error?.kind === 'not-found' || (!error && !lookup.exists)) {
      findings.push(
        at(
          'error',
          `does not exist in Jira${error ? ` (${error.message})` : ''}`,
          'Check the key for typos and reword the commit (`git rebase -i`, or `git commit --amend` for the last one). An issue you cannot see is reported the same way: the Jira account may need Browse Projects on it.',
        ),
      );
      continue;
    }
    if (error) {
      findings.push(
        at(
          'error',
          `could not be verified: ${error.message}`,
          'Check jira.verify.url and jira.verify.api-version (2 for Data Center, 2 or 3 for Cloud), then retry.',
        ),
      );
      continue;
    }
    if (projects.size > 0 && lookup.project !== undefined && !projects.has(lookup.project.toUpperCase())) {
      findings.push(
        at(
          'error',
          `belongs to project ${lookup.project}, which is not one of ${[...projects].join(', ')}`,
          `Name an issue of ${[...projects].join(', ')} in the message, or add ${lookup.project} to jira.projects in the policy.`,
        ),
      );
    }
    if (allowedStatuses.size > 0) {
      const status = lookup.status;
      if (status === undefined || !allowedStatuses.has(foldStatus(status))) {
        findings.push(
          at(
            'error',
            `is in status ${status === undefined ? '(unknown)' : JSON.stringify(status)}, which may not deploy here; allowed: ${statuses
              .map((s) => JSON.stringify(s))
              .join(', ')}`,
            `Move ${key} to ${statuses.length === 1 ? JSON.stringify(statuses[0]) : `one of ${statuses.map((s) => JSON.stringify(s)).join(', ')}`} in Jira, then run the check again.`,
          ),
        );
      }
    }
    if (config.approval && lookup.approval !== 'approved') {
      const decision = lookup.approval ?? 'none';
      const message =
        decision === 'none'
          ? 'has no approval in Jira Service Management, and an approved one is required'
          : `has its latest approval ${decision}, and an approved one is required`;
      const hint =
        decision === 'pending'
          ? `Ask the approvers of ${key} to approve it in Jira Service Management, then run the check again.`
          : decision === 'declined'
            ? `The approval of ${key} was declined: a new approval must be requested and approved before this deploys.`
            : `Request approval on ${key} in Jira Service Management (the issue must be a service request with an approval step).`;
      findings.push(at('error', message, hint));
    }
  }

  if (auth.length > 0) {
    findings.push({
      rule: RULE,
      severity: 'error',
      message:
        auth.length === 1 ? auth[0]!.error!.message : `${auth[0]!.error!.message} (${keyList(auth)} were not verified)`,
      hint: CREDENTIALS_HINT,
    });
  }
  if (overLimit.length > 0) {
    const total = firstCommit.size;
    findings.push({
      rule: RULE,
      severity: 'error',
      message: `the range names ${total} distinct Jira keys, and a run verifies at most ${total - overLimit.length}: ${keyList(overLimit)} ${overLimit.length === 1 ? 'was' : 'were'} not verified, so the check fails closed`,
      hint: 'Deploy in smaller steps (fewer commits, or fewer issues, per push), or squash commits that name many issues. The limit keeps one push from sending Jira a request per key it can write.',
    });
  }
  if (unreachable.length > 0) {
    const warn = config.onUnreachable === 'warn';
    findings.push({
      rule: RULE,
      severity: warn ? 'warning' : 'error',
      message: `Jira could not be reached, so ${keyList(unreachable)} ${unreachable.length === 1 ? 'was' : 'were'} not verified${
        warn ? ' (on-unreachable: warn lets the push through)' : ' and the check fails closed'
      }: ${unreachable[0]!.error!.message}`,
      hint: warn ? 'Verify the issues by hand before relying on this deploy.' : UNREACHABLE_HINT,
    });
  }
  return findings;
}

/** One line per key for the text report and the job summary: its status and its approval. */
export function jiraReportLines(lookups: Map<string, JiraLookup>): string[] {
  const lines: string[] = [];
  for (const [key, lookup] of lookups) {
    const error = lookup.error;
    if (error) {
      const what =
        error.kind === 'not-found'
          ? 'not found'
          : error.kind === 'over-limit'
            ? 'not verified, over the limit of keys a run'
            : error.kind === 'auth'
              ? 'credentials refused'
              : error.kind === 'unreachable'
                ? 'not verified, Jira unreachable'
                : 'not verified, Jira error';
      const known = lookup.exists && lookup.status !== undefined ? `status ${lookup.status}, ` : '';
      lines.push(`${key}: ${known}${what}`);
      continue;
    }
    const parts = [`status ${lookup.status ?? '(unknown)'}`];
    if (lookup.approval !== undefined) parts.push(`approval ${lookup.approval}`);
    if (lookup.issueType !== undefined) parts.push(lookup.issueType);
    lines.push(`${key}: ${parts.join(', ')}`);
  }
  return lines;
}

/**
 * The Jira credentials in the environment: `JIRA_USER` and `JIRA_TOKEN`, or, in the Action, its
 * `jira-user` and `jira-token` inputs (which the runner exposes as `INPUT_JIRA-USER` and
 * `INPUT_JIRA-TOKEN`). Empty values count as unset.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): { user?: string; token?: string } {
  const pick = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = env[name]?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const out: { user?: string; token?: string } = {};
  const user = pick('JIRA_USER', 'INPUT_JIRA-USER', 'INPUT_JIRA_USER');
  const token = pick('JIRA_TOKEN', 'INPUT_JIRA-TOKEN', 'INPUT_JIRA_TOKEN');
  if (user !== undefined) out.user = user;
  if (token !== undefined) out.token = token;
  return out;
}

function foldStatus(status: string): string {
  return status.trim().replace(/\s+/g, ' ').toLowerCase();
}

function place(entry: CommitKeys, count: number): string {
  const more = count > 1 ? ` and ${count - 1} more` : '';
  if (!entry.sha) return ' (in the pull request title)';
  return ` (commit ${shortSha(entry.sha)}${more})`;
}

function keyList(lookups: JiraLookup[]): string {
  const keys = lookups.map((l) => l.key);
  if (keys.length <= 5) return keys.join(', ');
  return `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more`;
}
