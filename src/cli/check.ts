import { parseRef } from '../config/environments.js';
import { UsageError } from '../errors.js';
import { remoteOf } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { knownRefShas } from '../git/range.js';
import { onlineLookup } from '../jira/lookup.js';
import { credentialsFromEnv } from '../jira/verify.js';
import { type CheckRequest, loadTrustedConfig, runCheck } from '../policy/check.js';
import { pickEnvironment } from '../policy/gather.js';
import { gitRecordReader } from '../record/git-store.js';
import { checkJson } from '../report/check-json.js';
import { renderCheckMarkdown } from '../report/check-markdown.js';
import { renderCheckText } from '../report/check-text.js';
import { useColor } from '../report/style.js';
import type { CliArgs } from './args.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

export async function checkCommand(args: CliArgs, io: Io): Promise<number> {
  const git = openRepository(io.cwd);
  const to = git.revParse(args.to ?? 'HEAD');
  const ref = args.ref ?? git.currentBranch();
  if (!ref) {
    throw new UsageError(
      'HEAD is detached, so there is no branch to check the push onto',
      'Pass the target with --ref (for example --ref main).',
    );
  }
  const request: CheckRequest = {
    git,
    ref,
    to,
    environment: args.env,
    configPath: args.config,
    version: true,
    // The baseline of an environment is its last recorded deploy (refs/deploy-log/<env>).
    record: gitRecordReader(git),
    remote: remoteOf(git, parseRef(ref).kind === 'branch' ? parseRef(ref).name : undefined),
    // A person who runs check asks for the whole answer: with verify configured, Jira is asked too.
    jira: (verify) => onlineLookup(verify, { url: io.env.JIRA_URL, ...credentialsFromEnv(io.env) }),
  };
  if (args.from) {
    // A person chose the starting point: the range starts there, and the policy is read there.
    request.from = git.revParse(args.from);
    request.explicitFrom = true;
    request.strictPolicy = true;
  } else {
    request.from = await defaultFrom(git, args, ref, to);
    if (!request.from) request.known = knownRefShas(git, ['refs/heads', 'refs/remotes'], [parseRef(ref).full]);
  }
  const result = await runCheck(request);
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(checkJson(result), null, 2)}\n`);
  else if (args.format === 'markdown') io.stdout.write(renderCheckMarkdown(result));
  else io.stdout.write(renderCheckText(result, { color: useColor(io.stdout, io.env) }));
  return result.decision === 'block' ? EXIT.blocked : EXIT.ok;
}

/**
 * `--from` by default: the upstream of the branch (what the remote has), else the merge-base with
 * the environment's branch, else nothing (and then the commits no other branch has).
 */
async function defaultFrom(git: Git, args: CliArgs, ref: string, to: string): Promise<string | undefined> {
  const name = parseRef(ref).name;
  const upstream = git.tryUpstream(name);
  if (upstream) return upstream;
  const config = await loadTrustedConfig({ git, configPath: args.config, from: undefined });
  const env = pickEnvironment(config, ref, args.env);
  for (const branch of env?.branches ?? []) {
    if (branch.includes('*') || branch === name) continue;
    for (const candidate of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
      if (git.tryRevParse(candidate)) return git.tryMergeBase(to, candidate);
    }
  }
  return undefined;
}
