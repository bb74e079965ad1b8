import { shortSha } from '../../git/commit.js';
import type { Finding } from '../finding.js';
import {
  authenticatedLogins,
  describeWho,
  isAllowed,
  isGitHubEntry,
  isOversized,
  MAX_GITHUB_LOOKUPS,
  MAX_IDENTITY_LENGTH,
  type Who,
} from '../identity.js';
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
    const github = facts.github;
    // A range of 10,000 commits has a handful of people: decide each identity once.
    const decided = new Map<string, boolean>();
    const allowed = (who: Who): boolean => {
      const key = `${who.email}\0${who.name}\0${who.authenticated?.join('\0') ?? ''}`;
      let ok = decided.get(key);
      if (ok === undefined) {
        ok = isAllowed(config.allow, who);
        decided.set(key, ok);
      }
      return ok;
    };
    if (config.allow.length === 0) {
      findings.push({
        rule: 'committers',
        severity: 'warning',
        message: 'no committer allowlist is configured, so anyone who can push can deploy',
        hint: 'Add rules.committers.allow to .gitops.yml (github:<login> entries, which GitHub verifies; emails prove nothing), or set committers: false to silence this.',
      });
    }
    const needsGitHub = config['require-signed'] || config.allow.some(isGitHubEntry);
    let notLookedUp = 0;
    for (const commit of facts.commits) {
      const gh = github?.commits.get(commit.sha);
      if (github && !gh && needsGitHub) notLookedUp++;
      const authenticated = authenticatedLogins(github, commit.sha);
      for (const role of config.check) {
        const who: Who = { ...commit[role], authenticated };
        if (isOversized(who)) {
          findings.push({
            rule: 'committers',
            severity: 'error',
            commit: commit.sha,
            message: `commit ${shortSha(commit.sha)} has a ${role} name or email longer than ${MAX_IDENTITY_LENGTH} characters (${describeWho(who)}), which is refused`,
            hint: `Re-commit with a real identity: \`git commit --amend --reset-author --no-edit\` after setting user.name and user.email.`,
          });
          continue;
        }
        if (config.allow.length === 0 || allowed(who)) continue;
        findings.push({
          rule: 'committers',
          severity: 'error',
          commit: commit.sha,
          message: `commit ${shortSha(commit.sha)} has ${role} ${describeWho(who)}, who is not on the allowlist`,
          hint: config.allow.some(isGitHubEntry)
            ? 'A github: or bot entry matches only who GitHub authenticated: the pusher, or the owner of a signature GitHub verified. Have an allowlisted person push or sign the commit, or add them to rules.committers.allow on the target branch.'
            : 'Have an allowlisted person make this commit, or add them to rules.committers.allow in .gitops.yml on the target branch.',
        });
      }
      if (config['require-signed']) {
        // In the Action only GitHub's verdict counts; a commit it was not asked about is unverified.
        const verified = github
          ? gh?.verified === true
          : commit.signature !== undefined && GOOD_SIGNATURES.has(commit.signature);
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
    const capped = capFindings(
      findings,
      'committers',
      'Fix the commits above first; the same fix applies to the rest.',
    );
    if (notLookedUp > 0) {
      capped.push({
        rule: 'committers',
        severity: 'error',
        message: `${notLookedUp} of the ${facts.commits.length} commits were not looked up on GitHub: a run looks up at most ${MAX_GITHUB_LOOKUPS} commits, so their signatures and signers count as unverified`,
        hint: "Deploy in smaller steps (push or merge fewer commits at once), or squash the range; the limit keeps one push from spending the token's API quota.",
      });
    }
    return { findings: capped };
  },
};
