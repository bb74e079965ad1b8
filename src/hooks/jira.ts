import { onlineLookup } from '../jira/lookup.js';
import { credentialsFromEnv } from '../jira/verify.js';
import type { JiraLookupFactory } from '../policy/gather.js';

/**
 * Online Jira checks in the hooks: off unless the environment's policy says `verify.hooks: true`,
 * so a normal push makes no network call.
 */
export const hookJira: JiraLookupFactory = (verify) =>
  verify.hooks ? onlineLookup(verify, { url: process.env.JIRA_URL, ...credentialsFromEnv(process.env) }) : undefined;
