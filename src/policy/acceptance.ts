import { DESTRUCTIVE_KINDS, type DestructiveKind, type RulesConfig } from '../config/types.js';
import { type Commit, shortSha, trailerValues } from '../git/commit.js';
import { findJiraKeys } from '../jira/key.js';
import type { GitHubFacts } from './facts.js';
import { authenticatedLogins, isAllowed } from './identity.js';

export interface AcceptanceContext {
  /** The policy's `admins`: who accepts when there is no allowlist. */
  admins: string[];
  /** GitHub's authenticated identities, in the Action. */
  github?: GitHubFacts;
}

/**
 * Which destructive kinds the range explicitly accepts, and by which commit. An
 * `Allow-Destructive: port-opened, service-removed` trailer counts only on a commit that names a
 * valid Jira key and whose committer passes the allowlist by the same test as the committers rule
 * (a `github:` or bot entry only by an identity GitHub authenticated). With no allowlist, the
 * committer must be one of `admins`; with neither, nobody can accept, since otherwise anyone who
 * can push could accept their own destructive change.
 */
export function acceptedKinds(
  commits: Commit[],
  rules: RulesConfig,
  context: AcceptanceContext,
): Map<DestructiveKind, string> {
  const accepted = new Map<DestructiveKind, string>();
  const projects = rules.jira && rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
  const allow = rules.committers && rules.committers.allow.length > 0 ? rules.committers.allow : context.admins;
  if (allow.length === 0) return accepted;
  for (const commit of commits) {
    const values = trailerValues(commit, 'Allow-Destructive');
    if (values.length === 0) continue;
    if (findJiraKeys(commit.message, projects).length === 0) continue;
    const who = { ...commit.committer, authenticated: authenticatedLogins(context.github, commit.sha) };
    if (!isAllowed(allow, who)) continue;
    for (const value of values) {
      for (const word of value.split(',')) {
        const kind = word.trim().toLowerCase() as DestructiveKind;
        if (DESTRUCTIVE_KINDS.includes(kind) && !accepted.has(kind)) accepted.set(kind, shortSha(commit.sha));
      }
    }
  }
  return accepted;
}
