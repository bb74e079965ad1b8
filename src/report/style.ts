import { styleText } from 'node:util';

/**
 * Whether to colour, by the rules other CLIs follow, in this order:
 * - `NO_COLOR` set and not empty: never (https://no-color.org);
 * - `FORCE_COLOR`: `0` or `false` turns colour off, any other value (empty included) on, as Node
 *   and chalk read it;
 * - `TERM=dumb`: a terminal that cannot show escape sequences;
 * - otherwise only on a TTY.
 */
export function useColor(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

type Format = Parameters<typeof styleText>[0];

/**
 * Node's own `util.styleText` does the escape codes. It is told not to look at the stream itself
 * (`validateStream: false`): the door decided with `useColor`, which also reads `FORCE_COLOR=0`
 * and `TERM=dumb`, and which stream (stdout or stderr) is the one written to.
 */
const paint = (format: Format) => (s: string) => styleText(format, s, { validateStream: false });

export function style(color: boolean): Style {
  if (!color) {
    const id = (s: string) => s;
    return { red: id, yellow: id, green: id, dim: id, bold: id };
  }
  return { red: paint('red'), yellow: paint('yellow'), green: paint('green'), dim: paint('dim'), bold: paint('bold') };
}

/**
 * Commit text is untrusted: an escape sequence in a subject must not repaint the user's terminal.
 * Control characters (but tab) are shown as `\xNN`.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** "1 commit", "2 commits", "0 errors": counts as people write them. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
