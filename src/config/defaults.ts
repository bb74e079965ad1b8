import type {
  BranchesConfig,
  CommittersConfig,
  DestructiveConfig,
  JiraConfig,
  JiraVerifyConfig,
  NotifyEmailConfig,
  NotifyJiraConfig,
  NotifySlackConfig,
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
  jira: { projects: [], scope: 'each', exempt: ['merges'], verify: false } satisfies JiraConfig,
  destructive: {
    descriptors: ['deploy/**/*.y?(a)ml', 'k8s/**/*.y?(a)ml'],
    render: null,
    'render-timeout': 300,
    'render-untrusted': false,
    'render-allow-remote': false,
    'allowed-ports': [80, 443],
    capacity: null,
    'max-per-service': null,
    severity: {},
  } satisfies DestructiveConfig,
  // merge-only is a convention (how code reaches a branch), so it is empty until the file names branches.
  branches: { 'merge-only': [], 'allow-delete': false } satisfies BranchesConfig,
} as const;

export const JIRA_VERIFY_DEFAULTS: Omit<JiraVerifyConfig, 'url'> = {
  'api-version': 2,
  statuses: [],
  approval: false,
  'on-unreachable': 'error',
  hooks: false,
  timeout: 10_000,
};

/** `notify.jira` needs a site and a project, so only these two keys have defaults. */
export const NOTIFY_JIRA_DEFAULTS: Pick<NotifyJiraConfig, 'issue-type' | 'labels'> = {
  'issue-type': 'Bug',
  labels: [],
};
/** Slack is on by default: it sends only when SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL is set. */
export const NOTIFY_SLACK_DEFAULTS: NotifySlackConfig = { channels: [], 'api-url': 'https://slack.com/api' };
/** Email is off unless `notify.email` names a server and a sender; these fill the rest (`tls` follows the port). */
export const NOTIFY_EMAIL_DEFAULTS: Pick<NotifyEmailConfig, 'port' | 'to'> = { port: 587, to: [] };

export const VERSIONING_DEFAULTS: VersioningConfig = {
  'tag-prefix': 'v',
  'first-version': '0.1.0',
  labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
  'main-increment': 'patch',
  'conventional-commits': false,
  'release-commits': true,
};

/**
 * The embedded default, when there is no `.gitops.yml`: a safety net, never a convention the
 * repository may not follow. It maps the DTAP branches, honours skip markers, keeps environment
 * branches from being deleted, and runs the destructive gate on the manifest folders it finds
 * (plus `deploy/` and `k8s/`). No allowlist, no Jira keys, no merge-only, no promote-from: those
 * come from the file `gitops-action init` writes after looking at the repository.
 */
export const EMBEDDED_DEFAULT = {
  environments: {
    testing: { branches: ['develop'] },
    acceptance: { branches: ['release/*'] },
    production: { branches: ['main', 'master'], tags: ['v*'], versions: '>=1.0.0' },
  },
  rules: {
    'skip-deploy': {},
    committers: false,
    jira: false,
    destructive: {},
    branches: { 'merge-only': [], 'allow-delete': false },
    'policy-change': true,
  },
} as const;
