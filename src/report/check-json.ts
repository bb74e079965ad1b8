import type { CheckResult } from '../policy/check.js';

/**
 * The machine form of a check: `{decision, environment, version, bump, from, to, commits, findings, plan}`.
 * Keys are camelCase, as in every JSON answer of the CLI (findings already carry `acceptedBy`);
 * only the Action's outputs keep GitHub's kebab-case.
 */
export function checkJson(result: CheckResult): Record<string, unknown> {
  return {
    decision: result.decision,
    environment: result.environment,
    version: result.version?.version ?? null,
    previousVersion: result.version?.previousVersion ?? null,
    bump: result.version?.bump ?? null,
    tag: result.version?.tag ?? null,
    ref: result.ref,
    range: result.range.kind,
    from: result.range.from ?? null,
    to: result.range.to ?? null,
    commits: result.commits.map((c) => ({
      sha: c.sha,
      subject: c.subject,
      author: c.author.email,
      committer: c.committer.email,
      parents: c.parents,
    })),
    findings: result.findings,
    plan: result.plan ?? null,
    skipReason: result.skipReason ?? null,
    jira: result.jira ? [...result.jira.values()] : [],
    policy: result.configSource,
    notes: result.notes,
  };
}
