import { shortSha } from '../../git/commit.js';
import type { Finding } from '../finding.js';
import { describeWho, isAllowed, type Who } from '../identity.js';
import { capFindings, type Rule } from '../rule.js';

/** Signatures `git log %G?` reports as cryptographically good: G (trusted key) and U (unknown trust). */
const GOOD_SIGNATURES = new Set(['G', 'U']);

export const committers: Rule = {
  name: 'committers',
  summary:
    'Every commit is by an allowlisted author and/or committer (emails, globs, github:<login>, bots), signed if required.',
  messageRule: false,
  check(facts, ctx) {
    const config = ctx.rules.committers;
    if (!config) return { findings: [] };
    const findings: Finding[] = [];
    // A range of 10,000 commits has a handful of people: decide each identity once. The pusher is
    // who GitHub authenticated; per the contract a github: entry for them vouches too.
    const decided = new Map<string, boolean>();
    const allowed = (who: Who, pusher: string | undefined): boolean => {
      const key = `${who.email}\0${who.name}\0${who.login ?? ''}\0${pusher ?? ''}`;
      let ok = decided.get(key);
      if (ok === undefined) {
        ok =
          isAllowed(config.allow, who) || (pusher !== undefined && isAllowed(config.allow, { ...who, login: pusher }));
        decided.set(key, ok);
      }
      return ok;
    };
    if (config.allow.length === 0) {
      findings.push({
        rule: 'committers',
        severity: 'warning',
        message: 'no committer allowlist is configured, so anyone who can push can deploy',
        hint: 'Add rules.committers.allow to .gitops.yml (emails, *@your-domain, github:<login>), or set committers: false to silence this.',
      });
    }
    for (const commit of facts.commits) {
      const gh = facts.github?.commits.get(commit.sha);
      if (config.allow.length > 0) {
        for (const role of config.check) {
          const who: Who = { ...commit[role], login: role === 'author' ? gh?.authorLogin : gh?.committerLogin };
          if (allowed(who, facts.github?.pusher)) continue;
          findings.push({
            rule: 'committers',
            severity: 'error',
            commit: commit.sha,
            message: `commit ${shortSha(commit.sha)} has ${role} ${describeWho(who)}, who is not on the allowlist`,
            hint: `Have an allowlisted person make this commit, or add them to rules.committers.allow in .gitops.yml on the target branch.`,
          });
        }
      }
      if (config['require-signed']) {
        const verified = gh?.verified ?? (commit.signature !== undefined && GOOD_SIGNATURES.has(commit.signature));
        if (!verified) {
          findings.push({
            rule: 'committers',
            severity: 'error',
            commit: commit.sha,
            message: `commit ${shortSha(commit.sha)} is not signed with a verified signature`,
            hint: 'Sign your commits (git config commit.gpgsign true) and re-sign this one with `git commit --amend -S --no-edit` or `git rebase --exec "git commit --amend -S --no-edit"`.',
          });
        }
      }
    }
    return {
      findings: capFindings(findings, 'committers', 'Fix the commits above first; the same fix applies to the rest.'),
    };
  },
};
