import { describe, expect, it } from 'vitest';
import { localDefaultBranch, namedDefaultBranch, remoteOf } from '../../src/git/default-branch.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';

/** A repository with local main and master, and a remote-tracking origin/main one commit behind. */
function setup() {
  const repo = TestRepo.create();
  const first = repo.commit('first');
  repo.git('update-ref', 'refs/remotes/origin/main', first);
  const second = repo.commit('second');
  repo.git('branch', 'master');
  return { repo, git: new Git(repo.dir), first, second };
}

describe('the default branch is never guessed', () => {
  it("by the host's name: read from the remote-tracking ref only, never the local branch", () => {
    const { git, first } = setup();
    expect(namedDefaultBranch(git, 'main')).toMatchObject({
      name: 'main',
      ref: 'refs/remotes/origin/main',
      sha: first,
    });
    // A local `master` exists (a branch the push may have created), but the remote has none: fail closed.
    expect(() => namedDefaultBranch(git, 'master')).toThrow(/default branch "master" is not in this clone/);
  });

  it('locally: the remote HEAD, then the local branch of that name when the remote has none', () => {
    const { repo, git, first, second } = setup();
    // No origin/HEAD and no init.defaultBranch: nothing, although main and master both exist.
    expect(localDefaultBranch(git)).toBeUndefined();
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    expect(localDefaultBranch(new Git(repo.dir))).toMatchObject({
      name: 'main',
      ref: 'refs/remotes/origin/main',
      sha: first,
    });
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/master');
    expect(localDefaultBranch(new Git(repo.dir))).toMatchObject({
      name: 'master',
      ref: 'refs/heads/master',
      sha: second,
      how: 'the local master (origin/HEAD names it)',
    });
  });

  it("without a remote HEAD, git's own init.defaultBranch names it when that branch exists", () => {
    const { repo, git, second } = setup();
    repo.git('config', 'init.defaultBranch', 'trunk');
    expect(localDefaultBranch(new Git(repo.dir))).toBeUndefined();
    repo.git('config', 'init.defaultBranch', 'master');
    expect(localDefaultBranch(git)).toMatchObject({ name: 'master', ref: 'refs/heads/master', sha: second });
  });

  it('reads a listing the caller already has instead of asking git again', () => {
    const { git, first } = setup();
    const listing = [
      { ref: 'refs/remotes/upstream/HEAD', sha: first, symref: 'refs/remotes/upstream/dev' },
      { ref: 'refs/remotes/upstream/dev', sha: first },
    ];
    expect(localDefaultBranch(git, 'upstream', listing)).toMatchObject({
      name: 'dev',
      ref: 'refs/remotes/upstream/dev',
    });
  });

  it("the remote of a branch is its upstream's, else origin", () => {
    const { repo, git } = setup();
    expect(remoteOf(git, 'main')).toBe('origin');
    repo.git('config', 'branch.main.remote', 'upstream');
    expect(remoteOf(git, 'main')).toBe('upstream');
    repo.git('config', 'branch.main.remote', '.');
    expect(remoteOf(git, 'main')).toBe('origin');
  });
});
