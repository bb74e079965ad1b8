import type { Io } from './main.js';
import type { CommandSpec } from './options.js';

/**
 * A command that reads its own options: `argv` is everything after the command's name. A runner
 * that carries its `spec` (see `options.ts`) is listed with its summary in the global usage.
 */
export type CommandRunner = ((argv: string[], io: Io) => Promise<number>) & { spec?: CommandSpec };

/**
 * Commands that parse their own options, each from its own module, loaded only when named, so the
 * hooks' start-up never pays for them. One entry a command; the order is the global usage's.
 */
export const COMMANDS: Record<string, () => Promise<CommandRunner>> = {
  check: async () => (await import('./check.js')).check,
  plan: async () => (await import('./plan.js')).plan,
  version: async () => (await import('./version.js')).version,
  'pre-push': async () => (await import('./pre-push.js')).prePush,
  'commit-msg': async () => (await import('./commit-msg.js')).commitMsg,
  init: async () => (await import('./init.js')).init,
  config: async () => (await import('./config.js')).config,
  record: () => import('./record.js').then((m) => m.run),
  status: () => import('./status.js').then((m) => m.run),
};
COMMANDS.metrics = () => import('./metrics.js').then((m) => m.run);
COMMANDS.notify = () => import('./notify.js').then((m) => m.run);
COMMANDS.rollback = () => import('./rollback.js').then((m) => m.run);
