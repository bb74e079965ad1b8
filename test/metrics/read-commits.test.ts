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
        rollbackOf: c.trailers.filter((t) => t.key === 'Rollback-Of').map((t) => t.value),
        hotfix: c.parents.length > 1 && parseMergeSubject(c.subject)?.type === 'hotfix',
      });
    }
    expect(oracle.size).toBe(13);
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
    expect(graph.size).toBe(13);
    expect(graph.find(missing)).toBeUndefined();
  });
});

describe('parsing the log as it arrives', () => {
  it('reads the same commits whatever the chunks cut, a record or a field', async () => {
    const { git, base, tips } = build();
    const format = '%H%x00%P%x00%at%x00%s%x00%b%x00%(trailers:key=Rollback-Of,valueonly,separator=%x20)';
    const out = git.execGit(['log', '-z', `--format=${format}`, ...tips, `^${base}`, '--']).stdout;
    const whole = new Graph();
    parseCommits(out, whole);
    expect(whole.size).toBe(13);
    for (const size of [1, 7, 41, 64, 500]) {
      const g = new Graph();
      const reader = new LogReader(g);
      for (let i = 0; i < out.length; i += size) reader.push(out.subarray(i, i + size));
      reader.end();
      expect(asFacts(g)).toEqual(asFacts(whole));
    }
  });
});
