import { DESTRUCTIVE_KINDS, type DestructiveKind, type RulesConfig } from '../config/types.js';
import { type Commit, shortSha, trailerValues } from '../git/commit.js';
import { findJiraKeys } from '../jira/key.js';
import { isAllowed } from './identity.js';

/**
 * Which destructive kinds the range explicitly accepts, and by which commit. An
 * `Allow-Destructive: port-opened, service-removed` trailer counts only on a commit that names a
 * valid Jira key and whose committer is allowlisted. With no allowlist configured there is nobody
 * to compare with, so the key alone is required (the committers rule already warns about that).
 */
export function acceptedKinds(commits: Commit[], rules: RulesConfig): Map<DestructiveKind, string> {
  const accepted = new Map<DestructiveKind, string>();
  const projects = rules.jira && rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
  const allow = rules.committers ? rules.committers.allow : [];
  for (const commit of commits) {
    const values = trailerValues(commit, 'Allow-Destructive');
    if (values.length === 0) continue;
    if (findJiraKeys(commit.message, projects).length === 0) continue;
    if (allow.length > 0 && !isAllowed(allow, commit.committer)) continue;
    for (const value of values) {
      for (const word of value.split(',')) {
        const kind = word.trim().toLowerCase() as DestructiveKind;
        if (DESTRUCTIVE_KINDS.includes(kind) && !accepted.has(kind)) accepted.set(kind, shortSha(commit.sha));
      }
    }
  }
  return accepted;
}
