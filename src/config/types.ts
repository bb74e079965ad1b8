/**
 * The fully resolved configuration that rules receive: embedded defaults, then the file, then the
 * environment's overrides, then flags. Key names are the contract's (`.gitops.yml`), kebab-case.
 */
export type RuleSeverity = 'error' | 'warning' | 'off';

export interface SkipDeployConfig {
  markers: string[];
  scope: 'head' | 'any';
  /** Also honour the trailer `Skip-Deploy: true`. */
  trailer: boolean;
}

export interface CommittersConfig {
  allow: string[];
  check: Array<'author' | 'committer'>;
  'require-signed': boolean;
}

export interface JiraVerifyConfig {
  url: string;
  /** `2` or `3`: the REST API version of the issue endpoint. */
  'api-version': 2 | 3;
  statuses: string[];
  approval: boolean;
  'on-unreachable': 'error' | 'warn';
  /** Online checks run in the Action; in hooks only when this is true. */
  hooks: boolean;
  /** Per-request timeout, in milliseconds. */
  timeout: number;
}

/** Commits the Jira rule and `merge-only` leave alone; `merges` are the ones git says are merges. */
export type JiraExemption = 'merges' | 'reverts' | 'fixups';

export interface JiraConfig {
  projects: string[];
  scope: 'each' | 'head' | 'any' | 'pr-title';
  /** Default `[merges]`: reverts and fixups need a key unless listed. */
  exempt: JiraExemption[];
  verify: JiraVerifyConfig | false;
}

export type DestructiveKind =
  | 'service-removed'
  | 'version-downgrade'
  | 'port-opened'
  | 'firewall-widened'
  | 'firewall-narrowed'
  | 'limits-exceeded'
  | 'healthcheck-removed';

export const DESTRUCTIVE_KINDS: readonly DestructiveKind[] = [
  'service-removed',
  'version-downgrade',
  'port-opened',
  'firewall-widened',
  'firewall-narrowed',
  'limits-exceeded',
  'healthcheck-removed',
];

export interface DestructiveConfig {
  descriptors: string[];
  /** One command for the whole tree, or a command per target folder (`{ "overlays/prod": "kubectl kustomize overlays/prod" }`). */
  render: string | Record<string, string> | null;
  /** Seconds a `render` command may run. */
  'render-timeout': number;
  /** Run `render` on a pull request's head from a fork (`CheckRequest.untrustedHead`). Off: the files are read instead. */
  'render-untrusted'?: boolean;
  /** Let `render` run when a kustomization names a remote base (a URL, `github.com/...`, `git::`). */
  'render-allow-remote'?: boolean;
  /** With `allowed-ports`, count new container ports and ClusterIP Service ports too; on when the policy file sets `allowed-ports`. */
  'internal-ports'?: boolean;
  'allowed-ports': number[];
  capacity: { cpu?: string; memory?: string } | null;
  'max-per-service': { cpu?: string; memory?: string } | null;
  severity: Partial<Record<DestructiveKind, RuleSeverity>>;
}

export interface BranchesConfig {
  'merge-only': string[];
  'allow-delete': boolean;
}

export interface RulesConfig {
  'skip-deploy': SkipDeployConfig | false;
  committers: CommittersConfig | false;
  jira: JiraConfig | false;
  destructive: DestructiveConfig | false;
  branches: BranchesConfig | false;
  'policy-change': { enabled: true } | false;
  'promote-from': { enabled: true } | false;
}

export interface VersioningConfig {
  'tag-prefix': string;
  'first-version': string;
  labels: { develop: string; release: string; hotfix: string; feature?: string };
  /** The bump of a merge into main that names no version; the resolver defaults it to `patch`. */
  'main-increment'?: 'major' | 'minor' | 'patch';
  /** `feat:` headers bump minor (semantic-release's reading); default false. */
  'conventional-commits'?: boolean;
  /** A release commit's subject (`chore(release): 1.2.3`) names the version on main; default true. */
  'release-commits'?: boolean;
}

export interface EnvironmentConfig {
  name: string;
  branches: string[];
  tags: string[];
  /** A `semver` range that a tag's version must satisfy to deploy here. */
  versions?: string;
  'promote-from'?: string;
  /**
   * A tag deploys here only when its commit is reachable from one of the environment's exactly
   * named branches, unless this is true.
   */
  'tags-from-any-branch': boolean;
  deploy: boolean;
  /** This environment's rules: the top-level rules with its overrides applied. */
  rules: RulesConfig;
}

/** `notify.jira`: where a failed deploy opens (or comments on) its issue. */
export interface NotifyJiraConfig {
  url: string;
  project: string;
  'issue-type': string;
  /** Added to every issue, besides `gitops-failure-<env>`, which finds the open one again. */
  labels: string[];
}

/** `notify.slack`: the services' `notify.slack` channels get the message; these are added to them. */
export interface NotifySlackConfig {
  channels: string[];
  /** Web API base for `chat.postMessage` with SLACK_BOT_TOKEN. */
  'api-url': string;
}

/** `notify.email`: an SMTP server; the services' `notify.email` addresses and `to` get the notice. */
export interface NotifyEmailConfig {
  host: string;
  port: number;
  /** `starttls` (required, not opportunistic), `implicit` (TLS from the first byte), or `none`. */
  tls: 'starttls' | 'implicit' | 'none';
  from: string;
  to: string[];
}

/** What happens when a deploy fails (`record --status failure`, `notify`). */
export interface NotifyConfig {
  jira: NotifyJiraConfig | false;
  slack: NotifySlackConfig | false;
  email: NotifyEmailConfig | false;
}

export interface ResolvedConfig {
  /** Where the policy came from: `embedded default`, `<ref>:.gitops.yml`, or a path on disk. */
  source: string;
  /** The path of the policy file in the repository, for the `policy-change` rule. */
  path: string;
  admins: string[];
  versioning: VersioningConfig;
  environments: Record<string, EnvironmentConfig>;
  /** The top-level rules, used for refs that map to no environment. */
  rules: RulesConfig;
  /** True when no file was found and the embedded default applies. */
  embedded: boolean;
  /** Failure notifications. */
  notify: NotifyConfig;
  /** What every report must say about where the policy came from (a fallback, an invalid file skipped). */
  notes?: string[];
}
