import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { TEST_ENV, TestRepo } from './repo.js';

/**
 * The history that `git flow` (nvie's original and the AVH edition) writes, replayed with plain
 * git in a `TestRepo`: `--no-ff` merges, a tag on the merge into master, and a back-merge into
 * develop. Written from the git-flow model as documented; no code from any tool is used.
 */
export type BackMerge =
  /** AVH default: the new tag (so master) is merged into develop; develop reaches the tag. */
  | 'tag'
  /** nvie's original: the release or hotfix branch is merged into develop; develop never reaches the tag. */
  | 'branch';

export interface GitFlowOptions {
  prefix?: string;
  backMerge?: BackMerge;
  main?: 'master' | 'main';
}

export class GitFlow {
  readonly repo: TestRepo;
  readonly prefix: string;
  readonly backMerge: BackMerge;
  readonly main: string;
  private counter = 0;

  private constructor(repo: TestRepo, options: GitFlowOptions) {
    this.repo = repo;
    this.prefix = options.prefix ?? 'v';
    this.backMerge = options.backMerge ?? 'tag';
    this.main = options.main ?? 'master';
  }

  /** `git flow init -d`: an initial commit on master, and develop branched from it. */
  static init(options: GitFlowOptions = {}): GitFlow {
    const repo = TestRepo.create({ branch: options.main ?? 'master' });
    const flow = new GitFlow(repo, options);
    repo.commit('Initial commit', { files: { 'README.md': '# demo\n' } });
    repo.checkout('develop', true);
    return flow;
  }

  /** One ordinary commit on whatever is checked out. */
  work(message?: string): string {
    this.counter++;
    return this.repo.commit(message ?? `work ${this.counter}`, {
      files: { [`work/${this.counter}.txt`]: `${this.counter}\n` },
    });
  }

  featureStart(name: string): void {
    this.repo.checkout('develop');
    this.repo.checkout(`feature/${name}`, true);
  }

  featureFinish(name: string): string {
    this.repo.checkout('develop');
    const sha = this.repo.merge(`feature/${name}`, `Merge branch 'feature/${name}' into develop`);
    this.repo.git('branch', '-D', `feature/${name}`);
    return sha;
  }

  /** A whole feature: start, `commits` commits, finish. */
  feature(name: string, commits = 1, message?: (i: number) => string): string {
    this.featureStart(name);
    for (let i = 0; i < commits; i++) this.work(message?.(i));
    return this.featureFinish(name);
  }

  releaseStart(version: string): void {
    this.repo.checkout('develop');
    this.repo.checkout(`release/${version}`, true);
    this.work(`Bump version to ${version}`);
  }

  /** Merges into master, tags the merge (unless `tag: false`), back-merges into develop. Returns the merge. */
  releaseFinish(version: string, options: { tag?: boolean } = {}): string {
    return this.finish('release', version, options);
  }

  hotfixStart(version: string): void {
    this.repo.checkout(this.main);
    this.repo.checkout(`hotfix/${version}`, true);
    this.work(`Fix for ${version}`);
  }

  hotfixFinish(version: string, options: { tag?: boolean } = {}): string {
    return this.finish('hotfix', version, options);
  }

  /** Merges a started release/hotfix into master only (the first half of a finish); no tag. */
  mergeIntoMain(kind: 'release' | 'hotfix', version: string): string {
    this.repo.checkout(this.main);
    return this.repo.merge(`${kind}/${version}`, `Merge branch '${kind}/${version}'`);
  }

  /**
   * A branch of any name (`release-10.0`, `release/release-1.0.26`, `support/1.x`) from `from`,
   * with one commit; the checkout stays on it.
   */
  branch(name: string, from: string, message?: string): string {
    this.repo.checkout(from);
    this.repo.checkout(name, true);
    return this.work(message ?? `Start ${name}`);
  }

  /** Merges any branch into master with git's own subject (`Merge branch '<name>'`); no tag. */
  mergeNamedIntoMain(name: string): string {
    this.repo.checkout(this.main);
    return this.repo.merge(name, `Merge branch '${name}'`);
  }

  /** The second half of a finish: tag the merge, back-merge into develop, delete the branch. */
  tagAndBackMerge(kind: 'release' | 'hotfix', version: string, options: { tag?: boolean } = {}): void {
    const tag = `${this.prefix}${version}`;
    if (options.tag !== false) this.repo.tag(tag, this.main);
    this.repo.checkout('develop');
    if (this.backMerge === 'tag' && options.tag !== false) {
      this.repo.merge(tag, `Merge tag '${tag}' into develop`);
    } else {
      this.repo.merge(`${kind}/${version}`, `Merge branch '${kind}/${version}' into develop`);
    }
    this.repo.git('branch', '-D', `${kind}/${version}`);
  }

  private finish(kind: 'release' | 'hotfix', version: string, options: { tag?: boolean }): string {
    const merge = this.mergeIntoMain(kind, version);
    this.tagAndBackMerge(kind, version, options);
    return merge;
  }
}

/** A small deterministic PRNG (mulberry32) so generated repositories are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LargeRepoOptions {
  /** Approximate number of commits (default 100,000). */
  commits?: number;
  /** Release merges into master, each tagged (default 2,000). */
  releases?: number;
  /** Hotfix merges into master, each tagged (default 1,000). */
  hotfixes?: number;
  /** Non-semver tags (`build-N`) on develop commits (default 2,000). */
  otherTags?: number;
  seed?: number;
}

export interface LargeRepoInfo {
  dir: string;
  commits: number;
  tags: number;
  releaseMerges: number;
  /** The last version tagged on master. */
  lastVersion: string;
}

/**
 * Builds a large git-flow repository in `dir` with one `git fast-import` (seconds, not minutes):
 * features merged into develop, release and hotfix merges into master tagged `vX.Y.Z` (releases
 * annotated, hotfixes lightweight), tags back-merged into develop, and non-semver `build-N` tags.
 * master is checked out and ends one untagged release merge past the last tag, so `version` has
 * a real walk to do.
 */
export function generateLargeGitflowRepo(dir: string, options: LargeRepoOptions = {}): LargeRepoInfo {
  const totalCommits = options.commits ?? 100_000;
  const releases = options.releases ?? 2_000;
  const hotfixes = options.hotfixes ?? 1_000;
  const otherTags = options.otherTags ?? 2_000;
  const random = prng(options.seed ?? 1);
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '--initial-branch=master', dir], { env: TEST_ENV });

  const chunks: string[] = [];
  let mark = 0;
  let time = 1_700_000_000;
  let commits = 0;
  let tags = 0;
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  const commit = (ref: string, message: string, from: number | null, merge?: number): number => {
    mark++;
    commits++;
    time += 60;
    let s = `commit ${ref}\nmark :${mark}\ncommitter Dev <dev@example.com> ${time} +0000\n${data(message)}`;
    if (from !== null) s += `from :${from}\n`;
    if (merge !== undefined) s += `merge :${merge}\n`;
    s += `M 100644 inline counter.txt\n${data(String(mark))}`;
    chunks.push(s);
    return mark;
  };
  const lightTag = (name: string, at: number) => {
    tags++;
    chunks.push(`reset refs/tags/${name}\nfrom :${at}\n\n`);
  };
  const annotatedTag = (name: string, at: number) => {
    tags++;
    chunks.push(`tag ${name}\nfrom :${at}\ntagger Dev <dev@example.com> ${time} +0000\n${data(`Release ${name}`)}`);
  };

  let master = commit('refs/heads/master', 'Initial commit', null);
  let develop = commit('refs/heads/develop', 'Start develop', master);
  let major = 1;
  let minor = 0;
  let patch = 0;
  let lastVersion = '';
  const cycles = releases;
  // Fixed cost per cycle: release commit + merge + back-merge, plus a hotfix's three on some cycles.
  const fixed = 3 * releases + 3 * hotfixes;
  const perCycle = Math.max(1, Math.floor((totalCommits - fixed - 2) / cycles));
  let otherLeft = otherTags;
  let hotfixesLeft = hotfixes;
  for (let cycle = 0; cycle < cycles; cycle++) {
    // Features: runs of 1-5 commits merged --no-ff into develop.
    let budget = perCycle;
    while (budget > 0) {
      const n = Math.min(budget > 1 ? budget - 1 : 1, 1 + Math.floor(random() * 5));
      const name = `feature/f${mark}`;
      let tip = develop;
      for (let i = 0; i < n; i++) tip = commit('refs/heads/feature-tmp', `feat: change ${mark}`, tip);
      budget -= n;
      if (budget > 0) {
        develop = commit('refs/heads/develop', `Merge branch '${name}' into develop`, develop, tip);
        budget--;
      } else {
        develop = tip;
      }
    }
    if (otherLeft > 0) {
      lightTag(`build-${cycle}`, develop);
      otherLeft--;
    }
    if (minor >= 99) {
      major++;
      minor = 0;
    } else {
      minor++;
    }
    patch = 0;
    const version = `${major}.${minor}.${patch}`;
    const rel = commit('refs/heads/release-tmp', `Bump version to ${version}`, develop);
    master = commit('refs/heads/master', `Merge branch 'release/${version}'`, master, rel);
    const last = cycle === cycles - 1;
    if (!last) {
      annotatedTag(`v${version}`, master);
      lastVersion = version;
      develop = commit('refs/heads/develop', `Merge tag 'v${version}' into develop`, develop, master);
    }
    // Spread the hotfixes evenly over the cycles.
    if (!last && hotfixesLeft > 0 && random() < hotfixes / cycles + 0.01) {
      hotfixesLeft--;
      const fixVersion = `${major}.${minor}.${++patch}`;
      const fix = commit('refs/heads/hotfix-tmp', `fix: hotfix ${fixVersion}`, master);
      master = commit('refs/heads/master', `Merge branch 'hotfix/${fixVersion}'`, master, fix);
      lightTag(`v${fixVersion}`, master);
      lastVersion = fixVersion;
      develop = commit('refs/heads/develop', `Merge tag 'v${fixVersion}' into develop`, develop, master);
    }
  }
  chunks.push('reset refs/heads/feature-tmp\nfrom 0000000000000000000000000000000000000000\n\n');
  chunks.push('reset refs/heads/release-tmp\nfrom 0000000000000000000000000000000000000000\n\n');
  chunks.push('reset refs/heads/hotfix-tmp\nfrom 0000000000000000000000000000000000000000\n\n');
  execFileSync('git', ['fast-import', '--quiet', '--force'], {
    cwd: dir,
    env: TEST_ENV,
    input: chunks.join(''),
    maxBuffer: 1 << 30,
  });
  // A clone's refs arrive packed; fast-import leaves them loose.
  execFileSync('git', ['pack-refs', '--all'], { cwd: dir, env: TEST_ENV });
  execFileSync('git', ['checkout', '-q', '-f', 'master'], { cwd: dir, env: TEST_ENV });
  return { dir, commits, tags, releaseMerges: releases, lastVersion };
}
