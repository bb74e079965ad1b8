import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Git } from '../git/git.js';
import type { RawConfig } from './resolve.js';
import { SCHEMA_HASH } from './schema-hash.generated.js';

/**
 * Validated policies, by the blob id of the file and the schema they were checked against, in the
 * repository's git directory. A blob id names its content exactly, so an entry never goes stale;
 * it spares every later push the YAML parser and the validator, which are most of the hook's
 * start-up after Node itself. Anything that goes wrong here is a cache miss, never an error.
 *
 * The directory sits in the work space, where a build step or a checked-out script can write. So
 * each entry carries an HMAC under a key kept outside the repository (the user's cache folder,
 * mode 0600): an entry written by anything that does not hold the key fails the check on read and
 * is parsed again from the blob, so a forged entry never becomes the policy. The Action turns the
 * cache off altogether (`LoadOptions.cache: false`).
 */
const MAC_BYTES = 32;

function entryPath(git: Git, blobId: string): string | undefined {
  const dir = git.commonDir();
  return dir ? join(dir, 'gitops-action', `policy-${SCHEMA_HASH}-${blobId}.json`) : undefined;
}

function keyPath(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gitops-action', 'policy-cache.key');
}

let key: Buffer | null | undefined;

/** The user's cache key; made on first use. Null when it can be neither read nor made (then no cache). */
export function cacheKey(create: boolean): Buffer | null {
  if (key !== undefined && (key !== null || !create)) return key;
  const path = keyPath();
  try {
    const k = readFileSync(path);
    key = k.length === MAC_BYTES ? k : null;
    return key;
  } catch {
    if (!create) return null;
  }
  try {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    // `wx`: two first runs at once must not each write a key and invalidate the other's entries.
    writeFileSync(path, randomBytes(MAC_BYTES), { mode: 0o600, flag: 'wx' });
  } catch {
    // Lost the race, or the folder is read-only: read whatever is there.
  }
  try {
    const k = readFileSync(path);
    key = k.length === MAC_BYTES ? k : null;
  } catch {
    key = null;
  }
  return key;
}

function mac(k: Buffer, blobId: string, body: string): Buffer {
  return createHmac('sha256', k).update(`${SCHEMA_HASH}\0${blobId}\0`).update(body).digest();
}

export function cachedPolicy(git: Git, blobId: string): RawConfig | undefined {
  const path = entryPath(git, blobId);
  if (!path) return undefined;
  try {
    const text = readFileSync(path, 'utf8');
    const eol = text.indexOf('\n');
    const k = cacheKey(false);
    if (eol <= 0 || !k) return undefined;
    const given = Buffer.from(text.slice(0, eol), 'hex');
    const body = text.slice(eol + 1);
    const expected = mac(k, blobId, body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return JSON.parse(body) as RawConfig;
  } catch {
    return undefined;
  }
}

export function storePolicy(git: Git, blobId: string, raw: RawConfig): void {
  const path = entryPath(git, blobId);
  const k = cacheKey(true);
  if (!path || !k) return;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const body = JSON.stringify(raw);
    // Write then rename, so a concurrent reader never sees half a file.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, `${mac(k, blobId, body).toString('hex')}\n${body}`);
    renameSync(temp, path);
  } catch {
    // A read-only .git, a full disk: the next run parses again.
  }
}
