import { UsageError } from '../errors.js';
import type { Deploy } from '../record/types.js';

/**
 * Which deploy a rollback undoes and which one it returns to, from the environment's record
 * (newest first). The current deploy is the newest record, whatever its status: a failed deploy
 * may have half-applied. The target is the newest success before it of another commit, or the
 * deploy `--to` names, which must be one that succeeded: a rollback returns to a known-good state.
 */
export interface RollbackTargets {
  current: Deploy;
  target: Deploy;
}

export function pickTargets(
  environment: string,
  history: Deploy[],
  to?: { text: string; sha?: string },
): RollbackTargets {
  const current = history[0];
  if (!current) {
    throw new UsageError(
      `no deploy of ${environment} is recorded, so there is nothing to roll back`,
      'The record is refs/deploy-log/<env>: fetch it (git fetch origin "refs/deploy-log/*:refs/deploy-log/*") or record deploys with gitops-action record.',
    );
  }
  const earlier = history.slice(1).filter((d) => d.status === 'success' && d.sha !== current.sha);
  if (to) {
    const byVersion = (v: string) => v === to.text || v === to.text.replace(/^v/, '') || `v${v}` === to.text;
    const target =
      history.find((d) => d.status === 'success' && d.version !== undefined && byVersion(d.version)) ??
      history.find((d) => d.status === 'success' && to.sha !== undefined && d.sha === to.sha);
    if (!target) {
      throw new UsageError(
        `${JSON.stringify(to.text)} never deployed successfully to ${environment}`,
        'Name a version or commit from the record (gitops-action status --env NAME --history), or leave out --to for the last good deploy.',
      );
    }
    if (target.sha === current.sha) {
      throw new UsageError(`${environment} already runs ${current.sha.slice(0, 7)}; there is nothing to roll back`);
    }
    return { current, target };
  }
  const target = earlier[0];
  if (!target) {
    throw new UsageError(
      `no successful deploy of ${environment} before ${current.sha.slice(0, 7)} is recorded`,
      'A rollback returns to a deploy that succeeded; with none recorded, revert the change instead.',
    );
  }
  return { current, target };
}
