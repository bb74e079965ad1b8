import type {
  BranchesConfig,
  CommittersConfig,
  DestructiveConfig,
  JiraConfig,
  JiraVerifyConfig,
  SkipDeployConfig,
  VersioningConfig,
} from './types.js';

/** The default policy file name, at the repository root. */
export const DEFAULT_CONFIG_PATH = '.gitops.yml';

/** What each rule means when it is switched on but a key is left out. */
export const RULE_DEFAULTS = {
  'skip-deploy': {
    markers: ['[skip deploy]', '[deploy skip]', 'skip deployment'],
    scope: 'head',
    trailer: true,
  } satisfies SkipDeployConfig,
  committers: { allow: [], check: ['author', 'committer'], 'require-signed': false } satisfies CommittersConfig,
  jira: { projects: [], scope: 'each', verify: false } satisfies JiraConfig,
  destructive: {
    descriptors: ['deploy/**/*.y?(a)ml', 'k8s/**/*.y?(a)ml'],
    render: null,
    'render-timeout': 300,
    'allowed-ports': [80, 443],
    capacity: null,
    'max-per-service': null,
    severity: {},
  } satisfies DestructiveConfig,
  branches: { 'merge-only': ['main', 'master'], 'allow-delete': false } satisfies BranchesConfig,
} as const;

export const JIRA_VERIFY_DEFAULTS: Omit<JiraVerifyConfig, 'url'> = {
  'api-version': 2,
  statuses: [],
  approval: false,
  'on-unreachable': 'error',
  hooks: false,
  timeout: 10_000,
};

export const VERSIONING_DEFAULTS: VersioningConfig = {
  'tag-prefix': 'v',
  'first-version': '0.1.0',
  labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
  'main-increment': 'patch',
  'conventional-commits': false,
};

/**
 * The embedded default, as a `.gitops.yml` would write it: the DTAP mapping, skip markers on,
 * merge-only main/master, the destructive gate, Jira keys required only for production, and no
 * allowlist (which the committers rule reports as a warning).
 */
export const EMBEDDED_DEFAULT = {
  environments: {
    testing: { branches: ['develop'] },
    acceptance: { branches: ['release/*'], 'promote-from': 'testing' },
    production: {
      branches: ['main', 'master'],
      tags: ['v*'],
      versions: '>=1.0.0',
      'promote-from': 'acceptance',
      rules: { jira: {} },
    },
  },
  rules: {
    'skip-deploy': {},
    committers: {},
    jira: false,
    destructive: {},
    branches: {},
    'policy-change': true,
  },
} as const;
