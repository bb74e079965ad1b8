import { describe, expect, it } from 'vitest';
import { branches } from '../../../src/policy/rules/branches.js';
import { commit, config, facts } from '../../support/facts.js';

const cfg = config({
  environments: {
    staging: { branches: ['staging'] },
    production: { branches: ['main'], 'promote-from': 'staging' },
  },
  rules: { branches: { 'merge-only': ['main'] } },
});
const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };
const merge = (m: string) => commit(m, { parents: ['1'.repeat(40), '2'.repeat(40)] });

describe('branches rule', () => {
  it('merge-only: a direct commit on the first-parent line is an error, merged-in commits are not', () => {
    const m = merge("Merge branch 'staging'");
    const direct = commit('hotfix typed on main');
    const mergedIn = commit('feature work');
    const f = facts([m, direct, mergedIn], cfg, 'main', { firstParentLine: new Set([m.sha, direct.sha]) });
    const findings = branches.check(f, ctx).findings;
    expect(findings.map((x) => x.commit)).toEqual([direct.sha]);
    expect(findings[0]!.message).toContain('takes merges only');
  });

  it('deleting an environment branch is an error unless allow-delete', () => {
    const del = facts([], cfg, 'main', { range: { kind: 'delete', revArgs: [] } });
    expect(branches.check(del, ctx).findings).toEqual([expect.objectContaining({ severity: 'error' })]);
    const lax = config({
      environments: { production: { branches: ['main'] } },
      rules: { branches: { 'allow-delete': true } },
    });
    const f = facts([], lax, 'main', { range: { kind: 'delete', revArgs: [] } });
    expect(
      branches.check(f, { config: lax, rules: lax.environments.production!.rules, mode: 'full' }).findings,
    ).toEqual([]);
  });

  it('does nothing on a branch outside merge-only and without promotion', () => {
    const f = facts([commit('x')], cfg, 'staging');
    expect(branches.check(f, { ...ctx, rules: cfg.environments.staging!.rules }).findings).toEqual([]);
  });
});
