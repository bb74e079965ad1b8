import type { JiraVerifyConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { JiraLookup } from './client.js';

export interface JiraConnection {
  /** Overrides `verify.url` (the Action's `jira-url` input); else JIRA_URL, else the policy's url. */
  url?: string;
  user?: string;
  token?: string;
  /** Extra CA certificates (PEM) and why they could not be read; see transport.ts. */
  extraCa?: string;
  caProblem?: string;
}

/**
 * The online lookup every door uses, built from the environment's `verify` settings. The client
 * module is imported only when a lookup actually runs, so a door that never goes online never
 * loads it.
 */
export function onlineLookup(
  verify: JiraVerifyConfig,
  connection: JiraConnection,
): (keys: string[]) => Promise<Map<string, JiraLookup>> {
  return async (keys) => {
    const url = connection.url || verify.url;
    if (!url) {
      throw new UsageError(
        'jira.verify is on, but no Jira URL is configured',
        'Set rules.jira.verify.url in .gitops.yml, the JIRA_URL environment variable, or the Action input jira-url.',
      );
    }
    const { JiraClient } = await import('./client.js');
    const client = new JiraClient({
      url,
      apiVersion: verify['api-version'],
      approval: verify.approval,
      timeoutMs: verify.timeout,
      user: connection.user,
      token: connection.token,
      extraCa: connection.extraCa,
      caProblem: connection.caProblem,
    });
    return client.lookup(keys);
  };
}
