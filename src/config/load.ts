import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Git } from '../git/git.js';
import { cachedPolicy, storePolicy } from './cache.js';
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { type RawConfig, resolveConfig } from './resolve.js';
import type { ResolvedConfig } from './types.js';

export interface LoadOptions {
  git: Git;
  /**
   * Where the policy is trusted from, in order: the default branch (or its baseline), the base of
   * a pull request. Never the commits under review, so a push cannot add its own author to the
   * allowlist.
   */
  trustedRefs: string[];
  /** The last resort when no trusted ref holds the file; asked only then. */
  fallbackRef?: () => string | undefined;
  /** A path given explicitly (`--config`, the Action's `config` input). */
  explicitPath?: string;
  /** When set, an explicit path is read from the trusted ref instead of from disk (the Action). */
  explicitFromRef?: boolean;
  /** Use the validated-policy cache in `.git/gitops-action/` (default true; the Action turns it off). */
  cache?: boolean;
  /** How to name a trusted ref in reports (`origin/main`), by ref; the ref itself otherwise. */
  label?: (ref: string) => string | undefined;
  /** Notes that travel with the policy into every report (which policy applies, and why). */
  notes?: string[];
  /**
   * A file that does not validate is an error (exit 2) instead of falling back to its last valid
   * version: for a ref a person named (`check --from`), who is there to fix it.
   */
  strict?: boolean;
}

/** How many earlier versions of an invalid policy are tried before giving up on its history. */
const MAX_HISTORY = 200;

/**
 * Loads the policy. The default location is read from the first trusted ref that holds the file;
 * a path given to `--config` is read from disk as it stands. No file: the embedded default.
 *
 * A file on a trusted ref that does not validate does not lock the repository: the last valid
 * version from that ref's history applies, and every report says so, until a push repairs it.
 */
export async function loadConfig(options: LoadOptions): Promise<ResolvedConfig> {
  const { git, explicitPath } = options;
  const notes = [...(options.notes ?? [])];
  if (explicitPath && !options.explicitFromRef) {
    const full = resolve(explicitPath);
    if (!existsSync(full)) {
      throw new ConfigError(`config file ${explicitPath} does not exist`, 'Check the --config path, or leave it out.');
    }
    // A file a person named is theirs to fix: it is reported, never replaced by an older one.
    const raw = await parsePolicy(readFileSync(full, 'utf8'), explicitPath);
    return withNotes(resolveConfig(raw, explicitPath, repoPath(git, full)), notes);
  }
  const path = explicitPath ?? DEFAULT_CONFIG_PATH;
  const cache = options.cache !== false;
  for (const ref of candidates(options)) {
    const blob = git.readBlob(ref, path);
    if (!blob) continue;
    const name = options.label?.(ref) ?? (/^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 7) : ref);
    const source = `${path} at ${name}`;
    try {
      const raw = await parseBlob(git, blob, source, cache);
      return withNotes(resolveConfig(raw, source, path), notes);
    } catch (err) {
      if (!(err instanceof ConfigError) || options.strict) throw err;
      const earlier = await lastValidVersion(git, ref, path, cache);
      const problem = err.message;
      if (earlier) {
        notes.push(
          `the policy ${source} does not validate (${problem}); the last valid version, from commit ${earlier.sha.slice(0, 7)}, applies until a push repairs it`,
        );
        return withNotes(resolveConfig(earlier.raw, `${path} at ${earlier.sha.slice(0, 7)} (last valid)`, path), notes);
      }
      notes.push(
        `the policy ${source} does not validate (${problem}) and no earlier version does; the embedded default applies until a push repairs it`,
      );
      return withNotes(resolveConfig(undefined, 'embedded default', path), notes);
    }
  }
  if (explicitPath) {
    throw new ConfigError(
      `config file ${explicitPath} is not in the trusted refs (${[...candidates(options)].join(', ') || 'none'})`,
      'Commit the policy file to the default branch first.',
    );
  }
  return withNotes(resolveConfig(undefined, 'embedded default', path), notes);
}

function withNotes(config: ResolvedConfig, notes: string[]): ResolvedConfig {
  if (notes.length > 0) config.notes = [...(config.notes ?? []), ...notes];
  return config;
}

async function parseBlob(git: Git, blob: { id: string; text: string }, source: string, cache: boolean) {
  let raw = cache ? cachedPolicy(git, blob.id) : undefined;
  if (!raw) {
    raw = await parsePolicy(blob.text, source);
    if (cache) storePolicy(git, blob.id, raw);
  }
  return raw;
}

/**
 * The newest version of the file on `ref`'s history that validates: one `git log` for the commits
 * that touched it, one `cat-file --batch` for their versions.
 */
async function lastValidVersion(
  git: Git,
  ref: string,
  path: string,
  cache: boolean,
): Promise<{ sha: string; raw: RawConfig } | undefined> {
  const shas = git
    .execGit(['log', '--format=%H', `--max-count=${MAX_HISTORY}`, '--end-of-options', ref, '--', path], {
      allowFail: true,
    })
    .stdout.toString('utf8')
    .split('\n')
    .filter(Boolean);
  const blobs = git.readSpecs(shas.map((sha) => `${sha}:${path}`));
  for (let i = 0; i < shas.length; i++) {
    const blob = blobs[i];
    // A commit that deleted the file: the versions before it belong to an earlier life of the policy.
    if (!blob) break;
    try {
      return { sha: shas[i] as string, raw: await parseBlob(git, blob, `${path} at ${shas[i]}`, cache) };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
    }
  }
  return undefined;
}

/**
 * Parses and validates a policy file's text: the schema, and what the schema cannot say (that
 * `promote-from` names an environment of the file). Every problem is a ConfigError that starts
 * with `FILE:LINE:COL`. The YAML parser and the validator load only when a policy is not cached.
 */
export async function parsePolicy(text: string, source: string): Promise<RawConfig> {
  const { parseConfig } = await import('./parse.js');
  const raw = parseConfig(text, source);
  const names = Object.keys(raw.environments ?? {});
  for (const [name, env] of Object.entries(raw.environments ?? {})) {
    const lower = env['promote-from'];
    if (lower === undefined || names.includes(lower)) continue;
    const { line, col } = positionOf(text, `promote-from: ${lower}`) ?? { line: 1, col: 1 };
    throw new ConfigError(
      `${source}:${line}:${col}: environments.${name}.promote-from names an unknown environment ${JSON.stringify(lower)}`,
      `Name one of the environments in the file: ${names.join(', ')}.`,
    );
  }
  return raw;
}

function positionOf(text: string, needle: string): { line: number; col: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const at = (lines[i] as string).indexOf(needle);
    if (at >= 0) return { line: i + 1, col: at + 1 };
  }
  return undefined;
}

/** The trusted refs, then the fallback, which costs git calls and so is asked for only when reached. */
function* candidates(options: LoadOptions): Generator<string> {
  yield* options.trustedRefs;
  const fallback = options.fallbackRef?.();
  if (fallback && !options.trustedRefs.includes(fallback)) yield fallback;
}

/** Reads the file that `init` wrote but that is not committed yet, so `check` can say so. */
export function uncommittedConfigNote(git: Git, config: ResolvedConfig): string | undefined {
  if (!config.embedded) return undefined;
  try {
    const top = git.topLevel();
    if (existsSync(resolve(top, config.path))) {
      return `${config.path} is in the work tree but not in the trusted ref yet, so the embedded default applies until it is merged.`;
    }
  } catch {
    // not a work tree (bare repository): nothing to note
  }
  return undefined;
}

/**
 * The policy file's path inside the repository, for the policy-change rule; empty for a file
 * outside it, whose changes no commit in the range can make.
 */
function repoPath(git: Git, full: string): string {
  const rel = relative(git.topLevel(), full);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? '' : rel;
}
