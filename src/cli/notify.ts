import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { notifyFailure } from '../notify/failure.js';
import { loadTrustedConfig } from '../policy/check.js';
import { assertEnvironmentName, gitRecordReader } from '../record/git-store.js';
import { terminalSafe } from '../report/style.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

export const HELP = `gitops-action notify: tell people about a failed deploy (what \`record --status failure\` does).

Usage:
  gitops-action notify --env NAME [--sha SHA] [--run-url URL] [--repository-url URL] [--config FILE] [--dry-run]

Options:
  --env NAME             the environment whose failure to announce (required)
  --sha SHA              the failed deploy of this commit (default: the newest failure in the record)
  --run-url URL          the run to link, when the record has none
  --repository-url URL   the repository's web page, for commit links (default: from GITHUB_SERVER_URL
                         and GITHUB_REPOSITORY when set)
  --config FILE          the policy file (default: .gitops.yml from the default branch)
  --dry-run              look up the assignee and the open issue, say what would be sent, send nothing
  --help                 this text

What is sent, by the policy's notify: block (see docs/metrics.md, "Failure notifications"):
  Jira   one issue per failing environment, assigned to the committer of the failed head commit;
         a later failure comments on the open issue (label gitops-failure-<env>).
         Credentials: JIRA_USER + JIRA_TOKEN (Cloud), or JIRA_TOKEN alone (Data Center).
  Slack  the affected services' notify.slack channels, naming their maintainer:
         SLACK_BOT_TOKEN (chat.postMessage to each channel) or SLACK_WEBHOOK_URL (the webhook's channel).

Exit codes: 0 every configured channel was told (or skipped), 1 a channel failed (the others were still
tried), 2 usage or configuration error.

Example:
  JIRA_USER=ci@example.com JIRA_TOKEN=... SLACK_BOT_TOKEN=... gitops-action notify --env production
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
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
    dryRun: values['dry-run'] ?? false,
  });
  io.stdout.write(`Failed deploy of ${values.env}: ${failed.sha.slice(0, 7)} at ${failed.at}\n`);
  for (const o of outcomes) io.stdout.write(`  ${o.channel}: ${o.status}: ${terminalSafe(o.detail)}\n`);
  return outcomes.some((o) => o.status === 'failed') ? EXIT.blocked : EXIT.ok;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        env: { type: 'string' },
        sha: { type: 'string' },
        'run-url': { type: 'string' },
        'repository-url': { type: 'string' },
        config: { type: 'string' },
        'dry-run': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new UsageError(
      (err as Error).message.split('\n')[0] ?? 'bad arguments',
      'Run `gitops-action notify --help`.',
    );
  }
}
