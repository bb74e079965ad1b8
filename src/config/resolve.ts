import { CONVENTIONAL_ROOTS, descriptorGlobs, detectManifests } from '../init/manifests.js';
import {
  EMBEDDED_DEFAULT,
  JIRA_VERIFY_DEFAULTS,
  NOTIFY_EMAIL_DEFAULTS,
  NOTIFY_JIRA_DEFAULTS,
  NOTIFY_SLACK_DEFAULTS,
  RULE_DEFAULTS,
  VERSIONING_DEFAULTS,
} from './defaults.js';
import type {
  DestructiveConfig,
  EnvironmentConfig,
  JiraConfig,
  NotifyConfig,
  NotifyEmailConfig,
  NotifyJiraConfig,
  ResolvedConfig,
  RulesConfig,
} from './types.js';

/** The raw shape of a validated `.gitops.yml`; the schema has already checked the types. */
export interface RawConfig {
  admins?: string[];
  versioning?: {
    'tag-prefix'?: string;
    'first-version'?: string;
    labels?: Record<string, string>;
    'main-increment'?: 'major' | 'minor' | 'patch';
    'conventional-commits'?: boolean;
    'release-commits'?: boolean;
  };
  environments?: Record<string, RawEnvironment>;
  rules?: RawRules;
  notify?: {
    jira?: Partial<NotifyJiraConfig> | false;
    slack?: Record<string, unknown> | false;
    email?: Partial<NotifyEmailConfig> | false;
  };
}
interface RawEnvironment {
  branches?: string[];
  tags?: string[];
  versions?: string;
  'promote-from'?: string;
  'tags-from-any-branch'?: boolean;
  deploy?: boolean;
  rules?: RawRules;
}
type RawRules = Record<string, unknown>;

/**
 * Resolves a validated file onto the embedded defaults, in the fixed order: defaults, then the
 * file, then each environment's overrides. Objects merge key by key, arrays replace, and `false`
 * turns a rule off. A file that names environments replaces the default DTAP set as a whole,
 * because merging would leave environments the user never asked for.
 */
export function resolveConfig(
  raw: RawConfig | undefined,
  source: string,
  path: string,
  options: { files?: string[] } = {},
): ResolvedConfig {
  const file = raw ?? (EMBEDDED_DEFAULT as unknown as RawConfig);
  const topRaw: RawRules = { ...(EMBEDDED_DEFAULT.rules as RawRules), ...(raw ? (file.rules ?? {}) : {}) };
  if (!raw && options.files) {
    // The safety net watches the manifest folders this tree has, and says which.
    const roots = [...new Set([...CONVENTIONAL_ROOTS, ...detectManifests(options.files).roots])].sort();
    topRaw.destructive = { descriptors: descriptorGlobs(roots) };
    source = `${source} (destructive gate on ${roots.map((r) => (r === '.' ? 'the root folder' : `${r}/`)).join(', ')})`;
  }
  const rules = resolveRules(topRaw, undefined);
  const envsRaw = file.environments ?? (EMBEDDED_DEFAULT.environments as unknown as Record<string, RawEnvironment>);
  const environments: Record<string, EnvironmentConfig> = {};
  for (const [name, env] of Object.entries(envsRaw)) {
    environments[name] = {
      name,
      branches: env.branches ?? [],
      tags: env.tags ?? [],
      versions: env.versions,
      'promote-from': env['promote-from'],
      'tags-from-any-branch': env['tags-from-any-branch'] ?? false,
      deploy: env.deploy ?? true,
      rules: resolveRules({ ...topRaw, ...(env.rules ?? {}) }, topRaw, env.rules),
    };
  }
  const labels = { ...VERSIONING_DEFAULTS.labels, ...(file.versioning?.labels ?? {}) };
  return {
    source,
    path,
    embedded: raw === undefined,
    admins: file.admins ?? [],
    versioning: { ...VERSIONING_DEFAULTS, ...(file.versioning ?? {}), labels },
    environments,
    rules,
    notify: resolveNotify(raw?.notify),
  };
}

/** `notify:` onto its defaults; Jira only when the file names a site and a project (the schema asks for both). */
function resolveNotify(raw: RawConfig['notify']): NotifyConfig {
  const jira = raw?.jira;
  const slack = raw?.slack;
  const email = raw?.email;
  let emailConfig: NotifyEmailConfig | false = false;
  if (email) {
    const merged = { ...NOTIFY_EMAIL_DEFAULTS, ...email };
    // Port 465 is implicit TLS (RFC 8314); elsewhere STARTTLS, required rather than opportunistic.
    emailConfig = { ...merged, tls: email.tls ?? (merged.port === 465 ? 'implicit' : 'starttls') } as NotifyEmailConfig;
  }
  return {
    jira: jira ? ({ ...NOTIFY_JIRA_DEFAULTS, ...jira } as NotifyJiraConfig) : false,
    slack: slack === false ? false : { ...NOTIFY_SLACK_DEFAULTS, ...(slack ?? {}) },
    email: emailConfig,
  };
}

function resolveRules(merged: RawRules, top: RawRules | undefined, overrides?: RawRules): RulesConfig {
  const rule = <T extends object>(name: keyof typeof RULE_DEFAULTS): T | false => {
    const value = merged[name];
    if (value === false || value === undefined) return false;
    const base = top && overrides?.[name] !== undefined && isObject(top[name]) ? (top[name] as object) : {};
    return { ...RULE_DEFAULTS[name], ...base, ...(value as object) } as T;
  };
  const jira = rule<JiraConfig>('jira');
  if (jira) {
    const topVerify = top && isObject(top.jira) ? (top.jira as Record<string, unknown>).verify : undefined;
    const verify = jira.verify as unknown;
    jira.verify =
      verify === false || verify === undefined
        ? false
        : ({
            ...JIRA_VERIFY_DEFAULTS,
            ...(isObject(topVerify) ? topVerify : {}),
            ...(verify as object),
          } as JiraConfig['verify']);
  }
  const committers = rule<RulesConfig['committers'] & object>('committers');
  if (committers && typeof committers.check === 'string') committers.check = [committers.check];
  const destructive = rule<DestructiveConfig>('destructive');
  if (destructive && destructive['internal-ports'] === undefined) {
    // `allowed-ports` written in the policy file is a list of every port meant to be open, internal ones too.
    const raw = merged.destructive;
    destructive['internal-ports'] = isObject(raw) && Array.isArray(raw['allowed-ports']);
  }
  return {
    'skip-deploy': rule('skip-deploy'),
    committers,
    jira,
    destructive,
    branches: rule('branches'),
    'policy-change': merged['policy-change'] === false ? false : { enabled: true },
    'promote-from': merged['promote-from'] === false ? false : { enabled: true },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
