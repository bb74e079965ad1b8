import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPlanFiles, listPlanSides } from '../../src/descriptors/tree.js';
import { Git } from '../../src/git/git.js';
import '../support/fast-check.js';
import { TestRepo } from '../support/repo.js';

describe('listPlanFiles: the plan files of a revision, from one ls-tree', () => {
  const repo = TestRepo.create();
  repo.commit('files', {
    files: {
      'k8s/app/deploy.yaml': 'kind: Deployment\n',
      'k8s/app/with space.yaml': 'kind: Service\n',
      'k8s/top.yml': 'kind: ConfigMap\n',
      'docs/readme.md': '# not a plan file\n',
      'k8s/notes.txt': 'not yaml\n',
    },
  });
  execFileSync('ln', ['-s', '/etc/passwd', join(repo.dir, 'k8s/leak.yaml')]);
  const head = repo.commit('a symlink', { files: {} });
  const git = new Git(repo.dir);
  const blobOf = (path: string) =>
    execFileSync('git', ['rev-parse', `${head}:${path}`], { cwd: repo.dir, encoding: 'utf8' }).trim();

  it('lists each matching blob with its id and each of their folders with its tree id; never a symlink', () => {
    const listing = listPlanFiles(git, head, ['k8s/**/*.y?(a)ml']);
    expect([...listing.blobs.keys()].sort()).toEqual(['k8s/app/deploy.yaml', 'k8s/app/with space.yaml', 'k8s/top.yml']);
    expect(listing.blobs.get('k8s/app/with space.yaml')).toBe(blobOf('k8s/app/with space.yaml'));
    expect(listing.blobs.get('k8s/top.yml')).toBe(blobOf('k8s/top.yml'));
    expect(Object.fromEntries(listing.trees)).toEqual({ 'k8s/app': blobOf('k8s/app'), k8s: blobOf('k8s') });
  });
});

describe('listPlanSides: the second revision made from the first and the range’s changes', () => {
  // A small universe of paths with folder/file clashes (`k8s/a` is a file in one tree, a folder in
  // another), build files, and each kind of entry git has: files, executables, symlinks, submodules.
  const PATHS = [
    'k8s/a',
    'k8s/a.yaml',
    'k8s/a/x.yaml',
    'k8s/a/x.json',
    'k8s/a/b/y.yml',
    'k8s/a/Chart.yaml',
    'k8s/b',
    'k8s/b/z.yaml',
    'k8s/kustomization.yaml',
    'top.yaml',
    'docs/r.md',
  ];
  const MODES = ['100644', '100755', '120000', '160000'] as const;
  type Entry = { mode: string; content: string };
  const entry: fc.Arbitrary<Entry> = fc.record({
    mode: fc.constantFrom(...MODES),
    content: fc.constantFrom('a', 'b', 'kind: X\n'),
  });
  const treeArb = fc
    .dictionary(fc.constantFrom(...PATHS), entry, { maxKeys: PATHS.length })
    // A path cannot be a file and hold files: the shorter one stays.
    .map((t) =>
      Object.fromEntries(Object.entries(t).filter(([p]) => !Object.keys(t).some((q) => p.startsWith(`${q}/`)))),
    );

  const blobs = new Map<string, string>();
  /** A commit of exactly these entries, made through the index (no work tree involved). */
  function commitTree(dir: string, entries: Record<string, { mode: string; content: string }>, parent?: string) {
    const run = (args: string[], input?: string) =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8', input }).trim();
    run(['read-tree', '--empty']);
    const lines = Object.entries(entries).map(([path, e]) => {
      // A submodule points at a commit, which need not be in this repository.
      let id = e.mode === '160000' ? '1'.repeat(40) : blobs.get(e.content);
      if (id === undefined) {
        id = run(['hash-object', '-w', '--stdin'], e.content);
        blobs.set(e.content, id);
      }
      return `${e.mode} ${id}\t${path}`;
    });
    if (lines.length > 0) run(['update-index', '--index-info'], `${lines.join('\n')}\n`);
    const tree = run(['write-tree']);
    return run(['commit-tree', '-m', 'x', ...(parent ? ['-p', parent] : []), tree]);
  }

  const repo = TestRepo.create();
  const globs = ['k8s/**/*.y?(a)ml', 'top.yaml'];
  const agrees = (one: Record<string, Entry>, two: Record<string, Entry>) => {
    const from = commitTree(repo.dir, one);
    const to = commitTree(repo.dir, two, from);
    const git = new Git(repo.dir);
    const [before, after] = listPlanSides(git, from, to, globs);
    const fresh = new Git(repo.dir);
    const plain = (l: ReturnType<typeof listPlanFiles>) => [[...l.blobs], [...l.trees].sort()];
    expect(plain(before)).toEqual(plain(listPlanFiles(fresh, from, globs)));
    expect(plain(after)).toEqual(plain(listPlanFiles(fresh, to, globs)));
    const names = execFileSync('git', ['diff', '--name-only', '-z', '--no-renames', from, to, '--'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(git.changedFiles(from, to)).toEqual(names.split('\0').filter(Boolean));
  };

  it('lists what ls-tree lists at both revisions, and changes the files git diff names', () => {
    fc.assert(fc.property(treeArb, treeArb, agrees), { numRuns: 30 });
  });

  it('does so when the push keeps every path and changes contents or modes (the plan reuses the paths)', () => {
    const samePaths = treeArb.chain((one) =>
      fc.tuple(fc.constant(one), fc.tuple(...Object.keys(one).map((p) => fc.tuple(fc.constant(p), entry)))),
    );
    fc.assert(
      fc.property(samePaths, ([one, changed]) => agrees(one, Object.fromEntries(changed))),
      { numRuns: 30 },
    );
  });
});
