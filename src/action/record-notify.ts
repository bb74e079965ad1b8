import * as core from '@actions/core';
import { Git } from '../git/git.js';
import { type ChannelOutcome, notifyAgainCommand, notifyFailure } from '../notify/failure.js';
import { loadTrustedConfig } from '../policy/policy-source.js';
import type { Deploy } from '../record/types.js';
import { neutraliseInvisible } from '../report/markdown.js';
import { defaultBranchName, ensureRemoteDefaultBranch } from './default-branch.js';
import { GitHubDeployments } from './deployments.js';
import { eventSourceFromEnv, readPayload } from './event.js';
import type { GitHubApi } from './github-api.js';
import type { ActionSettings } from './inputs.js';

/** The secrets a notice may use: masked in the log before anything can print them. */
const SECRETS = ['JIRA_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_WEBHOOK_URL', 'SMTP_PASSWORD'];

export interface FailureAnnouncement {
  settings: ActionSettings;
  env: NodeJS.ProcessEnv;
  github: () => Promise<GitHubApi>;
  failed: Deploy;
  runUrl?: string;
}

/**
 * `mode: record` with a new failure: tells people, as `gitops-action record --status failure` does,
 * by the notify: block of the default branch's policy (never the deployed commit's: a failed deploy
 * may be the very change that turned notices off). The record is written either way: a missing
 * checkout, a policy that cannot be read, or a channel that fails is a warning, never a failed step.
 * Returns each channel's outcome, or undefined when nothing was tried.
 */
export async function announceFailure(req: FailureAnnouncement): Promise<ChannelOutcome[] | undefined> {
  const { env, failed } = req;
  for (const name of SECRETS) if (env[name]) core.setSecret(env[name] as string);
  const retry = notifyAgainCommand(failed);
  const git = new Git(env.GITHUB_WORKSPACE || process.cwd());
  if (!git.isRepository()) {
    core.warning(
      `the failure is recorded, but nobody was told: the workspace is not a git repository, so the policy's notify: block cannot be read. Add actions/checkout (fetch-depth: 0) before this step, or run ${retry} where the repository is checked out.`,
    );
    return undefined;
  }
  let outcomes: ChannelOutcome[];
  try {
    const name = await defaultBranchName(readPayload(eventSourceFromEnv(env)), req.github);
    const ref = ensureRemoteDefaultBranch(git, name);
    const config = await loadTrustedConfig({
      git,
      trustedRefs: [ref],
      configPath: req.settings.configExplicit ? req.settings.config : undefined,
      configFromRef: true,
      policyCache: false,
    });
    const { jira, slack, email } = config.notify;
    if (!jira && !slack && !email) {
      core.info('No notify: channel is set in the policy; nobody was told of the failure.');
      return undefined;
    }
    const notes: string[] = [];
    const reader = new GitHubDeployments({ git, github: req.github, notes });
    outcomes = await notifyFailure({ git, config, failed, reader, env, runUrl: req.runUrl });
    for (const note of notes) core.warning(note);
  } catch (err) {
    core.warning(
      neutraliseInvisible(
        `the failure is recorded, but nobody was told: ${err instanceof Error ? err.message : String(err)}. Once that is fixed, run ${retry}.`,
      ),
    );
    return undefined;
  }
  for (const o of outcomes) {
    const line = neutraliseInvisible(`notify ${o.channel}: ${o.status}: ${o.detail}`);
    if (o.status === 'failed') core.warning(`${line}. Once that is fixed, run ${retry}.`);
    else core.info(line);
  }
  return outcomes;
}
