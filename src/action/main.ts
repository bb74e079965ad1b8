import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { Git } from '../git/git.js';
import { credentialsFromEnv } from '../jira/verify.js';
import type { CheckResult } from '../policy/check.js';
import { loadTrustedConfig, runCheck } from '../policy/check.js';
import { pickEnvironment } from '../policy/gather.js';
import { renderCheckMarkdown } from '../report/check-markdown.js';
import { Redactor, redactResult } from '../report/redact.js';
import { upsertPullRequestComment } from './comment.js';
import { type ActionEvent, eventSourceFromEnv, readPayload, resolveEvent, SUPPORTED_EVENTS } from './event.js';
import { connectGitHub, type GitHubApi, repositoryFromEnv } from './github-api.js';
import { CommitIdentities, needsGitHubIdentity } from './identity.js';
import { type ActionSettings, readSettings } from './inputs.js';
import { actionJira } from './jira.js';
import { annotate, failureReason, logReport, setOutputs } from './report.js';
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
    const git = openWorkspace(env);
    if (settings.fetchHistory && git.isShallow()) deepen(git);

    const source = eventSourceFromEnv(env);
    const payload = source.eventName && isSupported(source.eventName) ? readPayload(source) : {};
    const event = resolveEvent(git, source, payload, settings, (sha, refspec) => fetchCommit(git, sha, refspec));

    const config = await loadTrustedConfig({
      git,
      from: event.request.from,
      trustedRefs: event.request.trustedRefs,
      configPath: settings.configExplicit ? settings.config : undefined,
      configFromRef: true,
    });
    const environment = pickEnvironment(config, event.request.ref, settings.environment);

    let api: Promise<GitHubApi> | undefined;
    const github = () => {
      api ??= connectGitHub(settings.token, env.GITHUB_API_URL || 'https://api.github.com', repositoryFromEnv(env));
      return api;
    };

    const checked = await runCheck({
      git,
      ...event.request,
      config,
      configFromRef: true,
      version: true,
      jira: actionJira(settings),
      github: needsGitHubIdentity(config, environment)
        ? async (commits) => ({
            pusher: event.pusher,
            commits: await new CommitIdentities(await github()).all(commits),
          })
        : undefined,
    });
    // Redacted once, before any report cuts or formats a text.
    const result = redactResult(checked, redactor);

    logReport(result);
    annotate(result.findings);
    setOutputs(result);
    const markdown = renderCheckMarkdown(result);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    if (event.pullRequest && settings.comment) await comment(github, event, markdown, redactor);

    const failure = failureReason(result, settings.failOn);
    if (failure) {
      core.setFailed(failure);
      return;
    }
    await tagRelease(result, settings, github);
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

function isSupported(name: string): boolean {
  return (SUPPORTED_EVENTS as readonly string[]).includes(name);
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

/** A commit the checkout lacks (the head of a pull_request_target, an old force-pushed tip). */
function fetchCommit(git: Git, sha: string, refspec?: string): void {
  const args = ['fetch', '--quiet', '--no-tags', 'origin'];
  if (git.execGit([...args, sha], { allowFail: true }).status === 0) return;
  if (refspec) git.execGit([...args, refspec], { allowFail: true });
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
    const done = await upsertPullRequestComment(await github(), event.pullRequest.number, markdown);
    core.info(`Pull request comment ${done}.`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.warning(redactor.redact(`could not write the pull request comment: ${message}`));
  }
}

async function tagRelease(
  result: CheckResult,
  settings: ActionSettings,
  github: () => Promise<GitHubApi>,
): Promise<void> {
  if (!settings.createTag || result.decision !== 'deploy') return;
  const tag = result.version?.tag;
  const sha = result.range.to;
  if (!tag || !sha) {
    core.warning('create-tag is on, but this run computed no version to tag.');
    return;
  }
  const done = await createTag(await github(), tag, sha);
  core.info(done === 'created' ? `Created the tag ${tag} at ${sha}.` : `The tag ${tag} is already on ${sha}.`);
}
