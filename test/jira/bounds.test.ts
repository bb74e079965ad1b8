import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JiraClient, type JiraClientOptions, MAX_KEYS_PER_RUN, MAX_RATE_LIMITED } from '../../src/jira/client.js';
import { Redactor } from '../../src/report/redact.js';
import { JiraStandIn } from '../support/jira-server.js';

let jira: JiraStandIn;
beforeEach(async () => {
  jira = await JiraStandIn.start();
});
afterEach(async () => {
  await jira.close();
});

const TOKEN = 'tok3n-Value-With-Letters-42';
const USER = 'deploy@example.com';

function client(options: Partial<JiraClientOptions> = {}): JiraClient {
  return new JiraClient({
    url: jira.url,
    apiVersion: 2,
    approval: false,
    timeoutMs: 5000,
    user: USER,
    token: TOKEN,
    sleep: async () => {},
    ...options,
  });
}

describe('Redactor', () => {
  const r = new Redactor().add(TOKEN, USER);
  const basic = Buffer.from(`${USER}:${TOKEN}`).toString('base64');
  it.each([
    ['as given', `x ${TOKEN} y`],
    ['upper-cased', `x ${TOKEN.toUpperCase()} y`],
    ['lower-cased', `x ${TOKEN.toLowerCase()} y`],
    ['URL-encoded with the user', `x ${encodeURIComponent(`${USER}:${TOKEN}`)} y`],
    ['as a Basic credential', `Authorization: Basic ${basic}`],
    ['as base64url', `x ${Buffer.from(TOKEN).toString('base64url')} y`],
  ])('removes the token %s', (_what, text) => {
    const out = r.redact(text);
    expect(out).toContain('***');
    expect(out.toLowerCase()).not.toContain(TOKEN.slice(0, 6).toLowerCase());
    expect(out).not.toContain(basic.slice(0, 8));
  });

  it('leaves text without secrets, and short "secrets", alone', () => {
    expect(r.redact('plain text')).toBe('plain text');
    expect(new Redactor(['abc']).redact('abc abc')).toBe('abc abc');
  });
});

describe('JiraClient bounds', () => {
  it('redacts an echoed token before Jira’s error text is cut to length', async () => {
    for (const padding of [150, 186, 195, 199]) {
      const key = `OPS-${padding}`;
      jira.issue(key, { http: 400, echoAuthorization: true, echoPadding: padding });
      const message = (await client().lookup([key])).get(key)?.error?.message ?? '';
      expect(message).toMatch(/^Jira answered HTTP 400/);
      expect(message.toLowerCase()).not.toContain(TOKEN.slice(0, 4).toLowerCase());
    }
  });

  it('redacts credentials echoed in a status name', async () => {
    jira.issue('OPS-1', { status: `Done ${TOKEN.toLowerCase()}` });
    expect((await client().lookup(['OPS-1'])).get('OPS-1')?.status).toBe('Done ***');
  });

  it(`looks up at most ${MAX_KEYS_PER_RUN} distinct keys; the rest are over-limit without a request`, async () => {
    const keys = Array.from({ length: 70 }, (_, i) => `OPS-${i + 1}`);
    for (const k of keys) jira.issue(k, { status: 'Done' });
    const c = client();
    const result = await c.lookup([...keys, ...keys]);
    expect(result.size).toBe(70);
    expect(jira.total).toBe(MAX_KEYS_PER_RUN);
    expect([...result.values()].filter((l) => l.error?.kind === 'over-limit')).toHaveLength(20);
    // Asked again, the same keys cost nothing more.
    await c.lookup(keys);
    expect(jira.total).toBe(MAX_KEYS_PER_RUN);
  });

  it(`takes Jira as unreachable after ${MAX_RATE_LIMITED} answers of 429 in a run`, async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `WEB-${i + 1}`);
    for (const k of keys) jira.issue(k, { http: 429 });
    const result = await client({ concurrency: 1 }).lookup(keys);
    expect(jira.total).toBe(MAX_RATE_LIMITED);
    expect([...result.values()].every((l) => l.error?.kind === 'unreachable')).toBe(true);
    expect(result.get('WEB-30')?.error?.message).toContain('kept answering HTTP 429');
  });
});
