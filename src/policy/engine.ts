import type { ResolvedConfig } from '../config/types.js';
import type { Facts } from './facts.js';
import type { Decision, Finding } from './finding.js';
import { RULES } from './rules/index.js';

export interface Evaluation {
  decision: Decision;
  findings: Finding[];
  /** Why the decision is `skip`, when it is. */
  skipReason?: string;
}

/**
 * Runs the rules over the facts and decides: any error blocks; otherwise a skip marker, or an
 * environment with deploys turned off, skips; otherwise deploy.
 */
export function evaluate(
  facts: Facts,
  config: ResolvedConfig,
  mode: 'full' | 'message' = facts.environment ? 'full' : 'message',
): Evaluation {
  const rules = facts.environment?.rules ?? config.rules;
  const findings: Finding[] = [];
  let skipReason: string | undefined;
  for (const rule of RULES) {
    if (mode === 'message' && !rule.messageRule) continue;
    const outcome = rule.check(facts, { config, rules, mode });
    findings.push(...outcome.findings);
    skipReason ??= outcome.skip;
  }
  if (facts.range.kind === 'delete') {
    skipReason ??= `${facts.refName} is being deleted: nothing to deploy`;
  } else if (!facts.environment) {
    skipReason ??= `${facts.refName} maps to no environment`;
  } else if (!facts.environment.deploy) {
    skipReason ??= `environment ${facts.environment.name} is check-only (deploy: false)`;
  } else if (facts.commits.length === 0 && facts.range.kind !== 'tag') {
    skipReason ??= 'the range holds no new commits';
  }
  const decision: Decision = findings.some((f) => f.severity === 'error') ? 'block' : skipReason ? 'skip' : 'deploy';
  return { decision, findings, skipReason: decision === 'skip' ? skipReason : undefined };
}
