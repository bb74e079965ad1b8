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
    });
    expect(resolveConfig(undefined, 'embedded default', '.gitops.yml').notify.jira).toBe(false);
  });

  it('fills Jira defaults under the given site and project, and can turn Slack off', () => {
    const c = resolve('notify:\n  jira: { url: "https://x.atlassian.net", project: OPS }\n  slack: false\n');
    expect(c.notify.jira).toEqual({ url: 'https://x.atlassian.net', project: 'OPS', 'issue-type': 'Bug', labels: [] });
    expect(c.notify.slack).toBe(false);
  });

  it('rejects a Jira block without a project, a bad project key and unknown keys, naming them', () => {
    for (const [text, word] of [
      ['notify:\n  jira: { url: "https://x.atlassian.net" }\n', 'project'],
      ['notify:\n  jira: { url: "https://x.atlassian.net", project: ops }\n', 'project'],
      ['notify:\n  email: { to: [a@example.com] }\n', 'email'],
      ['notify:\n  slack: { channel: "#x" }\n', 'channel'],
    ]) {
      expect(() => resolve(text!)).toThrow(ConfigError);
      expect(() => resolve(text!)).toThrow(new RegExp(word!));
    }
  });
});
