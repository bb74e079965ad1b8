import * as core from '@actions/core';
import { matchesAny, parseRef } from '../config/environments.js';
import type { EnvironmentConfig, ResolvedConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import { Git } from '../git/git.js';
import { credentialsFromEnv } from '../jira/verify.js';
import type { CheckRequest, CheckResult } from '../policy/check.js';
import { loadTrustedConfig, runCheck } from '../policy/check.js';
import type { Facts } from '../policy/facts.js';
import { pickEnvironment } from '../policy/gather.js';
import type { Deploy } from '../record/types.js';
import { renderCheckMarkdown } from '../report/check-markdown.js';
import { COMMENT_MAX_CHARS, fitMarkdown, SUMMARY_MAX_BYTES } from '../report/fit.js';
import { Redactor, redactResult } from '../report/redact.js';
import { upsertPullRequestComment } from './comment.js';
import { defaultBranchName, ensureRemoteDefaultBranch } from './default-branch.js';
import { GitHubDeployments } from './deployments.js';
import {
  type ActionEvent,
  eventSourceFromEnv,
  isSupportedEvent,
  readPayload,
  resolveEvent,
  unsupportedEvent,
} from './event.js';
import { connectGitHub, type GitHubApi, repositoryFromEnv } from './github-api.js';
import { CommitIdentities, needsGitHubIdentity } from './identity.js';
import { type ActionSettings, readSettings } from './inputs.js';
import { actionJira } from './jira.js';
import { pullRequestCommits } from './pulls.js';
import { recordDeploy } from './record.js';
import { annotate, announceNotDeployed, failureReason, logReport, recordOutputs, setOutputs } from './report.js';
import { createTag } from './tag.js';

/** The Action's door: one event, one check, outputs and reports, and `setFailed` on any failure. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Every credential this run holds, so that no report repeats one in any form (see redact.ts).
  const redactor = new Redactor();
  try {
    const settings = readSettings();
    const jiraFromEnv = credentialsFromEnv(env);
    redactor.add(settings.token);
    redactor.add(settings.jira.token, settings.jira.user ?? jiraFromEnv.user);
    redactor.add(jiraFromEnv.token, settings.jira.user ?? jiraFromEnv.user);
    let api: Promise<GitHubApi> | undefined;
    const github = () => {
      api ??= connectGitHub(settings.token, env.GITHUB_API_URL || 'https://api.github.com', repositoryFromEnv(env));
      return api;
    };
    if (settings.mode === 'record') {
      await recordMode(settings, env, github);
      return;
    }
    await checkMode(settings, env, github, redactor);
  } catch (err) {
    if (err instanceof UsageError) {
      core.setFailed(redactor.redact(err.hint ? `${err.message}\nfix: ${err.hint}` : err.message));
    } else {
      core.setFailed(
        redactor.redact(`gitops-action: internal error: ${err instanceof Error ? err.message : String(err)}`),
      );
    }
  }
}

async function checkMode(
  settings: ActionSettings,
  env: NodeJS.ProcessEnv,
  github: () => Promise<GitHubApi>,
  redactor: Redactor,
) {
  const git = openWorkspace(env);
  if (settings.fetchHistory && git.isShallow()) deepen(git);

  const source = eventSourceFromEnv(env);
  if (!isSupportedEvent(source.eventName)) throw unsupportedEvent(source.eventName);
  const payload = readPayload(source);
  const defaultBranch = await defaultBranchName(payload, github);
  ensureRemoteDefaultBranch(git, defaultBranch);
  const fetch = (sha: string, refspec?: string) => fetchCommit(git, sha, refspec);
  const event = resolveEvent({ git, defaultBranch, fetch }, source, payload, settings);
  for (const note of event.notes) core.warning(note);

  const notes: string[] = [];
  const record = settings.token
    ? new GitHubDeployments({
        git,
        github,
        checkName: settings.checkName ?? env.GITHUB_JOB ?? 'gitops',
        lastChecked: event.lastChecked,
        notes,
      })
    : undefined;

  const policy: CheckRequest = {
    git,
    ...event.request,
    configPath: settings.configExplicit ? settings.config : undefined,
    configFromRef: true,
    record,
    // Nothing in the workspace may stand in for a validated policy: one write there would last.
    policyCache: false,
    fetchCommit: (sha) => fetch(sha),
  };
  // The base of a pull request or merge group; else the default branch by name (at its last
  // deploy when the push is to it): never `before`, a tag's old target or an input.
  const config = await loadTrustedConfig(policy);
  const environment = pickEnvironment(config, event.request.ref, settings.environment);

  const identity = needsGitHubIdentity(config, environment);
  const mergeOnly = settings.token !== '' && takesMergesOnly(config, environment, event);
  const request: CheckRequest = {
    ...policy,
    config,
    version: true,
    jira: actionJira(settings),
    github:
      identity || mergeOnly
        ? async (commits, firstParentLine) => {
            const facts: NonNullable<Facts['github']> = {
              pusher: event.pusher,
              commits: identity ? await new CommitIdentities(await github()).all(commits) : new Map(),
            };
            if (mergeOnly) {
              const line = commits.filter((c) => c.parents.length < 2 && firstParentLine.has(c.sha));
              const branch = parseRef(event.request.ref).name;
              facts.pullRequestCommits = await pullRequestCommits(await github(), branch, line);
            }
            return facts;
          }
        : undefined,
  };
  // Redacted once, before any report cuts or formats a text.
  const result = redactResult(await runCheck(request), redactor);
  for (const note of notes) {
    core.warning(note);
    result.notes.push(note);
  }
  // Not a warning: without a token the run asked for no API at all, as a test or a local run does.
  if (!record) result.notes.push('the token input is empty, so the deploy record was not read.');

  logReport(result);
  const failure = failureReason(result, settings.failOn);
  // First, so that the fallback finds it on the first page of the run's annotations.
  announceNotDeployed(result, failure !== undefined);
  annotate(result.findings);
  setOutputs(result);
  const markdown = renderCheckMarkdown(result);
  const metrics =
    settings.metrics && record && result.environment
      ? await metricsSection(git, record, result.environment, settings.metrics, github)
      : '';
  if (env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(fitMarkdown(markdown + metrics, SUMMARY_MAX_BYTES, 'a job summary'), true).write();
  }
  if (event.pullRequest && settings.comment) await comment(github, event, markdown, redactor);

  if (failure) {
    core.setFailed(failure);
    return;
  }
  // The environment's own branch, not one the environment input forced a mapping onto.
  const ref = parseRef(event.request.ref);
  const onEnvironmentBranch = event.branchPush && !!environment && matchesAny(ref.name, environment.branches);
  await tagRelease(result, settings, event, onEnvironmentBranch, github);
}

/**
 * `metrics:` the DORA keys of the environment, from the same record the baseline came from, as a
 * job-summary section. Loaded only when asked for; a failure here is a warning, never the check's.
 * A squash merge's lead time starts at its pull request's first commit (a bounded look-up).
 */
async function metricsSection(
  git: Git,
  record: GitHubDeployments,
  environment: string,
  window: string,
  github: () => Promise<GitHubApi>,
): Promise<string> {
  try {
    const [{ metricsSummary }, { parseSince }, { pullRequestStarts }] = await Promise.all([
      import('../metrics/summary.js'),
      import('../metrics/window.js'),
      import('./pull-starts.js'),
    ]);
    const until = Date.now();
    const since = parseSince(window, until);
    const changeStarts = async (candidates: string[]) => pullRequestStarts(await github(), candidates);
    return `\n${await metricsSummary({ git, reader: record, environments: [environment], since, until, changeStarts })}`;
  } catch (err) {
    core.warning(`could not compute the DORA metrics: ${err instanceof Error ? err.message : String(err)}`);
    return '';
  }
}

/**
 * Whether merge-only applies to this push, so the Action asks GitHub which commits came through
 * pull requests. A pull request or merge group is itself the way in: nothing to ask.
 */
function takesMergesOnly(
  config: ResolvedConfig,
  environment: EnvironmentConfig | undefined,
  event: ActionEvent,
): boolean {
  if (event.name !== 'push' && event.name !== 'workflow_dispatch') return false;
  const ref = parseRef(event.request.ref);
  const branches = (environment?.rules ?? config.rules).branches;
  return ref.kind === 'branch' && !!branches && matchesAny(ref.name, branches['merge-only']);
}

/**
 * `mode: record`: the deploy record for a deploy job, no check. The commit is the `sha` input or
 * GITHUB_SHA; the environment and status inputs are required (inputs.ts says so).
 */
async function recordMode(settings: ActionSettings, env: NodeJS.ProcessEnv, github: () => Promise<GitHubApi>) {
  const environment = settings.environment as string;
  const status = settings.status as 'success' | 'failure';
  let sha = settings.sha ?? env.GITHUB_SHA ?? '';
  // A short sha or a ref name is resolved in the workspace, when the job checked one out.
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    const git = new Git(env.GITHUB_WORKSPACE || process.cwd());
    if (sha && git.isRepository()) sha = git.revParse(sha);
  }
  const run =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const outcome = await recordDeploy(await github(), { environment, sha, status, logUrl: run });
  core.info(
    `${outcome.createdDeployment ? 'Created' : 'Reused'} deployment ${outcome.deploymentId} of ${sha} to ${environment}; ` +
      `${outcome.createdStatus ? 'recorded' : 'it already had'} the status ${status}.`,
  );
  if (outcome.ref) core.info(`${outcome.ref} points at ${sha}.`);
  for (const note of outcome.notes) core.warning(note);
  recordOutputs({ deploymentId: String(outcome.deploymentId), ref: outcome.ref ?? '' });
  // A failure recorded now (a re-run that adds no status tells nobody twice) is announced.
  if (status === 'failure' && outcome.createdStatus) {
    const { announceFailure } = await import('./record-notify.js');
    const failed: Deploy = {
      environment,
      sha,
      status: 'failure',
      at: new Date().toISOString(),
      id: String(outcome.deploymentId),
      source: 'github-deployments',
      ...(run ? { url: run } : {}),
    };
    await announceFailure({ settings, env, github, failed, runUrl: run });
  }
}

function openWorkspace(env: NodeJS.ProcessEnv): Git {
  const git = new Git(env.GITHUB_WORKSPACE || process.cwd());
  if (!git.isRepository()) {
    throw new UsageError(
      `the workspace ${git.cwd} is not a git repository`,
      'Add `- uses: actions/checkout@v4` with `fetch-depth: 0` before this step.',
    );
  }
  return git;
}

/**
 * A shallow checkout (actions/checkout's default `fetch-depth: 1`) lacks the range: fetch the rest.
 * When that fails, the engine's shallow-clone error names the fix.
 */
function deepen(git: Git): void {
  core.info('The checkout is shallow; fetching the whole history (fetch-history: true).');
  const r = git.execGit(['fetch', '--quiet', '--unshallow', '--tags', 'origin'], { allowFail: true });
  if (r.status !== 0)
    core.warning(
      `could not deepen the shallow checkout: git fetch --unshallow failed (${r.stderr.split('\n')[0] ?? ''})`,
    );
}

/**
 * A commit the checkout lacks (the head of a pull_request_target, a force-pushed tip, a deployed
 * commit no branch holds any more), fetched from origin by sha, else by `refspec`.
 */
function fetchCommit(git: Git, sha: string, refspec?: string): boolean {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return false;
  const args = ['fetch', '--quiet', '--no-tags', 'origin'];
  if (git.execGit([...args, sha], { allowFail: true }).status !== 0 && refspec) {
    git.execGit([...args, refspec], { allowFail: true });
  }
  return git.tryRevParse(sha) !== undefined;
}

/** The comment is a courtesy: a fork's read-only token cannot write it, and the check still stands. */
async function comment(
  github: () => Promise<GitHubApi>,
  event: ActionEvent,
  markdown: string,
  redactor: Redactor,
): Promise<void> {
  if (!event.pullRequest) return;
  try {
    // Room for the marker the comment starts with.
    const body = fitMarkdown(markdown, COMMENT_MAX_CHARS - 100, 'a pull request comment');
    const done = await upsertPullRequestComment(await github(), event.pullRequest.number, body);
    core.info(`Pull request comment ${done}.`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.warning(redactor.redact(`could not write the pull request comment: ${message}`));
  }
}

/**
 * `create-tag` tags only what a push put on an environment's branch: never a pull request's head
 * (under pull_request_target a fork's unmerged code), a merge group's trial merge, a tag push or
 * a dispatch.
 */
async function tagRelease(
  result: CheckResult,
  settings: ActionSettings,
  event: ActionEvent,
  onEnvironmentBranch: boolean,
  github: () => Promise<GitHubApi>,
): Promise<void> {
  if (!settings.createTag || result.decision !== 'deploy') return;
  if (!onEnvironmentBranch) {
    core.warning(
      `create-tag is on, but tags are created only on a push to an environment's branch; this ${event.name} run creates none.`,
    );
    return;
  }
  const tag = result.version?.tag;
  const sha = result.range.to;
  if (!tag || !sha) {
    core.warning('create-tag is on, but this run computed no version to tag.');
    return;
  }
  const done = await createTag(await github(), tag, sha);
  core.info(done === 'created' ? `Created the tag ${tag} at ${sha}.` : `The tag ${tag} is already on ${sha}.`);
}
