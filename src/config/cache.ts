import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Git } from '../git/git.js';
import type { RawConfig } from './resolve.js';
import { SCHEMA_HASH } from './schema-hash.generated.js';

/**
 * Validated policies, by the blob id of the file and the schema they were checked against, in the
 * repository's git directory. A blob id names its content exactly, so an entry never goes stale;
 * it spares every later push the YAML parser and the validator, which are most of the hook's
 * start-up after Node itself. Anything that goes wrong here is a cache miss, never an error.
 */
function entryPath(git: Git, blobId: string): string | undefined {
  const dir = git.commonDir();
  return dir ? join(dir, 'gitops-action', `policy-${SCHEMA_HASH}-${blobId}.json`) : undefined;
}

export function cachedPolicy(git: Git, blobId: string): RawConfig | undefined {
  const path = entryPath(git, blobId);
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RawConfig;
  } catch {
    return undefined;
  }
}

export function storePolicy(git: Git, blobId: string, raw: RawConfig): void {
  const path = entryPath(git, blobId);
  if (!path) return;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(raw));
    renameSync(temp, path);
  } catch {
    // A read-only .git, a full disk: the next run parses again.
  }
}
