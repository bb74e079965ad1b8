import { environmentFor, parseRef } from '../config/environments.js';
import type { ResolvedConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import { localDefaultBranch, remoteOf } from '../git/default-branch.js';
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
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository, resolveCommit } from './repo.js';

export const spec = {
  name: 'check',
  summary: 'decide deploy, skip or block for the commits a push would bring (the whole policy)',
  options: {
    from: {
      type: 'string',
      value: 'REV',
      description: 'what is deployed now: the range starts after it',
      defaultText: "the branch's upstream, else the merge-base with the environment's branch",
    },
    to: { type: 'string', value: 'REV', description: 'the commit that would be pushed', default: 'HEAD' },
    ref: {
      type: 'string',
      value: 'REF',
      description: 'the branch or tag pushed onto (main, refs/tags/v1.2.0)',
      defaultText: 'the current branch',
    },
    env: {
      type: 'string',
      value: 'NAME',
      description:
        "check against this environment; a branch that maps to none is checked against the default branch's environment, where its pull request would go",
    },
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands',
      defaultText: '.gitops.yml from the default branch',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      description: 'output',
      choices: ['text', 'json', 'markdown'],
      default: 'text',
    },
  },
  examples: [
    'gitops-action check                                  # this branch, against what its remote has',
    'gitops-action check --env production                 # as if pushed to production',
    'gitops-action check --from v1.2.0 --to HEAD --ref main',
    'gitops-action check --format json | jq .findings',
  ],
  notes: ['Exit codes: 0 deploy or skip, 1 blocked by policy, 2 usage or configuration error, 3 internal error.'],
} as const satisfies CommandSpec;

export const check: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const args = parsed.values;
  const git = openRepository(io.cwd);
  const to = resolveCommit(git, args.to);
  const ref = args.ref ?? git.currentBranch();
  if (!ref) {
    throw new UsageError(
      'HEAD is detached, so there is no branch to check the push onto',
      'Pass the target with --ref (for example --ref main).',
    );
  }
  const notes: string[] = [];
  let environment = args.env;
  const explicitFrom = args.from ? resolveCommit(git, args.from) : undefined;
  let config: ResolvedConfig | undefined;
  // The policy as the check will read it (at --from, else the default branch), loaded once.
  const trusted = async () => {
    config ??= await loadTrustedConfig({
      git,
      configPath: args.config,
      from: explicitFrom,
      explicitFrom: explicitFrom !== undefined,
      remote: remoteOf(git, parseRef(ref).kind === 'branch' ? parseRef(ref).name : undefined),
    });
    return config;
  };
  if (!environment) {
    const target = await pullRequestTarget(git, await trusted(), ref);
    if (target) {
      environment = target.environment;
      notes.push(
        `${parseRef(ref).name} maps to no environment; checked against ${target.environment}, where its pull request into ${target.branch} would deploy (--env NAME to choose another).`,
      );
    }
  }
  const request: CheckRequest = {
    git,
    ref,
    to,
    environment,
    configPath: args.config,
    version: true,
    // The baseline of an environment is its last recorded deploy (refs/deploy-log/<env>).
    record: gitRecordReader(git),
    remote: remoteOf(git, parseRef(ref).kind === 'branch' ? parseRef(ref).name : undefined),
    // A person who runs check asks for the whole answer: with verify configured, Jira is asked too.
    jira: (verify) => onlineLookup(verify, { url: io.env.JIRA_URL, ...credentialsFromEnv(io.env) }),
  };
  if (explicitFrom) {
    // A person chose the starting point: the range starts there, and the policy is read there.
    request.from = explicitFrom;
    request.explicitFrom = true;
    request.strictPolicy = true;
  } else {
    request.from = defaultFrom(git, await trusted(), ref, environment, to);
    if (!request.from) request.known = knownRefShas(git, ['refs/heads', 'refs/remotes'], [parseRef(ref).full]);
  }
  const result = await runCheck(request);
  result.notes.unshift(...notes);
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(checkJson(result), null, 2)}\n`);
  else if (args.format === 'markdown') io.stdout.write(renderCheckMarkdown(result));
  else io.stdout.write(renderCheckText(result, { color: useColor(io.stdout, io.env) }));
  return result.decision === 'block' ? EXIT.blocked : EXIT.ok;
};
check.spec = spec;

/**
 * A branch that deploys nowhere (a feature branch) reaches production through a pull request into
 * the default branch: check it against that branch's environment now, where a fix is cheap.
 */
function pullRequestTarget(
  git: Git,
  config: ResolvedConfig,
  ref: string,
): { environment: string; branch: string } | undefined {
  const parsed = parseRef(ref);
  if (parsed.kind !== 'branch' || environmentFor(config, parsed)) return undefined;
  const branch = localDefaultBranch(git, remoteOf(git, parsed.name))?.name;
  if (!branch) return undefined;
  if (branch === parsed.name) return undefined;
  const env = environmentFor(config, parseRef(branch));
  return env ? { environment: env.name, branch } : undefined;
}

/**
 * `--from` by default: the upstream of the branch (what the remote has), else the merge-base with
 * the environment's branch, else nothing (and then the commits no other branch has).
 */
function defaultFrom(
  git: Git,
  config: ResolvedConfig,
  ref: string,
  environment: string | undefined,
  to: string,
): string | undefined {
  const name = parseRef(ref).name;
  const upstream = git.tryUpstream(name);
  if (upstream) return upstream;
  const env = pickEnvironment(config, ref, environment);
  for (const branch of env?.branches ?? []) {
    if (branch.includes('*') || branch === name) continue;
    for (const candidate of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
      if (git.tryRevParse(candidate)) return git.tryMergeBase(to, candidate);
    }
  }
  return undefined;
}
