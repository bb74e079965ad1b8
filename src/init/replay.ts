import type { ResolvedConfig } from '../config/types.js';
import type { Git } from '../git/git.js';
import { runCheck } from '../policy/check.js';
import type { Finding } from '../policy/finding.js';
import type { Blocks } from './policy.js';
import { firstParentLine } from './survey.js';

/** One first-parent commit of a branch, checked as the push that brought it. */
export interface ReplayedPush {
  sha: string;
  subject: string;
  decision: 'deploy' | 'skip' | 'block';
  errors: Finding[];
}

/**
 * Checks each of the last `depth` first-parent commits of `branch` as its own push
 * (`parent..commit`), under `config`, without going online: what the policy would have said to
 * this repository's own recent work.
 */
export async function replayHistory(
  git: Git,
  config: ResolvedConfig,
  branch: string,
  depth: number,
): Promise<ReplayedPush[]> {
  const tip = git.tryRevParse(`refs/heads/${branch}`) ?? git.tryRevParse(`refs/remotes/origin/${branch}`);
  if (!tip) return [];
  const pushes: ReplayedPush[] = [];
  for (const [sha, from] of firstParentLine(git, tip, depth)) {
    if (!sha || !from) continue;
    const result = await runCheck({ git, config, ref: `refs/heads/${branch}`, from, to: sha, mode: 'full' });
    pushes.push({
      sha,
      subject: result.commits.find((c) => c.sha === sha)?.subject ?? '',
      decision: result.decision,
      errors: result.findings.filter((f) => f.severity === 'error'),
    });
  }
  return pushes;
}

/** Which rule blocked how many pushes (a push counts once per rule). */
export function countBlocks(pushes: ReplayedPush[], environmentOf: (p: ReplayedPush) => string): Blocks {
  const blocks: Blocks = { jira: 0, mergeOnly: 0, promotion: new Map(), committers: 0, destructive: 0, total: 0 };
  for (const p of pushes) {
    if (p.decision !== 'block') continue;
    blocks.total++;
    const rules = new Set(p.errors.map((f) => ruleKey(f)));
    if (rules.has('jira')) blocks.jira++;
    if (rules.has('merge-only')) blocks.mergeOnly++;
    if (rules.has('committers')) blocks.committers++;
    if (rules.has('destructive')) blocks.destructive++;
    if (rules.has('promotion')) {
      const env = environmentOf(p);
      blocks.promotion.set(env, (blocks.promotion.get(env) ?? 0) + 1);
    }
  }
  return blocks;
}

/** Promotion has a rule of its own; the branches rule speaks for merge-only and deletions, told apart by what they say. */
function ruleKey(f: Finding): string {
  if (f.rule === 'promote-from') return 'promotion';
  if (f.rule !== 'branches') return f.rule;
  return / has not been through /.test(f.message)
    ? 'promotion'
    : / direct commit /.test(f.message)
      ? 'merge-only'
      : 'branches';
}

/** "why" for a report: each blocking rule with its count. */
export function blockReasons(pushes: ReplayedPush[]): Map<string, number> {
  const reasons = new Map<string, number>();
  for (const p of pushes) {
    for (const rule of new Set(
      p.errors.map((f) => (f.rule === 'destructive' && f.kind ? `destructive/${f.kind}` : ruleKey(f))),
    )) {
      reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
    }
  }
  return reasons;
}
