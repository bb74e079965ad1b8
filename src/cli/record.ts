import type { ResolvedConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import { remoteOf } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { type ChannelOutcome, notifyAgainCommand, notifyFailure } from '../notify/failure.js';
import { loadTrustedConfig } from '../policy/policy-source.js';
import {
  assertEnvironmentName,
  DEPLOYED_PREFIX,
  gitRecordReader,
  LOG_PREFIX,
  writeDeploy,
} from '../record/git-store.js';
import { rollbackOfCommit } from '../record/rollback-of.js';
import type { Deploy, DeployStatus } from '../record/types.js';
import { terminalSafe } from '../report/style.js';
import type { CommandRunner } from './commands.js';
import { EXIT, type Io } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository } from './repo.js';

const SHARE = "git push origin 'refs/deployments/*' 'refs/deploy-log/*'";

export const spec = {
  name: 'record',
  summary: 'record a deploy in git (refs/deploy-log/<env>, and refs/deployments/<env> after a success)',
  options: {
    env: { type: 'string', value: 'NAME', description: 'the environment deployed to (required)' },
    status: {
      type: 'string',
      value: 'STATUS',
      description: 'the outcome of the deploy job (required)',
      choices: ['success', 'failure'],
    },
    sha: { type: 'string', value: 'REV', description: 'the deployed commit', default: 'HEAD' },
    version: { type: 'string', value: 'V', description: 'the version deployed (for example 1.4.2)' },
    at: {
      type: 'string',
      value: 'TIME',
      description: 'when the deploy reached that status, ISO 8601',
      defaultText: 'now',
    },
    by: {
      type: 'string',
      value: 'WHO',
      description: 'who or what deployed it',
      defaultText: "git's committer, user.name <user.email>",
    },
    url: { type: 'string', value: 'URL', description: 'a link to the run that deployed it' },
    'rollback-of': {
      type: 'string',
      value: 'REV',
      description: 'for a rollback: the commit it rolled back from',
      defaultText: 'the Rollback-Of: trailer of the deployed commit, as gitops-action rollback writes it',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      description: 'output format',
      choices: ['text', 'json'],
      default: 'text',
    },
  },
  examples: [
    'gitops-action record --env production --status success --sha v1.4.2 --version 1.4.2',
    'gitops-action record --env staging --status failure --url "$RUN_URL"   # and tell people (notify:)',
  ],
  notes: [
    'Records a deploy in git itself, for deploy jobs that are not GitHub environments and for hosts other than GitHub: a record commit on refs/deploy-log/NAME (every deploy, newest first) and, after a success, refs/deployments/NAME at the deployed commit. The next check of NAME starts there. Recording the same deploy twice changes nothing.',
    "A newly recorded failure is announced as `gitops-action notify` does, by the policy's notify: block (Jira, Slack, email); a channel that fails is reported, and record still exits 0.",
    `Share the record with the remote (git does not push these refs by itself):\n  ${SHARE}`,
  ],
} as const satisfies CommandSpec;

export const run: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const v = parsed.values;
  if (!v.env)
    throw new UsageError(
      'record needs --env NAME',
      'For example: gitops-action record --env production --status success',
    );
  if (!v.status) {
    throw new UsageError(
      'record needs --status success|failure',
      'Record the outcome of the deploy job: --status success, or --status failure.',
    );
  }
  const status: DeployStatus = v.status === 'failure' ? 'failure' : 'success';
  const format = v.format;
  assertEnvironmentName(v.env);
  const git = openRepository(io.cwd);
  // A typo records a deploy that no check will ever read: say so (it is not an error, since the
  // record may be written before the policy names the environment).
  const config = await loadTrustedConfig({ git, remote: remoteOf(git, git.currentBranch()) });
  if (!config.environments[v.env]) {
    const known = Object.keys(config.environments).join(', ') || 'none';
    io.stderr.write(
      `gitops-action: warning: ${JSON.stringify(v.env)} is not an environment of the policy (${config.source}; known: ${known}), so no check reads this record.\n`,
    );
  }
  const by = v.by ?? committerIdent(git);
  const sha = git.revParse(v.sha);
  const result = writeDeploy(git, {
    environment: v.env,
    sha,
    status,
    at: v.at,
    by,
    version: v.version,
    url: v.url,
    // A commit written by `gitops-action rollback` says what it rolls back from in its trailer.
    rollbackOf: v['rollback-of'] ? git.revParse(v['rollback-of']) : rollbackOfCommit(git, sha),
  });
  const d = result.deploy;
  // A failure recorded now (not one recorded before) is announced, as `gitops-action notify` does.
  const notified =
    result.created && d.status === 'failure' && (config.notify.jira || config.notify.slack || config.notify.email)
      ? await announce(git, config, d, io)
      : undefined;
  if (format === 'json') {
    const json = {
      created: result.created,
      deploy: {
        environment: d.environment,
        sha: d.sha,
        status: d.status,
        at: d.at,
        by: d.by ?? null,
        version: d.version ?? null,
        url: d.url ?? null,
        rollbackOf: d.rollbackOf ?? null,
        id: d.id ?? null,
      },
      refs: {
        deployed: d.status === 'success' ? `${DEPLOYED_PREFIX}${d.environment}` : null,
        log: `${LOG_PREFIX}${d.environment}`,
      },
      notify: notified ?? null,
      share: SHARE,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  const what = [
    `${d.environment} ${d.status} at ${d.sha.slice(0, 7)}`,
    d.version ? ` (version ${terminalSafe(d.version)})` : '',
    `, ${d.at}`,
    d.by ? ` by ${terminalSafe(d.by)}` : '',
    d.rollbackOf ? `, rolling back ${d.rollbackOf.slice(0, 7)}` : '',
  ].join('');
  const lines = [result.created ? `Recorded ${what}.` : `Already recorded: ${what}; nothing changed.`];
  if (result.created) {
    lines.push(`  ${LOG_PREFIX}${d.environment} -> ${String(d.id).slice(0, 7)} (the record commit)`);
    if (d.status === 'success') lines.push(`  ${DEPLOYED_PREFIX}${d.environment} -> ${d.sha.slice(0, 7)}`);
    else lines.push(`  ${DEPLOYED_PREFIX}${d.environment} is unchanged: it moves only after a success.`);
  }
  if (notified && notified.length > 0) {
    lines.push("Told people, by the policy's notify: block:");
    for (const o of notified) lines.push(`  ${o.channel}: ${o.status}: ${terminalSafe(o.detail)}`);
  }
  lines.push('Share it with the remote:', `  ${SHARE}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
};
run.spec = spec;

/**
 * Tells people about a failed deploy just recorded (Jira, Slack, email, by the policy's notify: block).
 * Each channel's outcome is printed by the caller; one that failed is a warning with the command
 * that tries again, never a failed record: the deploy is recorded either way.
 */
async function announce(git: Git, config: ResolvedConfig, failed: Deploy, io: Io): Promise<ChannelOutcome[]> {
  const retry = notifyAgainCommand(failed);
  let outcomes: ChannelOutcome[];
  try {
    outcomes = await notifyFailure({ git, config, failed, reader: gitRecordReader(git), env: io.env });
  } catch (err) {
    io.stderr.write(
      `gitops-action: warning: the failure is recorded, but nobody was told: ${terminalSafe((err as Error).message)}\n  fix: once that is fixed, run ${retry}\n`,
    );
    return [];
  }
  for (const o of outcomes.filter((x) => x.status === 'failed')) {
    io.stderr.write(
      `gitops-action: warning: notify ${o.channel} failed: ${terminalSafe(o.detail)}\n  fix: once that is fixed, run ${retry}\n`,
    );
  }
  return outcomes;
}

/**
 * Who is recording, as git itself would name the committer (`git var GIT_COMMITTER_IDENT`, which
 * honours GIT_COMMITTER_NAME/EMAIL as well as user.name/email): `Name <email>`, without the time.
 */
function committerIdent(git: Git): string | undefined {
  const r = git.execGit(['var', 'GIT_COMMITTER_IDENT'], { allowFail: true });
  if (r.status !== 0) return undefined;
  const m = /^(.*>) \d+ [+-]\d{4}$/.exec(r.stdout.toString('utf8').trim());
  return m?.[1];
}
