import type { CheckResult } from '../policy/check.js';

/** The machine form of a check: `{decision, environment, version, bump, from, to, commits, findings, plan}`. */
export function checkJson(result: CheckResult): Record<string, unknown> {
  return {
    decision: result.decision,
    environment: result.environment,
    version: result.version?.version ?? null,
    'previous-version': result.version?.previousVersion ?? null,
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
    'skip-reason': result.skipReason ?? null,
    jira: result.jira ? [...result.jira.values()] : [],
    policy: result.configSource,
    notes: result.notes,
  };
}
