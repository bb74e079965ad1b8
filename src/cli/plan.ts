import { buildPlan, type Plan } from '../descriptors/plan.js';
import { UsageError } from '../errors.js';
import { acceptedKinds } from '../policy/acceptance.js';
import { loadTrustedConfig } from '../policy/check.js';
import { gatherFacts, pickEnvironment } from '../policy/gather.js';
import { renderPlanMarkdown, renderPlanText } from '../report/plan.js';
import { useColor } from '../report/style.js';
import type { CommandRunner } from './commands.js';
import { EXIT, reportError } from './main.js';
import { type CommandSpec, formatInArgv, parseCommand } from './options.js';
import { openRepository, resolveCommit } from './repo.js';

export const spec = {
  name: 'plan',
  summary: 'the destructive-diff gate alone: what a push would add, change and destroy, like terraform plan',
  options: {
    from: { type: 'string', value: 'REV', description: 'the deployed state (required)' },
    to: { type: 'string', value: 'REV', description: 'the requested state (required)' },
    env: {
      type: 'string',
      value: 'NAME',
      description: "use this environment's rules (its overrides of rules.destructive)",
      defaultText: 'the top-level rules',
    },
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands',
      defaultText: '.gitops.yml at --from',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      description: 'output',
      choices: ['text', 'json', 'markdown'],
      default: 'text',
    },
    'detailed-exitcode': {
      type: 'boolean',
      description: "terraform's exit codes: 0 no changes, 2 changes present, 1 error or blocked",
    },
  },
  examples: [
    'gitops-action plan --from origin/main --to HEAD',
    'gitops-action plan --from v1.2.0 --to v1.3.0 --env production --format json',
    'gitops-action plan --from origin/main --to HEAD --detailed-exitcode; echo $?',
  ],
  notes: [
    'Exit codes: 0 nothing destructive, 1 blocked by a destructive change, 2 usage or configuration error, 3 internal error.',
    'With --detailed-exitcode (as terraform defines it): 0 no changes, 2 changes present and none blocks, 1 a destructive change blocks or any error (a usage or configuration error too, so that 2 means only "changes").',
  ],
} as const satisfies CommandSpec;

export const plan: CommandRunner = async (argv, io) => {
  if (!argv.includes('--detailed-exitcode')) return run(argv, io);
  try {
    return await run(argv, io);
  } catch (err) {
    // terraform's contract: 1 is an error; 2 would be read as "changes present".
    reportError(err, io, argv.includes('--debug'), formatInArgv(argv) === 'json');
    return 1;
  }
};
plan.spec = spec;

async function run(argv: string[], io: Parameters<CommandRunner>[1]): Promise<number> {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const args = parsed.values;
  if (!args.from || !args.to) {
    throw new UsageError(
      `plan needs both --from and --to${args.from || args.to ? ` (--${args.from ? 'to' : 'from'} is missing)` : ''}`,
      'For example: gitops-action plan --from origin/main --to HEAD',
    );
  }
  const git = openRepository(io.cwd);
  const from = resolveCommit(git, args.from);
  const to = resolveCommit(git, args.to);
  const config = await loadTrustedConfig({ git, from, configPath: args.config, explicitFrom: true });
  // The top-level rules by default; --env picks an environment's overrides (for example production's).
  const rules = args.env ? pickEnvironment(config, 'refs/plan', args.env)!.rules : config.rules;
  const destructive = rules.destructive;
  let result: Plan;
  let off = false;
  if (!destructive) {
    off = true;
    result = { objects: [], findings: [], summary: { add: 0, change: 0, destroy: 0, destructive: 0 } };
  } else {
    const facts = await gatherFacts({
      git,
      config: {
        ...config,
        environments: {},
        rules: { ...rules, 'policy-change': false, jira: false, branches: false },
      },
      ref: 'refs/plan',
      range: { kind: 'explicit', from, to, revArgs: from === to ? [] : [to, `^${from}`] },
      mode: 'full',
    });
    result =
      facts.plan ??
      buildPlan({
        before: new Map(),
        after: new Map(),
        config: destructive,
        accepted: acceptedKinds(facts.commits, rules, { admins: config.admins }),
      });
  }
  const offNote = 'The destructive gate is turned off (rules.destructive: false); nothing to plan.';
  if (args.format === 'json') {
    const body: Record<string, unknown> = {
      objects: result.objects,
      findings: result.findings,
      summary: result.summary,
      ignored: result.ignored ?? [],
      targets: result.targets ?? [],
    };
    if (off) body.note = offNote;
    io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else if (off) {
    io.stdout.write(`${offNote}\n`);
  } else if (args.format === 'markdown') {
    io.stdout.write(`${renderPlanMarkdown(result)}\n`);
  } else {
    io.stdout.write(`${renderPlanText(result, { color: useColor(io.stdout, io.env) })}\n`);
  }
  const blocked = result.findings.some((f) => f.severity === 'error');
  if (blocked) return EXIT.blocked;
  if (args['detailed-exitcode']) return result.objects.length > 0 ? 2 : 0;
  return EXIT.ok;
}
