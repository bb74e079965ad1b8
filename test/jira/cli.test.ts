import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCliAsync as runCli } from '../support/build.js';
import { JiraStandIn } from '../support/jira-server.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

let jira: JiraStandIn | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

function repoWith(url: string, extra = '') {
  const repo = TestRepo.create();
  const base = repo.commit('OPS-1: policy', {
    files: {
      '.gitops.yml': `environments:
  production: { branches: [main] }
rules:
  branches: false
  committers: false
  jira:
    projects: [OPS]
    verify: { url: "${url}", statuses: [Approved], timeout: 500${extra} }
`,
    },
  });
  // The remote as a clone knows it: the hooks read the policy from origin/HEAD's branch.
  repo.git('update-ref', 'refs/remotes/origin/main', base);
  repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return { repo, base };
}

describe('Jira verification through the built CLI', () => {
  it('an approved key deploys, a key in another status blocks naming both, each key asked once', async () => {
    jira = await JiraStandIn.start();
    jira.issue('OPS-2', { status: 'Approved' }).issue('OPS-3', { status: 'In Progress' });
    const { repo, base } = repoWith(jira.url);
    repo.commit('OPS-2: a');
    repo.commit('OPS-2: b');
    const ok = await runCli(['check', '--from', base, '--ref', 'main'], {
      cwd: repo.dir,
      env: { ...TEST_ENV, JIRA_USER: 'bot@example.com', JIRA_TOKEN: 's3cr3t-token' },
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('OPS-2: status Approved');
    expect(jira.count('/rest/api/2/issue/OPS-2')).toBe(1);
    repo.commit('OPS-3: c');
    const blocked = await runCli(['check', '--from', base, '--ref', 'main', '--format', 'json'], {
      cwd: repo.dir,
      env: { ...TEST_ENV, JIRA_USER: 'bot@example.com', JIRA_TOKEN: 's3cr3t-token' },
    });
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).not.toContain('s3cr3t-token');
    const finding = JSON.parse(blocked.stdout).findings.find((f: { rule: string }) => f.rule === 'jira');
    expect(finding.message).toContain('In Progress');
    expect(finding.message).toContain('Approved');
  });

  it('an unreachable Jira fails closed, with one clear error, and warns with on-unreachable: warn', async () => {
    jira = await JiraStandIn.start();
    jira.issue('OPS-4', { hang: true });
    const { repo, base } = repoWith(jira.url);
    repo.commit('OPS-4: x');
    const closed = await runCli(['check', '--from', base, '--ref', 'main', '--format', 'json'], {
      cwd: repo.dir,
      env: TEST_ENV,
    });
    expect(closed.status).toBe(1);
    const findings = JSON.parse(closed.stdout).findings.filter((f: { rule: string }) => f.rule === 'jira');
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');

    const lax = repoWith(jira.url, ', on-unreachable: warn');
    lax.repo.commit('OPS-4: y');
    const warned = await runCli(['check', '--from', lax.base, '--ref', 'main', '--format', 'json'], {
      cwd: lax.repo.dir,
      env: TEST_ENV,
    });
    expect(warned.status).toBe(0);
    expect(JSON.parse(warned.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'jira', severity: 'warning' }),
    ]);
  });

  it('the pre-push hook stays offline unless verify.hooks is on', async () => {
    jira = await JiraStandIn.start();
    jira.issue('OPS-5', { status: 'In Progress' });
    const { repo, base } = repoWith(jira.url);
    const head = repo.commit('OPS-5: x');
    const line = `refs/heads/main ${head} refs/heads/main ${base}\n`;
    const offline = await runCli(['pre-push', 'origin', 'url'], { cwd: repo.dir, env: TEST_ENV, input: line });
    expect(offline.status).toBe(0);
    expect(jira.total).toBe(0);
    const online = repoWith(jira.url, ', hooks: true');
    const h2 = online.repo.commit('OPS-5: y');
    const r = await runCli(['pre-push', 'origin', 'url'], {
      cwd: online.repo.dir,
      env: TEST_ENV,
      input: `refs/heads/main ${h2} refs/heads/main ${online.base}\n`,
    });
    expect(r.status).toBe(1);
    expect(jira.total).toBe(1);
  });
});
