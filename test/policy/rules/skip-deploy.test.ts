import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/engine.js';
import { skipDeploy } from '../../../src/policy/rules/skip-deploy.js';
import { commit, config, facts } from '../../support/facts.js';

const cfg = config({ environments: { production: { branches: ['main'] } }, rules: { 'skip-deploy': {} } });
const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };

describe('skip-deploy', () => {
  it.each([
    ['docs only [skip deploy]', true],
    ['docs only [SKIP DEPLOY]', true],
    ['[deploy skip] typo fix', true],
    ['Skip Deployment of the banner', true],
    ['chore: tidy\n\nSkip-Deploy: true', true],
    ['chore: tidy\n\nSkip-Deploy: false', false],
    ['[skip ci] is GitHub’s, not ours', false],
    ['skip the deploy step', false],
  ])('%j → skip %s', (message, skipped) => {
    const outcome = skipDeploy.check(facts([commit(message)], cfg), ctx);
    expect(outcome.findings).toEqual([]);
    expect(outcome.skip !== undefined).toBe(skipped);
  });

  it('looks at the head commit only, unless scope is any', () => {
    const commits = [commit('OPS-1 feature'), commit('older [skip deploy]')];
    expect(skipDeploy.check(facts(commits, cfg), ctx).skip).toBeUndefined();
    const any = config({
      environments: { production: { branches: ['main'] } },
      rules: { 'skip-deploy': { scope: 'any' } },
    });
    const outcome = skipDeploy.check(facts(commits, any), {
      config: any,
      rules: any.environments.production!.rules,
      mode: 'full',
    });
    expect(outcome.skip).toContain('[skip deploy]');
  });

  it('honours custom markers and never turns a skip into an error', () => {
    const custom = config({
      environments: { production: { branches: ['main'] } },
      rules: { 'skip-deploy': { markers: ['NODEPLOY'] }, branches: false },
    });
    const f = facts([commit('wip nodeploy')], custom);
    const result = evaluate(f, custom);
    expect(result.decision).toBe('skip');
    expect(result.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('an error elsewhere still blocks a commit that asks to skip', () => {
    const strict = config({ environments: { production: { branches: ['main'] } }, rules: { jira: {} } });
    const result = evaluate(facts([commit('no key [skip deploy]')], strict), strict);
    expect(result.decision).toBe('block');
  });

  it('is linear on a hostile 1 MB message', () => {
    const huge = `${'[skip dep'.repeat(120_000)}loy`;
    const started = performance.now();
    const outcome = skipDeploy.check(facts([commit(huge)], cfg), ctx);
    expect(outcome.skip).toBeUndefined();
    // A generous bound: this guards against super-linear behaviour, not for speed.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
