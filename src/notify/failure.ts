import type { ResolvedConfig } from '../config/types.js';
import type { Git } from '../git/git.js';
import { stashedExtraCa } from '../jira/ca.js';
import { trustWith } from '../jira/transport.js';
import type { Deploy, DeployRecordReader } from '../record/types.js';
import { recipients, sendEmail } from './email.js';
import { type FailureFacts, gatherFailureFacts } from './facts.js';
import { JiraIssues } from './jira-issues.js';
import {
  emailSubject,
  emailText,
  failureLabel,
  issueDescription,
  issueSummary,
  repeatComment,
  slackText,
} from './message.js';
import { postMessage, postWebhook } from './slack.js';

/**
 * Tells people a deploy failed: one Jira issue per environment's run of failures (opened, assigned
 * to the committer of the failed head commit; a later failure comments on it while it is open),
 * a Slack message to the channels of the services the deploy touched, and an email to their
 * addresses (`notify.email` in their descriptors, plus the policy's). Each channel is tried
 * whatever happened to the others, and each outcome is reported; nothing here throws for a
 * channel. Credentials come from the environment only and appear in no outcome.
 *
 * The `record --status failure` command and the Action call this after recording the failure.
 */
export interface NotifyFailureRequest {
  git: Git;
  config: ResolvedConfig;
  /** The failed deploy, as recorded. */
  failed: Deploy;
  reader: DeployRecordReader;
  env: NodeJS.ProcessEnv;
  /** The run's link, when the record has none (the Action's run URL). */
  runUrl?: string;
  /** The repository's web page, for commit links: `https://github.com/org/repo`. */
  repositoryUrl?: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** Work out and report what would be sent, and send nothing. */
  dryRun?: boolean;
}

export interface ChannelOutcome {
  channel: 'jira' | 'slack' | 'email';
  status: 'sent' | 'skipped' | 'failed' | 'dry-run';
  /** A sentence for people: what was done, or why not. */
  detail: string;
  /** The Jira issue opened or commented on. */
  issue?: string;
}

/** The command that tells people again, once a channel that failed is fixed. */
export function notifyAgainCommand(failed: Deploy): string {
  return `gitops-action notify --env ${failed.environment} --sha ${failed.sha.slice(0, 12)}`;
}

export async function notifyFailure(req: NotifyFailureRequest): Promise<ChannelOutcome[]> {
  const repositoryUrl =
    req.repositoryUrl ??
    (req.env.GITHUB_SERVER_URL && req.env.GITHUB_REPOSITORY
      ? `${req.env.GITHUB_SERVER_URL}/${req.env.GITHUB_REPOSITORY}`
      : undefined);
  const facts = await gatherFailureFacts({
    git: req.git,
    config: req.config,
    failed: req.failed,
    reader: req.reader,
    runUrl: req.runUrl,
    repositoryUrl,
  });
  const ca = stashedExtraCa(req.env);
  const secureContext = ca.pem ? trustWith(ca.pem) : undefined;
  const timeoutMs = req.timeoutMs ?? 10_000;
  const jira = await toJira(req, facts, { timeoutMs, secureContext });
  const slack = await toSlack(req, facts, jira.issue, { timeoutMs, secureContext });
  const email = await toEmail(req, facts, jira.issue, { timeoutMs, ca: ca.pem });
  return [jira, slack, email];
}

interface Transport {
  timeoutMs: number;
  secureContext?: ReturnType<typeof trustWith>;
}

async function toJira(req: NotifyFailureRequest, facts: FailureFacts, t: Transport): Promise<ChannelOutcome> {
  const config = req.config.notify.jira;
  if (!config) return { channel: 'jira', status: 'skipped', detail: 'notify.jira is not configured' };
  const token = req.env.JIRA_TOKEN;
  if (!token) {
    return { channel: 'jira', status: 'failed', detail: 'JIRA_TOKEN is not set (and JIRA_USER, for Jira Cloud)' };
  }
  const client = new JiraIssues({ url: config.url, user: req.env.JIRA_USER || undefined, token, ...t });
  const label = failureLabel(facts.environment);
  try {
    const email = facts.head.committer.email;
    const match = await client.findAccount(email);
    const note =
      'accountId' in match
        ? undefined
        : match.missing === 'hidden'
          ? `Jira hides the email of the account that may be ${email}, the committer of ${facts.head.sha.slice(0, 7)}; assign it by hand.`
          : match.missing === 'ambiguous'
            ? `more than one Jira account has the email ${email}; assign it by hand.`
            : `no Jira account has the email ${email}, the committer of ${facts.head.sha.slice(0, 7)}; assign it by hand.`;
    const open = await client.findOpenIssue(config.project, label);
    if (req.dryRun) {
      return {
        channel: 'jira',
        status: 'dry-run',
        detail: open
          ? `would comment on ${open}`
          : `would open an issue in ${config.project}${note ? ', unassigned' : ''}`,
        ...(open ? { issue: open } : {}),
      };
    }
    if (open) {
      await client.comment(open, repeatComment(facts, note));
      return { channel: 'jira', status: 'sent', detail: `commented on ${open}, the open failure issue`, issue: open };
    }
    const key = await client.createIssue({
      project: config.project,
      issueType: config['issue-type'],
      summary: issueSummary(facts),
      description: issueDescription(facts, note),
      labels: [...new Set([label, ...config.labels])],
      accountId: 'accountId' in match ? match.accountId : undefined,
    });
    const who = 'accountId' in match ? `assigned to the committer (${email})` : `unassigned: ${note}`;
    return { channel: 'jira', status: 'sent', detail: `opened ${key}, ${who}`, issue: key };
  } catch (err) {
    return { channel: 'jira', status: 'failed', detail: (err as Error).message };
  }
}

async function toSlack(
  req: NotifyFailureRequest,
  facts: FailureFacts,
  issue: string | undefined,
  t: Transport,
): Promise<ChannelOutcome> {
  const config = req.config.notify.slack;
  if (!config) return { channel: 'slack', status: 'skipped', detail: 'notify.slack is false' };
  const channels = [...new Set([...facts.services.flatMap((s) => s.slack), ...config.channels])];
  const jiraUrl = req.config.notify.jira ? req.config.notify.jira.url : undefined;
  const text = slackText(facts, issue, jiraUrl);
  const token = req.env.SLACK_BOT_TOKEN;
  const webhook = req.env.SLACK_WEBHOOK_URL;
  if (!token && !webhook) {
    return { channel: 'slack', status: 'skipped', detail: 'neither SLACK_BOT_TOKEN nor SLACK_WEBHOOK_URL is set' };
  }
  if (token && channels.length === 0) {
    return {
      channel: 'slack',
      status: 'skipped',
      detail: 'no channel: the services name none in notify.slack, and notify.slack.channels is empty',
    };
  }
  if (req.dryRun) {
    return {
      channel: 'slack',
      status: 'dry-run',
      detail: token ? `would post to ${channels.join(', ')}` : 'would post to the incoming webhook',
    };
  }
  if (!token) {
    try {
      await postWebhook(webhook!, text, t);
      return { channel: 'slack', status: 'sent', detail: 'posted to the incoming webhook' };
    } catch (err) {
      return { channel: 'slack', status: 'failed', detail: (err as Error).message };
    }
  }
  const sent: string[] = [];
  const failed: string[] = [];
  for (const channel of channels) {
    try {
      await postMessage(config['api-url'], token, channel, text, t);
      sent.push(channel);
    } catch (err) {
      failed.push((err as Error).message);
    }
  }
  if (failed.length === 0) return { channel: 'slack', status: 'sent', detail: `posted to ${sent.join(', ')}` };
  return {
    channel: 'slack',
    status: 'failed',
    detail: `${sent.length > 0 ? `posted to ${sent.join(', ')}; ` : ''}${failed.join('; ')}`,
  };
}

async function toEmail(
  req: NotifyFailureRequest,
  facts: FailureFacts,
  issue: string | undefined,
  t: { timeoutMs: number; ca?: string },
): Promise<ChannelOutcome> {
  const config = req.config.notify.email;
  if (!config) return { channel: 'email', status: 'skipped', detail: 'notify.email is not configured' };
  const { to, invalid } = recipients([...facts.services.flatMap((s) => s.email), ...config.to]);
  // An address that is not one is named (as JSON, so no control character reaches the output) and left out.
  const ignored =
    invalid.length > 0 ? `; not addresses, left out: ${invalid.map((a) => JSON.stringify(a)).join(', ')}` : '';
  if (to.length === 0) {
    return {
      channel: 'email',
      status: invalid.length > 0 ? 'failed' : 'skipped',
      detail: `no address: the services name none in notify.email, and notify.email.to is empty${ignored}`,
    };
  }
  const user = req.env.SMTP_USER;
  const password = req.env.SMTP_PASSWORD;
  if (!user !== !password) {
    return {
      channel: 'email',
      status: 'failed',
      detail: `${user ? 'SMTP_USER is set without SMTP_PASSWORD' : 'SMTP_PASSWORD is set without SMTP_USER'}; set both, or neither for a server that takes mail without login`,
    };
  }
  const server = `${config.host}:${config.port}`;
  if (req.dryRun) {
    return {
      channel: 'email',
      status: 'dry-run',
      detail: `would send to ${to.join(', ')} through ${server}${ignored}`,
    };
  }
  const jiraUrl = req.config.notify.jira ? req.config.notify.jira.url : undefined;
  try {
    const delivery = await sendEmail(
      config,
      user && password ? { user, password } : undefined,
      { to, subject: emailSubject(facts), text: emailText(facts, issue, jiraUrl) },
      t,
    );
    const sent = delivery.accepted.length > 0 ? `sent to ${delivery.accepted.join(', ')} through ${server}` : '';
    const refused = delivery.rejected.map((r) => `${r.address} refused: ${r.reply}`).join('; ');
    const detail = [sent, refused].filter(Boolean).join('; ') + ignored;
    return { channel: 'email', status: refused || invalid.length > 0 ? 'failed' : 'sent', detail };
  } catch (err) {
    // sendEmail's own errors are redacted already; anything else (the module failing to load) holds no secret.
    return { channel: 'email', status: 'failed', detail: `${(err as Error).message}${ignored}` };
  }
}
