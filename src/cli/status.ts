import { RULE_DEFAULTS } from '../config/defaults.js';
import type { EnvironmentConfig, ResolvedConfig } from '../config/types.js';
import { descriptorPaths } from '../descriptors/paths.js';
import { UsageError } from '../errors.js';
import { remoteOf } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { protectedBranches } from '../policy/baseline.js';
import { loadTrustedConfig } from '../policy/policy-source.js';
import { gitRecordReader, readLog, recordedEnvironments } from '../record/git-store.js';
import type { Deploy } from '../record/types.js';
import { escapeMarkdown } from '../report/markdown.js';
import { terminalSafe } from '../report/style.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository } from './repo.js';

export const spec = {
  name: 'status',
  summary: 'what each environment runs, since when and by whom, from the deploy record in git',
  options: {
    env: {
      type: 'string',
      value: 'NAME',
      description: 'one environment only',
      defaultText: 'every environment of the policy or the record',
    },
    history: { type: 'boolean', description: 'with --env: every recorded deploy, newest first' },
    format: {
      type: 'string',
      value: 'FORMAT',
      description: 'output format',
      choices: ['text', 'json', 'markdown'],
      default: 'text',
    },
  },
  examples: ['gitops-action status', 'gitops-action status --env production --history --format markdown'],
  notes: [
    "What each environment runs, from the deploy record in git (refs/deployments/<env> and refs/deploy-log/<env>, written by `gitops-action record`): the deployed commit and version, the services and their versions at that commit (service descriptors, and the images of Kubernetes workloads), and the commits on the environment's branch that wait for the next deploy.",
    "Fetch the record first to see the remote's:\n  git fetch origin 'refs/deployments/*:refs/deployments/*' 'refs/deploy-log/*:refs/deploy-log/*'",
  ],
} as const satisfies CommandSpec;

/** At most this many waiting commits are listed; the count is always whole. */
const WAITING_SHOWN = 10;

export interface ServiceStatus {
  /** The service's name, or `Kind/name` for a Kubernetes workload. */
  name: string;
  version: string | null;
  images: string[];
  file: string;
}

export interface EnvironmentStatus {
  name: string;
  /** False for an environment that has a record but is not in the policy. */
  inPolicy: boolean;
  deployed: {
    sha: string;
    version: string | null;
    at: string | null;
    by: string | null;
    url: string | null;
    rollbackOf: string | null;
  } | null;
  services: ServiceStatus[];
  /** The commits on the environment's branch not deployed yet; null when it has no exactly named branch here. */
  waiting: { branch: string; count: number; commits: Array<{ sha: string; subject: string }> } | null;
  notes: string[];
}

export const run: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const v = parsed.values;
  const format = v.format;
  if (v.history && !v.env) {
    throw new UsageError('--history needs --env NAME', 'For example: gitops-action status --env production --history');
  }
  const git = openRepository(io.cwd);
  const remote = remoteOf(git, git.currentBranch());
  const config = await loadTrustedConfig({ git, remote });
  const recorded = recordedEnvironments(git);
  const names = [...Object.keys(config.environments), ...recorded.filter((n) => !config.environments[n])];
  if (v.env && !names.includes(v.env)) {
    throw new UsageError(
      `unknown environment "${v.env}"`,
      `Environments in ${config.source} or the record: ${names.join(', ') || 'none'}.`,
    );
  }
  const record = gitRecordReader(git);
  const environments: EnvironmentStatus[] = [];
  for (const name of v.env ? [v.env] : names) {
    environments.push(await environmentStatus(git, config, name, await record.lastSuccess(name), remote));
  }
  const history = v.history && v.env ? readLog(git, v.env) : undefined;
  if (format === 'json') {
    const json: Record<string, unknown> = { policy: config.source, environments };
    if (history) json.history = history.map(historyJson);
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (format === 'markdown') {
    io.stdout.write(renderMarkdown(environments, history, v.env));
  } else {
    io.stdout.write(renderText(environments, history, v.env));
  }
  return EXIT.ok;
};
run.spec = spec;

async function environmentStatus(
  git: Git,
  config: ResolvedConfig,
  name: string,
  deploy: Deploy | undefined,
  remote: string,
): Promise<EnvironmentStatus> {
  const env = config.environments[name];
  const notes: string[] = [];
  const present = deploy && git.tryRevParse(deploy.sha) ? deploy.sha : undefined;
  if (deploy && !present) notes.push(`the deployed commit ${deploy.sha.slice(0, 7)} is not in this clone; fetch it`);
  const status: EnvironmentStatus = {
    name,
    inPolicy: env !== undefined,
    deployed: deploy
      ? {
          sha: deploy.sha,
          version: deploy.version ?? null,
          at: deploy.at || null,
          by: deploy.by ?? null,
          url: deploy.url ?? null,
          rollbackOf: deploy.rollbackOf ?? null,
        }
      : null,
    services: present ? await servicesAt(git, env, present) : [],
    waiting: env ? waitingOn(git, env, present, remote) : null,
    notes,
  };
  if (!env) notes.push('not an environment of the policy; it has a record only');
  else if (!status.waiting) notes.push('it names no branch exactly, so nothing waits on a branch');
  return status;
}

/** The services at a commit: service descriptors, and the images of Kubernetes workloads. */
async function servicesAt(git: Git, env: EnvironmentConfig | undefined, sha: string): Promise<ServiceStatus[]> {
  const destructive = env?.rules.destructive;
  const globs = destructive ? destructive.descriptors : [...RULE_DEFAULTS.destructive.descriptors];
  const paths = descriptorPaths(git.listFiles(sha), globs);
  if (paths.length === 0) return [];
  // The YAML loader loads only when there is something to read.
  const { parseFile } = await import('../descriptors/load.js');
  const objects = [...git.readFiles(sha, paths)].flatMap(([file, text]) => parseFile(file, text).objects);
  const services: ServiceStatus[] = [];
  for (const o of objects) {
    const body = o.body as Record<string, unknown>;
    if (o.descriptor) {
      services.push({ name: o.name, version: scalar(body.version), images: [], file: o.file });
      continue;
    }
    const images = workloadImages(body);
    if (images.length > 0) services.push({ name: `${o.kind}/${o.name}`, version: null, images, file: o.file });
  }
  return services.sort((a, b) => a.name.localeCompare(b.name));
}

function scalar(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** Container images of a workload: a pod template (Deployment, StatefulSet, Job, ...), a CronJob's, or a Pod's own. */
function workloadImages(body: Record<string, unknown>): string[] {
  const at = (o: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);
  const pod =
    at(body, 'spec', 'jobTemplate', 'spec', 'template', 'spec') ??
    at(body, 'spec', 'template', 'spec') ??
    (body.kind === 'Pod' ? at(body, 'spec') : undefined);
  const images: string[] = [];
  for (const list of ['initContainers', 'containers']) {
    const containers = at(pod, list);
    if (!Array.isArray(containers)) continue;
    for (const c of containers) {
      const image = scalar(at(c, 'image'));
      if (image) images.push(image);
    }
  }
  return images;
}

/** `deployed..branch` on the environment's exactly named branch, as the remote holds it (else the local one). */
function waitingOn(
  git: Git,
  env: EnvironmentConfig,
  deployed: string | undefined,
  remote: string,
): EnvironmentStatus['waiting'] {
  const branch = protectedBranches(git, env, remote, false)[0];
  if (!branch) return null;
  const revs = deployed ? [branch.sha, `^${deployed}`] : [branch.sha];
  const count = git.revList(revs).length;
  const commits = count > 0 ? git.log(revs, { maxCount: WAITING_SHOWN }) : [];
  return {
    branch: branch.ref.replace(/^refs\/(remotes|heads)\//, ''),
    count,
    commits: commits.map((c) => ({ sha: c.sha, subject: c.subject })),
  };
}

function historyJson(d: Deploy) {
  return {
    status: d.status,
    sha: d.sha,
    version: d.version ?? null,
    at: d.at,
    by: d.by ?? null,
    url: d.url ?? null,
    rollbackOf: d.rollbackOf ?? null,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function serviceText(s: ServiceStatus): string {
  const version = s.version ? ` ${s.version}` : '';
  const images = s.images.length > 0 ? ` (${s.images.join(', ')})` : '';
  return `${s.name}${version}${images}`;
}

function renderText(envs: EnvironmentStatus[], history: Deploy[] | undefined, only?: string): string {
  const t = terminalSafe;
  const lines: string[] = [];
  for (const e of envs) {
    const d = e.deployed;
    if (d) {
      const parts = [`deployed ${d.sha.slice(0, 7)}`];
      if (d.version) parts.push(`version ${t(d.version)}`);
      if (d.at) parts.push(`since ${d.at}`);
      if (d.by) parts.push(`by ${t(d.by)}`);
      if (d.rollbackOf) parts.push(`rolling back ${d.rollbackOf.slice(0, 7)}`);
      lines.push(`${t(e.name)}: ${parts.join(', ')}`);
    } else {
      lines.push(`${t(e.name)}: nothing deployed yet (no successful deploy recorded)`);
    }
    if (d) {
      lines.push(
        e.services.length > 0
          ? `  ${plural(e.services.length, 'service')}: ${e.services.map((s) => t(serviceText(s))).join('; ')}`
          : '  no services found at that commit',
      );
    }
    if (e.waiting) {
      const w = e.waiting;
      if (w.count === 0) lines.push(`  nothing waiting on ${t(w.branch)}`);
      else {
        lines.push(`  ${plural(w.count, 'commit')} waiting on ${t(w.branch)}${d ? '' : ' (all of its history)'}:`);
        for (const c of w.commits) lines.push(`    ${c.sha.slice(0, 7)} ${t(c.subject)}`);
        if (w.count > w.commits.length) lines.push(`    and ${plural(w.count - w.commits.length, 'more commit')}`);
      }
    }
    for (const n of e.notes) lines.push(`  note: ${t(n)}`);
  }
  if (history) {
    lines.push(
      '',
      history.length > 0
        ? `Deploys of ${t(only ?? '')}, newest first:`
        : `No deploys of ${t(only ?? '')} are recorded.`,
    );
    for (const d of history) {
      const parts = [d.status.padEnd(7), d.sha.slice(0, 7), d.at];
      if (d.version) parts.push(`version ${t(d.version)}`);
      if (d.by) parts.push(`by ${t(d.by)}`);
      if (d.rollbackOf) parts.push(`rollback of ${d.rollbackOf.slice(0, 7)}`);
      lines.push(`  ${parts.join('  ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(envs: EnvironmentStatus[], history: Deploy[] | undefined, only?: string): string {
  const m = (s: string | null | undefined) => (s ? escapeMarkdown(s) : '');
  const lines = [
    '| environment | deployed | version | since | by | services | waiting |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const e of envs) {
    const d = e.deployed;
    const waiting = e.waiting ? `${plural(e.waiting.count, 'commit')} on ${m(e.waiting.branch)}` : '';
    lines.push(
      `| ${m(e.name)} | ${d ? `\`${d.sha.slice(0, 7)}\`` : 'nothing yet'} | ${m(d?.version)} | ${m(d?.at)} | ${m(d?.by)} | ${e.services.map((s) => m(serviceText(s))).join('<br>')} | ${waiting} |`,
    );
  }
  if (history) {
    lines.push('', `### Deploys of ${m(only)}`, '');
    if (history.length === 0) lines.push('No deploys are recorded.');
    else {
      lines.push('| status | commit | version | when | by | rollback of |', '|---|---|---|---|---|---|');
      for (const d of history) {
        lines.push(
          `| ${d.status} | \`${d.sha.slice(0, 7)}\` | ${m(d.version)} | ${m(d.at)} | ${m(d.by)} | ${d.rollbackOf ? `\`${d.rollbackOf.slice(0, 7)}\`` : ''} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
