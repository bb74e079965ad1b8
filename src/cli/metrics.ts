import { UsageError } from '../errors.js';
import { metricsJson, metricsMarkdown, metricsText } from '../metrics/format.js';
import { measure } from '../metrics/summary.js';
import { parseSince, parseTime } from '../metrics/window.js';
import { assertEnvironmentName, gitRecordReader, recordedEnvironments } from '../record/git-store.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository } from './repo.js';

export const spec = {
  name: 'metrics',
  summary: 'the four DORA keys of each environment, from the deploy record and git',
  options: {
    env: {
      type: 'string',
      value: 'NAME',
      description: 'one environment',
      defaultText: 'every environment with a record in this repository',
    },
    since: {
      type: 'string',
      value: 'WHEN',
      description: 'start of the window: a length back from --until (90d, 12w, 6m, 1y) or a date (2026-01-01)',
      default: '90d',
    },
    until: {
      type: 'string',
      value: 'DATE',
      description: 'end of the window, a date or an ISO 8601 time',
      defaultText: 'now',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      description: "output format (markdown is the Action's job-summary section)",
      choices: ['text', 'json', 'markdown'],
      default: 'text',
    },
  },
  examples: ['gitops-action metrics', 'gitops-action metrics --env production --since 180d --format json'],
  notes: [
    "The record is refs/deploy-log/<env>, written by `gitops-action record`; fetch it first in a clone:\n  git fetch origin 'refs/deploy-log/*:refs/deploy-log/*'",
    'Definitions, and how they differ from fourkeys, Apache DevLake and GitLab: docs/metrics.md.',
  ],
} as const satisfies CommandSpec;

export const run: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const values = parsed.values;
  const format = values.format;
  const until = values.until !== undefined ? parseTime(values.until, '--until') : Date.now();
  const since = parseSince(values.since, until);
  if (since >= until) throw new UsageError('--since is not before --until', 'Give a window that ends after it starts.');
  const git = openRepository(io.cwd);
  let environments: string[];
  if (values.env !== undefined) {
    assertEnvironmentName(values.env);
    environments = [values.env];
  } else {
    environments = recordedEnvironments(git);
    if (environments.length === 0) {
      throw new UsageError(
        'no deploy record in this repository',
        "Record deploys with `gitops-action record --env NAME --status success`, or fetch them: git fetch origin 'refs/deploy-log/*:refs/deploy-log/*'.",
      );
    }
  }
  const all = await measure({ git, reader: gitRecordReader(git), environments, since, until });
  io.stdout.write(
    format === 'json' ? metricsJson(all) : format === 'markdown' ? metricsMarkdown(all) : metricsText(all),
  );
  return EXIT.ok;
};
run.spec = spec;
