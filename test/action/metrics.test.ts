import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../support/github-server.js';
import { ensureBuilt, runAction, unescapeData, Workspace, webhookExamples } from './harness.js';

/** `metrics:` puts the environment's DORA keys, read from GitHub's deployments, in the job summary. */
let github: GitHubStandIn;
beforeAll(async () => {
  await ensureBuilt();
  github = await GitHubStandIn.start();
}, 300_000);
afterAll(() => github.close());

const [pushExample] = webhookExamples('push');
const POLICY = `environments:
  production: { branches: [main] }
rules:
  branches: { merge-only: [] }
  destructive: false
`;

describe('the metrics input', () => {
  it('adds a DORA section over the window from the deployments, and only when asked', async () => {
    const ws = new Workspace({ policy: POLICY });
    const shas = [ws.upstream.sha()];
    for (let i = 0; i < 4; i++) shas.push(ws.upstream.commit(`feat: change ${i}`));
    github.addDeployment('production', shas[0]!);
    github.addDeployment('production', shas[1]!);
    github.addDeployment('production', shas[2]!, ['in_progress', 'failure']);
    github.addDeployment('production', shas[3]!);
    const to = shas[4]!;
    const run = (metrics?: string) =>
      runAction({
        cwd: ws.checkout().dir,
        event: 'push',
        payload: { ...pushExample, ref: 'refs/heads/main', before: shas[3], after: to },
        inputs: { token: github.token, comment: 'false', ...(metrics ? { metrics } : {}) },
        env: { GITHUB_API_URL: github.url, GITHUB_JOB: 'gitops' },
      });
    const on = await run('1y');
    expect(on.status, on.stdout).toBe(0);
    expect(on.summary).toContain('### DORA metrics');
    expect(on.summary).toMatch(/\| Deployment frequency \| [^|]*\(3 deploys\)/);
    expect(on.summary).toMatch(/\| Change failure rate \| [^|]*\(1 of 4 deploys\)/);
    const off = await run();
    expect(off.summary).not.toContain('DORA');
    const bad = await run('soon');
    expect(bad.status).toBe(1);
    expect(unescapeData(bad.commands.find((c) => c.command === 'error')?.message ?? '')).toContain(
      'input "metrics" must be true, false, a window such as 90d or 1y, or a date',
    );
  });
});
