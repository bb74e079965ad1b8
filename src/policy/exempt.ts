import type { Commit } from '../git/commit.js';

/**
 * Commits that the message rules leave alone: merges (their message is written by git), reverts,
 * and the `fixup!`/`squash!`/`amend!` commits that `git rebase --autosquash` folds away.
 */
export function isExemptFromMessageRules(commit: Pick<Commit, 'parents' | 'subject'>): boolean {
  if (commit.parents.length > 1) return true;
  return isExemptSubject(commit.subject);
}

export function isExemptSubject(subject: string): boolean {
  return (
    subject.startsWith('Revert "') ||
    subject.startsWith('fixup! ') ||
    subject.startsWith('squash! ') ||
    subject.startsWith('amend! ') ||
    subject.startsWith('Merge ')
  );
}
