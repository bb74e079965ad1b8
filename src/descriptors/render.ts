import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import { assignTargets, KUSTOMIZATION_NAMES, type RemoteResource } from './targets.js';

/** The plan input key under which a whole-tree render command's output is compared. */
export const RENDER_KEY = '<render>';

/** The plan input key of one target's rendered output: it deploys with that folder. */
export function renderKey(target: string): string {
  return target === '' || target === '.' ? RENDER_KEY : `${target.replace(/\/+$/, '')}/${RENDER_KEY}`;
}

/** Marks a timeout on the wrapper's stderr; the command's own output cannot end with it by chance. */
const TIMEOUT_MARK = '\n@@gitops-action:render-timeout@@\n';

/**
 * A tiny supervisor, run with `node -e`: it starts `sh -c <command>` in its own process group,
 * passes its output through, and kills the whole group on timeout (or when the command exits,
 * so that a background child cannot hold the pipe open). `spawnSync` alone would only kill `sh`.
 */
const SUPERVISOR = `
const { spawn } = require('node:child_process');
const [command, ms] = process.argv.slice(1);
const child = spawn('sh', ['-c', command], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} };
const timer = setTimeout(() => { killGroup(); process.stderr.write(${JSON.stringify(TIMEOUT_MARK)}); process.exit(124); }, Number(ms));
child.on('error', (e) => { clearTimeout(timer); process.stderr.write(String(e.message)); process.exit(127); });
child.on('exit', (code, signal) => { clearTimeout(timer); killGroup(); process.exit(code ?? (signal ? 128 : 1)); });
`;

/** The only variables a render command sees from our environment; HOME and TMPDIR are its own. */
const PASSED = ['PATH', 'LANG', 'LC_ALL', 'TZ'];

function tail(text: string, lines = 20, chars = 2000): string {
  const t = text.trimEnd().split('\n').slice(-lines).join('\n');
  return t.length > chars ? `…${t.slice(-chars)}` : t;
}

/** A tree entry that was not written: a symlink could point outside the tree, a submodule is another repository. */
export interface RefusedEntry {
  path: string;
  what: 'symlink' | 'submodule';
}

export interface Materialised {
  /** The folder holding the tree. */
  root: string;
  refused: RefusedEntry[];
  /** Kustomization entries that would make kustomize fetch from the network. */
  remote: RemoteResource[];
}

/**
 * Writes the tree at `rev` from git's blobs (`ls-tree -r` + one `cat-file --batch`): exactly what
 * git holds, with no `.gitattributes` filters, no `export-subst` or `export-ignore` (which
 * `git archive` would apply, under the pushed commit's control). Symlinks and submodules are not
 * written.
 */
export function materialise(git: Git, rev: string, root: string): Materialised {
  const listing = git.execGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev]).stdout.toString('utf8');
  const blobs: Array<{ path: string; oid: string; executable: boolean }> = [];
  const refused: RefusedEntry[] = [];
  for (const line of listing.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode, type, oid] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if (mode === '120000') refused.push({ path, what: 'symlink' });
    else if (type === 'commit') refused.push({ path, what: 'submodule' });
    else if (type === 'blob' && oid && !path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
      blobs.push({ path, oid, executable: mode === '100755' });
    }
  }
  const texts = new Map<string, string>();
  if (blobs.length > 0) {
    const out = git.execGit(['cat-file', '--batch'], { input: `${blobs.map((b) => b.oid).join('\n')}\n` }).stdout;
    let pos = 0;
    for (const b of blobs) {
      const eol = out.indexOf(10, pos);
      const size = Number(out.subarray(pos, eol).toString('utf8').split(' ')[2]);
      const content = out.subarray(eol + 1, eol + 1 + size);
      pos = eol + 1 + size + 1;
      const file = join(root, ...b.path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      if (b.executable) chmodSync(file, 0o755);
      if (KUSTOMIZATION_NAMES.includes(posix.basename(b.path))) texts.set(b.path, content.toString('utf8'));
    }
  }
  const remote = assignTargets(texts.keys(), texts).remote;
  return { root, refused, remote };
}

/** A temporary folder outside the workspace: `tree/` for the revision, `home/` for the command's HOME. */
export function renderWorkspace(): { dir: string; tree: string; home: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-render-'));
  const tree = join(dir, 'tree');
  const home = join(dir, 'home');
  mkdirSync(tree);
  mkdirSync(join(home, 'tmp'), { recursive: true });
  return { dir, tree, home, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `command` with `sh -c` in `tree`, with an environment built from an allowlist (no tokens,
 * no `GITHUB_*` or `ACTIONS_*` paths), and returns its standard output. The command comes from the
 * trusted policy file, never from the commits being checked. A non-zero exit or a timeout is a
 * `UsageError` naming the command.
 */
export function runRender(tree: string, home: string, rev: string, command: string, timeoutSeconds: number): string {
  const env: NodeJS.ProcessEnv = { HOME: home, TMPDIR: join(home, 'tmp'), XDG_CONFIG_HOME: join(home, '.config') };
  for (const k of PASSED) if (process.env[k] !== undefined) env[k] = process.env[k];
  const ms = Math.max(1, Math.round(timeoutSeconds * 1000));
  const r = spawnSync(process.execPath, ['-e', SUPERVISOR, command, String(ms)], {
    cwd: tree,
    env,
    maxBuffer: 1024 * 1024 * 1024,
    // A backstop in case the supervisor itself hangs.
    timeout: ms + 30_000,
  });
  const stderr = r.stderr?.toString('utf8') ?? '';
  const short = rev.length > 12 ? rev.slice(0, 12) : rev;
  const backstop = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (r.error && !backstop) {
    throw new UsageError(
      `render command \`${command}\` could not run at ${short}: ${r.error.message}`,
      'Check the command.',
    );
  }
  if (stderr.endsWith(TIMEOUT_MARK) || backstop) {
    const before = stderr.endsWith(TIMEOUT_MARK) ? stderr.slice(0, -TIMEOUT_MARK.length) : stderr;
    throw new UsageError(
      `render command \`${command}\` timed out after ${timeoutSeconds}s at ${short}${before.trim() ? `; stderr:\n${tail(before)}` : ''}`,
      'Make the command faster or raise rules.destructive.render-timeout in the policy file.',
    );
  }
  if (r.status !== 0) {
    throw new UsageError(
      `render command \`${command}\` failed at ${short} with exit status ${r.status ?? r.signal}${stderr.trim() ? `; stderr:\n${tail(stderr)}` : ''}`,
      'Run the same command in a checkout of that revision to see why; the plan compares its output.',
    );
  }
  return r.stdout.toString('utf8');
}

export interface RenderResult {
  /** Plan input: rendered output by `renderKey(target)`. */
  files: Map<string, string>;
  refused: RefusedEntry[];
  /** Remote bases found; when they are not allowed, nothing was run. */
  remote: RemoteResource[];
  /** True when remote bases stopped the render. */
  blocked: boolean;
}

/**
 * Renders the revision: one command for the whole tree (`render: "<command>"`), or one per target
 * folder (`render: { <folder>: <command> }`). The tree is written once and removed afterwards.
 */
export function renderTargets(
  git: Git,
  rev: string,
  commands: Map<string, string>,
  options: { timeoutSeconds: number; allowRemote: boolean },
): RenderResult {
  const ws = renderWorkspace();
  try {
    const tree = materialise(git, rev, ws.tree);
    const files = new Map<string, string>();
    if (tree.remote.length > 0 && !options.allowRemote) {
      return { files, refused: tree.refused, remote: tree.remote, blocked: true };
    }
    for (const [target, command] of commands) {
      files.set(renderKey(target), runRender(ws.tree, ws.home, rev, command, options.timeoutSeconds));
    }
    return { files, refused: tree.refused, remote: tree.remote, blocked: false };
  } finally {
    ws.cleanup();
  }
}

/** One whole-tree command, its output under `<render>` (remote bases allowed: the caller checked). */
export function renderAt(git: Git, rev: string, command: string, timeoutSeconds: number): Map<string, string> {
  return renderTargets(git, rev, new Map([['', command]]), { timeoutSeconds, allowRemote: true }).files;
}
