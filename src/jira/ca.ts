import { readFileSync } from 'node:fs';

/**
 * The hook scripts start node without NODE_EXTRA_CA_CERTS, because node parses every CA
 * certificate at start-up when it is set (~70 ms, measured in bench/RESULTS.md) and a push
 * usually makes no TLS connection. They pass the file on under this name instead, and the Jira
 * client trusts it when it does connect. Kept apart from transport.ts so that reading the name
 * loads no TLS module.
 */
export const STASHED_CA_ENV = 'GITOPS_ACTION_EXTRA_CA_CERTS';

/**
 * The stashed certificates. Like node with an unreadable NODE_EXTRA_CA_CERTS, an unreadable file
 * is not fatal: node's own roots stay, and the reason is added to any network error.
 */
export function stashedExtraCa(env: NodeJS.ProcessEnv): { pem?: string; problem?: string } {
  const file = env[STASHED_CA_ENV];
  if (!file) return {};
  try {
    return { pem: readFileSync(file, 'utf8') };
  } catch (error) {
    return { problem: `${STASHED_CA_ENV} (from NODE_EXTRA_CA_CERTS) could not be read: ${(error as Error).message}` };
  }
}
