import { describe, expect, it } from 'vitest';
import { promoteFrom } from '../../../src/policy/rules/promote-from.js';
import { commit, config, facts } from '../../support/facts.js';

const cfg = config({
  environments: {
    staging: { branches: ['staging'] },
    production: { branches: ['main'], tags: ['v*'], 'promote-from': 'staging' },
  },
});
const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };
const merge = (m: string) => commit(m, { parents: ['1'.repeat(40), '2'.repeat(40)] });

describe('promote-from rule', () => {
  it('commits the lower environment never ran are errors; the promotion merge itself is not', () => {
    const m = merge("Merge branch 'staging'");
    const promoted = commit('went through staging');
    const sneaked = commit('never on staging');
    const f = facts([m, promoted, sneaked], cfg, 'main', {
      firstParentLine: new Set([m.sha]),
      promotion: { from: 'staging', branches: ['staging'], recordedDeploys: 2, missing: new Set([m.sha, sneaked.sha]) },
    });
    const findings = promoteFrom.check(f, ctx).findings;
    expect(findings.map((x) => x.commit)).toEqual([sneaked.sha]);
    expect(findings[0]!.message).toContain('not been deployed to staging (2 recorded deploys, branch staging)');
    expect(findings[0]!.hint).toContain('gitops-action record --env staging');
  });

  it('a hand-made merge whose later parent is already merged is no promotion: its content is checked', () => {
    const fake = merge("Merge branch 'staging'");
    const f = facts([fake], cfg, 'main', {
      firstParentLine: new Set([fake.sha]),
      trueMerges: new Set(),
      promotion: { from: 'staging', branches: ['staging'], recordedDeploys: 1, missing: new Set([fake.sha]) },
    });
    expect(promoteFrom.check(f, ctx).findings.map((x) => x.commit)).toEqual([fake.sha]);
  });

  it('a direct commit on the line (a hotfix typed on main) is not exempt', () => {
    const hotfix = commit('hotfix typed on main');
    const f = facts([hotfix], cfg, 'main', {
      promotion: { from: 'staging', branches: [], recordedDeploys: 0, missing: new Set([hotfix.sha]) },
    });
    const findings = promoteFrom.check(f, ctx).findings;
    expect(findings.map((x) => x.commit)).toEqual([hotfix.sha]);
    expect(findings[0]!.message).toContain('(no recorded deploys, no exactly named branch)');
  });

  it('a tag off the environment branch is an error naming the branch and the opt-out', () => {
    const c = commit('tagged elsewhere');
    const tagFacts = (reachable: boolean, branches = ['main']) =>
      facts([c], cfg, 'main', {
        ref: 'refs/tags/v1.0.0',
        refKind: 'tag',
        refName: 'v1.0.0',
        environment: cfg.environments.production,
        tagSource: { branches, reachable },
      });
    const off = promoteFrom.check(tagFacts(false), ctx).findings;
    expect(off).toEqual([expect.objectContaining({ rule: 'promote-from', severity: 'error', commit: c.sha })]);
    expect(off[0]!.message).toBe('tag v1.0.0 is on a commit that is not on main, the branch of production');
    expect(off[0]!.hint).toContain('tags-from-any-branch: true');
    expect(promoteFrom.check(tagFacts(true), ctx).findings).toEqual([]);
    expect(promoteFrom.check(tagFacts(false, []), ctx).findings[0]!.message).toContain('names no branch exactly');
  });

  it('rules.promote-from: false turns both checks off', () => {
    const lax = config({
      environments: { production: { branches: ['main'], 'promote-from': 'production' } },
      rules: { 'promote-from': false },
    });
    const c = commit('x');
    const f = facts([c], lax, 'main', {
      promotion: { from: 'production', branches: [], recordedDeploys: 0, missing: new Set([c.sha]) },
      tagSource: { branches: [], reachable: false },
    });
    expect(
      promoteFrom.check(f, { config: lax, rules: lax.environments.production!.rules, mode: 'full' }).findings,
    ).toEqual([]);
  });
});
