import { onlineLookup } from '../jira/lookup.js';
import { credentialsFromEnv } from '../jira/verify.js';
import type { JiraLookupFactory } from '../policy/gather.js';
import type { ActionSettings } from './inputs.js';

/**
 * Online Jira checks in the Action: on whenever the environment's policy has `jira.verify`. The
 * `jira-url` input overrides the policy's URL (a policy names the site; a workflow may point at a
 * mirror); `jira-user`/`jira-token` are the credentials, else JIRA_USER/JIRA_TOKEN from the
 * environment.
 */
export function actionJira(settings: ActionSettings, env: NodeJS.ProcessEnv = process.env): JiraLookupFactory {
  const fromEnv = credentialsFromEnv(env);
  return (verify) =>
    onlineLookup(verify, {
      url: settings.jira.url ?? env.JIRA_URL,
      user: settings.jira.user ?? fromEnv.user,
      token: settings.jira.token ?? fromEnv.token,
    });
}
