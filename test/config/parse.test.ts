import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/errors.js';

const CONTRACT_EXAMPLE = `# yaml-language-server: $schema=./node_modules/gitops-action/schema/gitops.schema.json
admins: [lead@example.com, "github:octocat"]
versioning:
  tag-prefix: v
  first-version: 0.1.0
  labels: { develop: alpha, release: beta, hotfix: beta }
environments:
  testing:    { branches: [develop] }
  acceptance: { branches: ["release/*"], promote-from: testing }
  production:
    branches: [main, master]
    tags: ["v*"]
    versions: ">=1.0.0"
    promote-from: acceptance
    deploy: true
    rules:
      jira: { verify: { url: "https://example.atlassian.net", statuses: [Approved], approval: false, on-unreachable: error } }
rules:
  skip-deploy:
    markers: ["[skip deploy]", "[deploy skip]", "skip deployment"]
    scope: head
  committers:
    allow: ["*@example.com", "github:octocat", "github-actions[bot]"]
    check: [author, committer]
    require-signed: false
  jira:
    projects: [OPS, WEB]
    scope: each
  destructive:
    descriptors: ["deploy/**/*.y?(a)ml", "k8s/**/*.y?(a)ml"]
    render: null
    allowed-ports: [80, 443, 8080]
    capacity: { cpu: "64", memory: 256Gi }
    max-per-service: { cpu: "8", memory: 32Gi }
    severity: { healthcheck-removed: warning }
  branches:
    merge-only: [main, master]
    allow-delete: false
`;

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, '.gitops.yml');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('accepts every key of the contract example and resolves environment overrides', () => {
    const config = resolveConfig(parseConfig(CONTRACT_EXAMPLE, '.gitops.yml'), 'test', '.gitops.yml');
    const prod = config.environments.production!;
    expect(prod.rules.jira).toMatchObject({
      projects: ['OPS', 'WEB'],
      scope: 'each',
      verify: {
        url: 'https://example.atlassian.net',
        statuses: ['Approved'],
        'on-unreachable': 'error',
        timeout: 10_000,
      },
    });
    expect(config.environments.testing!.rules.jira).toMatchObject({ verify: false });
    expect(config.rules.destructive).toMatchObject({
      'allowed-ports': [80, 443, 8080],
      severity: { 'healthcheck-removed': 'warning' },
    });
    expect(config.admins).toEqual(['lead@example.com', 'github:octocat']);
  });

  it('a file that is not YAML names the file, line and column', () => {
    const e = errorOf('rules:\n  jira: { scope: each\n');
    expect(e.message).toMatch(/^\.gitops\.yml:\d+:\d+: not valid YAML/);
  });

  it('an unknown key names where it is, the nearest valid key, and every valid one', () => {
    const e = errorOf('rules:\n  jira:\n    scpoe: each\n');
    expect(e.message).toBe(
      '.gitops.yml:3:5: unknown key "scpoe" in rules.jira; did you mean "scope"? Valid keys: projects, scope, verify, exempt.',
    );
    // Inside an environment's rules, and at the top, the same.
    expect(errorOf('environments:\n  prod:\n    rules: { brnches: false }\n').message).toContain(
      'unknown key "brnches" in environments.prod.rules; did you mean "branches"? Valid keys: skip-deploy, committers, jira, destructive, branches, policy-change, promote-from.',
    );
    expect(errorOf('rulez: {}\n').message).toContain('did you mean "rules"?');
    // Nothing near: no guess, still the list.
    expect(errorOf('rules:\n  jira:\n    zzzzzzzz: 1\n').message).not.toContain('did you mean');
  });

  it('a value of the wrong type names the key, what was expected and what was given', () => {
    expect(errorOf('rules:\n  jira:\n    scope: everything\n').message).toBe(
      '.gitops.yml:3:12: rules.jira.scope must be one of "each", "head", "any", "pr-title", not "everything"',
    );
    expect(errorOf('rules:\n  jira:\n    scope: eahc\n').message).toContain('; did you mean "each"?');
    expect(errorOf('environments:\n  prod:\n    deploy: "yes"\n').message).toBe(
      '.gitops.yml:3:13: environments.prod.deploy must be true or false, not "yes"',
    );
    expect(errorOf('rules:\n  destructive:\n    allowed-ports: [80, 70000]\n').message).toMatch(
      /^\.gitops\.yml:3:25: rules\.destructive\.allowed-ports\.1 must be <= 65535/,
    );
  });

  it('a pattern is explained in words, never shown as a regular expression', () => {
    expect(errorOf('rules:\n  jira:\n    projects: [ops]\n').message).toBe(
      '.gitops.yml:3:16: rules.jira.projects.0 must be a Jira project key: 2–10 capital letters, digits or _, starting with a letter (OPS, WEB_2), not "ops"',
    );
    expect(errorOf('versioning:\n  first-version: v1.0\n').message).toContain(
      'must be a version of three numbers, without a prefix (0.1.0)',
    );
    expect(errorOf('rules:\n  jira:\n    verify: { url: example.com }\n').message).toContain(
      'must be a URL that starts with https://',
    );
    for (const text of ['rules: { jira: { projects: [x] } }', 'versioning: { labels: { develop: "a b" } }']) {
      expect(errorOf(`${text}\n`).message).not.toMatch(/\^|\$|\[A-Z/);
    }
  });

  it('promote-from that names no environment fails at load, with its line and the nearest name', () => {
    const text =
      'environments:\n  testing: { branches: [develop] }\n  production:\n    branches: [main]\n    promote-from: testin\n';
    const e = errorOf(text);
    expect(e.message).toBe(
      '.gitops.yml:5:19: environments.production.promote-from names no environment: "testin"; did you mean "testing"?',
    );
    expect(e.hint).toContain('testing, production');
    expect(() => parseConfig(text.replace('testin\n', 'testing\n'), 'f')).not.toThrow();
  });

  it('a repeated key is an error, not a silent override', () => {
    expect(errorOf('admins: [a]\nadmins: [b]\n').message).toMatch(/^\.gitops\.yml:2:1: not valid YAML/);
  });

  it('an alias bomb is refused, not expanded', () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    expect(errorOf(bomb).message).toContain('.gitops.yml');
  });

  it('an empty file is the defaults', () => {
    expect(parseConfig('', 'x')).toEqual({});
    expect(parseConfig('# only a comment\n', 'x')).toEqual({});
  });

  it('never throws anything but a ConfigError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseConfig(text, 'f');
        } catch (err) {
          return err instanceof ConfigError && /^f(:\d+:\d+)?: /.test((err as Error).message);
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('environments.<name>.versions', () => {
  it('must be a semver range, named with its line', () => {
    expect(() => parseConfig('environments:\n  prod:\n    versions: ">=banana"\n', '.gitops.yml')).toThrow(
      '.gitops.yml:3:15: environments.prod.versions is not a semver range: ">=banana"',
    );
    expect(parseConfig('environments:\n  prod:\n    versions: ">=1.0.0-0 <2"\n', 'f')).toBeTruthy();
  });
});
