import type { JiraLookupFactory } from '../policy/gather.js';

/**
 * Online Jira checks in the hooks: off unless the environment's policy says `verify.hooks: true`,
 * so a normal push makes no network call. The client is imported only then.
 */
export const hookJira: JiraLookupFactory = (verify) => {
  if (!verify.hooks) return undefined;
  return async (keys) => {
    const { JiraClient } = await import('../jira/client.js');
    const { credentialsFromEnv } = await import('../jira/verify.js');
    const client = new JiraClient({
      url: verify.url,
      apiVersion: verify['api-version'],
      approval: verify.approval,
      timeoutMs: verify.timeout,
      ...credentialsFromEnv(process.env),
    });
    return client.lookup(keys);
  };
};
