import type { JiraExemption } from '../config/types.js';
import type { Commit } from '../git/commit.js';

/**
 * Which commits the message rules (the Jira rule) and `merge-only` leave alone. A merge is exempt
 * because git writes its message and the commits it brings in are checked themselves; that is
 * only true of a merge git recorded (`trueMerges`: two or more parents, the second not already
 * reachable from the first), never of a subject that says "Merge". Reverts and fixups are exempt
 * only where the policy lists them (`jira.exempt`), since anyone can title a commit `Revert "..."`.
 */
export function isExempt(
  commit: Pick<Commit, 'sha' | 'subject'>,
  exempt: readonly JiraExemption[],
  trueMerges: ReadonlySet<string>,
): boolean {
  if (exempt.includes('merges') && trueMerges.has(commit.sha)) return true;
  if (exempt.includes('reverts') && isRevertSubject(commit.subject)) return true;
  if (exempt.includes('fixups') && isFixupSubject(commit.subject)) return true;
  return false;
}

/** `git revert` writes `Revert "<subject>"`. */
export function isRevertSubject(subject: string): boolean {
  return subject.startsWith('Revert "');
}

/** The commits `git commit --fixup/--squash` writes and `git rebase --autosquash` folds away. */
export function isFixupSubject(subject: string): boolean {
  return subject.startsWith('fixup! ') || subject.startsWith('squash! ') || subject.startsWith('amend! ');
}

/**
 * The commit-msg hook's shortcut, before the commit exists: a message git wrote (`Merge ...`,
 * `Revert "..."`) or one autosquash will fold away is not checked on the developer's machine. It
 * is a convenience, not a gate: the push is checked by `isExempt`, by what git recorded.
 */
export function isExemptSubject(subject: string): boolean {
  return isRevertSubject(subject) || isFixupSubject(subject) || subject.startsWith('Merge ');
}
