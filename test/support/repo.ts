import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Every folder this module made, removed by `removeTestDirs` after each test file (test/support/cleanup.ts). */
const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTestDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A real git repository in a temporary folder, with identity, signing and HOME pinned so that
 * the user's own git config never leaks into a test.
 */
const HOME = mkdtempSync(join(tmpdir(), 'gitops-home-'));
// In-process tests too keep the user's cache folder (the policy cache's key) out of the real home.
process.env.XDG_CACHE_HOME = join(HOME, '.cache');

export const TEST_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  HOME: tempDir('gitops-home-'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  NO_COLOR: '1',
};

export class TestRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * `knownDefault` records the initial branch as the default branch (`init.defaultBranch`), as a
   * developer's git does: without it, a repository with no remote HEAD has no default branch, and
   * the CLI applies the embedded default rather than guess one.
   */
  static create(
    options: { objectFormat?: 'sha1' | 'sha256'; bare?: boolean; branch?: string; knownDefault?: boolean } = {},
  ): TestRepo {
    const dir = tempDir('gitops-repo-');
    const args = ['init', '-q', `--initial-branch=${options.branch ?? 'main'}`];
    if (options.objectFormat) args.push(`--object-format=${options.objectFormat}`);
    if (options.bare) args.push('--bare');
    execFileSync('git', [...args, dir], { env: TEST_ENV });
    const repo = new TestRepo(dir);
    repo.git('config', 'commit.gpgsign', 'false');
    repo.git('config', 'tag.gpgsign', 'false');
    if (options.knownDefault) repo.git('config', 'init.defaultBranch', options.branch ?? 'main');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env(), encoding: 'utf8', maxBuffer: 1 << 30 }).trim();
  }

  /** Dates move forward one minute a commit, so history order is deterministic. */
  private env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const date = new Date(Date.UTC(2026, 0, 1) + this.tick * 60_000).toISOString();
    return { ...TEST_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, ...extra };
  }

  write(path: string, content: string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path), { force: true, recursive: true });
  }

  /**
   * Commits everything in the work tree (an empty commit when nothing changed) and returns its sha.
   * `as` sets both the author and the committer email.
   */
  commit(message: string, options: { files?: Record<string, string>; as?: string; author?: string } = {}): string {
    for (const [path, content] of Object.entries(options.files ?? {})) this.write(path, content);
    this.tick++;
    const extra: NodeJS.ProcessEnv = {};
    if (options.as) Object.assign(extra, { GIT_AUTHOR_EMAIL: options.as, GIT_COMMITTER_EMAIL: options.as });
    if (options.author) extra.GIT_AUTHOR_EMAIL = options.author;
    execFileSync('git', ['add', '-A'], { cwd: this.dir, env: this.env() });
    // --no-verify: this builds fixtures; the hooks under test are run by their own tests.
    execFileSync('git', ['commit', '-q', '--allow-empty', '--no-verify', '-F', '-'], {
      cwd: this.dir,
      env: this.env(extra),
      input: message,
    });
    return this.git('rev-parse', 'HEAD');
  }

  /** `git merge --no-ff` with a given message; returns the merge commit's sha. */
  merge(branch: string, message = `Merge branch '${branch}'`, options: { as?: string } = {}): string {
    this.tick++;
    const extra: NodeJS.ProcessEnv = {};
    if (options.as) Object.assign(extra, { GIT_AUTHOR_EMAIL: options.as, GIT_COMMITTER_EMAIL: options.as });
    execFileSync('git', ['merge', '-q', '--no-ff', '--no-verify', '-m', message, branch], {
      cwd: this.dir,
      env: this.env(extra),
    });
    return this.git('rev-parse', 'HEAD');
  }

  checkout(branch: string, create = false): void {
    this.git('checkout', '-q', ...(create ? ['-b'] : []), branch);
  }

  tag(name: string, rev = 'HEAD'): void {
    this.git('tag', name, rev);
  }

  sha(rev = 'HEAD'): string {
    return this.git('rev-parse', rev);
  }
}
