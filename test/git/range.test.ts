import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { knownRefShas, resolveRange, settleRange } from '../../src/git/range.js';
import { TestRepo } from '../support/repo.js';

function shas(git: Git, revArgs: string[]): string[] {
  return revArgs.length > 0 ? git.revList(revArgs) : [];
}

/** resolveRange, its walk, and settleRange, as gatherFacts runs them. */
function settled(git: Git, req: Parameters<typeof resolveRange>[1]) {
  const first = resolveRange(git, req);
  const walked = first.revArgs.length > 0 ? git.log(first.revArgs) : [];
  const done = settleRange(git, first, walked);
  const commits = done.walkAgain ? shas(git, done.range.revArgs) : walked.map((c) => c.sha);
  return { first, walked, ...done, commits };
}

/** `merge-base(from, to)..to`, the contract's force-push range, asked of git directly. */
function mergeBaseRange(git: Git, from: string, to: string): string[] {
  return shas(git, [to, `^${git.tryMergeBase(from, to)}`]);
}

describe('resolveRange', () => {
  const repo = TestRepo.create();
  const a = repo.commit('a');
  const b = repo.commit('b');
  const c = repo.commit('c');
  repo.checkout('feature', true);
  const f1 = repo.commit('f1');
  const f2 = repo.commit('f2');
  repo.checkout('main');
  repo.git('checkout', '-q', '-b', 'rewritten', b);
  const r1 = repo.commit('r1');
  repo.checkout('main');
  const git = new Git(repo.dir);

  it('update: from..to', () => {
    const r = settled(git, { from: a, to: c });
    expect(r.range.kind).toBe('update');
    expect(r.commits).toEqual([c, b]);
  });

  it('force push: merge-base(from, to)..to', () => {
    const r = settled(git, { from: c, to: r1 });
    expect(r.range).toMatchObject({ kind: 'force', from: c, to: r1 });
    expect(r.commits).toEqual([r1]);
  });

  it('new branch (40 zeros): merge-base(default branch, to)..to, whatever other branches hold', () => {
    // `feature` parks f1 elsewhere first: a branch made at f2 must still bring f1 and f2.
    repo.git('branch', '-f', 'parking', f1);
    const range = resolveRange(git, { from: '0'.repeat(40), to: f2, defaultBranchSha: c });
    expect(range).toMatchObject({ kind: 'create', from: c, to: f2 });
    expect(shas(git, range.revArgs)).toEqual([f2, f1]);
    repo.git('branch', '-D', 'parking');
  });

  it('new branch with no default branch known (a clone without origin/HEAD): what no known ref has', () => {
    const known = knownRefShas(git, ['refs/heads'], ['refs/heads/feature']);
    const range = resolveRange(git, { from: '0'.repeat(40), to: f2, known });
    expect(range.kind).toBe('create');
    expect(shas(git, range.revArgs)).toEqual([f2, f1]);
    expect(range.from).toBe(c);
  });

  it('a before that is not in the clone is fetched by the door, or the check fails closed naming the fix', () => {
    const missing = 'e'.repeat(40);
    const asked: string[] = [];
    expect(() =>
      resolveRange(git, {
        from: missing,
        to: c,
        fetchCommit: (sha) => {
          asked.push(sha);
          return false;
        },
      }),
    ).toThrow(/is not in this clone/);
    expect(asked).toEqual([missing]);
    try {
      resolveRange(git, { from: missing, to: c });
    } catch (err) {
      expect((err as { hint: string }).hint).toContain(`git fetch origin ${missing}`);
    }
    // A door that fetches it: the range is the ordinary one.
    const upstream = TestRepo.create();
    upstream.commit('u0');
    const holder = TestRepo.create();
    holder.git('fetch', '-q', upstream.dir, 'main:refs/remotes/up/main');
    upstream.git('checkout', '-q', '-b', 'side');
    const side = upstream.commit('u1');
    const g = new Git(holder.dir);
    const range = resolveRange(g, {
      from: side,
      to: 'refs/remotes/up/main',
      fetchCommit: (sha) => {
        holder.git('fetch', '-q', upstream.dir, 'side');
        return sha === side;
      },
    });
    expect(range).toMatchObject({ from: side, kind: 'update' });
  });

  it('deleted branch: nothing to check', () => {
    expect(resolveRange(git, { from: c, to: '0'.repeat(40) })).toEqual({ kind: 'delete', from: c, revArgs: [] });
  });

  it('an empty range is an update with no commits', () => {
    expect(resolveRange(git, { from: c, to: c })).toMatchObject({ kind: 'update', revArgs: [] });
  });

  it('SHA-256 repositories: 64 zeros mean a new branch', () => {
    const r = TestRepo.create({ objectFormat: 'sha256' });
    const x = r.commit('x');
    const g = new Git(r.dir);
    const range = resolveRange(g, { from: g.zeroSha(), to: x, known: [] });
    expect(range.kind).toBe('create');
    expect(shas(g, range.revArgs)).toEqual([x]);
  });

  it('a shallow clone that lacks the old commit names the fix', () => {
    const bare = TestRepo.create({ bare: true });
    repo.git('push', '-q', bare.dir, 'main');
    const clone = TestRepo.create();
    clone.git('clone', '-q', '--depth=1', `file://${bare.dir}`, 'shallow');
    const shallow = new Git(`${clone.dir}/shallow`);
    expect(shallow.isShallow()).toBe(true);
    expect(() => resolveRange(shallow, { from: a, to: c })).toThrow(/shallow clone/);
    try {
      resolveRange(shallow, { from: a, to: c });
    } catch (err) {
      expect((err as { hint: string }).hint).toContain('fetch-depth: 0');
    }
  });
});

describe('a new branch made where another branch stands', () => {
  it('brings no commits, and its deployed state is that commit', () => {
    const repo = TestRepo.create();
    repo.commit('a');
    const b = repo.commit('b');
    repo.git('branch', 'copy');
    const git = new Git(repo.dir);
    const known = knownRefShas(git, ['refs/heads'], ['refs/heads/copy']);
    const range = resolveRange(git, { from: '0'.repeat(40), to: b, known });
    expect(range).toMatchObject({ kind: 'create', from: b, to: b });
    expect(git.revList(range.revArgs)).toEqual([]);
  });
});

describe('settleRange: update or force decided from the walk, merge-base only for a force push', () => {
  const repo = TestRepo.create();
  const a = repo.commit('a');
  const b = repo.commit('b');
  const c = repo.commit('c');
  repo.git('checkout', '-q', '-b', 'side', a);
  const s1 = repo.commit('s1');
  repo.checkout('main');
  repo.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');
  const m = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', '-b', 'rewritten', b);
  const r1 = repo.commit('r1');
  repo.git('checkout', '-q', '--orphan', 'unrelated');
  const u1 = repo.commit('u1');
  repo.checkout('main');
  const git = new Git(repo.dir);

  const settle = (from: string, to: string) => {
    const r = settled(git, { from, to });
    expect(r.first.unsettled).toBeDefined();
    return r;
  };

  it('a fast-forward through a merge is an update: from..to, no second walk', () => {
    const r = settle(a, m);
    expect(r.range.kind).toBe('update');
    expect(r.range.unsettled).toBeUndefined();
    expect(r.walkAgain).toBe(false);
    expect([...r.commits].sort()).toEqual([b, c, s1, m].sort());
  });

  it('a rewrite is a force push whose commits are those of merge-base..to', () => {
    const r = settle(c, r1);
    expect(r.range).toMatchObject({ kind: 'force', from: c, to: r1 });
    expect(r.walkAgain).toBe(false);
    expect(r.commits).toEqual(mergeBaseRange(git, c, r1));
  });

  it('criss-cross merges (two merge bases): the same commits as the eager merge-base..to', () => {
    const r = TestRepo.create();
    const root = r.commit('root');
    r.git('checkout', '-q', '-b', 'x', root);
    const x1 = r.commit('x1');
    r.git('checkout', '-q', '-b', 'y', root);
    const y1 = r.commit('y1');
    r.git('checkout', '-q', 'x');
    r.git('merge', '-q', '--no-ff', '-m', 'x2', y1);
    const x2 = r.git('rev-parse', 'HEAD');
    r.git('checkout', '-q', 'y');
    r.git('merge', '-q', '--no-ff', '-m', 'y2', x1);
    const y3 = r.commit('y3');
    const g = new Git(r.dir);
    expect(g.mergeBases(x2, y3)).toHaveLength(2);
    const done = settled(g, { from: x2, to: y3 });
    expect(done.walkAgain).toBe(true);
    expect(done.range.kind).toBe('force');
    expect([...done.commits].sort()).toEqual(mergeBaseRange(g, x2, y3).sort());
    // More than the walk of x2..y3, which leaves out what the other merge base brings.
    expect(done.commits.length).toBeGreaterThan(done.walked.length);
  });

  it('a rewind (to behind from) is a force push with nothing new', () => {
    const r = settle(c, a);
    expect(r.range.kind).toBe('force');
    expect(r.commits).toEqual([]);
  });

  it("unrelated histories: all of to's history, from stays the deployed commit, and a second walk", () => {
    const r = settle(c, u1);
    expect(r.walkAgain).toBe(true);
    expect(r.range).toMatchObject({ kind: 'force', from: c, to: u1 });
    expect(r.commits).toEqual([u1]);
  });
});
