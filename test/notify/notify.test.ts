import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { writeDeploy } from '../../src/record/git-store.js';
import { ensureBuilt, runCliAsync } from '../support/build.js';
import { JiraIssuesStandIn } from '../support/jira-issues-server.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';
import { SlackStandIn } from '../support/slack-server.js';

const TOKEN = 'jira-secret-token-123';
const BOT = 'xoxb-secret-bot-456';

const service = (name: string, port: number, slack: string) => `service: ${name}
version: 1.0.0
port: ${port}
notify: { email: [ops@example.com], slack: ["${slack}"] }
maintainer: team-${name}@example.com
`;

/** A repository with a success, then a failed deploy that changed the billing service only. */
function repoWithFailure(jiraUrl: string, slackApi: string): { repo: TestRepo; failed: string } {
  const repo = TestRepo.create({ knownDefault: true });
  repo.commit('OPS-1: services', {
    files: {
      '.gitops.yml': `environments:
  production: { branches: [main] }
rules:
  destructive: { descriptors: ["deploy/*.yml"] }
notify:
  jira: { url: "${jiraUrl}", project: OPS, issue-type: Incident, labels: [deploys] }
  slack: { channels: ["#deploys"], api-url: "${slackApi}" }
`,
      'deploy/billing.yml': service('billing', 8080, '#billing'),
      'deploy/web.yml': service('web', 8081, '#web'),
    },
  });
  const good = repo.sha();
  repo.commit('OPS-2: billing on 9090 <script>', {
    files: { 'deploy/billing.yml': service('billing', 9090, '#billing') },
    as: 'carol@example.com',
  });
  const failed = repo.sha();
  const git = new Git(repo.dir);
  writeDeploy(git, { environment: 'production', sha: good, status: 'success', at: '2026-01-02T10:00:00Z' });
  writeDeploy(git, {
    environment: 'production',
    sha: failed,
    status: 'failure',
    at: '2026-01-03T10:00:00Z',
    url: 'https://ci.example.com/run/42',
  });
  return { repo, failed };
}

describe('gitops-action notify (built CLI, Jira and Slack stand-ins)', () => {
  let jira: JiraIssuesStandIn;
  let slack: SlackStandIn;
  beforeAll(async () => {
    await ensureBuilt();
    jira = await JiraIssuesStandIn.start();
    slack = await SlackStandIn.start();
  }, 300_000);
  afterAll(async () => {
    await jira?.close();
    await slack?.close();
  });

  it('opens one assigned issue, comments on it for the next failure, and posts to the service channels', async () => {
    jira.users.push({ accountId: 'acc-carol', displayName: 'Carol', email: 'carol@example.com' });
    slack.channels.add('#billing');
    slack.channels.add('#deploys');
    const { repo, failed } = repoWithFailure(jira.url, slack.apiUrl);
    const env = { ...TEST_ENV, JIRA_USER: 'ci@example.com', JIRA_TOKEN: TOKEN, SLACK_BOT_TOKEN: BOT };
    const first = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Failed deploy of production: ${failed.slice(0, 7)}`);
    expect(first.stdout).toMatch(/jira: sent: opened OPS-1, assigned to the committer \(carol@example\.com\)/);
    expect(first.stdout).toMatch(/slack: sent: posted to #billing, #deploys/);
    expect(jira.issues).toHaveLength(1);
    const issue = jira.issues[0]!;
    expect(issue.fields.assignee).toEqual({ accountId: 'acc-carol' });
    expect(issue.fields.issuetype).toEqual({ name: 'Incident' });
    expect(issue.fields.labels).toEqual(['gitops-failure-production', 'deploys']);
    expect(issue.fields.summary).toBe(
      `Deploy to production failed: ${failed.slice(0, 7)} OPS-2: billing on 9090 <script>`,
    );
    const description = JSON.stringify(issue.fields.description);
    expect(description).toContain('"href":"https://ci.example.com/run/42"');
    expect(description).toContain('OPS-2: billing on 9090 <script>');
    expect(description).toContain('Plan: 0 to add, 1 to change, 0 to destroy');
    expect(description).toContain('team-billing@example.com');
    expect(description).not.toContain('team-web@example.com');
    // Basic auth with the user and token; never printed.
    expect(
      jira.authorizations.every((a) => a === `Basic ${Buffer.from(`ci@example.com:${TOKEN}`).toString('base64')}`),
    ).toBe(true);
    expect(first.stdout + first.stderr).not.toContain(TOKEN);
    expect(first.stdout + first.stderr).not.toContain(BOT);
    // Slack: one message a channel, mrkdwn-escaped, naming the maintainer and the issue.
    expect(slack.posts.map((p) => p.channel)).toEqual(['#billing', '#deploys']);
    expect(slack.posts[0]!.text).toContain('billing on 9090 &lt;script&gt;');
    expect(slack.posts[0]!.text).toContain('Maintainer: team-billing@example.com');
    expect(slack.posts[0]!.text).toContain(`<${jira.url}/browse/OPS-1|OPS-1>`);

    const second = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env });
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/jira: sent: commented on OPS-1/);
    expect(jira.issues).toHaveLength(1);
    expect(JSON.stringify(jira.issues[0]!.comments[0])).toContain('Failed again.');

    // Once the issue is done, the next failure opens a new one.
    jira.issues[0]!.statusCategory = 'done';
    const third = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env });
    expect(third.stdout).toMatch(/jira: sent: opened OPS-2/);
  }, 120_000);

  it('leaves the issue unassigned with a note when Jira hides the email, and reports a failed channel without stopping the other', async () => {
    jira.users.length = 0;
    jira.issues.length = 0;
    slack.posts.length = 0;
    jira.users.push({
      accountId: 'acc-hidden',
      displayName: 'carol@example.com',
      email: 'carol@example.com',
      hidden: true,
    });
    slack.channels.delete('#billing');
    const { repo } = repoWithFailure(jira.url, slack.apiUrl);
    const env = { ...TEST_ENV, JIRA_TOKEN: TOKEN, SLACK_BOT_TOKEN: BOT };
    const r = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/jira: sent: opened OPS-\d+, unassigned: Jira hides the email/);
    expect(r.stdout).toMatch(/slack: failed: posted to #deploys; chat\.postMessage to #billing: channel_not_found/);
    const issue = jira.issues[0]!;
    expect(issue.fields.assignee).toBeUndefined();
    expect(JSON.stringify(issue.fields.description)).toContain('Not assigned: ');
    // Bearer when there is no JIRA_USER.
    expect(jira.authorizations.at(-1)).toBe(`Bearer ${TOKEN}`);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  }, 120_000);

  it('goes on to Slack when Jira fails, and posts through an incoming webhook', async () => {
    jira.failures.set('/rest/api/3/user/search', 503);
    slack.posts.length = 0;
    slack.webhooks.add('/services/T1/B1/secretpath');
    const { repo } = repoWithFailure(jira.url, slack.apiUrl);
    const env = { ...TEST_ENV, JIRA_TOKEN: TOKEN, SLACK_WEBHOOK_URL: `${slack.url}/services/T1/B1/secretpath` };
    const r = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env });
    jira.failures.clear();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/jira: failed: GET \/rest\/api\/3\/user\/search answered 503/);
    expect(r.stdout).toMatch(/slack: sent: posted to the incoming webhook/);
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0]!.via).toBe('webhook');
    expect(r.stdout).not.toContain('secretpath');
  }, 120_000);

  it('says what is missing: no failure recorded, no --env, no credentials', async () => {
    const repo = TestRepo.create({ knownDefault: true });
    repo.commit('OPS-1: x');
    const none = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env: TEST_ENV });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no failed deploy of production is recorded/);
    const noEnv = await runCliAsync(['notify'], { cwd: repo.dir, env: TEST_ENV });
    expect(noEnv.status).toBe(2);
    expect(noEnv.stderr).toMatch(/notify needs --env NAME/);
    const { repo: r2 } = repoWithFailure(jira.url, slack.apiUrl);
    const bare = await runCliAsync(['notify', '--env', 'production', '--dry-run'], { cwd: r2.dir, env: TEST_ENV });
    expect(bare.stdout).toMatch(/jira: failed: JIRA_TOKEN is not set/);
    expect(bare.stdout).toMatch(/slack: skipped: neither SLACK_BOT_TOKEN nor SLACK_WEBHOOK_URL is set/);
    const help = await runCliAsync(['notify', '--help'], { cwd: r2.dir, env: TEST_ENV });
    expect(help.stdout).toContain('--sha SHA');
  }, 120_000);
});
