import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export type Format = 'text' | 'json' | 'markdown';

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  ref: { type: 'string' },
  env: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  husky: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  from?: string;
  to?: string;
  ref?: string;
  env?: string;
  config?: string;
  format: Format;
  husky: boolean;
  debug: boolean;
  help: boolean;
  printVersion: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(
      (err as Error).message.split('\n')[0] ?? 'bad arguments',
      'Run `gitops-action --help` for the usage.',
    );
  }
  const v = parsed.values;
  const format = (v.format ?? 'text') as Format;
  if (!['text', 'json', 'markdown'].includes(format)) {
    throw new UsageError(`--format must be text, json or markdown, not ${JSON.stringify(v.format)}`);
  }
  const [command, ...positionals] = parsed.positionals;
  return {
    command,
    positionals,
    from: v.from,
    to: v.to,
    ref: v.ref,
    env: v.env,
    config: v.config,
    format,
    husky: v.husky ?? false,
    debug: v.debug ?? false,
    help: v.help ?? false,
    printVersion: v.version ?? false,
  };
}

export const USAGE = `gitops-action: decides deploy, skip or block for a push.

Usage:
  gitops-action check      [--from REV] [--to REV] [--ref REF] [--env NAME] [--config FILE] [--format text|json|markdown]
  gitops-action plan       --from REV --to REV [--config FILE] [--format text|json|markdown]
  gitops-action version    [--ref REV] [--format text|json]
  gitops-action pre-push   REMOTE URL     (git's pre-push protocol on stdin)
  gitops-action commit-msg FILE           (message rules, before the commit exists)
  gitops-action init       [--husky]      (starter .gitops.yml and hook lines)

Options:
  --debug     show stack traces for internal errors
  --help      this text

Exit codes: 0 deploy or skip, 1 blocked by policy, 2 usage or configuration error, 3 internal error.
`;
