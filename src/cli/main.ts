import { UsageError } from '../errors.js';
import { COMMANDS } from './commands.js';
import { formatInArgv } from './options.js';
import { closest } from './suggest.js';

export const EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 } as const;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Flags that stand before any command. `--print-config` is commitlint's name for `config`. */
const GLOBAL_FLAGS = ['--help', '-h', '--version', '-v', '--print-config', '--debug'];

/**
 * The CLI door: find the command, let it parse its own options, and turn every failure into an
 * exit code with a message (as JSON on stdout under `--format json`). Commands are imported
 * lazily so that `commit-msg` never loads the plan or the versioning code.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    let rest = argv.filter((a, i) => !(a === '--debug' && i === 0));
    const first = rest[0];
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    }
    if (first === '--print-config') rest = ['config', ...rest.slice(1)];
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === undefined ? undefined : rest[1];
      if (topic && COMMANDS[topic]) return await (await COMMANDS[topic]())(['--help'], io);
      io.stdout.write(await usage());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    const name = rest[0]!;
    if (name.startsWith('-')) {
      const near = closest(name, GLOBAL_FLAGS);
      throw new UsageError(
        `unknown option ${name} before the command${near ? `; did you mean ${near}?` : ''}`,
        'Options go after the command: gitops-action <command> [options]. Run `gitops-action --help` for the commands.',
      );
    }
    const load = COMMANDS[name];
    if (!load) {
      const near = closest(name, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}`,
        `Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`gitops-action --help\` for the usage.`,
      );
    }
    return await (await load())(rest.slice(1), io);
  } catch (err) {
    return reportError(err, io, debug, formatInArgv(argv) === 'json');
  }
}

/**
 * An error as the user reads it: exit 2 with the message and the fix for what they can fix, exit 3
 * for the rest. Under `--format json` it is one JSON object on stdout, as every other answer is.
 */
export function reportError(
  err: unknown,
  io: Pick<Io, 'stderr'> & Partial<Pick<Io, 'stdout'>>,
  debug: boolean,
  json = false,
): number {
  const usage = err instanceof UsageError;
  const exitCode = usage ? EXIT.usage : EXIT.internal;
  const message = err instanceof Error ? err.message : String(err);
  const hint = usage ? err.hint : 'Run again with --debug for the stack trace, and report it.';
  if (json && io.stdout) {
    io.stdout.write(`${JSON.stringify({ error: { message, hint, exitCode } }, null, 2)}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return exitCode;
  }
  if (usage) {
    io.stderr.write(`gitops-action: error: ${message}\n`);
    if (hint) io.stderr.write(`  fix: ${hint}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return exitCode;
  }
  io.stderr.write(`gitops-action: internal error: ${message}\n`);
  io.stderr.write(debug && err instanceof Error && err.stack ? `${err.stack}\n` : `  ${hint}\n`);
  return exitCode;
}

/** The global usage: each registered command with its summary (loading every module is fine here). */
async function usage(): Promise<string> {
  const lines = [
    'gitops-action: decides deploy, skip or block for a push.',
    '',
    'Usage: gitops-action <command> [options]',
    '',
    'Commands:',
  ];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const runner = await load();
    lines.push(`  ${name.padEnd(12)}${runner.spec?.summary ?? ''}`);
  }
  lines.push(
    '',
    'Options:',
    '  -h, --help      this text; `gitops-action <command> --help` for a command',
    '  -v, --version   the version of gitops-action',
    '  --print-config  the same as `gitops-action config`',
    '',
    'Exit codes: 0 deploy or skip, 1 blocked by policy, 2 usage or configuration error, 3 internal error.',
    '',
  );
  return lines.join('\n');
}

// Replaced at build time would be nicer; reading package.json at run time would cost start-up.
const PACKAGE_VERSION = '0.1.0';
