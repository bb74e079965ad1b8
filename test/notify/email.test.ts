import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { recipients, validAddress } from '../../src/notify/email.js';
import { emailSubject, emailText } from '../../src/notify/message.js';
import { writeDeploy } from '../../src/record/git-store.js';
import { ensureBuilt, runCliAsync } from '../support/build.js';
import { commit } from '../support/facts.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';
import { SlackStandIn } from '../support/slack-server.js';
import { bodyOf, headersOf, SMTP_CERT_FILE, SmtpStandIn } from '../support/smtp-server.js';

const PASSWORD = 'smtp-secret-pass-789';
const BOT = 'xoxb-secret-bot-456';

describe('email addresses from descriptors', () => {
  it.each([
    ['ops@example.com', true],
    ['first.last+deploys@sub.example.co.uk', true],
    ["o'brien@example.com", true],
    ['ops@example.com\r\nBcc: evil@example.com', false],
    ['ops@example.com\nBcc: evil@example.com', false],
    ['ops@example.com, evil@example.com', false],
    ['Ops <ops@example.com>', false],
    ['"ops"@example.com', false],
    ['ops@localhost', false],
    ['ops@example..com', false],
    ['ops..x@example.com', false],
    ['@example.com', false],
    ['ops@', false],
    [`${'a'.repeat(250)}@example.com`, false],
  ])('%j is an address to send to: %s', (address, ok) => {
    expect(validAddress(address)).toBe(ok);
  });

  it('deduplicates regardless of letter case and keeps the refused ones apart, as written', () => {
    expect(
      recipients(['ops@example.com', ' OPS@example.com', 'x@y.z\r\nBcc: e@example.com', 'web@example.com']),
    ).toEqual({ to: ['ops@example.com', 'web@example.com'], invalid: ['x@y.z\r\nBcc: e@example.com'] });
  });
});

describe('the email’s words', () => {
  const head = commit('OPS-2: billing\rBcc: evil@example.com\u2028X-Evil: 1', { email: 'carol@example.com' });
  const facts = {
    environment: 'production',
    failed: {
      environment: 'production',
      sha: head.sha,
      status: 'failure' as const,
      at: '2026-01-03T10:00:00Z',
      source: 'git-ref' as const,
      version: '1.1.0',
      url: 'https://ci.example.com/run/42',
    },
    previous: {
      environment: 'production',
      sha: 'b'.repeat(40),
      status: 'success' as const,
      at: '2026-01-02T10:00:00Z',
      source: 'git-ref' as const,
      version: '1.0.0',
    },
    commits: [head],
    moreCommits: false,
    head,
    services: [
      { service: 'billing', file: 'deploy/billing.yml', maintainer: 'team-billing@example.com', slack: [], email: [] },
    ],
    plan: {
      objects: [
        {
          id: 'Service/billing',
          kind: 'Service',
          file: 'deploy/billing.yml',
          target: 'deploy',
          action: 'update' as const,
          changes: [],
        },
      ],
      findings: [],
      summary: { add: 0, change: 1, destroy: 0, destructive: 0 },
    },
    runUrl: 'https://ci.example.com/run/42',
    repositoryUrl: 'https://github.com/org/repo',
  };

  it('keeps the subject on one line, whatever the commit subject holds', () => {
    const subject = emailSubject(facts);
    expect(subject).toBe(
      `Deploy to production failed: 1.1.0 (${head.sha.slice(0, 7)}) OPS-2: billing Bcc: evil@example.com X-Evil: 1`,
    );
    expect(subject).not.toMatch(/[\r\n\u2028]/);
    expect(emailSubject({ ...facts, head: { ...head, subject: 'x'.repeat(500) } })).toHaveLength(200);
  });

  it('says what the Slack message says, plus the commits and the plan, one untrusted text a line', () => {
    const text = emailText(facts, 'OPS-9', 'https://jira.example.com/');
    expect(text).toContain(
      `The deploy of 1.1.0 (${head.sha.slice(0, 7)}) to production failed at 2026-01-03T10:00:00Z.`,
    );
    expect(text).toContain('Run: https://ci.example.com/run/42');
    expect(text).toContain(`Still deployed: bbbbbbb (1.0.0), since 2026-01-02T10:00:00Z.`);
    expect(text).toContain('Committed by: Dev <carol@example.com>.');
    expect(text).toContain('Maintainer: team-billing@example.com.');
    expect(text).toContain('Jira: OPS-9 https://jira.example.com/browse/OPS-9');
    expect(text).toContain(
      `  ${head.sha.slice(0, 7)} OPS-2: billing Bcc: evil@example.com X-Evil: 1 (Dev <carol@example.com>)`,
    );
    expect(text).toContain(`https://github.com/org/repo/commit/${head.sha}`);
    expect(text).toContain('  billing (deploy/billing.yml), maintainer team-billing@example.com');
    expect(text).toContain('  update Service/billing (deploy/billing.yml)');
    expect(text).toContain('  Plan: 0 to add, 1 to change, 0 to destroy, 0 destructive.');
    expect(text).not.toMatch(/[\r\u2028]/);
    expect(text.split('\n').some((l) => l.startsWith('Bcc:') || l.startsWith('X-Evil'))).toBe(false);
  });
});

const service = (name: string, port: number, emails: string) => `service: ${name}
version: 1.0.0
port: ${port}
notify: { email: ${emails}, slack: ["#${name}"] }
maintainer: team-${name}@example.com
`;

/** A success, then a failed deploy that changed the billing service only; `email` is the policy's notify.email. */
function repoWithFailure(email: string, slackApi: string, subject = 'OPS-2: billing on 9090') {
  const repo = TestRepo.create({ knownDefault: true });
  repo.commit('OPS-1: services', {
    files: {
      '.gitops.yml': `environments:
  production: { branches: [main] }
rules:
  destructive: { descriptors: ["deploy/*.yml"] }
notify:
  slack: { api-url: "${slackApi}" }
  email: ${email}
`,
      'deploy/billing.yml': service('billing', 8080, '[billing@example.com]'),
      'deploy/web.yml': service('web', 8081, '[web@example.com]'),
    },
  });
  const good = repo.sha();
  repo.commit(subject, {
    files: {
      'deploy/billing.yml': service(
        'billing',
        9090,
        '[billing@example.com, "oncall@example.com\\r\\nBcc: evil@example.com", BILLING@example.com]',
      ),
    },
    as: 'carol@example.com',
  });
  const failed = repo.sha();
  const git = new Git(repo.dir);
  writeDeploy(git, {
    environment: 'production',
    sha: good,
    status: 'success',
    at: '2026-01-02T10:00:00Z',
    version: '1.0.0',
  });
  writeDeploy(git, {
    environment: 'production',
    sha: failed,
    status: 'failure',
    at: '2026-01-03T10:00:00Z',
    version: '1.1.0',
    url: 'https://ci.example.com/run/42',
  });
  return { repo, failed };
}

describe('gitops-action notify by email (built CLI, SMTP and Slack stand-ins)', () => {
  let slack: SlackStandIn;
  let smtp: SmtpStandIn | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    slack = await SlackStandIn.start();
    slack.channels.add('#billing');
  }, 300_000);
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
    slack.posts.length = 0;
  });
  afterAll(async () => {
    await slack?.close();
  });

  const env = (extra: Record<string, string> = {}) => ({
    ...TEST_ENV,
    GITOPS_ACTION_EXTRA_CA_CERTS: SMTP_CERT_FILE,
    SLACK_BOT_TOKEN: BOT,
    ...extra,
  });

  it('sends one plain-text notice over STARTTLS with a login, to the changed service’s addresses only, and headers stay headers', async () => {
    smtp = await SmtpStandIn.start({ users: { 'ci@example.com': PASSWORD } });
    const { repo, failed } = repoWithFailure(
      `{ host: 127.0.0.1, port: ${smtp.port}, from: "Deploys <deploys@example.com>", to: [oncall@example.com] }`,
      slack.apiUrl,
      'OPS-2: billing on 9090\rBcc: evil@example.com',
    );
    const r = await runCliAsync(['notify', '--env', 'production'], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com', SMTP_PASSWORD: PASSWORD }),
    });
    expect(r.stdout).toContain(
      `email: failed: sent to billing@example.com, oncall@example.com through 127.0.0.1:${smtp.port}; not addresses, left out: "oncall@example.com\\r\\nBcc: evil@example.com"`,
    );
    // The invalid address makes the channel a failure to report; the others still went.
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/slack: sent: posted to #billing/);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(smtp.logins).toEqual([{ user: 'ci@example.com', ok: true }]);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.secure).toBe(true);
    expect(mail.from).toBe('deploys@example.com');
    expect(mail.to).toEqual(['billing@example.com', 'oncall@example.com']);
    const headers = headersOf(mail.raw);
    const names = headers.map(([n]) => n.toLowerCase());
    expect(names).not.toContain('bcc');
    expect(names.filter((n) => n === 'subject')).toHaveLength(1);
    expect(Object.fromEntries(headers.map(([n, v]) => [n.toLowerCase(), v]))).toMatchObject({
      from: 'Deploys <deploys@example.com>',
      to: 'billing@example.com, oncall@example.com',
      subject: `Deploy to production failed: 1.1.0 (${failed.slice(0, 7)}) OPS-2: billing on 9090 Bcc: evil@example.com`,
      'auto-submitted': 'auto-generated',
    });
    expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    const body = bodyOf(mail.raw);
    expect(body).toContain(`The deploy of 1.1.0 (${failed.slice(0, 7)}) to production failed at 2026-01-03T10:00:00Z.`);
    expect(body).toContain('Run: https://ci.example.com/run/42');
    expect(body).toContain('Committed by: Dev <carol@example.com>.');
    expect(body).toContain('Maintainer: team-billing@example.com.');
    expect(body).toContain(
      `  ${failed.slice(0, 7)} OPS-2: billing on 9090 Bcc: evil@example.com (Dev <carol@example.com>)`,
    );
    expect(body).toContain('  update descriptor/billing (deploy/billing.yml)');
    expect(body).toContain('  Plan: 0 to add, 1 to change, 0 to destroy, 1 destructive.');
    expect(body).not.toContain('web@example.com');
  }, 120_000);

  it('reports a wrong password, a refused recipient and a server that is not there, and Slack is told each time', async () => {
    smtp = await SmtpStandIn.start({ users: { 'ci@example.com': PASSWORD } });
    smtp.unknown.add('billing@example.com');
    const policy = (port: number) =>
      `{ host: 127.0.0.1, port: ${port}, from: deploys@example.com, to: [oncall@example.com] }`;
    const { repo } = repoWithFailure(policy(smtp.port), slack.apiUrl);

    const wrong = await runCliAsync(['notify', '--env', 'production'], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com', SMTP_PASSWORD: 'not-the-password-42' }),
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toMatch(/email: failed: SMTP 127\.0\.0\.1:\d+: .*535/);
    expect(wrong.stdout).toMatch(/slack: sent/);
    expect(wrong.stdout + wrong.stderr).not.toContain('not-the-password-42');
    expect(smtp.mails).toHaveLength(0);

    const refused = await runCliAsync(['notify', '--env', 'production'], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com', SMTP_PASSWORD: PASSWORD }),
    });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(
      /email: failed: sent to oncall@example\.com through [^;]+; billing@example\.com refused: 550/,
    );
    expect(smtp.mails.map((m) => m.to)).toEqual([['oncall@example.com']]);

    const port = smtp.port;
    await smtp.close();
    smtp = undefined;
    const gone = await runCliAsync(['notify', '--env', 'production'], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com', SMTP_PASSWORD: PASSWORD }),
    });
    expect(gone.status).toBe(1);
    expect(gone.stdout).toMatch(new RegExp(`email: failed: SMTP 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
    expect(gone.stdout).toMatch(/slack: sent/);
    expect(slack.posts).toHaveLength(3);
  }, 120_000);

  it('never sends a password without TLS, and takes a plain relay without one; half a login is named', async () => {
    smtp = await SmtpStandIn.start({ starttls: false });
    const { repo } = repoWithFailure(
      `{ host: 127.0.0.1, port: ${(smtp as SmtpStandIn).port}, tls: none, from: deploys@example.com }`,
      slack.apiUrl,
    );
    const clear = await runCliAsync(['notify', '--env', 'production'], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com', SMTP_PASSWORD: PASSWORD }),
    });
    expect(clear.status).toBe(1);
    expect(clear.stdout).toMatch(/email: failed: .*the password is never sent without TLS/);
    expect(smtp.mails).toHaveLength(0);
    const half = await runCliAsync(['notify', '--env', 'production'], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com' }),
    });
    expect(half.stdout).toMatch(/email: failed: SMTP_USER is set without SMTP_PASSWORD/);
    const relay = await runCliAsync(['notify', '--env', 'production', '--dry-run'], { cwd: repo.dir, env: env() });
    expect(relay.stdout).toMatch(/email: dry-run: would send to billing@example\.com through 127\.0\.0\.1:\d+/);
    expect(smtp.mails).toHaveLength(0);
    const sent = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env: env() });
    expect(sent.stdout).toMatch(/email: failed: sent to billing@example\.com through/);
    expect(smtp.mails.map((m) => [m.to, m.secure, m.user])).toEqual([[['billing@example.com'], false, undefined]]);
  }, 120_000);

  it('record --status failure sends it too, and still exits 0 when a channel failed', async () => {
    smtp = await SmtpStandIn.start({ users: { 'ci@example.com': PASSWORD } });
    const { repo } = repoWithFailure(
      `{ host: 127.0.0.1, port: ${smtp.port}, from: deploys@example.com }`,
      slack.apiUrl,
    );
    const again = repo.commit('OPS-3: billing again');
    const r = await runCliAsync(['record', '--env', 'production', '--status', 'failure', '--sha', again], {
      cwd: repo.dir,
      env: env({ SMTP_USER: 'ci@example.com', SMTP_PASSWORD: PASSWORD }),
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /email: failed: sent to billing@example\.com through 127\.0\.0\.1:\d+; not addresses, left out/,
    );
    expect(r.stderr).toContain('gitops-action: warning: notify email failed:');
    expect(r.stderr).toContain(
      `fix: once that is fixed, run gitops-action notify --env production --sha ${again.slice(0, 12)}`,
    );
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(smtp.mails.map((m) => m.to)).toEqual([['billing@example.com']]);
    expect(headersOf(smtp.mails[0]!.raw).find(([n]) => n === 'Subject')?.[1]).toBe(
      `Deploy to production failed: ${again.slice(0, 7)} OPS-3: billing again`,
    );
  }, 120_000);

  it('STARTTLS is required by default: a server that does not offer it gets nothing', async () => {
    smtp = await SmtpStandIn.start({ starttls: false });
    const { repo } = repoWithFailure(
      `{ host: 127.0.0.1, port: ${smtp.port}, from: deploys@example.com }`,
      slack.apiUrl,
    );
    const r = await runCliAsync(['notify', '--env', 'production'], { cwd: repo.dir, env: env() });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/email: failed: SMTP 127\.0\.0\.1:\d+: .*STARTTLS/i);
    expect(smtp.mails).toHaveLength(0);
  }, 120_000);
});
