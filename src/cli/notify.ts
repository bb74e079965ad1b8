import { UsageError } from '../errors.js';
import { notifyFailure } from '../notify/failure.js';
import { loadTrustedConfig } from '../policy/check.js';
import { assertEnvironmentName, gitRecordReader } from '../record/git-store.js';
import { terminalSafe } from '../report/style.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository } from './repo.js';

export const spec = {
  name: 'notify',
  summary: 'tell people about a failed deploy (what `record --status failure` does)',
  options: {
    env: { type: 'string', value: 'NAME', description: 'the environment whose failure to announce (required)' },
    sha: {
      type: 'string',
      value: 'SHA',
      description: 'the failed deploy of this commit',
      defaultText: 'the newest failure in the record',
    },
    'run-url': { type: 'string', value: 'URL', description: 'the run to link, when the record has none' },
    'repository-url': {
      type: 'string',
      value: 'URL',
      description: "the repository's web page, for commit links",
      defaultText: 'from GITHUB_SERVER_URL and GITHUB_REPOSITORY when set',
    },
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands',
      defaultText: '.gitops.yml from the default branch',
    },
    'dry-run': {
      type: 'boolean',
      description: 'look up the assignee and the open issue, say what would be sent, send nothing',
    },
  },
  examples: [
    'JIRA_USER=ci@example.com JIRA_TOKEN=... SLACK_BOT_TOKEN=... gitops-action notify --env production',
    'gitops-action notify --env staging --sha 1a2b3c4 --dry-run',
  ],
  notes: [
    `What is sent, by the policy's notify: block (see docs/metrics.md, "Failure notifications"):
  Jira   one issue per failing environment, assigned to the committer of the failed head commit;
         a later failure comments on the open issue (label gitops-failure-<env>).
         Credentials: JIRA_USER + JIRA_TOKEN (Cloud), or JIRA_TOKEN alone (Data Center).
  Slack  the affected services' notify.slack channels, naming their maintainer:
         SLACK_BOT_TOKEN (chat.postMessage to each channel) or SLACK_WEBHOOK_URL (the webhook's channel).
  Email  the affected services' notify.email addresses plus notify.email.to, one plain-text mail by SMTP
         (notify.email.host, port, tls, from); SMTP_USER + SMTP_PASSWORD when the server needs a login.`,
    'Exit codes: 0 every configured channel was told (or skipped), 1 a channel failed (the others were still tried), 2 usage or configuration error.',
  ],
} as const satisfies CommandSpec;

export const run: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const values = parsed.values;
  if (!values.env)
    throw new UsageError('notify needs --env NAME', 'Name the environment whose deploy failed: --env production.');
  assertEnvironmentName(values.env);
  const git = openRepository(io.cwd);
  const reader = gitRecordReader(git);
  const history = await reader.history(values.env);
  const sha = values.sha !== undefined ? git.revParse(values.sha) : undefined;
  const failed = history.find((d) => d.status === 'failure' && (sha === undefined || d.sha === sha));
  if (!failed) {
    throw new UsageError(
      `no failed deploy of ${values.env}${sha ? ` at ${sha.slice(0, 7)}` : ''} is recorded`,
      'Record it first: gitops-action record --env NAME --status failure --sha SHA.',
    );
  }
  const config = await loadTrustedConfig({ git, configPath: values.config });
  const outcomes = await notifyFailure({
    git,
    config,
    failed,
    reader,
    env: io.env,
    runUrl: values['run-url'],
    repositoryUrl: values['repository-url'],
    dryRun: values['dry-run'],
  });
  io.stdout.write(`Failed deploy of ${values.env}: ${failed.sha.slice(0, 7)} at ${failed.at}\n`);
  for (const o of outcomes) io.stdout.write(`  ${o.channel}: ${o.status}: ${terminalSafe(o.detail)}\n`);
  return outcomes.some((o) => o.status === 'failed') ? EXIT.blocked : EXIT.ok;
};
run.spec = spec;
