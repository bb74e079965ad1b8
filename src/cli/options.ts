import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { closest } from './suggest.js';

/**
 * One option of one command, as its help prints it and its parser reads it. Every command module
 * owns its spec; this file only parses and prints, so `--help`, the did-you-mean and the
 * "does not apply" errors read the same for every command.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in the help: `REV`, `NAME`, `FILE`. */
  value?: string;
  description: string;
  /** The value a string option takes when it is left out (shown in the help). */
  default?: string;
  /** The default in words, where it is worked out rather than fixed ("the current branch"). */
  defaultText?: string;
  /** The accepted values of a string option. */
  choices?: readonly string[];
  short?: string;
}

export interface CommandSpec {
  name: string;
  /** One line for the global usage. */
  summary: string;
  /** Positional arguments, as the usage line shows them (`REMOTE URL`). */
  positionals?: Array<{ name: string; description: string; required?: boolean }>;
  options: Record<string, OptionSpec>;
  /** `gitops-action …` lines, each optionally followed by `  # what it does`. */
  examples: string[];
  /** Paragraphs after the options: exit codes, how flags combine. */
  notes?: string[];
}

/** Options every command takes; they are not listed in each spec. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'print this help and exit' },
  debug: { type: 'boolean', description: 'print the stack trace of an internal error' },
};

/** The parsed options: strings (with their defaults applied) and booleans. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K] extends { default: string }
      ? string
      : string | undefined;
};

export interface ParsedCommand<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
  debug: boolean;
}

/** Every option a command accepts, common ones included, as `--name`. */
export function optionNames(spec: CommandSpec): string[] {
  return Object.keys({ ...spec.options, ...COMMON_OPTIONS }).map((n) => `--${n}`);
}

/**
 * Parses `argv` (everything after the command's name) against the command's spec. Returns
 * undefined when `--help` was asked for (and printed). Every mistake is a UsageError that names
 * the command, the nearest valid option, and where to read more.
 */
export function parseCommand<S extends CommandSpec>(
  spec: S,
  argv: string[],
  out: { write(s: string): unknown },
): ParsedCommand<S['options']> | undefined {
  const options = { ...spec.options, ...COMMON_OPTIONS };
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, o] of Object.entries(options))
    config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (err) {
    throw explainParseError(spec, err as Error & { code?: string }, argv);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) {
    out.write(renderHelp(spec));
    return undefined;
  }
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const given = v[name];
    if (o.type === 'boolean') {
      values[name] = given === true;
      continue;
    }
    if (given !== undefined && o.choices && !o.choices.includes(given as string)) {
      const near = closest(String(given), o.choices);
      throw new UsageError(
        `${spec.name} --${name} must be ${listOr(o.choices)}, not ${JSON.stringify(given)}${near ? `; did you mean "${near}"?` : ''}`,
        `Run \`gitops-action ${spec.name} --help\` for every option.`,
      );
    }
    values[name] = (given as string | undefined) ?? o.default;
  }
  const allowed = spec.positionals ?? [];
  if (parsed.positionals.length > allowed.length) {
    const extra = parsed.positionals[allowed.length]!;
    throw new UsageError(
      `${spec.name} takes ${allowed.length === 0 ? 'no arguments' : `at most ${allowed.length} (${allowed.map((p) => p.name).join(' ')})`}, but was given ${JSON.stringify(extra)}`,
      `Usage: ${usageLine(spec)}`,
    );
  }
  const missing = allowed.find((p, i) => p.required && parsed.positionals[i] === undefined);
  if (missing) {
    throw new UsageError(`${spec.name} needs ${missing.name}: ${missing.description}`, `Usage: ${usageLine(spec)}`);
  }
  return { values: values as OptionValues<S['options']>, positionals: parsed.positionals, debug: v.debug === true };
}

/** Node's parseArgs errors, reworded: which option, for which command, and the nearest valid one. */
function explainParseError(spec: CommandSpec, err: Error & { code?: string }, argv: string[]): UsageError {
  const more = `Run \`gitops-action ${spec.name} --help\` for every option.`;
  const quoted = /'(-[^' ]+)/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
    const flag = quoted.split('=')[0]!;
    const near = closest(flag, optionNames(spec));
    const elsewhere = near ? undefined : commandsTaking(flag);
    return new UsageError(
      `${spec.name} has no option ${flag}${near ? `; did you mean ${near}?` : elsewhere ? ` (it belongs to ${elsewhere})` : ''}`,
      more,
    );
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const flag = quoted.split(/[ =]/)[0]!;
    const name = flag.replace(/^-+/, '');
    const o = spec.options[name] ?? COMMON_OPTIONS[name];
    if (o?.type === 'string') return new UsageError(`${spec.name} ${flag} needs a value (${o.value ?? 'VALUE'})`, more);
    return new UsageError(`${spec.name} ${flag} is a switch and takes no value`, more);
  }
  const first = err.message.split('\n')[0] ?? 'bad arguments';
  return new UsageError(`${spec.name}: ${first} (arguments: ${argv.join(' ')})`, more);
}

/** Filled in by the registry, so "check --husky" can say that --husky belongs to init. */
let optionOwners: Map<string, string[]> | undefined;
export function registerOptionOwners(owners: Map<string, string[]>): void {
  optionOwners = owners;
}
function commandsTaking(flag: string): string | undefined {
  const owners = optionOwners?.get(flag);
  return owners && owners.length > 0 ? owners.join(', ') : undefined;
}

export function usageLine(spec: CommandSpec): string {
  const parts = [`gitops-action ${spec.name}`];
  for (const p of spec.positionals ?? []) parts.push(p.required ? p.name : `[${p.name}]`);
  for (const [name, o] of Object.entries(spec.options)) {
    const value = o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : (o.value ?? 'VALUE')}` : '';
    parts.push(`[--${name}${value}]`);
  }
  return parts.join(' ');
}

/** The per-command help: usage, every option with its default, examples, notes. */
export function renderHelp(spec: CommandSpec): string {
  const lines = [`gitops-action ${spec.name}: ${spec.summary}`, '', 'Usage:', `  ${usageLine(spec)}`];
  if (spec.positionals && spec.positionals.length > 0) {
    lines.push('', 'Arguments:');
    for (const p of spec.positionals) lines.push(`  ${p.name.padEnd(24)}${p.description}`);
  }
  lines.push('', 'Options:');
  for (const [name, o] of Object.entries({ ...spec.options, ...COMMON_OPTIONS })) {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const extra: string[] = [];
    if (o.choices) extra.push(`one of: ${o.choices.join(', ')}`);
    const fallback = o.defaultText ?? o.default;
    if (fallback !== undefined) extra.push(`default: ${fallback}`);
    lines.push(`  ${flag.padEnd(24)}${o.description}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`);
  }
  lines.push('', 'Examples:');
  for (const e of spec.examples) lines.push(`  ${e}`);
  for (const note of spec.notes ?? []) lines.push('', note);
  return `${lines.join('\n')}\n`;
}

export function listOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** The value of `--format` as written in argv, before any parsing (errors are printed in it). */
export function formatInArgv(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    if (a === '--format') return argv[i + 1];
    if (a.startsWith('--format=')) return a.slice(9);
  }
  return undefined;
}
