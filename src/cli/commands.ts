import type { Io } from './main.js';

/** A command that reads its own options: `argv` is everything after the command's name. */
export type CommandRunner = (argv: string[], io: Io) => Promise<number>;

/**
 * Commands that parse their own options, each from its own module, loaded only when named, so the
 * hooks' start-up never pays for them. One entry a command.
 */
export const COMMANDS: Record<string, () => Promise<CommandRunner>> = {
  record: () => import('./record.js').then((m) => m.run),
  status: () => import('./status.js').then((m) => m.run),
};
