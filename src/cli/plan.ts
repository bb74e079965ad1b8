import { buildPlan } from '../descriptors/plan.js';
import { UsageError } from '../errors.js';
import { acceptedKinds } from '../policy/acceptance.js';
import { loadTrustedConfig } from '../policy/check.js';
import { gatherFacts, pickEnvironment } from '../policy/gather.js';
import { renderPlanMarkdown, renderPlanText } from '../report/plan.js';
import { useColor } from '../report/style.js';
import type { CliArgs } from './args.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

/** `plan --from A --to B`: the destructive-diff gate alone, like `terraform plan`. Exit 1 when it blocks. */
export async function planCommand(args: CliArgs, io: Io): Promise<number> {
  if (!args.from || !args.to) {
    throw new UsageError(
      'plan needs both --from and --to',
      'For example: gitops-action plan --from origin/main --to HEAD',
    );
  }
  const git = openRepository(io.cwd);
  const from = git.revParse(args.from);
  const to = git.revParse(args.to);
  const config = await loadTrustedConfig({ git, from, configPath: args.config, explicitFrom: true });
  // The top-level rules by default; --env picks an environment's overrides (for example production's).
  const rules = args.env ? pickEnvironment(config, 'refs/plan', args.env)!.rules : config.rules;
  const destructive = rules.destructive;
  if (!destructive) {
    io.stdout.write('The destructive gate is turned off (rules.destructive: false); nothing to plan.\n');
    return EXIT.ok;
  }
  const facts = await gatherFacts({
    git,
    config: { ...config, environments: {}, rules: { ...rules, 'policy-change': false, jira: false, branches: false } },
    ref: 'refs/plan',
    range: { kind: 'explicit', from, to, revArgs: from === to ? [] : [to, `^${from}`] },
    mode: 'full',
  });
  const plan =
    facts.plan ??
    buildPlan({
      before: new Map(),
      after: new Map(),
      config: destructive,
      accepted: acceptedKinds(facts.commits, rules),
    });
  if (args.format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ objects: plan.objects, findings: plan.findings, summary: plan.summary }, null, 2)}\n`,
    );
  } else if (args.format === 'markdown') {
    io.stdout.write(`${renderPlanMarkdown(plan)}\n`);
  } else {
    io.stdout.write(`${renderPlanText(plan, { color: useColor(io.stdout, io.env) })}\n`);
  }
  return plan.findings.some((f) => f.severity === 'error') ? EXIT.blocked : EXIT.ok;
}
