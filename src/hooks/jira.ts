import { stashedExtraCa } from '../jira/ca.js';
import { onlineLookup } from '../jira/lookup.js';
import { credentialsFromEnv } from '../jira/verify.js';
import type { JiraLookupFactory } from '../policy/gather.js';

/**
 * Online Jira checks in the hooks: off unless the environment's policy says `verify.hooks: true`,
 * so a normal push makes no network call. The hook scripts start node without NODE_EXTRA_CA_CERTS
 * and pass the file on (see hooks/pre-push); the client trusts it again here.
 */
export const hookJira: JiraLookupFactory = (verify) => {
  if (!verify.hooks) return undefined;
  const { pem, problem } = stashedExtraCa(process.env);
  return onlineLookup(verify, {
    url: process.env.JIRA_URL,
    ...credentialsFromEnv(process.env),
    extraCa: pem,
    caProblem: problem,
  });
};
