import { UsageError } from '../errors.js';
import { type Git, GitCommandError } from '../git/git.js';
import type { Deploy, DeployRecordReader, DeployStatus } from './types.js';

/**
 * The deploy record kept in git itself, for hosts other than GitHub and for the CLI:
 *
 * - `refs/deployments/<env>` points at the commit last deployed successfully. It moves only
 *   after a success, so `git log refs/deployments/production` is what production runs.
 * - `refs/deploy-log/<env>` is a chain of record commits (empty tree, one per deploy, success or
 *   failure), newest first, whose messages hold the record as trailers and whose committer date
 *   is the deploy's time. `git log refs/deploy-log/production` is the history.
 *
 * Both are plain refs: `git push origin 'refs/deployments/*' 'refs/deploy-log/*'` shares them.
 */
export const DEPLOYED_PREFIX = 'refs/deployments/';
export const LOG_PREFIX = 'refs/deploy-log/';

/** Environment names become ref names: a conservative subset of what git allows. */
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const RECORDER = { name: 'gitops-action', email: 'gitops-action@localhost' };

export function assertEnvironmentName(env: string): void {
  if (!ENV_NAME.test(env) || env.includes('..') || env.endsWith('.lock') || env.endsWith('.')) {
    throw new UsageError(
      `"${env}" cannot name a deploy record`,
      'Environment names in the record use letters, digits, ".", "_" and "-".',
    );
  }
}

/** One line, no control characters: record fields are written into a commit message. */
function oneLine(text: string): string {
  return text
    .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ')
    .trim()
    .slice(0, 500);
}

export function formatRecordMessage(d: Omit<Deploy, 'source' | 'id'>): string {
  const lines = [
    `deploy: ${d.environment} ${d.status} ${d.sha.slice(0, 12)}`,
    '',
    `Environment: ${d.environment}`,
    `Deployed-Sha: ${d.sha}`,
    `Status: ${d.status}`,
    `Deployed-At: ${d.at}`,
  ];
  if (d.by) lines.push(`Deployed-By: ${oneLine(d.by)}`);
  if (d.version) lines.push(`Version: ${oneLine(d.version)}`);
  if (d.rollbackOf) lines.push(`Rollback-Of: ${oneLine(d.rollbackOf)}`);
  if (d.url) lines.push(`Run-Url: ${oneLine(d.url)}`);
  return `${lines.join('\n')}\n`;
}

/** Reads a record commit's message; undefined when it is not one of ours. */
export function parseRecordMessage(message: string, id?: string): Deploy | undefined {
  const fields = new Map<string, string>();
  for (const line of message.split('\n')) {
    const m = /^([A-Za-z-]+): (.*)$/.exec(line);
    if (m) fields.set(m[1]!.toLowerCase(), m[2]!);
  }
  const environment = fields.get('environment');
  const sha = fields.get('deployed-sha');
  const status = fields.get('status');
  const at = fields.get('deployed-at');
  if (!environment || !sha || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) || !at) return undefined;
  if (status !== 'success' && status !== 'failure') return undefined;
  const deploy: Deploy = { environment, sha, status, at, source: 'git-ref' };
  if (id) deploy.id = id;
  const by = fields.get('deployed-by');
  if (by) deploy.by = by;
  const version = fields.get('version');
  if (version) deploy.version = version;
  const rollbackOf = fields.get('rollback-of');
  if (rollbackOf) deploy.rollbackOf = rollbackOf;
  const url = fields.get('run-url');
  if (url) deploy.url = url;
  return deploy;
}

export interface RecordRequest {
  environment: string;
  sha: string;
  status: DeployStatus;
  /** ISO 8601; defaults to now. */
  at?: string;
  by?: string;
  version?: string;
  rollbackOf?: string;
  url?: string;
}

export interface RecordResult {
  deploy: Deploy;
  /** False when the newest record already said the same (the call is idempotent). */
  created: boolean;
}

/**
 * Appends a deploy to the environment's log and, on success, moves `refs/deployments/<env>`.
 * Both updates are compare-and-swap, so two recorders racing cannot lose a record silently.
 */
export function writeDeploy(git: Git, req: RecordRequest): RecordResult {
  assertEnvironmentName(req.environment);
  const sha = git.revParse(req.sha);
  const at = normaliseTime(req.at ?? new Date().toISOString());
  const logRef = LOG_PREFIX + req.environment;
  const previous = git.tryRevParse(logRef);
  if (previous) {
    const newest = readLog(git, req.environment, { limit: 1 })[0];
    if (newest && newest.sha === sha && newest.status === req.status && newest.rollbackOf === req.rollbackOf) {
      return { deploy: newest, created: false };
    }
  }
  const deploy: Deploy = { environment: req.environment, sha, status: req.status, at, source: 'git-ref' };
  if (req.by) deploy.by = oneLine(req.by);
  if (req.version) deploy.version = oneLine(req.version);
  if (req.rollbackOf) deploy.rollbackOf = oneLine(req.rollbackOf);
  if (req.url) deploy.url = oneLine(req.url);
  const tree = git.execGit(['mktree'], { input: '' }).stdout.toString('utf8').trim();
  const parents = previous ? ['-p', previous] : [];
  const record = git
    .execGit(['commit-tree', tree, ...parents, '-F', '-'], {
      input: formatRecordMessage(deploy),
      env: {
        GIT_AUTHOR_NAME: RECORDER.name,
        GIT_AUTHOR_EMAIL: RECORDER.email,
        GIT_COMMITTER_NAME: RECORDER.name,
        GIT_COMMITTER_EMAIL: RECORDER.email,
        GIT_AUTHOR_DATE: at,
        GIT_COMMITTER_DATE: at,
      },
    })
    .stdout.toString('utf8')
    .trim();
  git.execGit(['update-ref', '-m', 'gitops-action record', logRef, record, previous ?? git.zeroSha()]);
  if (req.status === 'success') {
    git.execGit(['update-ref', '-m', 'gitops-action record', DEPLOYED_PREFIX + req.environment, sha]);
  }
  deploy.id = record;
  return { deploy, created: true };
}

/** The environment's deploys, newest first, from `refs/deploy-log/<env>`. */
export function readLog(git: Git, environment: string, options: { since?: string; limit?: number } = {}): Deploy[] {
  assertEnvironmentName(environment);
  const logRef = LOG_PREFIX + environment;
  const args = ['log', '-z', '--first-parent', '--format=%H%x00%B'];
  if (options.limit !== undefined) args.push(`--max-count=${options.limit}`);
  if (options.since) args.push(`--since=${options.since}`);
  args.push(logRef, '--');
  // No rev-parse first: most reads find a record, and only a failed log asks whether it exists.
  // GIT_FLUSH=0: read whole, so git need not write each record on its own (36 → 25 ms for 1,904).
  const result = git.execGit(args, { allowFail: true, env: { GIT_FLUSH: '0' } });
  if (result.status !== 0) {
    if (!git.tryRevParse(logRef)) return [];
    throw new GitCommandError(args, result.stderr);
  }
  const out = result.stdout.toString('utf8');
  const parts = out.split('\x00');
  const deploys: Deploy[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const id = parts[i]!.replace(/^\n/, '');
    const d = parseRecordMessage(parts[i + 1]!, id);
    if (d && d.environment === environment) deploys.push(d);
  }
  return deploys;
}

/** Environments that have a record in this repository. */
export function recordedEnvironments(git: Git): string[] {
  const names = new Set<string>();
  for (const r of git.refs([DEPLOYED_PREFIX.slice(0, -1), LOG_PREFIX.slice(0, -1)])) {
    names.add(r.ref.replace(/^refs\/(deployments|deploy-log)\//, ''));
  }
  return [...names].sort();
}

/** The git-ref record as a reader, for the CLI and the hooks. */
export function gitRecordReader(git: Git): DeployRecordReader {
  return {
    async lastSuccess(environment) {
      const newest = readLog(git, environment).find((d) => d.status === 'success');
      if (newest) return newest;
      // A bare `refs/deployments/<env>` without a log (written by hand, or by another tool).
      const sha = git.tryRevParse(DEPLOYED_PREFIX + environment);
      return sha ? { environment, sha, status: 'success', at: '', source: 'git-ref' } : undefined;
    },
    async history(environment, options) {
      return readLog(git, environment, options);
    },
    async environments() {
      return recordedEnvironments(git);
    },
  };
}

function normaliseTime(at: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) {
    throw new UsageError(`"${at}" is not a time`, 'Give an ISO 8601 time, for example 2026-11-29T17:00:00Z.');
  }
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
