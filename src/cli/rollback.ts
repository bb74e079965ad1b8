import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { loadTrustedConfig } from '../policy/check.js';
import { assertEnvironmentName, gitRecordReader } from '../record/git-store.js';
import { renderPlanText } from '../report/plan.js';
import { terminalSafe, useColor } from '../report/style.js';
import { MIGRATION_KIND } from '../rollback/guard.js';
import { pullRequestBody } from '../rollback/message.js';
import { prepareRollback } from '../rollback/prepare.js';
import { advanceHead, createBranch, writeRollbackCommit } from '../rollback/write.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository } from './repo.js';

export const spec = {
  name: 'rollback',
  summary: "return an environment's descriptors to its last good deploy, as a git commit",
  options: {
    env: { type: 'string', value: 'NAME', description: 'the environment to roll back (required)' },
    to: {
      type: 'string',
      value: 'VERSION|SHA',
      description: 'the deploy to return to: a version or commit the record shows deployed successfully',
      defaultText: 'the newest success before the current deploy',
    },
    branch: {
      type: 'string',
      value: 'NAME',
      description:
        'write the commit on a new branch NAME and print a pull request body, instead of committing on the checked-out branch',
    },
    'pr-body': {
      type: 'string',
      value: 'FILE',
      description: 'with --branch, write the pull request body to FILE instead of printing it',
    },
    jira: {
      type: 'string',
      value: 'KEY',
      description: 'the Jira key for the subject',
      defaultText: 'the first key in the rolled-back commits, newest first',
    },
    'allow-destructive': {
      type: 'string',
      value: 'KINDS',
      description:
        'accept what the rollback would otherwise be refused for (comma-separated: service-removed, version-downgrade, port-opened, firewall-widened, firewall-narrowed, limits-exceeded, healthcheck-removed, migration); written to the commit as an Allow-Destructive: trailer, which the policy checks',
    },
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands',
      defaultText: '.gitops.yml from the default branch',
    },
    'dry-run': { type: 'boolean', description: 'show the plan and the commit message; write nothing' },
  },
  examples: [
    'gitops-action rollback --env production --dry-run',
    'gitops-action rollback --env production --to v1.4.2 --branch rollback/production --pr-body pr.md',
  ],
  notes: [
    "The commit changes only the files under rules.destructive.descriptors, written from the target's tree, on top of HEAD (run it on the environment's branch). It carries the failed deploy's Jira key, a Rollback-Of: <sha> trailer (the record and `metrics` count the deploy as a restore) and Rollback-To:.",
    "It is refused (exit 1), saying why, when the rollback's own plan has destructive errors or a migration (migrations/**) changed since the target, unless --allow-destructive names them. See docs/rollback.md.",
  ],
} as const satisfies CommandSpec;

export const run: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const values = parsed.values;
  if (!values.env)
    throw new UsageError('rollback needs --env NAME', 'Name the environment to roll back: --env production.');
  assertEnvironmentName(values.env);
  if (values['pr-body'] && !values.branch) {
    throw new UsageError(
      '--pr-body goes with --branch',
      'A pull request body is written for a rollback branch: add --branch NAME.',
    );
  }
  const git = openRepository(io.cwd);
  const config = await loadTrustedConfig({ git, configPath: values.config });
  const accept = (values['allow-destructive'] ?? '')
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  const r = await prepareRollback({
    git,
    config,
    environment: values.env,
    reader: gitRecordReader(git),
    to: values.to,
    jiraKey: values.jira,
    accept,
  });
  const { current, target } = r.targets;
  const out = io.stdout;
  out.write(
    `Rollback of ${values.env}: ${current.sha.slice(0, 7)} (${current.status} at ${current.at}) -> ${target.sha.slice(0, 7)}${target.version ? ` (${terminalSafe(target.version)})` : ''} (deployed ${target.at})\n\n`,
  );
  const planText = renderPlanText(r.plan, { color: useColor(io.stdout, io.env) });
  out.write(`${planText.trimEnd()}\n\n`);
  if (r.refusals.length > 0) {
    io.stderr.write(`gitops-action: rollback refused:\n`);
    for (const f of r.refusals) io.stderr.write(`  - ${f.kind}: ${terminalSafe(f.message)}\n`);
    const kinds = [...new Set(r.refusals.filter((f) => f.acceptable).map((f) => f.kind))].join(',');
    if (kinds) {
      io.stderr.write(
        `  fix: roll back to a newer deploy (--to), or accept it in git: --allow-destructive ${kinds}${kinds.includes(MIGRATION_KIND) ? ' (only once the migration is known to be backward compatible)' : ''}\n`,
      );
    }
    if (r.refusals.some((f) => !f.acceptable)) {
      io.stderr.write(
        '  fix: the descriptors (or the render) cannot be read as they are; run gitops-action plan --from HEAD --to <target> to see the hints, and fix them first\n',
      );
    }
    return EXIT.blocked;
  }
  if (!r.jiraKey) {
    io.stderr.write(
      'gitops-action: warning: no Jira key found in the rolled-back commits; give one with --jira KEY if the policy needs it\n',
    );
  }
  out.write(`${values['dry-run'] ? 'Would commit' : 'Commit'}:\n${indent(r.message)}\n`);
  if (values['dry-run']) return EXIT.ok;
  const commit = writeRollbackCommit(git, r);
  if (values.branch) {
    createBranch(git, values.branch, commit);
    const body = pullRequestBody(
      { environment: values.env, targets: r.targets, jiraKey: r.jiraKey, globs: r.globs, accepted: accept },
      r.plan,
      renderPlanText(r.plan, { color: false }),
    );
    if (values['pr-body']) {
      writeFileSync(resolve(io.cwd, values['pr-body']), body);
      out.write(
        `Wrote branch ${values.branch} at ${commit.slice(0, 7)}, and the pull request body to ${values['pr-body']}.\n`,
      );
    } else {
      out.write(`Wrote branch ${values.branch} at ${commit.slice(0, 7)}. Pull request body:\n\n${body}`);
    }
    return EXIT.ok;
  }
  advanceHead(git, commit);
  out.write(`Committed ${commit.slice(0, 7)} on ${git.currentBranch() ?? 'HEAD'}. Push it to deploy the rollback.\n`);
  return EXIT.ok;
};
run.spec = spec;

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${terminalSafe(l)}`)
    .join('\n');
}
