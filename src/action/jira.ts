import type { JiraLookupFactory } from '../policy/gather.js';
import type { ActionSettings } from './inputs.js';

/**
 * Online Jira checks in the Action: on whenever the environment's policy has `jira.verify`. The
 * `jira-url` input overrides the policy's URL (a policy names the site; a workflow may point at a
 * mirror); `jira-user`/`jira-token` are the credentials, else JIRA_USER/JIRA_TOKEN from the
 * environment. The client is imported only when a lookup runs.
 */
export function actionJira(settings: ActionSettings): JiraLookupFactory {
  return (verify) => async (keys) => {
    const { JiraClient } = await import('../jira/client.js');
    const { credentialsFromEnv } = await import('../jira/verify.js');
    const fromEnv = credentialsFromEnv(process.env);
    const user = settings.jira.user ?? fromEnv.user;
    const token = settings.jira.token ?? fromEnv.token;
    const client = new JiraClient({
      url: settings.jira.url ?? verify.url,
      apiVersion: verify['api-version'],
      approval: verify.approval,
      timeoutMs: verify.timeout,
      ...(user !== undefined ? { user } : {}),
      ...(token !== undefined ? { token } : {}),
    });
    return client.lookup(keys);
  };
}
