import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { remoteOf } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { loadTrustedConfig } from '../policy/policy-source.js';
import { DEPLOYED_PREFIX, LOG_PREFIX, writeDeploy } from '../record/git-store.js';
import type { DeployStatus } from '../record/types.js';
import { terminalSafe } from '../report/style.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

export const RECORD_HELP = `Usage: gitops-action record --env NAME --status success|failure [options]

Records a deploy in git itself, for deploy jobs that are not GitHub environments and for hosts
other than GitHub: a record commit on refs/deploy-log/NAME (every deploy, newest first) and, after
a success, refs/deployments/NAME at the deployed commit. The next check of NAME starts there.
Recording the same deploy twice changes nothing.

Options:
  --env NAME              the environment (required)
  --status STATUS         success or failure (required)
  --sha REV               the deployed commit (default: HEAD)
  --version V             the version deployed (for example 1.4.2)
  --at TIME               when it reached that status, ISO 8601 (default: now)
  --by WHO                who or what deployed it (default: git's user.name <user.email>)
  --url URL               a link to the run that deployed it
  --rollback-of REV       for a rollback: the commit it rolled back from
  --format text|json      output format (default: text)
  -h, --help              this text

Share the record with the remote (git does not push these refs by itself):
  git push origin 'refs/deployments/*' 'refs/deploy-log/*'

Example:
  gitops-action record --env production --status success --sha v1.4.2 --version 1.4.2
`;

const OPTIONS = {
  env: { type: 'string' },
  status: { type: 'string' },
  sha: { type: 'string' },
  version: { type: 'string' },
  at: { type: 'string' },
  by: { type: 'string' },
  url: { type: 'string' },
  'rollback-of': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const;

const SHARE = "git push origin 'refs/deployments/*' 'refs/deploy-log/*'";

export async function run(argv: string[], io: Io): Promise<number> {
  const v = parseOptions(argv);
  if (v.help) {
    io.stdout.write(RECORD_HELP);
    return EXIT.ok;
  }
  if (!v.env)
    throw new UsageError(
      'record needs --env NAME',
      'For example: gitops-action record --env production --status success',
    );
  const status = v.status as DeployStatus | undefined;
  if (status !== 'success' && status !== 'failure') {
    throw new UsageError(
      v.status === undefined
        ? 'record needs --status success|failure'
        : `--status must be success or failure, not ${JSON.stringify(v.status)}`,
      'Record the outcome of the deploy job: --status success, or --status failure.',
    );
  }
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be text or json, not ${JSON.stringify(v.format)}`);
  }
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
  const result = writeDeploy(git, {
    environment: v.env,
    sha: v.sha ?? 'HEAD',
    status,
    at: v.at,
    by,
    version: v.version,
    url: v.url,
    rollbackOf: v['rollback-of'] ? git.revParse(v['rollback-of']) : undefined,
  });
  const d = result.deploy;
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
  lines.push('Share it with the remote:', `  ${SHARE}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function parseOptions(argv: string[]) {
  try {
    const parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
    return parsed.values;
  } catch (err) {
    throw new UsageError(
      (err as Error).message.split('\n')[0] ?? 'bad arguments',
      'Run `gitops-action record --help`.',
    );
  }
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
