import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION as DIST, ROOT } from '../support/build.js';
import { GitHubStandIn } from '../support/github-server.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

export { ensureBuilt } from '../support/build.js';
export { DIST, ROOT };

export interface ActionRun {
  status: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The workflow commands the runner would obey, stop-commands honoured. */
  commands: WorkflowCommand[];
  /** Log lines the runner shows as text. */
  text: string[];
  ms: number;
}

export interface WorkflowCommand {
  command: string;
  properties: string;
  message: string;
}

export interface RunOptions {
  cwd: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /**
   * The test repository's default branch, written into the payload's `repository.default_branch`
   * as GitHub sends it (the examples carry their own repository's). `null` sends the payload as given.
   */
  defaultBranch?: string | null;
}

let emptyGitHub: Promise<GitHubStandIn> | undefined;

/**
 * The API a run reaches when its test brings no stand-in of its own: a GitHub with no
 * deployments, check runs or pull requests, taking any token. A real run always has an API, and
 * the Action asks it for the deploy record whenever it has a token.
 */
export function defaultGitHub(): Promise<GitHubStandIn> {
  emptyGitHub ??= GitHubStandIn.start().then((g) => {
    g.anyToken = true;
    return g;
  });
  return emptyGitHub;
}

/**
 * Runs dist/index.js with the runner's environment: INPUT_* (upper-cased, dashes kept), GITHUB_*.
 * Asynchronous, so that a GitHub stand-in in this process can answer the child.
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'gitops-action-run-'));
  const eventPath = join(tmp, 'event.json');
  const outputPath = join(tmp, 'output');
  const summaryPath = join(tmp, 'summary');
  writeFileSync(eventPath, JSON.stringify(withDefaultBranch(options.payload, options.defaultBranch)));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(TEST_ENV)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  }
  const inputs = {
    config: '.gitops.yml',
    'fail-on': 'error',
    'fetch-history': 'true',
    'create-tag': 'false',
    comment: 'true',
    ...options.inputs,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: 'octo-org/deploys',
    GITHUB_API_URL: options.env?.GITHUB_API_URL ?? (await defaultGitHub()).url,
    ...options.env,
  });
  const start = performance.now();
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const ms = performance.now() - start;
  const stdout = r.stdout;
  const { commands, text } = parseCommands(stdout);
  const run: ActionRun = {
    status: r.status ?? -1,
    stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands,
    text,
    ms,
  };
  rmSync(tmp, { recursive: true, force: true });
  return run;
}

function withDefaultBranch(payload: unknown, name: string | null | undefined): unknown {
  if (name === null || typeof payload !== 'object' || payload === null) return payload;
  const p = payload as Payload;
  return { ...p, repository: { ...(p.repository ?? {}), default_branch: name ?? 'main' } };
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputFile(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) {
      const eq = /^([^=]+)=(.*)$/.exec(lines[i] as string);
      if (eq) out[eq[1] as string] = eq[2] as string;
      continue;
    }
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    out[name as string] = value.join('\n');
  }
  return out;
}

/**
 * What the runner does with stdout: a line `::name props::message` is a command, except between
 * `::stop-commands::TOKEN` and `::TOKEN::`, where every line is text.
 */
export function parseCommands(stdout: string): { commands: WorkflowCommand[]; text: string[] } {
  const commands: WorkflowCommand[] = [];
  const text: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      else text.push(line);
      continue;
    }
    const m = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line.trimStart());
    if (!m) {
      text.push(line);
      continue;
    }
    const cmd: WorkflowCommand = { command: m[1] as string, properties: (m[2] ?? '').trim(), message: m[3] as string };
    if (cmd.command === 'stop-commands') stopToken = cmd.message;
    commands.push(cmd);
  }
  return { commands, text };
}

export function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** A webhook payload, edited as loose JSON: the tests rewrite its refs and shas. */
// biome-ignore lint/suspicious/noExplicitAny: payloads are GitHub's JSON, read and rewritten field by field.
export type Payload = Record<string, any>;

/** The examples of one webhook event from @octokit/webhooks-examples (GitHub's real payloads). */
export function webhookExamples(event: string): Payload[] {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Payload[] }>;
  const found = all.find((e) => e.name === event);
  if (!found) throw new Error(`no webhook examples for ${event}`);
  return structuredClone(found.examples);
}

export const ZERO40 = '0'.repeat(40);
export const ZERO64 = '0'.repeat(64);

/** The default test policy: production on main and v* tags, staging on staging, an email allowlist. */
export const POLICY = `environments:
  production: { branches: [main], tags: ["v*"] }
  staging: { branches: [staging] }
rules:
  committers:
    allow: ["*@example.com"]
  branches:
    merge-only: []
  jira: false
  destructive: false
`;

/** Options for {@link Workspace.checkout}. */
export interface CheckoutOptions {
  /**
   * Leave HEAD detached at this commit (a tag, a pull request, a dispatch on a tag), as
   * actions/checkout does for anything that is not a branch push.
   */
  detach?: string;
  /** Check the branch out at this commit instead of the remote's tip (a push that is no longer the tip). */
  sha?: string;
}

/**
 * An upstream repository with the policy on main, and checkouts of it made the way actions/checkout
 * makes them with `fetch-depth: 0`: `git init`, `origin` added, every branch fetched into
 * `refs/remotes/origin/*` and every tag into `refs/tags/*`, then one local branch (with its
 * upstream) or a detached HEAD. Unlike `git clone`, nothing sets `refs/remotes/origin/HEAD`, and no
 * local branch exists but the one checked out: the Action must work from exactly that.
 */
export class Workspace {
  readonly upstream: TestRepo;
  clone!: TestRepo;

  constructor(options: { objectFormat?: 'sha1' | 'sha256'; policy?: string; branch?: string } = {}) {
    this.upstream = TestRepo.create({ objectFormat: options.objectFormat, branch: options.branch });
    this.upstream.commit('chore: add the deploy policy', {
      files: { '.gitops.yml': options.policy ?? POLICY, 'README.md': 'app\n' },
    });
  }

  /** A workspace at `branch` (a branch push), or detached (`options.detach`). */
  checkout(branch = 'main', options: CheckoutOptions = {}): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), 'gitops-ws-'));
    const format = this.upstream.git('rev-parse', '--show-object-format');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: TEST_ENV, stdio: 'pipe' });
    git('init', '-q', `--object-format=${format}`);
    git('config', 'commit.gpgsign', 'false');
    git('remote', 'add', 'origin', `file://${this.upstream.dir}`);
    git(
      'fetch',
      '-q',
      '--prune',
      '--no-recurse-submodules',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    );
    if (options.detach) {
      git('checkout', '-q', '--force', '--detach', options.detach);
    } else {
      git('checkout', '-q', '--force', '-B', branch, options.sha ?? `refs/remotes/origin/${branch}`);
      git('branch', '-q', `--set-upstream-to=origin/${branch}`, branch);
    }
    this.clone = new TestRepo(dir);
    return this.clone;
  }
}
