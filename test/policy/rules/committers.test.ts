import { describe, expect, it } from 'vitest';
import { matchesEntry } from '../../../src/policy/identity.js';
import { committers } from '../../../src/policy/rules/committers.js';
import { commit, config, facts } from '../../support/facts.js';

describe('allowlist entries', () => {
  const who = (email: string, login?: string, name = 'Dev') => ({
    name,
    email,
    date: '',
    authenticated: login ? [login] : [],
  });
  it.each([
    ['dev@example.com', who('dev@example.com'), true],
    ['Dev@Example.com', who('dev@EXAMPLE.com'), true],
    ['dev@example.com', who('dev@example.org'), false],
    ['*@example.com', who('anyone@example.com'), true],
    ['*@example.com', who('anyone@example.com.evil.org'), false],
    ['*@example.com', who('anyone@sub.example.com'), false],
    ['*@*.example.com', who('anyone@sub.example.com'), true],
    ['github:octocat', who('octocat@example.com'), false],
    ['github:octocat', who('x@y.z', 'OctoCat'), true],
    // A bot is its API login, which only GitHub can vouch for; a git name or email is anyone's to write.
    ['github-actions[bot]', who('41898282+github-actions[bot]@users.noreply.github.com'), false],
    ['github-actions[bot]', who('github-actions[bot]@users.noreply.github.com'), false],
    ['github-actions[bot]', who('g@example.com', undefined, 'github-actions[bot]'), false],
    ['github-actions[bot]', who('g@example.com', 'github-actions[bot]'), true],
    ['github:github-actions[bot]', who('g@example.com', 'github-actions[bot]'), true],
    ['github:octocat', who('x@y.z', 'github-actions[bot]'), false],
    // An identity longer than an address may be is refused, whatever it would match.
    ['*@example.com', who(`${'a'.repeat(250)}@example.com`), false],
    ['github:octocat', who('x@y.z', 'octocat', 'n'.repeat(255)), false],
  ])('%s vs %j → %s', (entry, w, expected) => {
    expect(matchesEntry(entry, w)).toBe(expected);
  });
});

describe('committers rule', () => {
  const cfg = config({
    environments: { production: { branches: ['main'] } },
    rules: { committers: { allow: ['*@example.com'], check: 'committer' } },
  });
  const ctx = { config: cfg, rules: cfg.environments.production!.rules, mode: 'full' as const };

  it('names the commit and the identity that is not allowed', () => {
    const bad = commit('x', { email: 'mallory@evil.org' });
    const findings = committers.check(facts([commit('ok'), bad], cfg), ctx).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'committers', severity: 'error', commit: bad.sha });
    expect(findings[0]!.message).toContain('mallory@evil.org');
    expect(findings[0]!.hint).not.toBe('');
  });

  it('checks the author too when asked', () => {
    const both = config({
      environments: { production: { branches: ['main'] } },
      rules: { committers: { allow: ['*@example.com'], check: ['author', 'committer'] } },
    });
    const c = commit('x', { author: { name: 'M', email: 'm@evil.org', date: '' } });
    const findings = committers.check(facts([c], both), {
      config: both,
      rules: both.environments.production!.rules,
      mode: 'full',
    }).findings;
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('author M <m@evil.org>')]);
  });

  it('is off in the embedded default, and warns when a file turns it on with no allowlist', () => {
    const embedded = config();
    expect(
      committers.check(facts([commit('x')], embedded), { config: embedded, rules: embedded.rules, mode: 'full' })
        .findings,
    ).toEqual([]);
    const def = config({ rules: { committers: { allow: [] } } });
    const findings = committers.check(facts([commit('x')], def), {
      config: def,
      rules: def.rules,
      mode: 'full',
    }).findings;
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'committers' })]);
  });

  it('require-signed accepts good signatures only, and GitHub verification in the Action', () => {
    const signed = config({
      environments: { production: { branches: ['main'] } },
      rules: { committers: { allow: ['*@example.com'], 'require-signed': true } },
    });
    const c = { config: signed, rules: signed.environments.production!.rules, mode: 'full' as const };
    const good = commit('g', { signature: 'G' });
    const none = commit('n', { signature: 'N' });
    const bad = commit('b', { signature: 'B' });
    const findings = committers.check(facts([good, none, bad], signed), c).findings;
    expect(findings.map((f) => f.commit)).toEqual([none.sha, bad.sha]);
    const gh = { commits: new Map([[none.sha, { verified: true }]]) };
    expect(committers.check(facts([none], signed, 'main', { github: gh }), c).findings).toEqual([]);
    // In the Action a commit GitHub was not asked about is unverified, whatever git says locally.
    const notAsked = committers.check(facts([good], signed, 'main', { github: { commits: new Map() } }), c).findings;
    expect(notAsked.map((f) => f.commit ?? f.message)).toEqual([good.sha, expect.stringContaining('not looked up')]);
  });

  it('github: entries match the pusher or a verified signer, never the login attributed from the email', () => {
    const gh = config({
      environments: { production: { branches: ['main'] } },
      rules: { committers: { allow: ['github:lead'], check: 'committer' } },
    });
    const c = { config: gh, rules: gh.environments.production!.rules, mode: 'full' as const };
    const forged = commit('x', { email: 'lead@example.com' });
    const signed = commit('y', { email: 'lead@example.com' });
    const github = {
      commits: new Map([
        [forged.sha, { committerLogin: 'lead', verified: false }],
        [signed.sha, { committerLogin: 'lead', verified: true, verifiedSigner: 'lead' }],
      ]),
    };
    const findings = committers.check(facts([forged, signed], gh, 'main', { github }), c).findings;
    expect(findings.map((f) => f.commit)).toEqual([forged.sha]);
    expect(
      committers.check(facts([forged], gh, 'main', { github: { ...github, pusher: 'lead' } }), c).findings,
    ).toEqual([]);
  });

  it('refuses an oversized identity with a finding that does not repeat it whole', () => {
    const long = commit('x', { email: `${'m'.repeat(300)}@example.com` });
    const findings = committers.check(facts([long], cfg), ctx).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('longer than 254 characters');
    expect(findings[0]!.message.length).toBeLessThan(300);
  });

  it('caps a flood of findings and counts the rest', () => {
    const many = Array.from({ length: 120 }, () => commit('x', { email: 'm@evil.org' }));
    const findings = committers.check(facts(many, cfg), ctx).findings;
    expect(findings).toHaveLength(51);
    expect(findings[50]!.message).toBe('and 70 more commits like these');
  });
});
