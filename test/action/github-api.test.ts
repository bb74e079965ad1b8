import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi, type Requester, rateLimitWait } from '../../src/action/github-api.js';
import { UsageError } from '../../src/errors.js';
import { GitHubStandIn } from '../support/github-server.js';
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
const GITHUB_POLICY = `environments:
  production: { branches: [main] }
rules:
  committers:
    allow: ["github:octocat"]
    check: [author]
    require-signed: true
  branches: { merge-only: [] }
  jira: false
  destructive: false
  policy-change: false
`;

function failures(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error' && !c.properties).map((c) => unescapeData(c.message));
}

/** A push of three commits onto main whose policy needs GitHub logins and verified signatures. */
function identityPush(policy = GITHUB_POLICY) {
  const ws = new Workspace({ policy });
  const before = ws.upstream.sha();
  const shas = [ws.upstream.commit('feat: a'), ws.upstream.commit('feat: b'), ws.upstream.commit('feat: c')];
  const clone = ws.checkout();
  const payload = { ...pushExample, ref: 'refs/heads/main', before, after: shas[2] };
  const run = (inputs: Record<string, string> = {}) =>
    runAction({
      cwd: clone.dir,
      event: 'push',
      payload,
      inputs: { token: github.token, ...inputs },
      env: { GITHUB_API_URL: github.url },
    });
  return { ws, shas, run };
}

function commitRequests(shas: string[]): number {
  return github.requests.filter((r) => shas.some((s) => r.path === `/repos/octo-org/deploys/commits/${s}`)).length;
}

describe('GitHub identity through the commits API', () => {
  it('github: entries and require-signed use the API, one request per commit', async () => {
    const { shas, run } = identityPush();
    // Signed, and GitHub verified the signature as octocat's: the signer is an authenticated identity.
    for (const sha of shas)
      github.commits.set(sha, { authorLogin: 'octocat', committerLogin: 'octocat', verified: true });
    const result = await run();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.decision).toBe('deploy');
    expect(commitRequests(shas)).toBe(3);
    expect(github.requests.every((r) => r.authorization === `token ${github.token}`)).toBe(true);
  });

  it('an unverified commit, a login only attributed from the email, and a stranger signer block', async () => {
    const { shas, run } = identityPush();
    github.commits.set(shas[0]!, { authorLogin: 'octocat', committerLogin: 'octocat', verified: true });
    github.commits.set(shas[1]!, { authorLogin: 'octocat', committerLogin: 'octocat', verified: false });
    github.commits.set(shas[2]!, { authorLogin: 'mallory', committerLogin: 'mallory', verified: true });
    const result = await run();
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.outputs.findings as string) as Array<{ commit: string; message: string }>;
    expect(findings.map((f) => [f.commit, f.message.replace(/^commit \w+ /, '')])).toEqual([
      [shas[2], 'has author Dev <dev@example.com> (GitHub verified: Codertocat, mallory), who is not on the allowlist'],
      [shas[1], 'has author Dev <dev@example.com> (GitHub verified: Codertocat), who is not on the allowlist'],
      [shas[1], 'is not signed with a verified signature'],
    ]);
  });

  it('a plain email policy asks the API for the deploy record only, never for commits', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = ws.upstream.commit('feat: a');
    const clone = ws.checkout();
    const count = github.requests.length;
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
      inputs: { token: github.token },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.outputs.decision).toBe('deploy');
    // Which environments have deploys (for the policy of a push to main), production's deploys
    // (none), then the fallback: the check runs of the previous tip.
    expect(github.requests.slice(count).map((r) => decodeURIComponent(r.path))).toEqual([
      '/repos/octo-org/deploys/deployments?per_page=30&page=1',
      '/repos/octo-org/deploys/deployments?per_page=30&page=1&environment=production',
      `/repos/octo-org/deploys/commits/${before}/check-runs?check_name=gitops&filter=latest&per_page=10`,
    ]);
  });

  it('waits for a rate limit that resets within a second, then succeeds', async () => {
    const { shas, run } = identityPush();
    for (const sha of shas)
      github.commits.set(sha, { authorLogin: 'octocat', committerLogin: 'octocat', verified: true });
    github.fail(/^GET \/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/, {
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-limit': '1000',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const result = await run();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.decision).toBe('deploy');
    expect(result.ms).toBeGreaterThan(900);
  });

  it('fails clearly when the rate limit resets too far away', async () => {
    const { shas, run } = identityPush();
    for (const sha of shas)
      github.commits.set(sha, { authorLogin: 'octocat', committerLogin: 'octocat', verified: true });
    github.fail(
      /^GET \/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/,
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600) },
      },
      3,
    );
    const result = await run();
    expect(result.status).toBe(1);
    expect(failures(result)[0]).toMatch(
      /^the GitHub API rate limit is exhausted \(reading commit [0-9a-f]{12}\); it resets in 3[56]\d\d s\nfix: /,
    );
    expect(result.outputs).toEqual({});
  });

  it('honours retry-after on a 429', async () => {
    const { shas, run } = identityPush();
    for (const sha of shas)
      github.commits.set(sha, { authorLogin: 'octocat', committerLogin: 'octocat', verified: true });
    github.fail(/^GET \/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/, {
      status: 429,
      headers: { 'retry-after': '1' },
    });
    const result = await run();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.ms).toBeGreaterThan(900);
  });

  it('a 404 is a clear error', async () => {
    const { shas, run } = identityPush();
    github.fail(
      /^GET \/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/,
      { status: 404, body: { message: 'Not Found' } },
      3,
    );
    const result = await run();
    expect(result.status).toBe(1);
    expect(failures(result)[0]).toMatch(
      /^GitHub answered 404 Not Found for commit [0-9a-f]{12}\nfix: Check GITHUB_REPOSITORY/,
    );
    expect(commitRequests(shas)).toBeGreaterThan(0);
  });

  it('retries a 5xx a bounded number of times', async () => {
    const { shas, run } = identityPush();
    for (const sha of shas)
      github.commits.set(sha, { authorLogin: 'octocat', committerLogin: 'octocat', verified: true });
    github.fail(
      /^GET \/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/,
      { status: 502, body: { message: 'Bad Gateway' } },
      2,
    );
    const ok = await run();
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.outputs.decision).toBe('deploy');

    github.fail(
      /^GET \/repos\/octo-org\/deploys\/commits\/[0-9a-f]+$/,
      { status: 503, body: { message: 'Unavailable' } },
      100,
    );
    const failed = await run();
    expect(failed.status).toBe(1);
    expect(failures(failed)[0]).toMatch(/^GitHub answered 503 for commit [0-9a-f]{12}\n/);
  });

  it('a refused token is a clear error that does not print the token', async () => {
    const { run } = identityPush();
    const result = await run({ token: 'ghs_wrongTokenValue123' });
    expect(result.status).toBe(1);
    // The deploy record is the first thing asked for: a refused token fails the run there, closed.
    expect(failures(result)[0]).toMatch(/^GitHub refused the token \(401\) for the deployments\n/);
    expect(result.stdout.split('\n').filter((l) => l.includes('ghs_wrongTokenValue123'))).toEqual([
      '::add-mask::ghs_wrongTokenValue123',
    ]);
  });
});

describe('create-tag', () => {
  it('creates the version tag at the deployed commit, and a re-run is fine', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = ws.upstream.commit('feat: a');
    const clone = ws.checkout();
    const payload = { ...pushExample, ref: 'refs/heads/main', before, after };
    const inputs = { token: github.token, 'create-tag': 'true' };
    github.refs.delete('refs/tags/v0.1.0');
    const first = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload,
      inputs,
      env: { GITHUB_API_URL: github.url },
    });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.tag).toBe('v0.1.0');
    expect(github.refs.get('refs/tags/v0.1.0')).toBe(after);
    const posts = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs'));
    expect(posts.at(-1)?.body).toEqual({ ref: 'refs/tags/v0.1.0', sha: after });

    const count = posts.length;
    const again = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload,
      inputs,
      env: { GITHUB_API_URL: github.url },
    });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs'))).toHaveLength(count);
  });

  it('the tag on another commit is an error', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = ws.upstream.commit('feat: a');
    const clone = ws.checkout();
    github.refs.set('refs/tags/v0.1.0', before);
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
      inputs: { token: github.token, 'create-tag': 'true' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.status).toBe(1);
    expect(run.outputs.decision).toBe('deploy');
    expect(failures(run)[0]).toBe(
      `the tag v0.1.0 already exists on commit ${before.slice(0, 12)}, not on the deployed commit ${after.slice(0, 12)}\nfix: A version is released once. Fix the version (a +semver: footer, or a release branch name), or delete the stale tag if it was a mistake.`,
    );
    expect(github.refs.get('refs/tags/v0.1.0')).toBe(before);
  });

  it('is not made when the push is blocked', async () => {
    const ws = new Workspace();
    const before = ws.upstream.sha();
    const after = ws.upstream.commit('feat: a', { as: 'mallory@evil.test' });
    const clone = ws.checkout();
    github.refs.delete('refs/tags/v0.1.0');
    const run = await runAction({
      cwd: clone.dir,
      event: 'push',
      payload: { ...pushExample, ref: 'refs/heads/main', before, after },
      inputs: { token: github.token, 'create-tag': 'true' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.outputs.decision).toBe('block');
    expect(github.refs.has('refs/tags/v0.1.0')).toBe(false);
  });
});

describe('GitHubApi (unit, injected clock)', () => {
  const repo = { owner: 'o', repo: 'r' };
  const error = (status: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } });

  it('waits until x-ratelimit-reset, plus a second of margin, then retries', async () => {
    const now = 1_700_000_000_000;
    const sleeps: number[] = [];
    let calls = 0;
    const requester: Requester = async () => {
      calls++;
      if (calls === 1) throw error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) });
      return { status: 200, data: { ok: true }, headers: {} };
    };
    const api = new GitHubApi(requester, repo, { now: () => now, sleep: async (ms) => void sleeps.push(ms) });
    const response = await api.request<{ ok: boolean }>('GET /x', {}, 'x');
    expect(response.data).toEqual({ ok: true });
    expect(sleeps).toEqual([31_000]);
  });

  it('gives up after two rate-limit retries, and at once when the reset is over a minute away', async () => {
    const now = 1_700_000_000_000;
    const sleeps: number[] = [];
    const near = new GitHubApi(
      async () => {
        throw error(429, { 'retry-after': '2' });
      },
      repo,
      { now: () => now, sleep: async (ms) => void sleeps.push(ms) },
    );
    await expect(near.request('GET /x', {}, 'x')).rejects.toThrow(
      'the GitHub API rate limit is exhausted (reading x); it resets in 2 s',
    );
    expect(sleeps).toEqual([2000, 2000]);

    const far = new GitHubApi(
      async () => {
        throw error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 120) });
      },
      repo,
      { now: () => now, sleep: async () => expect.unreachable() },
    );
    await expect(far.request('GET /x', {}, 'x')).rejects.toBeInstanceOf(UsageError);
  });

  it('backs off on 5xx three times, then fails naming the status', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const api = new GitHubApi(
      async () => {
        calls++;
        throw error(500);
      },
      repo,
      { sleep: async (ms) => void sleeps.push(ms) },
    );
    await expect(api.request('GET /x', {}, 'commit abc')).rejects.toThrow('GitHub answered 500 for commit abc');
    expect(calls).toBe(4);
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('a 403 that is not a rate limit is not retried', async () => {
    let calls = 0;
    const api = new GitHubApi(async () => {
      calls++;
      throw error(403);
    }, repo);
    await expect(api.request('GET /x', {}, 'x')).rejects.toThrow('GitHub answered 403 Forbidden for x');
    expect(calls).toBe(1);
  });

  it.each([
    [{ 'retry-after': '5' }, 5000],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }, 11_000],
    [{ 'x-ratelimit-remaining': '7' }, undefined],
    [{}, undefined],
  ])('rateLimitWait(%j) = %s', (headers, wait) => {
    expect(rateLimitWait(headers, 1_000_000)).toBe(wait);
  });
});
