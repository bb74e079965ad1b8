import type { RulesConfig } from '../config/types.js';
import type { Facts, RuleContext } from './facts.js';
import type { Finding } from './finding.js';

export interface RuleOutcome {
  findings: Finding[];
  /** Set by a rule that asks for the decision `skip` (only `skip-deploy` does). */
  skip?: string;
}

/**
 * A rule: a pure function of the facts and the resolved config. Model: commitlint's rules, minus
 * the one that spawns git.
 */
export interface Rule {
  name: keyof RulesConfig;
  /** One line for `--help`, the README and the registry test. */
  summary: string;
  /** Message rules also run on refs that deploy nowhere, and in `commit-msg`. */
  messageRule: boolean;
  check(facts: Facts, ctx: RuleContext): RuleOutcome;
}

/** At most this many findings of one rule name a commit each; the rest are counted in one more. */
export const MAX_FINDINGS_PER_RULE = 50;

export function capFindings(findings: Finding[], rule: string, hint: string): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const rest = findings.length - MAX_FINDINGS_PER_RULE;
  return [
    ...findings.slice(0, MAX_FINDINGS_PER_RULE),
    { rule, severity: findings[MAX_FINDINGS_PER_RULE]!.severity, message: `and ${rest} more commits like these`, hint },
  ];
}
