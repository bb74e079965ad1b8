import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { metricsJson, metricsMarkdown, metricsText } from '../metrics/format.js';
import { measure } from '../metrics/summary.js';
import { parseSince, parseTime } from '../metrics/window.js';
import { assertEnvironmentName, gitRecordReader, recordedEnvironments } from '../record/git-store.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

export const HELP = `gitops-action metrics: the four DORA keys of each environment, from the deploy record and git.

Usage:
  gitops-action metrics [--env NAME] [--since 90d] [--until DATE] [--format text|json|markdown]

Options:
  --env NAME      one environment (default: every environment with a record in this repository)
  --since WHEN    start of the window: a length back from --until (90d, 12w, 6m, 1y) or a date
                  (2026-01-01); default 90d
  --until DATE    end of the window, a date or an ISO 8601 time; default now
  --format FMT    text (default), json, or markdown (the Action's job-summary section)
  --help          this text

The record is refs/deploy-log/<env>, written by \`gitops-action record\`; fetch it first in a clone:
  git fetch origin 'refs/deploy-log/*:refs/deploy-log/*'

Example:
  gitops-action metrics --env production --since 180d --format json

Definitions, and how they differ from fourkeys, Apache DevLake and GitLab: docs/metrics.md.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new UsageError(
      `--format must be text, json or markdown, not ${JSON.stringify(format)}`,
      'Leave it out for text, or give --format json.',
    );
  }
  const until = values.until !== undefined ? parseTime(values.until, '--until') : Date.now();
  const since = parseSince(values.since ?? '90d', until);
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
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        env: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new UsageError(
      (err as Error).message.split('\n')[0] ?? 'bad arguments',
      'Run `gitops-action metrics --help`.',
    );
  }
}
