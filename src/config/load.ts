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
   * Where the policy is trusted from: `from` for a push, the base for a pull request. Never the
   * commits under review, so a push cannot add its own author to the allowlist.
   */
  trustedRefs: string[];
  /** The last resort when no trusted ref holds the file (the default branch); asked only then. */
  fallbackRef?: () => string | undefined;
  /** A path given explicitly (`--config`, the Action's `config` input). */
  explicitPath?: string;
  /** When set, an explicit path is read from the trusted ref instead of from disk (the Action). */
  explicitFromRef?: boolean;
}

/**
 * Loads the policy. The default location is read from the first trusted ref that holds the file;
 * a path given to `--config` is read from disk as it stands. No file: the embedded default.
 */
export async function loadConfig(options: LoadOptions): Promise<ResolvedConfig> {
  const { git, explicitPath } = options;
  if (explicitPath && !options.explicitFromRef) {
    const full = resolve(explicitPath);
    if (!existsSync(full)) {
      throw new ConfigError(`config file ${explicitPath} does not exist`, 'Check the --config path, or leave it out.');
    }
    const raw = await parse(readFileSync(full, 'utf8'), explicitPath);
    return resolveConfig(raw, explicitPath, repoPath(git, full));
  }
  const path = explicitPath ?? DEFAULT_CONFIG_PATH;
  for (const ref of candidates(options)) {
    const blob = git.readBlob(ref, path);
    if (!blob) continue;
    const source = `${path} at ${ref.length >= 40 ? ref.slice(0, 7) : ref}`;
    let raw = cachedPolicy(git, blob.id);
    if (!raw) {
      raw = await parse(blob.text, source);
      storePolicy(git, blob.id, raw);
    }
    return resolveConfig(raw, source, path);
  }
  if (explicitPath) {
    throw new ConfigError(
      `config file ${explicitPath} is not in the trusted refs (${[...candidates(options)].join(', ') || 'none'})`,
      'Commit the policy file to the branch being pushed onto first.',
    );
  }
  // The embedded default's destructive gate watches the manifest folders of this tree.
  const tree = [...candidates(options)][0] ?? git.tryRevParse('HEAD');
  return resolveConfig(undefined, 'embedded default', path, { files: tree ? git.listFiles(tree) : [] });
}

/** The YAML parser and the validator load only when a policy is not in the cache. */
async function parse(text: string, source: string): Promise<RawConfig> {
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, source);
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
