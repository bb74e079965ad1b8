import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import type { CommitGraph } from '../../src/metrics/commit-graph.js';
import { CommitGraph as Graph } from '../../src/metrics/commit-graph.js';
import { LogReader, parseCommits, readCommits } from '../../src/metrics/facts.js';
import { parseMergeSubject } from '../../src/semver/merge-subject.js';
import { TestRepo } from '../support/repo.js';

/**
 * The metrics read the deployed commits from `git log`'s bytes, in parts side by side. The oracle
 * is the general commit parser (`Git.log`, one process, every field decoded) over the same range.
 */
function build() {
  const repo = TestRepo.create();
  const git = new Git(repo.dir);
  const base = repo.commit('chore: start');
  const a = repo.commit('feat: a');
  // The revert line only counts in the body; a subject that quotes it names nothing.
  repo.commit(`docs: why This reverts commit ${a} was said`);
  const revert = repo.commit(`Revert "feat: a"\n\nThis reverts commit ${a}.\n`);
  const tips = [revert];
  repo.git('checkout', '-q', '-b', 'hotfix/1.0.1');
  repo.commit('fix: urgent');
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', "Merge branch 'hotfix/1.0.1'", 'hotfix/1.0.1');
  tips.push(repo.sha());
  // A merge whose subject says "hotfix" of a feature branch is not a hotfix merge.
  repo.git('checkout', '-q', '-b', 'feature/hotfix-docs');
  repo.commit('docs: hotfix guide');
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', "Merge branch 'feature/hotfix-docs'", 'feature/hotfix-docs');
  tips.push(repo.sha());
  repo.commit(`chore: roll back\n\nRollback-Of: ${a.slice(0, 12)}\n`);
  tips.push(repo.sha());
  // Trailers as git reads them: only the last paragraph, any case, a quarter rule beside
  // Signed-off-by, never the title; the metrics parse them from %B themselves.
  repo.commit(`chore: lower case\n\nwhy\n\nrollback-of: ${a}\nSigned-off-by: A <a@example.com>\n`);
  repo.commit(
    `chore: mixed block\n\nROLLBACK-OF: ${a.slice(0, 9)}\nprose in the block\nSigned-off-by: A <a@example.com>\n`,
  );
  repo.commit(`chore: not last\n\nRollback-Of: ${a}\n\nA closing paragraph of prose.\n`);
  repo.commit(`chore: prose block\n\nRollback-Of: ${a}\nthen prose without a prefix\n`);
  repo.commit(`Rollback-Of: ${a}`);
  repo.commit(`chore: spaced key\n\nRollback-Of : ${a.slice(0, 10)}\n# a comment\n`);
  repo.commit(`chore: out-of-date deps, a proof-of-concept\n\nNothing-Of: note\n`);
  tips.push(repo.sha());
  for (let i = 0; i < 5; i++) {
    repo.commit(`feat: more ${i}`);
    tips.push(repo.sha());
  }
  return { git, base, tips };
}

function asFacts(graph: CommitGraph) {
  const out = new Map<string, unknown>();
  for (let id = 0; id < graph.idCount; id++) {
    if (!graph.has(id)) continue;
    const parents = Array.from({ length: graph.parentCount(id) }, (_, k) => graph.sha(graph.parent(id, k)));
    out.set(graph.sha(id), {
      parents,
      authorTime: graph.authorTime(id),
      reverts: [...graph.reverts(id)],
      rollbackOf: [...graph.rollbackOf(id)],
      hotfix: graph.hotfix(id),
    });
  }
  return out;
}

describe('reading the deployed commits', () => {
  it('reads what the general parser reads, in one part or several', async () => {
    const { git, base, tips } = build();
    const oracle = new Map<string, unknown>();
    for (const c of git.log([...tips, `^${base}`])) {
      const body = c.message.slice(c.subject.length);
      oracle.set(c.sha, {
        parents: c.parents,
        authorTime: Date.parse(c.author.date),
        reverts: [...body.matchAll(/This reverts commit ([0-9a-f]{40})/g)].map((m) => m[1]),
        rollbackOf: c.trailers
          .filter((t) => t.key.toLowerCase() === 'rollback-of')
          .map((t) => t.value)
          .filter((v) => /^[0-9a-f]{7,64}$/.test(v)),
        hotfix: c.parents.length > 1 && parseMergeSubject(c.subject)?.type === 'hotfix',
      });
    }
    expect(oracle.size).toBe(20);
    // The first roll-back commit and three of the seven after it roll back, as git reads them.
    expect([...oracle.values()].filter((f) => (f as { rollbackOf: string[] }).rollbackOf.length > 0)).toHaveLength(4);
    for (const parts of [1, 2, 3]) {
      expect(asFacts(await readCommits(git, tips, base, parts))).toEqual(oracle);
    }
    const facts = asFacts(await readCommits(git, tips, base, 3));
    expect([...facts.values()].filter((f) => (f as { hotfix: boolean }).hotfix)).toHaveLength(1);
    expect([...facts.values()].filter((f) => (f as { reverts: string[] }).reverts.length > 0)).toHaveLength(1);
  });

  it('brings in nothing for a deployed sha this clone lacks, in any part', async () => {
    const { git, base, tips } = build();
    const missing = 'e'.repeat(40);
    const graph = await readCommits(git, [missing, ...tips, missing.replace(/e/g, 'd')], base, 3);
    expect(graph.size).toBe(20);
    expect(graph.find(missing)).toBeUndefined();
  });
});

describe('parsing the log as it arrives', () => {
  it('reads the same commits whatever the chunks cut, a record or a field', async () => {
    const { git, base, tips } = build();
    const format = '%H%x00%P%x00%at%x00%B';
    const out = git.execGit(['log', '-z', `--format=${format}`, ...tips, `^${base}`, '--']).stdout;
    const whole = new Graph();
    parseCommits(out, whole);
    expect(whole.size).toBe(20);
    for (const size of [1, 7, 41, 64, 500]) {
      const g = new Graph();
      const reader = new LogReader(g);
      for (let i = 0; i < out.length; i += size) reader.push(out.subarray(i, i + size));
      reader.end();
      expect(asFacts(g)).toEqual(asFacts(whole));
    }
  });
});
