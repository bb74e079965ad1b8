import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/errors.js';

const resolve = (text: string) => resolveConfig(parseConfig(text, '.gitops.yml'), '.gitops.yml', '.gitops.yml');

describe('the policy’s notify: block', () => {
  it('defaults to no Jira and Slack on (sending only with credentials)', () => {
    expect(resolve('admins: [a@example.com]\n').notify).toEqual({
      jira: false,
      slack: { channels: [], 'api-url': 'https://slack.com/api' },
      email: false,
    });
    expect(resolveConfig(undefined, 'embedded default', '.gitops.yml').notify.jira).toBe(false);
  });

  it('fills Jira defaults under the given site and project, and can turn Slack off', () => {
    const c = resolve('notify:\n  jira: { url: "https://x.atlassian.net", project: OPS }\n  slack: false\n');
    expect(c.notify.jira).toEqual({ url: 'https://x.atlassian.net', project: 'OPS', 'issue-type': 'Bug', labels: [] });
    expect(c.notify.slack).toBe(false);
  });

  it('takes an SMTP server and sender for email, with the port 587 and STARTTLS by default, and implicit TLS on 465', () => {
    expect(
      resolve('notify:\n  email: { host: smtp.example.com, from: "Deploys <d@example.com>" }\n').notify.email,
    ).toEqual({
      host: 'smtp.example.com',
      port: 587,
      tls: 'starttls',
      from: 'Deploys <d@example.com>',
      to: [],
    });
    expect(
      resolve('notify:\n  email: { host: smtp.example.com, port: 465, from: d@example.com }\n').notify.email,
    ).toMatchObject({
      port: 465,
      tls: 'implicit',
    });
    expect(
      resolve('notify:\n  email: { host: relay, port: 25, tls: none, from: d@example.com, to: [ops@example.com] }\n')
        .notify.email,
    ).toMatchObject({ port: 25, tls: 'none', to: ['ops@example.com'] });
  });

  it('rejects a Jira block without a project, a bad project key and unknown keys, naming them', () => {
    for (const [text, word] of [
      ['notify:\n  jira: { url: "https://x.atlassian.net" }\n', 'project'],
      ['notify:\n  jira: { url: "https://x.atlassian.net", project: ops }\n', 'project'],
      ['notify:\n  email: { to: [a@example.com] }\n', 'host'],
      ['notify:\n  email: { host: smtp.example.com }\n', 'from'],
      [
        'notify:\n  email: { host: smtp.example.com, from: x@example.com, to: ["a@example.com\\r\\nBcc: b@example.com"] }\n',
        'to',
      ],
      ['notify:\n  email: { host: "smtp.example.com\\r\\nX: y", from: x@example.com }\n', 'host'],
      ['notify:\n  email: { host: smtp.example.com, from: x@example.com, tls: off }\n', 'tls'],
      ['notify:\n  email: { host: smtp.example.com, from: x@example.com, password: hunter2 }\n', 'password'],
      ['notify:\n  slack: { channel: "#x" }\n', 'channel'],
    ]) {
      expect(() => resolve(text!)).toThrow(ConfigError);
      expect(() => resolve(text!)).toThrow(new RegExp(word!));
    }
  });
});
