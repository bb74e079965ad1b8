import { describe, expect, it } from 'vitest';
import { policyChange } from '../../../src/policy/rules/policy-change.js';
import { commit, config, facts } from '../../support/facts.js';

describe('policy-change rule', () => {
  const cfg = config({
    admins: ['lead@example.com', 'github:octocat'],
    environments: { production: { branches: ['main'] } },
  });
  const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };

  it('a non-admin changing the policy is an error; an admin is fine', () => {
    const admin = commit('policy', { email: 'lead@example.com' });
    const other = commit('policy', { email: 'dev@example.com' });
    const f = facts([admin, other], cfg, 'main', { policyCommits: new Set([admin.sha, other.sha]) });
    const findings = policyChange.check(f, ctx).findings;
    expect(findings.map((x) => x.commit)).toEqual([other.sha]);
    expect(findings[0]!.hint).toContain('lead@example.com');
  });

  it('matches github: admins against the committer login in the Action', () => {
    const c = commit('policy', { email: 'someone@elsewhere.org' });
    const f = facts([c], cfg, 'main', {
      policyCommits: new Set([c.sha]),
      github: { commits: new Map([[c.sha, { committerLogin: 'octocat' }]]) },
    });
    expect(policyChange.check(f, ctx).findings).toEqual([]);
  });

  it('without admins a change is a warning that says so', () => {
    const none = config({ environments: { production: { branches: ['main'] } } });
    const c = commit('policy');
    const f = facts([c], none, 'main', { policyCommits: new Set([c.sha]) });
    const findings = policyChange.check(f, {
      config: none,
      rules: none.environments.production!.rules,
      mode: 'full',
    }).findings;
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', commit: c.sha })]);
  });
});

describe('policy-change: the policy a push leaves must validate', () => {
  const cfg = config({ admins: ['lead@example.com'], environments: { production: { branches: ['main'] } } });
  const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };
  const problem = { file: '.gitops.yml', line: 4, column: 7, message: 'rules.jira has an unknown key "scpoe"' };

  it('a file that does not validate is an error at FILE:LINE:COL, even from an admin', () => {
    const c = commit('policy', { email: 'lead@example.com' });
    const f = facts([c], cfg, 'main', { policyCommits: new Set([c.sha]), policyProblem: problem });
    const findings = policyChange.check(f, ctx).findings;
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'policy-change', severity: 'error', file: '.gitops.yml', line: 4 }),
    ]);
    expect(findings[0]!.message).toBe(
      '.gitops.yml:4:7: the policy this push leaves does not validate: rules.jira has an unknown key "scpoe"',
    );
  });

  it('is reported with policy-change: false too, since such a file would stop every later push', () => {
    const off = config({ environments: { production: { branches: ['main'] } }, rules: { 'policy-change': false } });
    const f = facts([commit('x')], off, 'main', { policyProblem: problem });
    const findings = policyChange.check(f, { config: off, rules: off.environments.production!.rules, mode: 'full' });
    expect(findings.findings.map((x) => x.severity)).toEqual(['error']);
  });
});
