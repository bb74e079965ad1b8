import type { Rule } from '../rule.js';

/**
 * The destructive-diff gate. The plan itself is derived (purely) while the facts are gathered,
 * because `plan`, the summary and the PR comment all show it; this rule reports its findings.
 */
export const destructive: Rule = {
  name: 'destructive',
  summary:
    'The destructive-diff gate: removed services, downgrades, opened ports, firewall and capacity changes, removed health checks.',
  messageRule: false,
  check(facts, ctx) {
    if (!ctx.rules.destructive || !facts.plan) return { findings: [] };
    return { findings: facts.plan.findings };
  },
};
