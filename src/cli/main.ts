import { UsageError } from '../errors.js';
import { parseCliArgs, USAGE } from './args.js';
import { COMMANDS } from './commands.js';

export const EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 } as const;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The CLI door: parse, dispatch, and turn every failure into an exit code with a message. Commands
 * are imported lazily so that `commit-msg` never loads the plan or the versioning code.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const name = argv.find((a) => !a.startsWith('-'));
    const own = name !== undefined ? COMMANDS[name] : undefined;
    if (own && name !== undefined) {
      const rest = [...argv];
      rest.splice(rest.indexOf(name), 1);
      return await (await own())(rest, io);
    }
    const args = parseCliArgs(argv);
    debug = args.debug;
    if (args.printVersion) {
      io.stdout.write(`${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    }
    if (args.help || !args.command) {
      io.stdout.write(USAGE);
      return args.command || args.help ? EXIT.ok : EXIT.usage;
    }
    switch (args.command) {
      case 'check':
        return await (await import('./check.js')).checkCommand(args, io);
      case 'plan':
        return await (await import('./plan.js')).planCommand(args, io);
      case 'version':
        return await (await import('./version.js')).versionCommand(args, io);
      case 'commit-msg':
        return await (await import('../hooks/commit-msg.js')).commitMsgCommand(args, io);
      case 'pre-push':
        return await (await import('../hooks/pre-push.js')).prePushCommand(args, io);
      case 'init':
        return await (await import('./init.js')).initCommand(args, io);
      default:
        throw new UsageError(
          `unknown command "${args.command}"`,
          'Commands: check, plan, version, pre-push, commit-msg, init.',
        );
    }
  } catch (err) {
    return reportError(err, io, debug);
  }
}

export function reportError(err: unknown, io: Pick<Io, 'stderr'>, debug: boolean): number {
  if (err instanceof UsageError) {
    io.stderr.write(`gitops-action: error: ${err.message}\n`);
    if (err.hint) io.stderr.write(`  fix: ${err.hint}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`gitops-action: internal error: ${message}\n`);
  io.stderr.write(
    debug && err instanceof Error && err.stack
      ? `${err.stack}\n`
      : '  Run again with --debug for the stack trace, and report it.\n',
  );
  return EXIT.internal;
}

// Replaced at build time would be nicer; reading package.json at run time would cost start-up.
const PACKAGE_VERSION = '0.1.0';
