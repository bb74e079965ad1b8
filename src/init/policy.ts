import { plural } from '../report/style.js';
import { parseTagVersion } from '../semver/history.js';
import { ANY_YAML } from './manifests.js';
import type { RepositorySurvey } from './survey.js';

/**
 * The starter policy `init` writes, as decisions with their reasons. Pure: the survey in, a draft
 * out; `relax` takes back what the repository's own history shows it does not do; `renderPolicy`
 * writes the YAML with every reason as a comment.
 */
export interface DraftEnvironment {
  name: string;
  branches: string[];
  tags: string[];
  promoteFrom?: string;
  why: string;
}

export interface PolicyDraft {
  environments: DraftEnvironment[];
  tagPrefix: string;
  tagWhy: string;
  jira: { projects: string[] } | false;
  jiraWhy: string;
  mergeOnly: string[];
  mergeWhy: string;
  descriptors: string[];
  destructiveWhy: string;
  /** What the replay of the history turned off, and why: shown in the file and by init. */
  relaxed: string[];
}

/** Environment branches by the names teams give them, lowest first. */
const LADDER: Array<{ env: string; names: string[] }> = [
  { env: 'development', names: ['dev', 'development'] },
  { env: 'testing', names: ['test', 'testing'] },
  { env: 'qa', names: ['qa'] },
  { env: 'uat', names: ['uat'] },
  { env: 'staging', names: ['staging', 'stage', 'preprod', 'pre-prod'] },
  { env: 'production', names: ['prod', 'production', 'live'] },
];

/** The share of commits naming a Jira key above which a team is taken to use Jira keys. */
export const JIRA_SHARE = 0.9;

export function draftPolicy(survey: RepositorySurvey): PolicyDraft {
  const has = (b: string) => survey.branches.includes(b);
  const main = survey.defaultBranch ?? (has('master') && !has('main') ? 'master' : 'main');
  const environments: DraftEnvironment[] = [];

  // Environment branches (qa, staging, prod) deploy by name, lowest first; each is promoted from
  // the one below, because those names are exact (nobody creates "staging" by accident).
  for (const step of LADDER) {
    const found = step.names.filter(has);
    if (found.length === 0) continue;
    const below = environments[environments.length - 1];
    environments.push({
      name: step.env,
      branches: found,
      tags: [],
      promoteFrom: below?.branches.every((b) => !b.includes('*')) ? below.name : undefined,
      why: `branch${found.length > 1 ? 'es' : ''} ${found.join(', ')} exist${found.length > 1 ? '' : 's'}`,
    });
  }
  const gitflow = has('develop');
  const releases = survey.branches.some((b) => /^(release|releases)[/-]/.test(b));
  if (gitflow && !environments.some((e) => e.branches.includes('develop'))) {
    environments.unshift({ name: 'testing', branches: ['develop'], tags: [], why: 'git-flow: develop exists' });
    if (releases) {
      environments.splice(1, 0, {
        name: 'acceptance',
        branches: ['release/*'],
        tags: [],
        why: 'git-flow: release/* branches exist (a glob anyone can create, so no promote-from to it)',
      });
    }
  }
  const production = environments.find((e) => e.name === 'production');
  const { prefix, versions } = tagStyle(survey.tags);
  // Bare version tags (1.2.0) get a glob that starts with a digit, never "*" (every tag).
  const tagGlob = versions > 0 ? [prefix ? `${prefix}*` : '[0-9]*'] : [];
  if (production) {
    production.tags = tagGlob;
  } else {
    environments.push({
      name: 'production',
      branches: [main],
      tags: tagGlob,
      why: `${main} is the default branch${environments.length === 0 ? ' and the only long-lived one' : ''}`,
    });
  }
  if (tagGlob.length > 0) {
    const p = environments.find((e) => e.name === 'production')!;
    p.why += `; ${versions} version tag${versions === 1 ? '' : 's'} named ${prefix}X.Y.Z deploy here too`;
  }

  const h = survey.history;
  const share = h.nonMergeCommits > 0 ? h.withJiraKey / h.nonMergeCommits : 0;
  // Five commits at least: one commit that happens to name a key is not a team convention.
  const jira =
    h.nonMergeCommits >= 5 && share >= JIRA_SHARE && h.jiraProjects.length > 0
      ? { projects: h.jiraProjects.slice(0, 10) }
      : false;
  const pct = `${h.withJiraKey} of the last ${plural(h.nonMergeCommits, 'commit')}`;
  const jiraWhy = jira
    ? `${pct} name a Jira key (${jira.projects.join(', ')}): keys are asked for at commit time, on every branch`
    : `off: ${pct} name a Jira key; turn it on with { projects: [YOURPROJECT] } once the team uses them`;

  const squash = h.firstParent > 0 && h.merges === 0 && h.squashSubjects >= h.firstParent / 2;
  const merges = h.firstParent > 0 && h.merges >= h.firstParent / 3;
  const mergeOnly = merges || squash ? [main] : [];
  const mergeWhy = squash
    ? `${h.squashSubjects} of the last ${h.firstParent} commits on ${main} are squash or rebase merges "(#123)" of pull requests`
    : merges
      ? `${h.merges} of the last ${h.firstParent} commits on ${main} are merges`
      : h.firstParent === 0
        ? `off: ${main} has no history yet to tell how changes reach it`
        : `off: the last ${plural(h.firstParent, 'commit')} on ${main} are mostly direct commits`;

  const m = survey.manifests;
  const found = [
    m.kustomizeRoots.length > 0 ? `kustomize roots ${m.kustomizeRoots.join(', ')}` : '',
    m.plainFolders.length > 0
      ? `Kubernetes YAML in ${m.plainFolders.slice(0, 6).join(', ')}${m.plainFolders.length > 6 ? ', …' : ''}`
      : '',
    m.charts.length > 0 ? `Helm charts in ${m.charts.join(', ')} (compared only when rendered: see render:)` : '',
  ].filter(Boolean);
  const destructiveWhy =
    found.length > 0
      ? `found ${found.join('; ')}${m.appFolders ? '. The top-level folders are apps, so every YAML file is read (a new app folder too; YAML that is not a Kubernetes object is ignored)' : ''}`
      : 'no Kubernetes manifests yet, so every YAML file is read (YAML that is not a Kubernetes object is ignored); narrow it to the folders you deploy from once they exist';

  return {
    environments,
    tagPrefix: prefix,
    tagWhy:
      survey.tags.length > 0
        ? `${versions} of ${survey.tags.length} tags are versions written ${prefix}X.Y.Z`
        : 'no tags yet; new tags get the prefix v',
    jira,
    jiraWhy,
    mergeOnly,
    mergeWhy,
    // A repository adopted before its manifests exist gets them in folders nobody can name yet
    // (clusters/, apps/, infrastructure/): watching deploy/ and k8s/ only would leave the gate blind.
    descriptors: m.globs.length > 0 ? m.globs : ANY_YAML,
    destructiveWhy,
    relaxed: [],
  };
}

/** The prefix most version tags use (`v` or none), and how many tags are versions. */
function tagStyle(tags: string[]): { prefix: string; versions: number } {
  let withV = 0;
  let bare = 0;
  for (const t of tags) {
    if (!parseTagVersion(t, 'v')) continue;
    if (/^[vV]/.test(t)) withV++;
    else bare++;
  }
  return { prefix: bare > withV ? '' : 'v', versions: withV + bare };
}

/** The rules that blocked the replayed history, as `relax` takes them back. */
export interface Blocks {
  jira: number;
  mergeOnly: number;
  promotion: Map<string, number>;
  committers: number;
  /** Reported, not relaxed: a destructive change in history is what the gate is for. */
  destructive: number;
  total: number;
}

export function relax(draft: PolicyDraft, blocks: Blocks, replayed: number): PolicyDraft {
  const next = { ...draft, environments: draft.environments.map((e) => ({ ...e })), relaxed: [...draft.relaxed] };
  const of = (n: number) => `${n} of the last ${plural(replayed, 'push', 'pushes')}`;
  if (blocks.jira > 0 && next.jira) {
    next.relaxed.push(`jira turned off: it would have blocked ${of(blocks.jira)}`);
    next.jiraWhy = `off: it would have blocked ${of(blocks.jira)} (commits without a key); ${next.jiraWhy}`;
    next.jira = false;
  }
  if (blocks.mergeOnly > 0 && next.mergeOnly.length > 0) {
    next.relaxed.push(`merge-only turned off: it would have blocked ${of(blocks.mergeOnly)}`);
    next.mergeWhy = `off: locally a squash or rebase merge looks like a direct commit, which would have blocked ${of(blocks.mergeOnly)}; the Action can tell them apart through GitHub's API, so set merge-only: [${next.mergeOnly.join(', ')}] when the Action is the required check`;
    next.mergeOnly = [];
  }
  for (const env of next.environments) {
    const n = blocks.promotion.get(env.name) ?? 0;
    if (n > 0 && env.promoteFrom) {
      next.relaxed.push(`${env.name}.promote-from turned off: it would have blocked ${of(n)}`);
      env.why += `; promote-from: ${env.promoteFrom} left out (history skipped it in ${n} pushes)`;
      env.promoteFrom = undefined;
    }
  }
  return next;
}

const SCHEMA_LINE = '# yaml-language-server: $schema=./node_modules/gitops-action/schema/gitops.schema.json';

/** The policy as YAML, each choice with its reason beside it. */
export function renderPolicy(draft: PolicyDraft, header: string[] = []): string {
  const q = (s: string) =>
    /^[A-Za-z0-9_.-]+$/.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s) ? s : JSON.stringify(s);
  const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;
  const lines = [
    SCHEMA_LINE,
    '# Written by `gitops-action init` from this repository: its branches, tags, manifests and recent',
    '# history. Every choice says why; change what does not fit. Reference: the README, "Configuration".',
    ...header.map((h) => `# ${h}`),
    'admins: []                 # who may change this file (rule policy-change), e.g. [lead@example.com, "github:octocat"]',
    'versioning:',
    `  tag-prefix: ${q(draft.tagPrefix) === '' ? '""' : q(draft.tagPrefix)}            # ${draft.tagWhy}`,
    'environments:',
  ];
  for (const env of draft.environments) {
    lines.push(`  # ${env.name}: ${env.why}`);
    lines.push(`  ${q(env.name)}:`);
    lines.push(`    branches: ${list(env.branches)}`);
    if (env.tags.length > 0) lines.push(`    tags: ${list(env.tags)}`);
    if (env.promoteFrom)
      lines.push(
        `    promote-from: ${q(env.promoteFrom)}     # every commit must have been through ${env.promoteFrom} first`,
      );
  }
  lines.push('rules:');
  lines.push('  skip-deploy: { scope: head }   # "[skip deploy]" in the head commit: checked, not deployed');
  lines.push(
    '  # committers: no allowlist yet; e.g. { allow: ["*@example.com", "github:octocat"], require-signed: false }',
  );
  lines.push('  committers: false');
  lines.push(`  # jira: ${draft.jiraWhy}`);
  lines.push(draft.jira ? `  jira: { projects: ${list(draft.jira.projects)}, scope: each }` : '  jira: false');
  lines.push(`  # destructive: ${draft.destructiveWhy}`);
  lines.push('  destructive:');
  lines.push(`    descriptors: ${list(draft.descriptors)}`);
  lines.push(
    '    allowed-ports: [80, 443]   # a port newly exposed outside the cluster (NodePort, LoadBalancer, hostPort) must be in this list',
  );
  // Written out because a policy file that sets allowed-ports turns internal-ports on: every new app's
  // containerPort 8080 would then block, though nothing outside the cluster can reach it.
  lines.push(
    '    internal-ports: false      # true: new container and in-cluster Service ports must be in allowed-ports too',
  );
  lines.push(`  # branches: ${draft.mergeWhy}; environment branches may not be deleted`);
  lines.push(`  branches: { merge-only: ${list(draft.mergeOnly)}, allow-delete: false }`);
  for (const r of draft.relaxed) lines.push(`# relaxed after replaying the history: ${r}`);
  return `${lines.join('\n')}\n`;
}
