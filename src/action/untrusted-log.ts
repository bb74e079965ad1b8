import { randomBytes } from 'node:crypto';

/**
 * Prints text that holds commit messages, names or branch names to the job log, where the runner
 * would otherwise obey any line that looks like a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`...). The runner's stop-commands mechanism turns command processing off
 * until it sees `::<token>::`; the token is random, so the text cannot contain it and end the guard.
 * Any annotation, output or mask must be issued outside this block: inside it, nothing is obeyed.
 */
export function writeUntrusted(
  text: string,
  write: (chunk: string) => void = (chunk) => process.stdout.write(chunk),
): void {
  const token = randomBytes(16).toString('hex');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  write(`::stop-commands::${token}\n${body}::${token}::\n`);
}
