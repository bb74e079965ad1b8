import { EMBEDDED_DEFAULT, JIRA_VERIFY_DEFAULTS, RULE_DEFAULTS, VERSIONING_DEFAULTS } from './defaults.js';
import type { EnvironmentConfig, JiraConfig, ResolvedConfig, RulesConfig } from './types.js';

/** The raw shape of a validated `.gitops.yml`; the schema has already checked the types. */
export interface RawConfig {
  admins?: string[];
  versioning?: { 'tag-prefix'?: string; 'first-version'?: string; labels?: Record<string, string> };
  environments?: Record<string, RawEnvironment>;
  rules?: RawRules;
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
export function resolveConfig(raw: RawConfig | undefined, source: string, path: string): ResolvedConfig {
  const file = raw ?? (EMBEDDED_DEFAULT as unknown as RawConfig);
  const topRaw: RawRules = { ...(EMBEDDED_DEFAULT.rules as RawRules), ...(raw ? (file.rules ?? {}) : {}) };
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
  return {
    'skip-deploy': rule('skip-deploy'),
    committers,
    jira,
    destructive: rule('destructive'),
    branches: rule('branches'),
    'policy-change': merged['policy-change'] === false ? false : { enabled: true },
    'promote-from': merged['promote-from'] === false ? false : { enabled: true },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
