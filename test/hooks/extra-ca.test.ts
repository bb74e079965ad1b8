import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/build.js';
import { JiraStandIn, TLS_CERT_FILE } from '../support/jira-server.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

/**
 * The shipped hooks start node without NODE_EXTRA_CA_CERTS (node parses that file at every start)
 * and pass it on as GITOPS_ACTION_EXTRA_CA_CERTS, which the Jira client trusts. Proved through a
 * real `git push` to an HTTPS Jira stand-in whose certificate only that file vouches for.
 */

beforeAll(() => ensureBuilt(), 300_000);

let jira: JiraStandIn | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

const HOOKS = join(import.meta.dirname, '..', '..', 'hooks');

/** Async, so that the stand-in in this process can answer while git runs the hook. */
function gitAsync(cwd: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number; stderr: string }>((resolve) => {
    execFile('git', args, { cwd, env }, (error, _stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

function envWith(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...TEST_ENV };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.GITOPS_ACTION_EXTRA_CA_CERTS;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

function repoPushingTo(url: string) {
  const repo = TestRepo.create();
  repo.commit('OPS-1: policy', {
    files: {
      '.gitops.yml': `environments:
  production: { branches: [main] }
rules:
  branches: false
  committers: false
  jira:
    projects: [OPS]
    verify: { url: "${url}", statuses: [Approved], timeout: 5000, hooks: true }
`,
    },
  });
  const origin = TestRepo.create({ bare: true });
  repo.git('remote', 'add', 'origin', origin.dir);
  repo.git('push', '-q', 'origin', 'main');
  // What `git clone` records: the remote's default branch, where the policy is read from.
  repo.git('remote', 'set-head', 'origin', 'main');
  repo.git('config', 'core.hooksPath', HOOKS);
  return repo;
}

describe('the shipped hooks and NODE_EXTRA_CA_CERTS', () => {
  it('the Jira check in the hook trusts the CA file that NODE_EXTRA_CA_CERTS names', async () => {
    jira = await JiraStandIn.start({ tls: true });
    jira.issue('OPS-7', { status: 'Approved' });
    const repo = repoPushingTo(jira.url);
    repo.commit('OPS-7: change');
    const r = await gitAsync(repo.dir, ['push', 'origin', 'main'], envWith({ NODE_EXTRA_CA_CERTS: TLS_CERT_FILE }));
    expect(r.stderr).not.toContain('push blocked');
    expect(r.status).toBe(0);
    expect(jira.total).toBe(1);
  });

  it('without the CA file the certificate is refused, and the message names NODE_EXTRA_CA_CERTS', async () => {
    jira = await JiraStandIn.start({ tls: true });
    jira.issue('OPS-8', { status: 'Approved' });
    const repo = repoPushingTo(jira.url);
    repo.commit('OPS-8: change');
    const r = await gitAsync(repo.dir, ['push', 'origin', 'main'], envWith({}));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('push blocked');
    expect(r.stderr).toContain(
      "the server's certificate is not trusted; point NODE_EXTRA_CA_CERTS at your CA's PEM file",
    );
  });

  it('node itself never reads NODE_EXTRA_CA_CERTS in the hook: an unreadable file warns only when used', async () => {
    jira = await JiraStandIn.start({ tls: true });
    jira.issue('OPS-9', { status: 'Approved' });
    const repo = repoPushingTo(jira.url);
    repo.commit('OPS-9: change');
    const missing = join(repo.dir, 'no-such-ca.pem');
    const r = await gitAsync(repo.dir, ['push', 'origin', 'main'], envWith({ NODE_EXTRA_CA_CERTS: missing }));
    // Node's own start-up warning would read "Warning: Ignoring extra certs from ...".
    expect(r.stderr).not.toContain('Ignoring extra certs');
    expect(r.stderr).toContain('GITOPS_ACTION_EXTRA_CA_CERTS (from NODE_EXTRA_CA_CERTS) could not be read');
    expect(r.status).not.toBe(0);
  });
});
