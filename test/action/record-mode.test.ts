import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../support/github-server.js';
import { SlackStandIn } from '../support/slack-server.js';
import { type ActionRun, ensureBuilt, runAction, unescapeData, Workspace, webhookExamples } from './harness.js';

let github: GitHubStandIn;
beforeAll(async () => {
  await ensureBuilt();
  github = await GitHubStandIn.start();
}, 300_000);
afterAll(() => github.close());
afterEach(() => {
  github.clearFaults();
  expect(github.schemaErrors).toEqual([]);
});

const [pushExample] = webhookExamples('push');
const ws = new Workspace();
const first = ws.upstream.sha();
const second = ws.upstream.commit('feat: two');
const clone = ws.checkout();

/** A deploy job's last step: `mode: record` with the outcome, on the commit the workflow ran on. */
function record(inputs: Record<string, string>, sha = first): Promise<ActionRun> {
  return runAction({
    cwd: clone.dir,
    event: 'push',
    payload: { ...pushExample, ref: 'refs/heads/main', before: first, after: sha },
    inputs: { token: github.token, mode: 'record', environment: 'production', ...inputs },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_SHA: sha,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
    },
  });
}

const posts = (path: RegExp) => github.requests.filter((r) => r.method === 'POST' && path.test(r.path));
const warnings = (run: ActionRun) =>
  run.commands.filter((c) => c.command === 'warning').map((c) => unescapeData(c.message));

describe('mode: record', () => {
  it('creates the deployment and its success status, and moves refs/deployments/<env>', async () => {
    const run = await record({ status: 'success' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const [deployment] = github.deployments;
    expect(deployment).toMatchObject({ sha: first, environment: 'production' });
    expect(deployment?.statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ['success', 'https://github.com/octo-org/deploys/actions/runs/42'],
    ]);
    // GitHub must neither merge the default branch in nor wait for checks: the deploy already happened.
    expect(posts(/\/deployments$/)[0]?.body).toMatchObject({ ref: first, auto_merge: false, required_contexts: [] });
    expect(github.refs.get('refs/deployments/production')).toBe(first);
    expect(run.outputs['deployment-id']).toBe(String(deployment?.id));
    expect(run.outputs['record-ref']).toBe('refs/deployments/production');
    // Every output is set on every run: the check's are empty here.
    expect(run.outputs.decision).toBe('');
  });

  it('is idempotent: a re-run reuses the deployment and adds no second status', async () => {
    const before = github.requests.length;
    const run = await record({ status: 'success' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(github.deployments).toHaveLength(1);
    expect(github.deployments[0]?.statuses).toHaveLength(1);
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(run.outputs['deployment-id']).toBe(String(github.deployments[0]?.id));
  });

  it('a failure is recorded, and the ref does not move', async () => {
    const run = await record({ status: 'failure' }, second);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(github.deployments.at(-1)).toMatchObject({ sha: second });
    expect(github.deployments.at(-1)?.statuses.map((s) => s.state)).toEqual(['failure']);
    expect(github.refs.get('refs/deployments/production')).toBe(first);
    expect(run.outputs['record-ref']).toBe('');
  });

  it('a later success of the same deployment adds its status and moves the ref (PATCH)', async () => {
    const run = await record({ status: 'success', sha: second }, first);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(github.deployments.filter((d) => d.sha === second)).toHaveLength(1);
    expect(github.deployments.at(-1)?.statuses.map((s) => s.state)).toEqual(['failure', 'success']);
    expect(github.refs.get('refs/deployments/production')).toBe(second);
    const patched = github.requests.filter((r) => r.method === 'PATCH').map((r) => decodeURIComponent(r.path));
    expect(patched).toEqual(['/repos/octo-org/deploys/git/refs/deployments/production']);
  });

  it('without contents: write the deployment stands, with a warning naming the permission', async () => {
    github.refs.delete('refs/deployments/production');
    github.fail(/^POST \/repos\/octo-org\/deploys\/git\/refs$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const run = await record({ status: 'success' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(warnings(run)).toEqual([expect.stringContaining('`permissions: contents: write`')]);
    expect(run.outputs['record-ref']).toBe('');
  });

  it('without deployments: write the step fails, naming what GitHub refused', async () => {
    github.fail(/^GET \/repos\/octo-org\/deploys\/deployments$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const run = await record({ status: 'success' });
    expect(run.status).toBe(1);
    const failure = run.commands.find((c) => c.command === 'error');
    expect(unescapeData(failure?.message ?? '')).toContain('GitHub answered 403 Forbidden for the deployments of');
  });

  it.each([
    [{ status: 'success', environment: '' }, 'mode: record needs the environment input'],
    [{ status: '' }, 'mode: record needs the status input'],
    [{ status: 'done' }, 'input "status" must be one of success, failure, not "done"'],
    [{ status: 'success', sha: 'not-a-sha' }, 'unknown revision "not-a-sha"'],
    [{ status: 'success', environment: '../prod' }, '"../prod" cannot name a deploy record'],
  ])('bad inputs %o: %s', async (inputs, message) => {
    const run = await record(inputs);
    expect(run.status).toBe(1);
    expect(unescapeData(run.commands.find((c) => c.command === 'error')?.message ?? '')).toContain(message);
  });
});

describe('mode: record with a new failure tells people, by the default branch policy', () => {
  it('posts to Slack once, never prints the webhook, and a re-run tells nobody twice', async () => {
    const slack = await SlackStandIn.start();
    try {
      slack.webhooks.add('/services/T9/B9/secretpath');
      const policy = `environments:
  production: { branches: [main] }
rules:
  destructive: { descriptors: ["deploy/*.yml"] }
notify:
  slack: { channels: ["#deploys"], api-url: "${slack.apiUrl}" }
`;
      const space = new Workspace({ policy });
      space.upstream.commit('feat: billing', {
        files: {
          'deploy/billing.yml': 'service: billing\nversion: 1.0.0\nport: 80\nnotify: { slack: ["#billing"] }\n',
        },
      });
      const broken = space.upstream.commit('feat: billing 2', {
        files: {
          'deploy/billing.yml': 'service: billing\nversion: 2.0.0\nport: 80\nnotify: { slack: ["#billing"] }\n',
        },
      });
      const checkout = space.checkout();
      const webhook = `${slack.url}/services/T9/B9/secretpath`;
      const failure = () =>
        runAction({
          cwd: checkout.dir,
          event: 'push',
          payload: { ...pushExample, ref: 'refs/heads/main', before: first, after: broken },
          inputs: { token: github.token, mode: 'record', environment: 'staging-notify', status: 'failure' },
          env: {
            GITHUB_API_URL: github.url,
            GITHUB_SHA: broken,
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_RUN_ID: '77',
            SLACK_WEBHOOK_URL: webhook,
          },
        });
      const run = await failure();
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(slack.posts).toHaveLength(1);
      expect(slack.posts[0]!.via).toBe('webhook');
      expect(slack.posts[0]!.text).toContain('staging-notify');
      expect(run.stdout).toContain('notify slack: sent');
      expect(run.commands.some((c) => c.command === 'add-mask' && c.message === webhook)).toBe(true);
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('secretpath');

      const again = await failure();
      expect(again.status).toBe(0);
      expect(slack.posts).toHaveLength(1);
    } finally {
      await slack.close();
    }
  });

  it('a notify channel that fails is a warning, and the failure is still recorded', async () => {
    const policy = `environments:
  production: { branches: [main] }
notify:
  slack: { channels: ["#deploys"], api-url: "http://127.0.0.1:9" }
`;
    const space = new Workspace({ policy });
    const sha = space.upstream.commit('feat: x');
    const run = await runAction({
      cwd: space.checkout().dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before: first, after: sha },
      inputs: { token: github.token, mode: 'record', environment: 'notify-down', status: 'failure' },
      env: { GITHUB_API_URL: github.url, GITHUB_SHA: sha, SLACK_BOT_TOKEN: 'xoxb-secret-123' },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(github.deployments.at(-1)).toMatchObject({ sha, environment: 'notify-down' });
    expect(warnings(run)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^notify slack: failed: .*gitops-action notify --env notify-down --sha /s),
      ]),
    );
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('xoxb-secret-123');
  });
});
