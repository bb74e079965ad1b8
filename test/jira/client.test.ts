import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backoffMs, JiraClient, type JiraClientOptions, parseRetryAfter } from '../../src/jira/client.js';
import { JiraStandIn, TLS_CERT_FILE } from '../support/jira-server.js';

let jira: JiraStandIn;
let waits: number[];

beforeEach(async () => {
  jira = await JiraStandIn.start();
  waits = [];
});

afterEach(async () => {
  await jira.close();
});

function client(options: Partial<JiraClientOptions> = {}): JiraClient {
  return new JiraClient({
    url: jira.url,
    apiVersion: 2,
    approval: false,
    timeoutMs: 5000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
}

const issuePath = (key: string, version = 2) => `/rest/api/${version}/issue/${key}`;
const approvalPath = (key: string) => `/rest/servicedeskapi/request/${key}/approval`;

describe('JiraClient: issues', () => {
  it.each(['Approved', 'Ready for Deploy', 'In Progress', 'Done', 'To Do'])('reads the status %s', async (status) => {
    jira.issue('OPS-1', { status, project: 'OPS', issueType: 'Bug' });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')).toEqual({ key: 'OPS-1', exists: true, status, project: 'OPS', issueType: 'Bug' });
    expect(jira.log).toEqual(['/rest/api/2/issue/OPS-1?fields=status,issuetype,project']);
  });

  it('uses /rest/api/3 when configured', async () => {
    jira.issue('WEB-9', { status: 'Approved' });
    const result = await client({ apiVersion: 3 }).lookup(['WEB-9']);
    expect(result.get('WEB-9')).toMatchObject({ exists: true, status: 'Approved', project: 'WEB', issueType: 'Story' });
    expect(jira.count(issuePath('WEB-9', 3))).toBe(1);
    expect(jira.count(issuePath('WEB-9', 2))).toBe(0);
  });

  it('keeps a base path (Data Center context path) in the URL', async () => {
    jira.issue('OPS-1', { status: 'Done' });
    const c = client({ url: `${jira.url}/jira/` });
    const result = await c.lookup(['OPS-1']);
    // The stand-in serves only /rest/..., so /jira/rest/... is its generic 404.
    expect(jira.log).toEqual(['/jira/rest/api/2/issue/OPS-1?fields=status,issuetype,project']);
    expect(result.get('OPS-1')?.error?.kind).toBe('not-found');
  });

  it('reports the project of a moved issue from the answer, not from the key', async () => {
    jira.issue('OPS-1', { status: 'Done', key: 'WEB-5', project: 'WEB' });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')).toEqual({
      key: 'OPS-1',
      exists: true,
      status: 'Done',
      project: 'WEB',
      issueType: 'Story',
    });
  });

  it('404 is not-found', async () => {
    const result = await client().lookup(['OPS-404']);
    const lookup = result.get('OPS-404')!;
    expect(lookup.exists).toBe(false);
    expect(lookup.error?.kind).toBe('not-found');
    expect(lookup.error?.message).toContain('OPS-404 does not exist');
    expect(lookup.error?.message).toContain('Issue does not exist or you do not have permission to see it.');
    expect(jira.total).toBe(1);
  });

  it.each([401, 403])('%i is an auth error naming the credentials, never "not found"', async (code) => {
    jira.issue('OPS-1', { http: code, errorMessages: ['You are not authenticated.'] });
    const result = await client({ user: 'me@example.com', token: 'tok-abcdef' }).lookup(['OPS-1']);
    const lookup = result.get('OPS-1')!;
    expect(lookup.exists).toBe(false);
    expect(lookup.error?.kind).toBe('auth');
    expect(lookup.error?.message).toContain(`HTTP ${code}`);
    expect(lookup.error?.message).toContain('JIRA_USER');
    expect(lookup.error?.message).toContain('JIRA_TOKEN');
    expect(lookup.error?.message).toContain('jira-token');
    expect(lookup.error?.message).not.toMatch(/not found|does not exist/i);
    expect(jira.total).toBe(1);
  });

  it('401 without credentials says none are set', async () => {
    jira.issue('OPS-1', { http: 401 });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')?.error?.message).toContain('none are set');
  });

  it("another 4xx is an http error carrying Jira's message", async () => {
    jira.issue('OPS-1', { http: 400, errorMessages: ['Field "x" does not exist.'] });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')?.error).toEqual({
      kind: 'http',
      message: 'Jira answered HTTP 400 for the issue of OPS-1: Field "x" does not exist.',
    });
    expect(jira.total).toBe(1);
  });

  it('an HTML page instead of JSON is an http error pointing at the URL', async () => {
    jira.issue('OPS-1', { http: 200, body: '<html>login</html>' });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')?.error?.kind).toBe('http');
    expect(result.get('OPS-1')?.error?.message).toContain('HTML page');
  });

  it('a key that is not a Jira key is never requested', async () => {
    const result = await client().lookup(['OPS-1/../../admin', 'ops-1']);
    expect(result.get('OPS-1/../../admin')?.error?.kind).toBe('not-found');
    expect(result.get('ops-1')?.error?.kind).toBe('not-found');
    expect(jira.total).toBe(0);
  });

  it('rejects a URL that is not http(s)', () => {
    expect(() => client({ url: 'ftp://jira.example.com' })).toThrow('must be an http(s) URL');
    expect(() => client({ url: 'not a url' })).toThrow('is not a URL');
  });
});

describe('JiraClient: approvals', () => {
  it.each(['approved', 'pending', 'declined'] as const)('the latest approval %s decides', async (decision) => {
    jira.issue('SD-1', { status: 'Waiting for approval' });
    jira.approval('SD-1', {
      approvals: [
        { finalDecision: decision === 'approved' ? 'declined' : 'approved', created: 1_000 },
        { finalDecision: decision, created: 2_000 },
      ],
    });
    const result = await client({ approval: true }).lookup(['SD-1']);
    expect(result.get('SD-1')).toEqual({
      key: 'SD-1',
      exists: true,
      status: 'Waiting for approval',
      project: 'SD',
      issueType: 'Story',
      approval: decision,
    });
    expect(jira.count(issuePath('SD-1'))).toBe(1);
    expect(jira.count(approvalPath('SD-1'))).toBe(1);
  });

  it('latest is by createdDate, not by position', async () => {
    jira.issue('SD-1', { status: 'Approved' });
    jira.approval('SD-1', {
      approvals: [
        { finalDecision: 'approved', created: 5_000 },
        { finalDecision: 'declined', created: 1_000 },
      ],
    });
    const result = await client({ approval: true }).lookup(['SD-1']);
    expect(result.get('SD-1')?.approval).toBe('approved');
  });

  it('without createdDate, the last listed decides', async () => {
    jira.issue('SD-1', { status: 'Approved' });
    jira.approval('SD-1', { approvals: [{ finalDecision: 'approved' }, { finalDecision: 'pending' }] });
    const result = await client({ approval: true }).lookup(['SD-1']);
    expect(result.get('SD-1')?.approval).toBe('pending');
  });

  it('follows pages to the latest approval', async () => {
    jira.issue('SD-2', { status: 'Approved' });
    jira.approval('SD-2', {
      pageSize: 2,
      approvals: [
        { finalDecision: 'declined', created: 1 },
        { finalDecision: 'declined', created: 2 },
        { finalDecision: 'pending', created: 3 },
        { finalDecision: 'approved', created: 4 },
        { finalDecision: 'declined', created: 0 },
      ],
    });
    const result = await client({ approval: true }).lookup(['SD-2']);
    expect(result.get('SD-2')?.approval).toBe('approved');
    expect(jira.log.filter((l) => l.startsWith(approvalPath('SD-2')))).toEqual([
      approvalPath('SD-2'),
      `${approvalPath('SD-2')}?start=2`,
      `${approvalPath('SD-2')}?start=4`,
    ]);
  });

  it('no approvals is none', async () => {
    jira.issue('SD-3', { status: 'Approved' });
    jira.approval('SD-3', { approvals: [] });
    const result = await client({ approval: true }).lookup(['SD-3']);
    expect(result.get('SD-3')?.approval).toBe('none');
    expect(result.get('SD-3')?.error).toBeUndefined();
  });

  it('a 404 on approvals (not a service request) is none', async () => {
    jira.issue('OPS-3', { status: 'Approved' });
    const result = await client({ approval: true }).lookup(['OPS-3']);
    expect(result.get('OPS-3')).toMatchObject({ exists: true, approval: 'none' });
    expect(jira.count(approvalPath('OPS-3'))).toBe(1);
  });

  it('a 403 on approvals is an auth error', async () => {
    jira.issue('SD-4', { status: 'Approved' });
    jira.approval('SD-4', { http: 403 });
    const result = await client({ approval: true, token: 'pat-123456' }).lookup(['SD-4']);
    expect(result.get('SD-4')?.error?.kind).toBe('auth');
    expect(result.get('SD-4')?.error?.message).toContain('approvals of SD-4');
  });

  it('does not ask for approvals of an issue that does not exist', async () => {
    const result = await client({ approval: true }).lookup(['SD-404']);
    expect(result.get('SD-404')?.error?.kind).toBe('not-found');
    expect(jira.count(approvalPath('SD-404'))).toBe(0);
  });
});

describe('JiraClient: faults', () => {
  it('honours Retry-After on 429', async () => {
    jira.issue('OPS-1', { http: 429, retryAfter: '1' }, { http: 429, retryAfter: '0' }, { status: 'Approved' });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')?.status).toBe('Approved');
    expect(waits).toEqual([1000, 0]);
    expect(jira.count(issuePath('OPS-1'))).toBe(3);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    jira.issue('OPS-1', { http: 503, retryAfter: at }, { status: 'Approved' });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')?.status).toBe('Approved');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(2_000);
    expect(waits[0]).toBeLessThanOrEqual(5_000);
  });

  it('caps a long Retry-After at 30 s', async () => {
    jira.issue('OPS-1', { http: 429, retryAfter: '3600' }, { status: 'Done' });
    await client().lookup(['OPS-1']);
    expect(waits).toEqual([30_000]);
  });

  it('500, 500, 200 succeeds with exactly 3 requests and exponential backoff', async () => {
    jira.issue('OPS-1', { http: 500 }, { http: 500 }, { status: 'Ready for Deploy' });
    const c = client();
    const result = await c.lookup(['OPS-1']);
    expect(result.get('OPS-1')).toMatchObject({ exists: true, status: 'Ready for Deploy' });
    expect(result.get('OPS-1')?.error).toBeUndefined();
    expect(jira.count(issuePath('OPS-1'))).toBe(3);
    expect(c.requestCount).toBe(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('always 500: exactly 1 + retries requests, then unreachable', async () => {
    jira.issue('OPS-1', { http: 500 });
    const c = client();
    const result = await c.lookup(['OPS-1']);
    expect(jira.count(issuePath('OPS-1'))).toBe(4);
    expect(c.requestCount).toBe(4);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(result.get('OPS-1')?.error).toEqual({
      kind: 'unreachable',
      message: `Jira at ${jira.url} answered HTTP 500, after 4 tries`,
    });
  });

  it('the retry bound follows the retries option', async () => {
    jira.issue('OPS-1', { http: 502 });
    const result = await client({ retries: 1 }).lookup(['OPS-1']);
    expect(jira.count(issuePath('OPS-1'))).toBe(2);
    expect(result.get('OPS-1')?.error?.kind).toBe('unreachable');
    const none = await client({ retries: 0 }).lookup(['OPS-2']);
    expect(none.get('OPS-2')?.error?.kind).toBe('not-found');
    expect(jira.count(issuePath('OPS-2'))).toBe(1);
  });

  it('times out a call that never answers, without retrying it', async () => {
    jira.issue('OPS-1', { hang: true });
    const c = client({ timeoutMs: 200 });
    const started = Date.now();
    const result = await c.lookup(['OPS-1']);
    const elapsed = Date.now() - started;
    expect(result.get('OPS-1')?.error).toEqual({
      kind: 'unreachable',
      message: `Jira at ${jira.url} did not answer within 200 ms`,
    });
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(3000);
    expect(jira.count(issuePath('OPS-1'))).toBe(1);
  });

  it('after a timeout, other keys are not tried again', async () => {
    jira.issue('OPS-1', { hang: true });
    jira.issue('OPS-2', { status: 'Done', delayMs: 1000 });
    const c = client({ timeoutMs: 200, concurrency: 1 });
    const result = await c.lookup(['OPS-1', 'OPS-2', 'OPS-3']);
    expect(jira.total).toBe(1);
    expect([...result.values()].map((l) => l.error?.kind)).toEqual(['unreachable', 'unreachable', 'unreachable']);
  });

  it('a reset connection is retried, then unreachable', async () => {
    jira.issue('OPS-1', { reset: true });
    const c = client();
    const result = await c.lookup(['OPS-1']);
    expect(jira.count(issuePath('OPS-1'))).toBe(4);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(result.get('OPS-1')?.error?.kind).toBe('unreachable');
    expect(result.get('OPS-1')?.error?.message).toMatch(/could not be reached \(.+\), after 4 tries$/);
  });

  it('a reset connection once, then 200, succeeds', async () => {
    jira.issue('OPS-1', { reset: true }, { status: 'Approved' });
    const result = await client().lookup(['OPS-1']);
    expect(result.get('OPS-1')?.status).toBe('Approved');
    expect(jira.count(issuePath('OPS-1'))).toBe(2);
  });

  it('a refused connection is retried, then unreachable, and later keys do not try again', async () => {
    const url = jira.url;
    await jira.close();
    try {
      const c = client({ url });
      const first = await c.lookup(['OPS-1']);
      expect(first.get('OPS-1')?.error?.kind).toBe('unreachable');
      expect(first.get('OPS-1')?.error?.message).toBe(
        `Jira at ${url} could not be reached (ECONNREFUSED), after 4 tries`,
      );
      expect(c.requestCount).toBe(4);
      expect(waits).toEqual([500, 1000, 2000]);
      const later = await c.lookup(['OPS-2', 'OPS-3']);
      expect(later.get('OPS-2')?.error).toEqual(first.get('OPS-1')?.error);
      expect(later.get('OPS-3')?.error).toEqual(first.get('OPS-1')?.error);
      expect(c.requestCount).toBe(4);
    } finally {
      jira = await JiraStandIn.start();
    }
  });

  it('a redirect is not followed', async () => {
    jira.issue('OPS-1', { http: 302 });
    const result = await client({ token: 'secret-pat' }).lookup(['OPS-1']);
    expect(result.get('OPS-1')?.error?.kind).toBe('http');
    expect(result.get('OPS-1')?.error?.message).toContain('redirected');
    expect(jira.total).toBe(1);
  });
});

describe('JiraClient: HTTPS and extra CA certificates', () => {
  let tls: JiraStandIn;
  beforeEach(async () => {
    tls = await JiraStandIn.start({ tls: true });
    tls.issue('OPS-1', { status: 'Approved' }).issue('OPS-2', { status: 'Approved' });
  });
  afterEach(async () => {
    await tls.close();
  });

  it('trusts a server whose certificate the extra CA vouches for', async () => {
    const result = await client({ url: tls.url, extraCa: readFileSync(TLS_CERT_FILE, 'utf8') }).lookup(['OPS-1']);
    expect(result.get('OPS-1')).toMatchObject({ exists: true, status: 'Approved' });
  });

  it('refuses an untrusted certificate at once: no retry, no backoff, the fix named', async () => {
    const c = client({ url: tls.url });
    const result = await c.lookup(['OPS-1', 'OPS-2']);
    const error = result.get('OPS-1')?.error;
    expect(error?.kind).toBe('unreachable');
    expect(error?.message).toContain("the server's certificate is not trusted; point NODE_EXTRA_CA_CERTS");
    expect(result.get('OPS-2')?.error?.kind).toBe('unreachable');
    // One request per key (both were in flight together), none retried.
    expect(c.requestCount).toBe(2);
    expect(waits).toEqual([]);
    await c.lookup(['OPS-3']);
    expect(c.requestCount).toBe(2);
  });

  it('says why when the stashed CA file could not be read', async () => {
    const result = await client({ url: tls.url, caProblem: 'GITOPS_ACTION_EXTRA_CA_CERTS could not be read' }).lookup([
      'OPS-1',
    ]);
    expect(result.get('OPS-1')?.error?.message).toContain('GITOPS_ACTION_EXTRA_CA_CERTS could not be read');
  });
});

describe('JiraClient: cache and concurrency', () => {
  it('looks each key up once, across calls and in flight', async () => {
    jira.issue('OPS-1', { status: 'Approved', delayMs: 50 });
    const c = client();
    const [a, b] = await Promise.all([c.lookup(['OPS-1', 'OPS-1', 'OPS-1']), c.lookup(['OPS-1'])]);
    const again = await c.lookup(['OPS-1']);
    expect(a.get('OPS-1')?.status).toBe('Approved');
    expect(b.get('OPS-1')).toBe(a.get('OPS-1'));
    expect(again.get('OPS-1')).toBe(a.get('OPS-1'));
    expect([...a.keys()]).toEqual(['OPS-1']);
    expect(jira.count(issuePath('OPS-1'))).toBe(1);
    expect(c.requestCount).toBe(1);
  });

  it('keeps at most 4 requests in flight for 10 keys', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `OPS-${i + 1}`);
    for (const key of keys) jira.issue(key, { status: 'Approved', delayMs: 40 });
    const c = client();
    const result = await c.lookup(keys);
    expect(result.size).toBe(10);
    expect([...result.values()].every((l) => l.status === 'Approved')).toBe(true);
    expect(jira.total).toBe(10);
    expect(jira.maxInFlight).toBe(4);
  });

  it('honours a smaller concurrency', async () => {
    const keys = ['A1-1', 'A1-2', 'A1-3', 'A1-4'];
    for (const key of keys) jira.issue(key, { status: 'Done', delayMs: 30 });
    await client({ concurrency: 2 }).lookup(keys);
    expect(jira.maxInFlight).toBe(2);
  });
});

describe('JiraClient: credentials', () => {
  const token = 'atl-TOKEN-s3cr3t-9f8e7d';

  it('user + token is Basic auth (Jira Cloud)', async () => {
    jira.issue('OPS-1', { status: 'Done' });
    await client({ user: 'me@example.com', token }).lookup(['OPS-1']);
    expect(jira.authorizations).toEqual([`Basic ${Buffer.from(`me@example.com:${token}`).toString('base64')}`]);
  });

  it('token alone is Bearer (Data Center)', async () => {
    jira.issue('OPS-1', { status: 'Done' });
    await client({ token }).lookup(['OPS-1']);
    expect(jira.authorizations).toEqual([`Bearer ${token}`]);
  });

  it('no token sends no Authorization header', async () => {
    jira.issue('OPS-1', { status: 'Done' });
    await client({ user: 'me@example.com' }).lookup(['OPS-1']);
    expect(jira.authorizations).toEqual([undefined]);
  });

  it('the token appears in no output, whatever goes wrong', async () => {
    const basic = Buffer.from(`me@example.com:${token}`).toString('base64');
    jira.issue('OK-1', { status: 'Done' });
    jira.approval('OK-1', { approvals: [{ finalDecision: 'declined' }] });
    jira.issue('AUTH-1', { http: 401, errorMessages: [`Bad token ${token}`] });
    jira.issue('FORB-1', { http: 403 });
    jira.issue('ERR-1', { http: 400, errorMessages: [`echo ${basic}`, `Bearer ${token}`] });
    jira.issue('DOWN-1', { http: 503 });
    jira.issue('RST-1', { reset: true }, { status: 'Done' });
    const port = new URL(jira.url).port;
    const cases = [
      { options: { user: 'me@example.com', token }, secrets: [token, basic, 's3cr3t'] },
      { options: { token }, secrets: [token, 's3cr3t'] },
    ];
    for (const { options, secrets } of cases) {
      const c = client({ ...options, approval: true, url: `http://me%40example.com:${token}@127.0.0.1:${port}` });
      const result = await c.lookup(['OK-1', 'AUTH-1', 'FORB-1', 'ERR-1', 'DOWN-1', 'RST-1', 'MISSING-1']);
      const all = [JSON.stringify([...result.values()]), JSON.stringify(c), inspect(c, { depth: 5 }), String(c)].join(
        '\n',
      );
      expect(result.get('AUTH-1')?.error?.kind).toBe('auth');
      expect(result.get('ERR-1')?.error?.message).toContain('***');
      expect(all).toContain('JIRA_TOKEN');
      for (const secret of secrets) expect(all).not.toContain(secret);
    }
    expect(jira.authorizations).toContain(`Basic ${basic}`);
    expect(jira.authorizations).toContain(`Bearer ${token}`);
  });
});

describe('parseRetryAfter and backoffMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it.each<[string | null, number | undefined]>([
    ['0', 0],
    ['1', 1000],
    [' 120 ', 120_000],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j is %j ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it('doubles from 500 ms and caps at 30 s', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffMs(a))).toEqual([500, 1000, 2000, 4000, 30_000]);
    expect(backoffMs(0, 7000)).toBe(7000);
    expect(backoffMs(5, 0)).toBe(0);
    expect(backoffMs(0, 90_000)).toBe(30_000);
  });
});
