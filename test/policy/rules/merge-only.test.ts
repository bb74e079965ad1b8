import { describe, expect, it } from 'vitest';
import { branches } from '../../../src/policy/rules/branches.js';
import { commit, config, facts } from '../../support/facts.js';

const cfg = config({
  environments: { production: { branches: ['main'] } },
  rules: { branches: { 'merge-only': ['main'] } },
});
const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };
const github = (merged: string[], unchecked: string[] = [], reason?: string) => ({
  commits: new Map(),
  pullRequestCommits: { merged: new Set(merged), unchecked: new Set(unchecked), reason },
});

describe('merge-only knows how code reaches the branch', () => {
  const squashed = commit('feat: squash-merged (#12)');
  const rebased = commit('fix: rebase-merged');
  const direct = commit('hotfix typed on main');

  it.each([
    ['locally (no API): every non-merge commit on the line is direct', undefined, [squashed, rebased, direct]],
    ['squash and rebase merges of a merged pull request are not direct', github([squashed.sha, rebased.sha]), [direct]],
    [
      'a commit GitHub was not asked about stays direct',
      github([squashed.sha], [rebased.sha], 'bound'),
      [rebased, direct],
    ],
  ] as const)('%s', (_name, gh, expected) => {
    const f = facts([squashed, rebased, direct], cfg, 'main', gh ? { github: gh } : {});
    expect(branches.check(f, ctx).findings.map((x) => x.commit)).toEqual(expected.map((c) => c.sha));
  });

  it('says why a commit was not asked about', () => {
    const f = facts([direct], cfg, 'main', { github: github([], [direct.sha], 'the Action asks about at most 50') });
    expect(branches.check(f, ctx).findings[0]?.message).toContain('(not asked: the Action asks about at most 50)');
  });

  it('a pull request (or merge group) is the way in: its commits are not direct', () => {
    const f = facts([direct], cfg, 'main', {
      range: { kind: 'pull-request', from: 'b'.repeat(40), to: direct.sha, revArgs: [] },
    });
    expect(branches.check(f, ctx).findings).toEqual([]);
  });
});
