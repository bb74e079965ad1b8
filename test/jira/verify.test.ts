import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JiraClient, type JiraLookup } from '../../src/jira/client.js';
import { findJiraKeys } from '../../src/jira/key.js';
import {
  credentialsFromEnv,
  type JiraVerifyOptions,
  jiraReportLines,
  jiraVerifyFindings,
} from '../../src/jira/verify.js';
import { JiraStandIn } from '../support/jira-server.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SHA_C = 'c'.repeat(40);

const CONFIG: JiraVerifyOptions = { projects: [], statuses: ['Approved'], approval: false, onUnreachable: 'error' };

function lookups(...entries: JiraLookup[]): Map<string, JiraLookup> {
  return new Map(entries.map((e) => [e.key, e]));
}

const ok = (key: string, extra: Partial<JiraLookup> = {}): JiraLookup => ({
  key,
  exists: true,
  status: 'Approved',
  project: key.split('-')[0]!,
  issueType: 'Story',
  ...extra,
});

describe('jiraVerifyFindings', () => {
  it('gives nothing for an existing issue in an allowed status', () => {
    const found = jiraVerifyFindings(
      lookups(ok('OPS-1')),
      [{ sha: SHA_A, subject: 'OPS-1: x', keys: ['OPS-1'] }],
      CONFIG,
    );
    expect(found).toEqual([]);
  });

  it('404 is an error on the commit', () => {
    const found = jiraVerifyFindings(
      lookups({
        key: 'OPS-9',
        exists: false,
        error: { kind: 'not-found', message: 'OPS-9 does not exist in https://j' },
      }),
      [{ sha: SHA_A, subject: 'OPS-9: x', keys: ['OPS-9'] }],
      CONFIG,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'jira', severity: 'error', commit: SHA_A });
    expect(found[0]!.message).toBe(
      'OPS-9 (commit aaaaaaa): does not exist in Jira (OPS-9 does not exist in https://j)',
    );
    expect(found[0]!.hint).toContain('Check the key for typos');
  });

  it('a status not allowed is an error naming the status and the allowed ones, compared case-insensitively', () => {
    const config = { ...CONFIG, statuses: ['Approved', 'Ready for Deploy'] };
    const found = jiraVerifyFindings(
      lookups(
        ok('OPS-1', { status: 'In Progress' }),
        ok('OPS-2', { status: 'ready  for deploy' }),
        ok('OPS-3', { status: 'APPROVED' }),
      ),
      [{ sha: SHA_A, subject: 'x', keys: ['OPS-1', 'OPS-2', 'OPS-3'] }],
      config,
    );
    expect(found).toEqual([
      {
        rule: 'jira',
        severity: 'error',
        commit: SHA_A,
        message:
          'OPS-1 (commit aaaaaaa): is in status "In Progress", which may not deploy here; allowed: "Approved", "Ready for Deploy"',
        hint: 'Move OPS-1 to one of "Approved", "Ready for Deploy" in Jira, then run the check again.',
      },
    ]);
  });

  it('an empty statuses list allows every status', () => {
    const found = jiraVerifyFindings(
      lookups(ok('OPS-1', { status: 'Backlog' })),
      [{ sha: SHA_A, subject: 'x', keys: ['OPS-1'] }],
      { ...CONFIG, statuses: [] },
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['pending', 'has its latest approval pending, and an approved one is required', 'Ask the approvers'],
    ['declined', 'has its latest approval declined, and an approved one is required', 'was declined'],
    ['none', 'has no approval in Jira Service Management, and an approved one is required', 'Request approval'],
  ] as const)('approval %s is an error', (approval, message, hint) => {
    const found = jiraVerifyFindings(
      lookups(ok('SD-1', { approval })),
      [{ sha: SHA_A, subject: 'x', keys: ['SD-1'] }],
      { ...CONFIG, approval: true },
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(`SD-1 (commit aaaaaaa): ${message}`);
    expect(found[0]!.hint).toContain(hint);
    expect(found[0]!.severity).toBe('error');
  });

  it('approval approved passes; approval is not asked when not configured', () => {
    const commits = [{ sha: SHA_A, subject: 'x', keys: ['SD-1'] }];
    expect(
      jiraVerifyFindings(lookups(ok('SD-1', { approval: 'approved' })), commits, { ...CONFIG, approval: true }),
    ).toEqual([]);
    expect(jiraVerifyFindings(lookups(ok('SD-1', { approval: 'declined' })), commits, CONFIG)).toEqual([]);
  });

  it('a project not in projects is an error (a moved issue, say)', () => {
    const found = jiraVerifyFindings(
      lookups(ok('OPS-1', { project: 'DATA' }), ok('WEB-2')),
      [{ sha: SHA_A, subject: 'x', keys: ['OPS-1', 'WEB-2'] }],
      { ...CONFIG, projects: ['ops', 'WEB'] },
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('OPS-1 (commit aaaaaaa): belongs to project DATA, which is not one of OPS, WEB');
    expect(found[0]!.hint).toBe(
      'Name an issue of OPS, WEB in the message, or add DATA to jira.projects in the policy.',
    );
  });

  it('auth errors are one error for the run, with a hint on credentials', () => {
    const auth = (key: string): JiraLookup => ({
      key,
      exists: false,
      error: { kind: 'auth', message: `Jira refused the credentials (HTTP 401) when reading the issue of ${key}` },
    });
    const found = jiraVerifyFindings(
      lookups(auth('OPS-1'), auth('OPS-2')),
      [
        { sha: SHA_A, subject: 'x', keys: ['OPS-1'] },
        { sha: SHA_B, subject: 'y', keys: ['OPS-2'] },
      ],
      { ...CONFIG, onUnreachable: 'warn' },
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toBe(
      'Jira refused the credentials (HTTP 401) when reading the issue of OPS-1 (OPS-1, OPS-2 were not verified)',
    );
    expect(found[0]!.hint).toContain('JIRA_USER');
    expect(found[0]!.hint).toContain('JIRA_TOKEN');
    expect(found[0]!.commit).toBeUndefined();
  });

  it('unreachable is one finding for the run: an error, or a warning with on-unreachable: warn', () => {
    const down = (key: string): JiraLookup => ({
      key,
      exists: false,
      error: { kind: 'unreachable', message: 'Jira at https://j did not answer within 10000 ms' },
    });
    const map = lookups(down('OPS-1'), down('OPS-2'), down('OPS-3'), ok('OPS-4'));
    const commits = [
      { sha: SHA_A, subject: 'x', keys: ['OPS-1', 'OPS-2'] },
      { sha: SHA_B, subject: 'y', keys: ['OPS-3', 'OPS-4'] },
    ];
    const closed = jiraVerifyFindings(map, commits, CONFIG);
    expect(closed).toEqual([
      {
        rule: 'jira',
        severity: 'error',
        message:
          'Jira could not be reached, so OPS-1, OPS-2, OPS-3 were not verified and the check fails closed: Jira at https://j did not answer within 10000 ms',
        hint: 'Check jira.verify.url and that this runner can reach Jira, or retry the check. To let deploys pass with a warning while Jira is down, set jira.verify.on-unreachable: warn.',
      },
    ]);
    const open = jiraVerifyFindings(map, commits, { ...CONFIG, onUnreachable: 'warn' });
    expect(open).toHaveLength(1);
    expect(open[0]!.severity).toBe('warning');
    expect(open[0]!.message).toContain('on-unreachable: warn lets the push through');
    expect(open[0]!.hint).toBe('Verify the issues by hand before relying on this deploy.');
  });

  it('a key in several commits gives one finding, at the first commit', () => {
    const found = jiraVerifyFindings(
      lookups({ key: 'OPS-9', exists: false, error: { kind: 'not-found', message: 'gone' } }),
      [
        { sha: SHA_A, subject: 'OPS-9: a', keys: ['OPS-9'] },
        { sha: SHA_B, subject: 'OPS-9: b', keys: ['OPS-9'] },
        { sha: SHA_C, subject: 'OPS-9: c', keys: ['OPS-9', 'OPS-9'] },
      ],
      CONFIG,
    );
    expect(found.map((f) => [f.commit, f.message])).toEqual([
      [SHA_A, 'OPS-9 (commit aaaaaaa and 2 more): does not exist in Jira (gone)'],
    ]);
  });

  it('a key from the pull request title has no commit', () => {
    const found = jiraVerifyFindings(
      lookups(ok('OPS-1', { status: 'Open' })),
      [{ sha: '', subject: 'OPS-1: title', keys: ['OPS-1'] }],
      CONFIG,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.commit).toBeUndefined();
    expect(found[0]!.message).toMatch(/^OPS-1 \(in the pull request title\): is in status "Open"/);
  });

  it('other http errors and missing lookups are errors per key', () => {
    const found = jiraVerifyFindings(
      lookups({ key: 'OPS-1', exists: false, error: { kind: 'http', message: 'Jira answered HTTP 400' } }),
      [{ sha: SHA_A, subject: 'x', keys: ['OPS-1', 'OPS-2'] }],
      CONFIG,
    );
    expect(found.map((f) => f.message)).toEqual([
      'OPS-1 (commit aaaaaaa): could not be verified: Jira answered HTTP 400',
      'OPS-2 (commit aaaaaaa): was not verified online',
    ]);
    expect(found.every((f) => f.severity === 'error' && f.hint.length > 0)).toBe(true);
  });

  it('every finding has a hint', () => {
    const map = lookups(
      ok('A1-1', { status: 'Open', project: 'ZZ', approval: 'pending' }),
      { key: 'A1-2', exists: false, error: { kind: 'not-found', message: 'x' } },
      { key: 'A1-3', exists: false, error: { kind: 'auth', message: 'x' } },
      { key: 'A1-4', exists: false, error: { kind: 'unreachable', message: 'x' } },
      { key: 'A1-5', exists: false, error: { kind: 'http', message: 'x' } },
    );
    const found = jiraVerifyFindings(map, [{ sha: SHA_A, subject: 'x', keys: [...map.keys(), 'A1-6'] }], {
      projects: ['A1'],
      statuses: ['Approved'],
      approval: true,
      onUnreachable: 'error',
    });
    expect(found).toHaveLength(8);
    for (const f of found) {
      expect(f.rule).toBe('jira');
      expect(f.hint.length).toBeGreaterThan(20);
    }
  });
});

describe('jiraReportLines', () => {
  it('gives each key its status and approval', () => {
    const lines = jiraReportLines(
      lookups(
        ok('OPS-1', { approval: 'approved' }),
        ok('OPS-2', { status: 'In Progress' }),
        ok('SD-3', { status: 'Waiting for approval', approval: 'pending', issueType: 'Change' }),
        { key: 'OPS-4', exists: false, error: { kind: 'not-found', message: 'x' } },
        { key: 'OPS-5', exists: false, error: { kind: 'auth', message: 'x' } },
        { key: 'OPS-6', exists: false, error: { kind: 'unreachable', message: 'x' } },
        { key: 'OPS-7', exists: false, error: { kind: 'http', message: 'x' } },
        ok('OPS-8', { status: 'Done', error: { kind: 'unreachable', message: 'approvals' } }),
      ),
    );
    expect(lines).toEqual([
      'OPS-1: status Approved, approval approved, Story',
      'OPS-2: status In Progress, Story',
      'SD-3: status Waiting for approval, approval pending, Change',
      'OPS-4: not found',
      'OPS-5: credentials refused',
      'OPS-6: not verified, Jira unreachable',
      'OPS-7: not verified, Jira error',
      'OPS-8: status Done, not verified, Jira unreachable',
    ]);
  });
});

describe('credentialsFromEnv', () => {
  it.each<[NodeJS.ProcessEnv, { user?: string; token?: string }]>([
    [
      { JIRA_USER: 'me@example.com', JIRA_TOKEN: 'tok' },
      { user: 'me@example.com', token: 'tok' },
    ],
    [{ JIRA_TOKEN: ' pat ' }, { token: 'pat' }],
    [{ JIRA_USER: '', JIRA_TOKEN: '' }, {}],
    [{}, {}],
    [
      { 'INPUT_JIRA-USER': 'ci@example.com', 'INPUT_JIRA-TOKEN': 'in' },
      { user: 'ci@example.com', token: 'in' },
    ],
    [{ JIRA_TOKEN: 'env', 'INPUT_JIRA-TOKEN': 'in' }, { token: 'env' }],
  ])('%j gives %j', (env, expected) => {
    expect(credentialsFromEnv(env)).toEqual(expected);
  });
});

describe('end to end against the stand-in', () => {
  let jira: JiraStandIn;
  beforeEach(async () => {
    jira = await JiraStandIn.start();
  });
  afterEach(async () => {
    await jira.close();
  });

  it('commits → keys → one lookup per key → findings and report, with no token in any of it', async () => {
    const token = 'e2e-T0KEN-zz9';
    jira.issue('OPS-1', { status: 'Approved' });
    jira.approval('OPS-1', { approvals: [{ finalDecision: 'approved', created: 2 }] });
    jira.issue('OPS-2', { status: 'In Review' });
    jira.approval('OPS-2', { approvals: [{ finalDecision: 'pending', created: 2 }] });
    const commits = [
      { sha: SHA_A, subject: 'OPS-1: deploy the thing, as UTF-8' },
      { sha: SHA_B, subject: 'OPS-1 OPS-2: follow-up' },
      { sha: SHA_C, subject: 'OPS-1, OPS-404: last one' },
    ].map((c) => ({ ...c, keys: findJiraKeys(c.subject, ['OPS']) }));
    const { user, token: envToken } = credentialsFromEnv({ JIRA_USER: 'me@example.com', JIRA_TOKEN: token });
    const client = new JiraClient({
      url: jira.url,
      apiVersion: 3,
      approval: true,
      timeoutMs: 2000,
      ...(user ? { user } : {}),
      ...(envToken ? { token: envToken } : {}),
    });
    const map = await client.lookup(commits.flatMap((c) => c.keys));
    expect(jira.count('/rest/api/3/issue/OPS-1')).toBe(1);
    expect(jira.count('/rest/servicedeskapi/request/OPS-1/approval')).toBe(1);
    expect(jira.total).toBe(5);
    const findings = jiraVerifyFindings(map, commits, {
      projects: ['OPS'],
      statuses: ['Approved'],
      approval: true,
      onUnreachable: 'error',
    });
    expect(findings.map((f) => [f.commit, f.message.split(':')[0]])).toEqual([
      [SHA_B, 'OPS-2 (commit bbbbbbb)'],
      [SHA_B, 'OPS-2 (commit bbbbbbb)'],
      [SHA_C, 'OPS-404 (commit ccccccc)'],
    ]);
    const report = jiraReportLines(map);
    expect(report).toEqual([
      'OPS-1: status Approved, approval approved, Story',
      'OPS-2: status In Review, approval pending, Story',
      'OPS-404: not found',
    ]);
    const everything = JSON.stringify({ findings, report, map: [...map.values()] });
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(Buffer.from(`me@example.com:${token}`).toString('base64'));
  });
});
