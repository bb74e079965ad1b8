import { describe, expect, it } from 'vitest';
import { jira } from '../../../src/policy/rules/jira.js';
import { commit, config, facts } from '../../support/facts.js';

function run(messages: string[], rule: Record<string, unknown>, extra = {}) {
  const cfg = config({ environments: { production: { branches: ['main'] } }, rules: { jira: rule } });
  const commits = messages.map((m) =>
    commit(m, m.startsWith('Merge') ? { parents: ['1'.repeat(40), '2'.repeat(40)] } : {}),
  );
  return {
    commits,
    findings: jira.check(facts(commits, cfg, 'main', extra), {
      config: cfg,
      rules: cfg.environments.production!.rules,
      mode: 'full',
    }).findings,
  };
}

describe('jira rule', () => {
  it.each([
    ['OPS-12: fix the thing', 0],
    ['fix the thing (WEB-7)', 0],
    ['fix: utf-8 handling in UTF-8 and SHA-256 and ISO-8859', 1],
    ['ops-12 lowercase is not a key', 1],
    ['OPS-0 has no issue zero', 1],
    ['XOPS-12 is a key of project XOPS', 0],
    ['A-1 project keys have two letters at least', 1],
  ])('%j → %i findings (scope each)', (message, count) => {
    expect(run([message], {}).findings).toHaveLength(count);
  });

  it('exempts merges git recorded, and reverts and fixups only where exempt: lists them', () => {
    const messages = ["Merge branch 'feature/x'", 'Revert "thing"', 'fixup! thing', 'squash! thing', 'amend! thing'];
    const byDefault = run(messages, {});
    expect(byDefault.findings.map((f) => f.commit)).toEqual(byDefault.commits.slice(1).map((c) => c.sha));
    expect(run(messages, { exempt: ['merges', 'reverts', 'fixups'] }).findings).toEqual([]);
    const reverts = run(messages, { exempt: ['reverts'] });
    expect(reverts.findings.map((f) => f.commit)).toEqual(
      [reverts.commits[0]!, ...reverts.commits.slice(2)].map((c) => c.sha),
    );
  });

  it('a one-parent commit titled Merge, or a merge git says merges nothing, needs a key', () => {
    const { findings, commits } = run(["Merge branch 'feature/x'"], {}, { trueMerges: new Set() });
    expect(findings.map((f) => f.commit)).toEqual([commits[0]!.sha]);
    const single = run(
      ["Merge branch 'x' (one parent)"].map((m) => m),
      {},
    );
    // The helper gives a "Merge" subject two parents; a real one-parent one is below.
    expect(single.findings).toEqual([]);
    const cfg = config({ environments: { production: { branches: ['main'] } }, rules: { jira: {} } });
    const fake = commit("Merge branch 'feature/x'");
    const f = jira.check(facts([fake], cfg), { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' });
    expect(f.findings.map((x) => x.commit)).toEqual([fake.sha]);
  });

  it('projects restricts the keys that count', () => {
    const { commits, findings } = run(['OPS-1: ok', 'ABC-2: wrong project'], { projects: ['OPS', 'WEB'] });
    expect(findings.map((f) => f.commit)).toEqual([commits[1]!.sha]);
    expect(findings[0]!.message).toContain('of project OPS, WEB');
  });

  it('scope head checks the newest commit only; scope any needs one key in the range', () => {
    expect(run(['OPS-1: head', 'no key'], { scope: 'head' }).findings).toEqual([]);
    expect(run(['no key', 'OPS-1: old'], { scope: 'head' }).findings).toHaveLength(1);
    expect(run(['no key', 'OPS-1: old'], { scope: 'any' }).findings).toEqual([]);
    expect(run(['no key', 'none either'], { scope: 'any' }).findings).toHaveLength(1);
  });

  it('scope pr-title reads the pull request title, and the head subject outside one', () => {
    expect(run(['no key'], { scope: 'pr-title' }, { pullRequestTitle: 'OPS-9: the change' }).findings).toEqual([]);
    expect(run(['OPS-1'], { scope: 'pr-title' }, { pullRequestTitle: 'the change' }).findings).toHaveLength(1);
    expect(run(['OPS-1: subject'], { scope: 'pr-title' }).findings).toEqual([]);
  });

  it('every finding carries a hint on how to reword', () => {
    const { findings } = run(['no key'], {});
    expect(findings[0]!.hint).toContain('git rebase -i');
  });

  it('is off with jira: false', () => {
    const cfg = config({ environments: { production: { branches: ['main'] } }, rules: { jira: false } });
    const f = facts([commit('no key')], cfg);
    expect(jira.check(f, { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' }).findings).toEqual(
      [],
    );
  });
});
