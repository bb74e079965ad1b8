import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import type { ResolvedConfig } from '../config/types.js';
import { localDefaultBranch } from '../git/default-branch.js';
import { loadTrustedConfig } from '../policy/check.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository, resolveCommit } from './repo.js';

export const spec = {
  name: 'config',
  summary: 'the effective policy, fully resolved, and where each value came from (also --print-config)',
  options: {
    config: { type: 'string', value: 'FILE', description: 'a policy file on disk, as it stands' },
    ref: {
      type: 'string',
      value: 'REV',
      description: 'read .gitops.yml at this revision',
      defaultText: 'the default branch, where every check reads it',
    },
    format: { type: 'string', value: 'FORMAT', description: 'output', choices: ['text', 'json'], default: 'text' },
  },
  examples: [
    'gitops-action config                          # what check, the hooks and the Action apply',
    'gitops-action config --ref HEAD               # the policy as this branch would change it',
    'gitops-action config --format json | jq \'.values[] | select(.key | startswith("rules.jira"))\'',
  ],
  notes: [
    "Sources, in the order they apply: the embedded default, then the file (with its line), then an environment's rules override (environments.NAME.rules), then flags and the environment variables JIRA_URL, JIRA_USER and JIRA_TOKEN (shown as set or not, never their values).",
  ],
} as const satisfies CommandSpec;

export interface Provenance {
  kind: 'default' | 'file' | 'environment-override' | 'environment-variable';
  file?: string;
  line?: number;
}

export interface ConfigValue {
  key: string;
  value: unknown;
  from: Provenance;
}

export const config: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const args = parsed.values;
  const git = openRepository(io.cwd);
  const from = args.ref ? resolveCommit(git, args.ref) : undefined;
  const resolved = await loadTrustedConfig({ git, from, configPath: args.config, explicitFrom: from !== undefined });
  // The same file the loader read, for its lines: from disk for --config, else from the ref.
  let text: string | undefined;
  if (args.config) {
    const full = resolve(io.cwd, args.config);
    text = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  } else if (!resolved.embedded) {
    const ref = from ?? localDefaultBranch(git)?.ref;
    text = ref ? git.readBlob(ref, DEFAULT_CONFIG_PATH)?.text : undefined;
  }
  const values = explain(resolved, text, args.config ?? DEFAULT_CONFIG_PATH, io.env);
  if (args.format === 'json') {
    const body = { source: resolved.source, embedded: resolved.embedded, values };
    io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = [`# effective policy: ${resolved.source}`];
  const width = Math.min(60, Math.max(...values.map((v) => `${v.key}: ${JSON.stringify(v.value)}`.length)));
  for (const v of values) {
    const entry = `${v.key}: ${JSON.stringify(v.value)}`;
    lines.push(`${entry.padEnd(width)}  # ${describeSource(v.from)}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
};
config.spec = spec;

function describeSource(p: Provenance): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}` : '';
  switch (p.kind) {
    case 'default':
      return 'embedded default';
    case 'file':
      return where;
    case 'environment-override':
      return `environment override, ${where}`;
    case 'environment-variable':
      return 'environment variable';
  }
}

/**
 * Every leaf of the resolved policy with its source. A value the file sets has its line; an
 * environment's rule that the file overrides under `environments.NAME.rules` says so; the rest
 * is the embedded default.
 */
export function explain(
  resolved: ResolvedConfig,
  text: string | undefined,
  file: string,
  env: NodeJS.ProcessEnv,
): ConfigValue[] {
  const counter = new LineCounter();
  const doc = text !== undefined ? parseDocument(text, { lineCounter: counter }) : undefined;
  const lineOf = (path: string[]): number | undefined => {
    if (!doc?.hasIn(path)) return undefined;
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    // A scalar or collection has a range; a null value (key: ~) still counts, at the map's line.
    return node?.range ? counter.linePos(node.range[0]).line : lineOf(path.slice(0, -1));
  };
  // A key set at its own path, or (for a value inside a rule) at the closest ancestor the file set
  // to `false` or a scalar that decides it.
  const locate = (path: string[]): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const line = doc?.hasIn(path.slice(0, n)) ? lineOf(path.slice(0, n)) : undefined;
      if (line !== undefined && (n === path.length || isScalarAt(path.slice(0, n)))) return line;
    }
    return undefined;
  };
  const isScalarAt = (path: string[]) => {
    const v = doc?.getIn(path);
    return v === null || typeof v !== 'object';
  };
  const out: ConfigValue[] = [];
  const fileSource = (path: string[]): Provenance | undefined => {
    if (resolved.embedded) return undefined;
    const line = locate(path);
    return line !== undefined ? { kind: 'file', file, line } : undefined;
  };
  const add = (path: string[], value: unknown) => {
    let from: Provenance = { kind: 'default' };
    if (path[0] === 'environments' && path[2] === 'rules') {
      const own = fileSource(path);
      const top = fileSource(['rules', ...path.slice(3)]);
      from = own ? { ...own, kind: 'environment-override' } : (top ?? from);
    } else if (path[0] === 'environments' && !resolved.embedded && doc?.hasIn(['environments'])) {
      from = fileSource(path) ?? { kind: 'file', file, line: lineOf(path.slice(0, 2)) };
      if (!doc.hasIn(path)) from = { kind: 'default' };
    } else {
      from = fileSource(path) ?? from;
    }
    out.push({ key: path.join('.'), value, from });
  };
  const walk = (path: string[], value: unknown) => {
    if (value === undefined) return;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value))
        if (!(path.length === 2 && path[0] === 'environments' && k === 'name')) walk([...path, k], v);
    } else {
      add(path, value);
    }
  };
  walk(['admins'], resolved.admins);
  walk(['versioning'], resolved.versioning);
  for (const [name, e] of Object.entries(resolved.environments)) walk(['environments', name], e);
  walk(['rules'], resolved.rules);
  for (const name of ['JIRA_URL', 'JIRA_USER', 'JIRA_TOKEN']) {
    if (env[name] !== undefined)
      out.push({
        key: `env.${name}`,
        value: name === 'JIRA_URL' ? env[name] : '(set)',
        from: { kind: 'environment-variable' },
      });
  }
  return out;
}
