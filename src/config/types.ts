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

export interface JiraConfig {
  projects: string[];
  scope: 'each' | 'head' | 'any' | 'pr-title';
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
  render: string | null;
  /** Seconds a `render` command may run. */
  'render-timeout': number;
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
  /** What every report must say about where the policy came from (a fallback, an invalid file skipped). */
  notes?: string[];
}
