import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

describe('Git.log', () => {
  it('reads every field of a range with one git log, trailers included', () => {
    const repo = TestRepo.create();
    const base = repo.commit('base');
    repo.commit('OPS-1: first\n\nBody line.\n\nSkip-Deploy: true\nAllow-Destructive: port-opened,\n  service-removed', {
      author: 'author@example.com',
    });
    repo.commit('second');
    const commits = new Git(repo.dir).log([repo.sha(), `^${base}`]);
    expect(commits.map((c) => c.subject)).toEqual(['second', 'OPS-1: first']);
    const first = commits[1]!;
    expect(first.parents).toEqual([base]);
    expect(first.author.email).toBe('author@example.com');
    expect(first.committer.email).toBe('dev@example.com');
    expect(first.author.date).toMatch(/^2026-01-01T00:0\d:00Z$|^2026-01-01T00:0\d:00\+00:00$/);
    expect(first.message).toContain('Body line.');
    expect(first.trailers).toEqual([
      { key: 'Skip-Deploy', value: 'true' },
      { key: 'Allow-Destructive', value: 'port-opened, service-removed' },
    ]);
  });

  it('keeps a 1 MB message whole, and survives a message that is not UTF-8', () => {
    const repo = TestRepo.create();
    const big = `big\n\n${'x'.repeat(1024 * 1024)}`;
    repo.commit(big);
    // Latin-1 bytes with no encoding header: git stores them as they are.
    const tree = repo.git('write-tree');
    const raw = execFileSync('git', ['commit-tree', tree, '-p', 'HEAD'], {
      cwd: repo.dir,
      env: TEST_ENV,
      input: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x0a]),
    })
      .toString()
      .trim();
    repo.git('update-ref', 'HEAD', raw);
    const commits = new Git(repo.dir).log(['HEAD']);
    // git re-encodes or passes the bytes; either way the subject is text, and nothing throws.
    expect(commits[0]!.subject).toMatch(/^caf. ./u);
    expect(commits[1]!.message.length).toBe(big.length);
  });

  it('names the fix when a revision does not exist', () => {
    const repo = TestRepo.create();
    repo.commit('x');
    expect(() => new Git(repo.dir).revParse('no-such-branch')).toThrow(/unknown revision "no-such-branch"/);
    // A revision that looks like an option is a revision, never a flag.
    expect(new Git(repo.dir).tryRevParse('--output=/tmp/pwned')).toBeUndefined();
  });

  it('resolves a moving ref afresh on every call, while known shas cost no process', () => {
    const repo = TestRepo.create();
    const first = repo.commit('one');
    const git = new Git(repo.dir);
    expect(git.tryRevParse('HEAD')).toBe(first);
    const second = repo.commit('two');
    expect(git.tryRevParse('HEAD')).toBe(second);
    expect(git.tryRevParse(first)).toBe(first);
  });

  it('reads many files at one revision with one cat-file, leaving out missing ones', () => {
    const repo = TestRepo.create();
    repo.commit('files', { files: { 'deploy/a.yml': 'a: 1\n', 'deploy/b.yml': 'b: ☃\n', 'empty.yml': '' } });
    const files = new Git(repo.dir).readFiles('HEAD', ['deploy/a.yml', 'missing.yml', 'deploy/b.yml', 'empty.yml']);
    expect([...files.entries()]).toEqual([
      ['deploy/a.yml', 'a: 1\n'],
      ['deploy/b.yml', 'b: ☃\n'],
      ['empty.yml', ''],
    ]);
  });

  it('derives the zero sha from the object format', () => {
    const sha1 = TestRepo.create();
    const sha256 = TestRepo.create({ objectFormat: 'sha256' });
    expect(new Git(sha1.dir).zeroSha()).toHaveLength(40);
    expect(new Git(sha256.dir).zeroSha()).toHaveLength(64);
    sha256.commit('x');
    expect(new Git(sha256.dir).log(['HEAD'])[0]!.sha).toHaveLength(64);
  });
});
