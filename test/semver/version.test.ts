import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VersioningConfig } from '../../src/config/types.js';
import { UsageError } from '../../src/errors.js';
import { Git } from '../../src/git/git.js';
import { computeVersion, type VersionResult } from '../../src/semver/version.js';
import { GitFlow } from '../support/gitflow.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

const config: VersioningConfig = {
  'tag-prefix': 'v',
  'first-version': '0.1.0',
  labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
};

function version(repo: TestRepo, ref = 'HEAD', extra: { branch?: string; config?: VersioningConfig } = {}) {
  return computeVersion(new Git(repo.dir), { ref, branch: extra.branch, config: extra.config ?? config });
}

function allTags(repo: TestRepo): string[] {
  return repo.git('tag', '--list').split('\n').filter(Boolean);
}

/** The invariant of every messy case: a new version is never one that exists as a tag elsewhere. */
function expectNew(repo: TestRepo, result: VersionResult): void {
  if (result.source === 'tag' || result.bump === 'none') return;
  const existing = allTags(repo).map((t) => t.replace(/^[vV]/, ''));
  expect(existing).not.toContain(result.version);
}

/** master with v1.0.0, develop branched after it. */
function released(): GitFlow {
  const flow = GitFlow.init();
  flow.feature('a');
  flow.releaseStart('1.0.0');
  flow.releaseFinish('1.0.0');
  return flow;
}

describe('computeVersion: basics', () => {
  it('no tags at all: first-version, default 0.1.0', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.commit('two');
    expect(version(repo)).toMatchObject({
      version: '0.1.0',
      tag: 'v0.1.0',
      previousVersion: null,
      source: 'first-version',
      commitsSinceBase: 2,
      branch: 'main',
    });
    expect(version(repo, 'HEAD', { config: { ...config, 'first-version': '1.0.0' } })).toMatchObject({
      version: '1.0.0',
      bump: 'major',
    });
  });

  it('an invalid first-version is a usage error', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    expect(() => version(repo, 'HEAD', { config: { ...config, 'first-version': 'one' } })).toThrow(UsageError);
  });

  it('a tagged commit answers with its tag, and reports the release it follows', () => {
    const flow = released();
    flow.repo.checkout('develop');
    flow.feature('b');
    flow.releaseStart('1.1.0');
    flow.releaseFinish('1.1.0');
    const r = version(flow.repo, 'master');
    expect(r).toMatchObject({
      version: '1.1.0',
      tag: 'v1.1.0',
      source: 'tag',
      previousVersion: '1.0.0',
      bump: 'minor',
    });
    expect(r.sha).toBe(flow.repo.sha('master'));
    expect(version(flow.repo, 'v1.0.0')).toMatchObject({ version: '1.0.0', source: 'tag', previousVersion: null });
  });

  it('tags with and without the prefix both count; a custom prefix is written', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('1.4.0');
    repo.commit('two');
    expect(version(repo)).toMatchObject({ version: '1.4.1', previousVersion: '1.4.0', tag: 'v1.4.1' });
    const custom = { ...config, 'tag-prefix': 'release-' };
    repo.tag('release-1.5.0');
    repo.commit('three');
    expect(version(repo, 'HEAD', { config: custom })).toMatchObject({ version: '1.5.1', tag: 'release-1.5.1' });
  });

  it('ref names a branch: it is classified without checking it out', () => {
    const flow = released();
    flow.repo.checkout('master');
    flow.featureStart('x');
    flow.work();
    flow.repo.checkout('master');
    expect(version(flow.repo, 'feature/x')).toMatchObject({ branch: 'feature/x', version: '1.1.0-x.2' });
    expect(version(flow.repo, 'refs/heads/feature/x').branch).toBe('feature/x');
    expect(version(flow.repo, 'HEAD', { branch: 'refs/heads/develop' }).branch).toBe('develop');
  });
});

describe('computeVersion: main line', () => {
  it('a release merge named above the base gives the name', () => {
    const flow = released();
    flow.feature('b');
    flow.releaseStart('1.1.0');
    flow.mergeIntoMain('release', '1.1.0');
    expect(version(flow.repo)).toMatchObject({
      version: '1.1.0',
      previousVersion: '1.0.0',
      bump: 'minor',
      source: 'branch-name',
      branch: 'master',
    });
  });

  it('release branches named for patch versions: release/1.9.1 gives 1.9.1', () => {
    const flow = GitFlow.init();
    flow.releaseStart('1.9.0');
    flow.releaseFinish('1.9.0');
    flow.feature('c');
    flow.releaseStart('1.9.1');
    flow.mergeIntoMain('release', '1.9.1');
    expect(version(flow.repo)).toMatchObject({ version: '1.9.1', bump: 'patch', source: 'branch-name' });
  });

  it('a hotfix merge gives its name; an unnamed hotfix bumps patch; an unnamed release bumps main-increment', () => {
    const flow = released();
    flow.hotfixStart('1.0.1');
    flow.mergeIntoMain('hotfix', '1.0.1');
    expect(version(flow.repo)).toMatchObject({ version: '1.0.1', bump: 'patch', source: 'branch-name' });
    flow.tagAndBackMerge('hotfix', '1.0.1');
    flow.hotfixStart('urgent');
    flow.mergeIntoMain('hotfix', 'urgent');
    expect(version(flow.repo)).toMatchObject({ version: '1.0.2', bump: 'patch', source: 'branch-type' });
    flow.tagAndBackMerge('hotfix', 'urgent', { tag: false });
    flow.releaseStart('next');
    flow.mergeIntoMain('release', 'next');
    expect(version(flow.repo)).toMatchObject({ version: '1.0.2', bump: 'patch', source: 'branch-type' });
    const minor = { ...config, 'main-increment': 'minor' as const };
    expect(version(flow.repo, 'HEAD', { config: minor })).toMatchObject({ version: '1.1.0', bump: 'minor' });
  });

  it('a develop merge bumps main-increment (default patch); a direct commit bumps patch', () => {
    const flow = released();
    flow.feature('b');
    flow.repo.checkout('master');
    flow.repo.merge('develop', "Merge branch 'develop'");
    expect(version(flow.repo)).toMatchObject({ version: '1.0.1', bump: 'patch', source: 'branch-type' });
    for (const [increment, expected] of [
      ['minor', '1.1.0'],
      ['major', '2.0.0'],
      ['patch', '1.0.1'],
    ] as const) {
      const custom = { ...config, 'main-increment': increment };
      expect(version(flow.repo, 'HEAD', { config: custom }).version).toBe(expected);
    }
    // +semver: minor still makes a minor of a patch default.
    flow.repo.commit('docs: notes\n\n+semver: minor');
    expect(version(flow.repo)).toMatchObject({ version: '1.1.0', source: 'marker' });
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v2.0.0');
    repo.commit('fix: two');
    expect(version(repo)).toMatchObject({
      version: '2.0.1',
      bump: 'patch',
      source: 'branch-type',
      commitsSinceBase: 1,
    });
  });

  it('markers override the branch type, but not a version in a branch name', () => {
    const flow = released();
    flow.feature('b', 1, () => 'feat!: new API');
    flow.repo.checkout('master');
    flow.repo.merge('develop', "Merge branch 'develop'");
    expect(version(flow.repo)).toMatchObject({ version: '2.0.0', bump: 'major', source: 'marker' });
    flow.releaseStart('1.1.0');
    flow.mergeIntoMain('release', '1.1.0');
    expect(version(flow.repo)).toMatchObject({ version: '1.1.0', source: 'branch-name' });
  });

  it('+semver: none answers the base with bump none', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v1.0.0');
    repo.commit('docs: typo\n\n+semver: none');
    expect(version(repo)).toMatchObject({ version: '1.0.0', bump: 'none', source: 'marker' });
  });

  it('a detached HEAD is treated as main line', () => {
    const flow = released();
    flow.feature('b');
    flow.repo.git('checkout', '-q', '--detach', 'develop');
    expect(version(flow.repo)).toMatchObject({ branch: null, version: '1.0.1', source: 'branch-type' });
    expect(version(flow.repo, 'HEAD', { branch: 'develop' }).version).toMatch(/^1\.1\.0-alpha\.\d+$/);
  });
});

describe('computeVersion: pre-releases', () => {
  it('develop, release/X, hotfix/X and feature/name', () => {
    const flow = released();
    flow.repo.checkout('develop');
    flow.work();
    flow.work();
    const dev = version(flow.repo);
    expect(dev).toMatchObject({ branch: 'develop', source: 'prerelease', previousVersion: '1.0.0', bump: 'minor' });
    expect(dev.version).toBe(`1.1.0-alpha.${dev.commitsSinceBase}`);
    expect(dev.commitsSinceBase).toBe(3); // the back-merge and two commits

    flow.releaseStart('1.1.0');
    expect(version(flow.repo)).toMatchObject({ version: '1.1.0-beta.4', bump: 'minor' });

    flow.hotfixStart('1.0.1');
    expect(version(flow.repo)).toMatchObject({ version: '1.0.1-beta.1', bump: 'patch' });

    flow.featureStart('PROJ-7_Login');
    flow.work();
    expect(version(flow.repo)).toMatchObject({ version: '1.1.0-PROJ-7-Login.4', branch: 'feature/PROJ-7_Login' });
  });

  it('labels come from the config, and a major marker lifts develop', () => {
    const flow = released();
    flow.repo.checkout('develop');
    flow.work('feat!: breaking');
    const custom = { ...config, labels: { develop: 'dev', release: 'rc', hotfix: 'fix', feature: 'feat' } };
    expect(version(flow.repo, 'HEAD', { config: custom }).version).toBe('2.0.0-dev.2');
    flow.featureStart('x');
    expect(version(flow.repo, 'HEAD', { config: custom }).version).toBe('2.0.0-feat.2');
  });

  it('no tags: pre-releases of first-version', () => {
    const repo = TestRepo.create({ branch: 'develop' });
    repo.commit('one');
    expect(version(repo)).toMatchObject({ version: '0.1.0-alpha.1', source: 'first-version' });
  });

  it('a pre-release never equals an existing pre-release tag', () => {
    const flow = released();
    flow.repo.checkout('develop');
    flow.work();
    flow.repo.tag('v1.1.0-alpha.2', 'master'); // pushed from elsewhere
    expect(version(flow.repo).version).toBe('1.1.0-alpha.3');
  });
});

describe('computeVersion: messy history', () => {
  it('the tag sits on the commit after the merge', () => {
    const flow = released();
    flow.feature('b');
    flow.releaseStart('1.1.0');
    flow.mergeIntoMain('release', '1.1.0');
    flow.work('Bump version file');
    flow.repo.tag('v1.1.0');
    expect(version(flow.repo)).toMatchObject({ version: '1.1.0', source: 'tag' });
    flow.hotfixStart('1.1.1');
    flow.mergeIntoMain('hotfix', '1.1.1');
    const r = version(flow.repo);
    expect(r).toMatchObject({ version: '1.1.1', previousVersion: '1.1.0', source: 'branch-name' });
    // The merge itself, untagged, must not claim 1.1.0 again.
    const merge = flow.repo.sha('HEAD~1^');
    const atMerge = version(flow.repo, merge, { branch: 'master' });
    expect(atMerge.version).not.toBe('1.1.0');
    expectNew(flow.repo, atMerge);
  });

  it('tags only on a support branch', () => {
    const repo = TestRepo.create({ branch: 'master' });
    repo.commit('one');
    repo.commit('two');
    repo.checkout('support/1.x', true);
    repo.commit('support fix');
    repo.tag('v1.0.0');
    repo.commit('support fix 2');
    repo.tag('v1.0.1');
    expect(version(repo)).toMatchObject({ version: '1.0.1', source: 'tag' });
    repo.commit('support fix 3');
    expect(version(repo)).toMatchObject({ version: '1.0.2', branch: 'support/1.x' });
    repo.checkout('master');
    repo.commit('three');
    const r = version(repo);
    expectNew(repo, r);
    expect(r.version).toBe('1.0.2'); // the support branch's tags stand in for master's base
  });

  it('master fast-forwarded to develop: first-parent is all develop merges', () => {
    const flow = released();
    flow.feature('b');
    flow.feature('c');
    flow.repo.checkout('master');
    flow.repo.git('merge', '-q', '--ff-only', 'develop');
    const r = version(flow.repo);
    expect(r).toMatchObject({ version: '1.0.1', bump: 'patch', source: 'branch-type', branch: 'master' });
    expectNew(flow.repo, r);
  });

  it('nvie-style back-merges: develop never reaches the tags on master', () => {
    const flow = GitFlow.init({ backMerge: 'branch' });
    flow.feature('a');
    flow.releaseStart('1.0.0');
    flow.releaseFinish('1.0.0');
    flow.feature('b');
    flow.releaseStart('1.1.0');
    flow.releaseFinish('1.1.0');
    flow.feature('c');
    // develop never reaches the tags; the guard keeps it above them.
    expect(version(flow.repo).version).toMatch(/^1\.2\.0-alpha\.\d+$/);
    expectNew(flow.repo, version(flow.repo));
    flow.featureStart('d');
    expect(version(flow.repo).version).toMatch(/^1\.2\.0-d\.\d+$/);
    flow.releaseStart('1.2.0');
    expect(version(flow.repo).version).toMatch(/^1\.2\.0-beta\.\d+$/);
    flow.mergeIntoMain('release', '1.2.0');
    expect(version(flow.repo)).toMatchObject({ version: '1.2.0', previousVersion: '1.1.0', source: 'branch-name' });
  });

  it('orphaned tags that no branch reaches', () => {
    const flow = released();
    flow.repo.checkout('master');
    flow.repo.checkout('doomed', true);
    flow.work();
    flow.repo.tag('v1.0.1');
    flow.work();
    flow.repo.tag('v1.0.2');
    flow.work();
    flow.repo.tag('v7.0.0');
    flow.repo.checkout('master');
    flow.repo.git('branch', '-D', 'doomed');
    flow.feature('b');
    flow.repo.checkout('master');
    flow.repo.merge('develop', "Merge branch 'develop'");
    // 1.0.1 already exists: bump past the highest tag of its line (1.0.x), not past 7.0.0.
    const r = version(flow.repo);
    expect(r).toMatchObject({ version: '1.0.3', previousVersion: '1.0.0', source: 'guard' });
    expectNew(flow.repo, r);
    const minor = version(flow.repo, 'HEAD', { config: { ...config, 'main-increment': 'minor' } });
    expect(minor).toMatchObject({ version: '1.1.0', source: 'branch-type' });
  });

  it('two tags on one commit: the highest answers', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v1.2.0');
    repo.tag('v1.3.0');
    repo.tag('1.3.0');
    expect(version(repo)).toMatchObject({ version: '1.3.0', tag: 'v1.3.0', source: 'tag' });
    repo.commit('two');
    expect(version(repo)).toMatchObject({ version: '1.3.1', previousVersion: '1.3.0' });
  });

  it('non-semver tags are ignored', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v1.0.0');
    repo.commit('two');
    for (const t of ['latest', 'build-123', 'v1', 'v01.2', 'vnext', 'release/2.0.0', '1.2.3.4', 'V']) repo.tag(t);
    expect(version(repo)).toMatchObject({ version: '1.0.1', previousVersion: '1.0.0', source: 'branch-type' });
  });

  it('an old untagged commit inside tagged history', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v1.0.0');
    const old = repo.commit('two');
    repo.commit('three');
    repo.tag('v1.1.0');
    const r = version(repo, old);
    expect(r.previousVersion).toBe('1.0.0');
    expectNew(repo, r);
  });
});

describe('computeVersion: bad input', () => {
  it('a shallow clone is a usage error naming fetch-depth: 0', () => {
    const flow = released();
    flow.feature('b');
    const dir = join(mkdtempSync(join(tmpdir(), 'gitops-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'develop', `file://${flow.repo.dir}`, dir], {
      env: TEST_ENV,
    });
    const run = () => computeVersion(new Git(dir), { ref: 'HEAD', config });
    expect(run).toThrow(UsageError);
    try {
      run();
    } catch (e) {
      expect(`${(e as UsageError).message} ${(e as UsageError).hint}`).toContain('fetch-depth: 0');
    }
  });

  it('a ref that does not exist is a usage error', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    expect(() => version(repo, 'no-such-branch')).toThrow(/unknown revision "no-such-branch"/);
    expect(() => version(repo, '--all')).toThrow(UsageError);
  });

  it('an empty repository is a usage error', () => {
    const repo = TestRepo.create();
    expect(() => version(repo)).toThrow(UsageError);
  });
});

/** Tags `v<version>` on a fresh commit of whatever is checked out. */
function tagged(flow: GitFlow, version: string, message = `Release ${version}`): string {
  const sha = flow.work(message);
  flow.repo.tag(`v${version}`);
  return sha;
}

describe('computeVersion: a version anywhere in a release or hotfix branch name', () => {
  it.each([
    ['release/release-1.0.26', '1.0.26'],
    ['release/hotfix-0.2.10', '0.2.10'],
    ['release_0.21.0', '0.21.0'],
    ['release-v2.1', '2.1.0'],
    ['hotfix_1.0.7', '1.0.7'],
  ])('a merge of %s gives %s', (name, expected) => {
    const flow = GitFlow.init();
    flow.repo.tag('v0.1.0', 'master');
    flow.branch(name, 'develop');
    flow.mergeNamedIntoMain(name);
    expect(version(flow.repo)).toMatchObject({ version: expected, source: 'branch-name', previousVersion: '0.1.0' });
  });

  it('release-0-28.1 does not read as 28.1.0, and a name at or below the base counts as a patch', () => {
    const flow = released();
    flow.branch('release-0-28.1', 'develop');
    flow.mergeNamedIntoMain('release-0-28.1');
    expect(version(flow.repo)).toMatchObject({ version: '1.0.1', source: 'branch-type' });
    flow.repo.tag('v1.0.1');
    flow.branch('release/0.9.0', 'develop');
    flow.mergeNamedIntoMain('release/0.9.0');
    // A patch even where other merges would bump minor.
    const minor = { ...config, 'main-increment': 'minor' as const };
    expect(version(flow.repo, 'HEAD', { config: minor })).toMatchObject({ version: '1.0.2', bump: 'patch' });
  });
});

describe('computeVersion: two-part tags', () => {
  it('v6.2 is 6.2.0: answered on its commit, and the base after it', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v6.1.3');
    repo.commit('two');
    repo.tag('v6.2');
    expect(version(repo)).toMatchObject({ version: '6.2.0', tag: 'v6.2', source: 'tag', previousVersion: '6.1.3' });
    repo.commit('three');
    expect(version(repo)).toMatchObject({ version: '6.2.1', previousVersion: '6.2.0' });
  });
});

describe('computeVersion: pre-release tags and pre-release branch names', () => {
  it('an rc tag since the base is a floor for the main line', () => {
    const repo = TestRepo.create({ branch: 'master' });
    repo.commit('one');
    repo.tag('v1.0.0');
    repo.commit('two');
    repo.tag('v1.1.0-rc.1');
    expect(version(repo)).toMatchObject({ version: '1.1.0-rc.1', source: 'tag' });
    repo.commit('three');
    expect(version(repo)).toMatchObject({ version: '1.1.0', bump: 'minor', source: 'prerelease-tag' });
    // A larger bump asked for still wins.
    repo.commit('feat!: new API');
    expect(version(repo)).toMatchObject({ version: '2.0.0', source: 'marker' });
  });

  it('a merge of release/4.8.2-alpha.1 gives that pre-release; the release merge after it gives 4.8.2', () => {
    const flow = GitFlow.init();
    flow.repo.tag('v4.8.1', 'master');
    flow.releaseStart('4.8.2-alpha.1');
    flow.mergeIntoMain('release', '4.8.2-alpha.1');
    expect(version(flow.repo)).toMatchObject({ version: '4.8.2-alpha.1', source: 'branch-name', bump: 'patch' });
    flow.tagAndBackMerge('release', '4.8.2-alpha.1');
    flow.releaseStart('4.8.2-alpha.2');
    flow.mergeIntoMain('release', '4.8.2-alpha.2');
    expect(version(flow.repo).version).toBe('4.8.2-alpha.2');
    flow.tagAndBackMerge('release', '4.8.2-alpha.2');
    flow.releaseStart('4.8.2');
    flow.mergeIntoMain('release', '4.8.2');
    expect(version(flow.repo)).toMatchObject({ version: '4.8.2', previousVersion: '4.8.1', source: 'branch-name' });
  });
});

describe('computeVersion: release commits name the version', () => {
  it('a release commit since the base is a floor for the main line, and only a whole announcement counts', () => {
    const repo = TestRepo.create({ branch: 'master' });
    repo.commit('one');
    repo.tag('0.2.0');
    repo.commit('fix: a');
    expect(version(repo)).toMatchObject({ version: '0.2.1', source: 'branch-type' });
    // Prose that mentions a version, a dependency bump, a pre-release: none names this version.
    repo.commit('Release 1.0 branch created');
    repo.commit('Bump lodash to 4.17.21');
    repo.commit('chore(release): 0.3.0-rc.1');
    expect(version(repo)).toMatchObject({ version: '0.2.1' });
    repo.commit('Finalize CHANGELOG.md for 0.2.10.');
    expect(version(repo)).toMatchObject({ version: '0.2.10', bump: 'patch', source: 'release-commit' });
    // Still the floor after it, until a larger bump is asked for.
    repo.commit('docs: after the release commit');
    expect(version(repo)).toMatchObject({ version: '0.2.10', source: 'release-commit' });
    repo.commit('feat!: new API');
    expect(version(repo)).toMatchObject({ version: '1.0.0', source: 'marker' });
    // Off with the key.
    expect(version(repo, 'HEAD', { config: { ...config, 'release-commits': false } })).toMatchObject({
      version: '1.0.0',
    });
  });

  it("reads the release tools' subjects; a version at or below the base counts for nothing", () => {
    for (const [subject, expected] of [
      ['1.4.0', '1.4.0'],
      ['v1.4.0', '1.4.0'],
      ['chore(release): 1.4.0 [skip ci]', '1.4.0'],
      ['chore(main): release 1.4.0', '1.4.0'],
      ['[maven-release-plugin] prepare release my-app-1.4.0', '1.4.0'],
      ['Release 1.4 (#12)', '1.4.0'],
      ['Bump version to 1.4.0', '1.4.0'],
      ['Update CHANGELOG.md for v1.4.0', '1.4.0'],
      ['Update changelog for the new API', '1.1.1'],
      ['Release v1.2.0', '1.2.0'],
      ['Release v1.4.0 fixes an issue with the login', '1.1.1'],
    ] as const) {
      const repo = TestRepo.create({ branch: 'master' });
      repo.commit('one');
      repo.tag('v1.1.0');
      repo.commit('fix: two');
      repo.commit(subject);
      expect(version(repo).version, subject).toBe(expected);
    }
    const repo = TestRepo.create({ branch: 'master' });
    repo.commit('one');
    repo.tag('v2.0.0');
    repo.commit('Release 1.9.0');
    expect(version(repo)).toMatchObject({ version: '2.0.1', source: 'branch-type' });
  });
});

describe('computeVersion: live branches', () => {
  it('develop tracks an open release branch: after release/1.1.0 is cut, develop is 1.2.0-alpha', () => {
    const flow = released();
    flow.feature('b');
    expect(version(flow.repo, 'develop').version).toMatch(/^1\.1\.0-alpha\.\d+$/);
    flow.releaseStart('1.1.0');
    expect(version(flow.repo, 'release/1.1.0').version).toMatch(/^1\.1\.0-beta\.\d+$/);
    expect(version(flow.repo, 'develop').version).toMatch(/^1\.2\.0-alpha\.\d+$/);
  });

  it('a released commit on develop gets the next alpha; the tag by name still answers itself', () => {
    const flow = released();
    flow.repo.checkout('develop');
    flow.work();
    flow.repo.tag('v1.1.0');
    expect(version(flow.repo)).toMatchObject({
      version: '1.2.0-alpha.0',
      branch: 'develop',
      previousVersion: '1.1.0',
      commitsSinceBase: 0,
      source: 'prerelease',
    });
    expect(version(flow.repo, 'v1.1.0')).toMatchObject({ version: '1.1.0', source: 'tag' });
    // A sha (a tag push checked on a develop checkout) deploys the tag; naming develop does not.
    expect(version(flow.repo, flow.repo.sha('develop'))).toMatchObject({ version: '1.1.0', source: 'tag' });
    expect(version(flow.repo, flow.repo.sha('develop'), { branch: 'develop' }).version).toBe('1.2.0-alpha.0');
    expect(version(flow.repo, 'HEAD', { branch: 'master' })).toMatchObject({ version: '1.1.0', source: 'tag' });
  });

  it('a stale develop that never merged main back builds above main’s tags', () => {
    const flow = released();
    flow.feature('b');
    // A release cut from master, never merged into develop.
    flow.branch('release/1.5.0', 'master');
    flow.mergeNamedIntoMain('release/1.5.0');
    flow.repo.tag('v1.5.0');
    flow.repo.git('branch', '-D', 'release/1.5.0');
    flow.repo.checkout('develop');
    const dev = version(flow.repo);
    expect(dev).toMatchObject({ previousVersion: '1.0.0', source: 'prerelease' });
    expect(dev.version).toMatch(/^1\.6\.0-alpha\.\d+$/);
  });

  it('maintenance lines bump from their own base: release-10.0, release/2.7.x, support/10.x', () => {
    const flow = GitFlow.init();
    flow.repo.checkout('master');
    tagged(flow, '10.0.0');
    flow.branch('release-10.0', 'master', 'fix on 10.0');
    flow.repo.tag('v10.0.1');
    flow.repo.checkout('master');
    tagged(flow, '10.1.0');
    tagged(flow, '10.2.0');
    flow.repo.checkout('release-10.0');
    flow.work('another fix');
    expect(version(flow.repo)).toMatchObject({ version: '10.0.2-beta.1', previousVersion: '10.0.1', bump: 'patch' });

    flow.repo.checkout('master');
    tagged(flow, '2.7.3'); // an old line tagged late still only moves its own line
    flow.branch('release/2.7.x', 'master');
    expect(version(flow.repo).version).toBe('2.7.4-beta.1');

    flow.repo.checkout('v10.0.0');
    flow.repo.checkout('support/10.x', true);
    flow.work('support fix');
    // 10.0.1 exists on release-10.0: the guard moves along the 10.0 line, not past 10.2.0.
    expect(version(flow.repo)).toMatchObject({ version: '10.0.2', branch: 'support/10.x', source: 'guard' });
  });

  it('a maintenance line forked from untagged history stands on the highest tag of its own line', () => {
    const flow = GitFlow.init();
    flow.repo.checkout('master');
    tagged(flow, '10.0.0');
    const fork = flow.work('untagged');
    tagged(flow, '10.1.0'); // reaches the fork point
    flow.repo.git('checkout', '-q', '-b', 'release-10.0', fork);
    flow.work('fix');
    expect(version(flow.repo)).toMatchObject({ version: '10.0.1-beta.1', previousVersion: '10.0.0' });
  });
});

describe('computeVersion: Conventional Commits', () => {
  it('feat: on main is a minor with versioning.conventional-commits, a patch without', () => {
    const repo = TestRepo.create();
    repo.commit('one');
    repo.tag('v1.0.0');
    repo.commit('feat: login');
    repo.commit('fix: typo');
    expect(version(repo)).toMatchObject({ version: '1.0.1', bump: 'patch' });
    const cc = { ...config, 'conventional-commits': true };
    expect(version(repo, 'HEAD', { config: cc })).toMatchObject({ version: '1.1.0', bump: 'minor', source: 'marker' });
    repo.commit('feat(api)!: drop v1');
    expect(version(repo, 'HEAD', { config: cc })).toMatchObject({ version: '2.0.0', bump: 'major' });
  });
});

describe("computeVersion: a main line that only another line's tags reach", () => {
  it('master patched after a newer major was tagged from it builds on its own reachable tag', () => {
    const repo = TestRepo.create({ branch: 'master' });
    repo.commit('one');
    repo.tag('v4.7.3');
    repo.commit('untagged on master');
    repo.checkout('next', true);
    repo.commit('5.0 work');
    repo.tag('v5.0.0');
    repo.checkout('master');
    repo.commit('fix on 4.7');
    expect(version(repo)).toMatchObject({ version: '4.7.4', previousVersion: '4.7.3' });
  });
});
