#!/usr/bin/env node
// The README's first hour, scripted on a real repository: from `npm i -D` of the packed package
// to the first correctly refused bad push, with nothing of the user's own setup refused.
//
//   node bench/adopt-first-hour.mjs [--work DIR] [--branch NAME] GIT_DIR...
//
// GIT_DIR is a repository's git directory (a bare snapshot or a clone's .git); nothing in it is
// written. For each one, in a scratch folder: a bare "origin" cloned from it (its default branch
// only), a working clone, `npm i -D <tarball> husky`, `gitops-action init --husky`, the setup
// committed and pushed through the hooks (must pass), then a push that deletes one manifest
// holding a workload, a Service, a HelmRelease or an Argo CD Application (must be refused by the pre-push hook, naming the finding).
// Not a test (the corpus is not in CI): a measurement to read by hand, as docs/adoption.md says.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { work: undefined, branch: undefined, repos: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--work') opts.work = resolve(argv[++i]);
    else if (a === '--branch') opts.branch = argv[++i];
    else if (a === '--help' || a === '-h') {
      console.log('Usage: node bench/adopt-first-hour.mjs [--work DIR] [--branch NAME] GIT_DIR...');
      process.exit(0);
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a} (try --help)`);
      process.exit(2);
    } else opts.repos.push(resolve(a));
  }
  if (opts.repos.length === 0) {
    console.error('name at least one git directory (try --help)');
    process.exit(2);
  }
  return opts;
}

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'New User',
  GIT_AUTHOR_EMAIL: 'new.user@example.com',
  GIT_COMMITTER_NAME: 'New User',
  GIT_COMMITTER_EMAIL: 'new.user@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  npm_config_cache: process.env.npm_config_cache ?? join(homedir(), '.npm'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function sh(cwd, cmd, args) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function ok(cwd, cmd, args) {
  const r = sh(cwd, cmd, args);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.out.slice(-2000)}`);
  return r.out;
}

/** A tracked manifest under the policy's descriptor folders whose deletion takes a workload or a release down. */
function victim(app) {
  const files = ok(app, 'git', ['ls-files', '-z'])
    .split('\0')
    .filter((f) => /\.ya?ml$/i.test(f));
  const policy = readFileSync(join(app, '.gitops.yml'), 'utf8');
  const roots = [...policy.matchAll(/["'\s[,-]([\w./-]+)\/\*\*/g)].map((m) => m[1]);
  for (const f of files) {
    if (roots.length && !roots.some((r) => f.startsWith(`${r}/`))) continue;
    const text = readFileSync(join(app, f), 'utf8');
    if (/(^|\/)kustomization\.ya?ml$/i.test(f) || /\{\{/.test(text) || !/^apiVersion:/m.test(text)) continue;
    if (!/^kind:\s*(Service|Deployment|StatefulSet|DaemonSet|HelmRelease|Application)\s*$/m.test(text)) continue;
    if (listedAsResource(app, f)) return f;
  }
  return undefined;
}

/**
 * Whether a folder's kustomization (if it has one) lists the file under `resources:`: a file under
 * `patches:` is a build input, not a live object, and deleting it is no deletion from the cluster.
 */
function listedAsResource(app, file) {
  const dir = dirname(file);
  for (const k of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    let text;
    try {
      text = readFileSync(join(app, dir, k), 'utf8');
    } catch {
      continue;
    }
    let section = '';
    for (const line of text.split('\n')) {
      const key = /^([A-Za-z]+):/.exec(line);
      if (key) section = key[1];
      else if (
        section === 'resources' &&
        new RegExp(`^\\s*-\\s*["']?(\\./)?${basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`).test(
          line,
        )
      )
        return true;
    }
    return false;
  }
  return true;
}

function adopt(gitDir, work, tarball, branchOpt) {
  // A mirror here is <owner>+<name>/repo; a clone's is <name>/.git.
  const named = ['repo', '.git'].includes(basename(gitDir)) ? dirname(gitDir) : gitDir;
  const name = basename(named).replace(/\.git$/, '');
  const dir = mkdtempSync(join(work, `${name}-`));
  const steps = [];
  const step = (what, result) => {
    steps.push({ what, ...result });
    console.log(`  ${result.pass ? 'ok  ' : 'FAIL'} ${what}${result.detail ? `: ${result.detail}` : ''}`);
    return result.pass;
  };
  console.log(`${name}`);
  const branch =
    branchOpt ??
    ['main', 'master'].find(
      (b) => sh(gitDir, 'git', ['--git-dir', gitDir, 'rev-parse', '--verify', '-q', `refs/heads/${b}`]).status === 0,
    );
  if (!branch) return step('find main or master', { pass: false, detail: 'neither exists; pass --branch' }) && steps;
  const origin = join(dir, 'origin.git');
  ok(dir, 'git', ['clone', '-q', '--bare', '--single-branch', '--branch', branch, gitDir, origin]);
  const app = join(dir, 'app');
  ok(dir, 'git', ['clone', '-q', origin, app]);
  const install = sh(app, 'npm', ['i', '-D', '--prefer-offline', tarball, 'husky']);
  if (!step('npm i -D gitops-action husky', { pass: install.status === 0 && !/EBADENGINE/.test(install.out) }))
    return steps;
  const init = sh(app, 'npx', ['--no-install', 'gitops-action', 'init', '--husky']);
  if (!step('gitops-action init --husky', { pass: init.status === 0, detail: init.status ? init.out.slice(-400) : '' }))
    return steps;
  ok(app, 'git', ['add', '-A', '--', '.', ':!node_modules']);
  const commit = sh(app, 'git', ['commit', '-q', '-m', 'chore: adopt gitops-action']);
  if (
    !step('the setup commit passes commit-msg', {
      pass: commit.status === 0,
      detail: commit.status ? commit.out.slice(-600) : '',
    })
  )
    return steps;
  const first = sh(app, 'git', ['push', '-q', 'origin', branch]);
  if (
    !step('the setup push passes pre-push', {
      pass: first.status === 0,
      detail: first.status ? first.out.slice(-1500) : '',
    })
  )
    return steps;
  const file = victim(app);
  if (
    !step('a manifest with a workload, Service, HelmRelease or Application to delete', {
      pass: !!file,
      detail: file ?? 'none found under the watched folders',
    })
  )
    return steps;
  ok(app, 'git', ['rm', '-q', '--', file]);
  ok(app, 'git', ['commit', '-q', '-m', `chore: remove ${basename(file)}`]);
  const bad = sh(app, 'git', ['push', '-q', 'origin', branch]);
  const kinds = [...new Set(bad.out.match(/\b(service-removed|[a-z]+-removed|[a-z]+-widened)\b/g) ?? [])];
  step('the bad push is refused by pre-push', {
    pass: bad.status !== 0 && /blocked/.test(bad.out),
    detail:
      bad.status !== 0 ? `exit ${bad.status}, ${kinds.join(', ') || 'no destructive kind named'}` : 'it was pushed',
  });
  return steps;
}

const opts = parseArgs(process.argv.slice(2));
const work = opts.work ?? mkdtempSync(join(tmpdir(), 'gitops-first-hour-'));
mkdirSync(work, { recursive: true });
const packed = ok(ROOT, 'npm', ['pack', '--pack-destination', work, '--silent']);
const tarball = join(work, packed.trim().split('\n').pop());
let failed = 0;
for (const repo of opts.repos) {
  try {
    const steps = adopt(repo, work, tarball, opts.branch);
    if (steps.some((s) => !s.pass)) failed++;
  } catch (err) {
    failed++;
    console.log(`  FAIL ${err.message}`);
  }
}
console.log(
  `\n${opts.repos.length - failed}/${opts.repos.length} repositories adopted without a refused setup, with the bad push refused (work in ${work})`,
);
if (!opts.work) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
