#!/usr/bin/env node
// Adopts gitops-action on real repositories the way a new user would, and replays what came next:
// `init` at the commit DEPTH first-parent commits back, its policy committed, then each of the
// next DEPTH first-parent commits checked as its own push to the production branch
// (`check --from C^ --to C --ref <main> --env <production>`, what the pre-push hook does) and
// planned (`plan --from C^ --to C`). It counts the decisions and writes every error finding, for
// reading by hand: which blocks are real, which are false alarms.
//
//   node bench/adoption-replay.mjs [options] GIT_DIR...
//
// GIT_DIR is a repository's git directory (a bare snapshot or a clone's .git). Nothing in it is
// written: each repository is replayed in a scratch repository under --work whose
// `objects/info/alternates` points at GIT_DIR's objects and whose refs are copied with
// `git update-ref --stdin`. Branches and tags made after the adoption commit are left out, so
// `init` sees the repository as it was then.
//
// The replayed commits are the real ones with the policy file added: each is re-made with
// `git commit-tree` from the original's tree plus `.gitops.yml`, the original's message, author
// and committer, its first parent re-made the same way and its other parents as they were. So the
// policy is read at C^, as it would be after adoption, and nothing else changes.
//
// Options:
//   --depth N     commits replayed (default 50); a shorter history replays every commit but the root
//   --work DIR    where the scratch repositories go (default: $TMPDIR/gitops-adoption)
//   --cli FILE    the CLI to run (default: dist/cli/index.js; `npm run build` first)
//   --json FILE   one JSON line per replayed commit: decisions, touched files, every error finding
//   --no-plan     run check only
//   --keep        keep the scratch repositories
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Adopter',
  GIT_AUTHOR_EMAIL: 'adopter@example.com',
  GIT_COMMITTER_NAME: 'Adopter',
  GIT_COMMITTER_EMAIL: 'adopter@example.com',
};

function parseArgs(argv) {
  const opts = {
    depth: 50,
    work: join(tmpdir(), 'gitops-adoption'),
    cli: join(ROOT, 'dist/cli/index.js'),
    json: null,
    plan: true,
    keep: false,
    repos: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--depth') opts.depth = Number(argv[++i]);
    else if (a === '--work') opts.work = resolve(argv[++i]);
    else if (a === '--cli') opts.cli = resolve(argv[++i]);
    else if (a === '--json') opts.json = resolve(argv[++i]);
    else if (a === '--no-plan') opts.plan = false;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log(
        'Usage: node bench/adoption-replay.mjs [--depth N] [--work DIR] [--cli FILE] [--json FILE] [--no-plan] [--keep] GIT_DIR...',
      );
      process.exit(0);
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a} (try --help)`);
      process.exit(2);
    } else opts.repos.push(resolve(a));
  }
  if (opts.repos.length === 0 || !(opts.depth > 0)) {
    console.error('name at least one git directory to replay, and a positive --depth (try --help)');
    process.exit(2);
  }
  if (!existsSync(opts.cli)) {
    console.error(`${opts.cli} does not exist: run \`npm run build\` first`);
    process.exit(2);
  }
  return opts;
}

function git(gitDir, args, { input, env } = {}) {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...env },
  });
}

function nameOf(snapshot) {
  const b = basename(snapshot);
  return b === 'repo' || b === '.git' ? basename(dirname(snapshot)) : b.replace(/\.git$/, '');
}

/** The snapshot's default branch: its HEAD. */
function defaultBranch(snapshot) {
  return git(snapshot, ['symbolic-ref', '--short', 'HEAD']).trim();
}

/**
 * The scratch repository at the adoption commit: the snapshot's objects borrowed, main (local and
 * origin's, with origin/HEAD naming it) at `base`, and the branches and tags that existed then
 * (their tip no newer than `base`) as origin's branches and tags.
 */
function scratchRepository(snapshot, dir, main, base) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', `--initial-branch=${main}`, dir]);
  const gitDir = join(dir, '.git');
  writeFileSync(join(gitDir, 'objects/info/alternates'), `${join(snapshot, 'objects')}\n`);
  const baseTime = Number(git(snapshot, ['log', '-1', '--format=%ct', base]).trim());
  const refs = git(snapshot, [
    'for-each-ref',
    '--format=%(objectname) %(refname) %(committerdate:unix) %(*committerdate:unix)',
    'refs/heads',
    'refs/tags',
  ]);
  let input = `create refs/heads/${main} ${base}\ncreate refs/remotes/origin/${main} ${base}\n`;
  for (const line of refs.split('\n').filter(Boolean)) {
    const [sha, ref, date, peeledDate] = line.split(' ');
    const when = Number(peeledDate || date);
    if (ref === `refs/heads/${main}` || !(when <= baseTime)) continue;
    const to = ref.startsWith('refs/heads/') ? `refs/remotes/origin/${ref.slice(11)}` : ref;
    input += `create ${to} ${sha}\n`;
  }
  git(gitDir, ['update-ref', '--stdin'], { input });
  git(gitDir, ['symbolic-ref', 'refs/remotes/origin/HEAD', `refs/remotes/origin/${main}`]);
  git(gitDir, ['config', `branch.${main}.remote`, 'origin']);
  git(gitDir, ['config', `branch.${main}.merge`, `refs/heads/${main}`]);
  return gitDir;
}

/** `tree` plus `.gitops.yml` as `blob`, through a scratch index. */
function treeWithPolicy(gitDir, tree, blob) {
  const env = { GIT_INDEX_FILE: join(gitDir, 'adoption-index') };
  git(gitDir, ['read-tree', tree], { env });
  git(gitDir, ['update-index', '--add', '--cacheinfo', `100644,${blob},.gitops.yml`], { env });
  return git(gitDir, ['write-tree'], { env }).trim();
}

/** The original commit re-made on the adopted line: same tree (plus the policy), message and people. */
function remake(gitDir, original, firstParent, blob) {
  const [tree, parents, an, ae, ad, cn, ce, cd, ...rest] = git(gitDir, [
    'log',
    '-1',
    '--format=%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B',
    original,
  ]).split('\0');
  const others = parents.split(' ').filter(Boolean).slice(1);
  const args = ['commit-tree', treeWithPolicy(gitDir, tree, blob), '-p', firstParent];
  for (const p of others) args.push('-p', p);
  return git(gitDir, args, {
    input: rest.join('\0'),
    env: {
      GIT_AUTHOR_NAME: an,
      GIT_AUTHOR_EMAIL: ae,
      GIT_AUTHOR_DATE: ad,
      GIT_COMMITTER_NAME: cn,
      GIT_COMMITTER_EMAIL: ce,
      GIT_COMMITTER_DATE: cd,
    },
  }).trim();
}

function runCli(opts, cwd, args, timeout = 300_000) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [opts.cli, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout,
    env: { ...process.env, ...IDENTITY, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: '', GIT_CONFIG_NOSYSTEM: '1' },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let json = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {}
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, json, ms };
}

/** The environment the default branch deploys to, as the written policy says. */
function productionOf(policyText, main) {
  const policy = parseYaml(policyText);
  for (const [name, env] of Object.entries(policy.environments ?? {})) {
    if ((env.branches ?? []).includes(main)) return name;
  }
  return null;
}

function replayRepository(snapshot, opts) {
  const name = nameOf(snapshot);
  const main = defaultBranch(snapshot);
  const line = git(snapshot, ['rev-list', '--first-parent', '--parents', `--max-count=${opts.depth + 1}`, main])
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' '));
  // Newest first; a commit is replayable when it has a parent. The base is the oldest one's parent.
  const replay = line
    .filter((p) => p.length > 1)
    .slice(0, opts.depth)
    .reverse();
  const base = replay[0][1];
  const dir = join(opts.work, name);
  const gitDir = scratchRepository(snapshot, dir, main, base);

  // init replays 50 pushes itself: on a large repository under load that takes minutes.
  const init = runCli(opts, dir, ['init'], 1_800_000);
  if (init.status !== 0) {
    throw new Error(`init failed in ${name} (${init.status ?? init.signal}): ${init.stderr || init.stdout}`);
  }
  const policyText = readFileSync(join(dir, '.gitops.yml'), 'utf8');
  const production = productionOf(policyText, main);
  if (!production) throw new Error(`the policy init wrote for ${name} maps ${main} to no environment`);
  const blob = git(gitDir, ['hash-object', '-w', '--stdin'], { input: policyText }).trim();
  const baseTree = git(gitDir, ['rev-parse', `${base}^{tree}`]).trim();
  const adopted = git(gitDir, ['commit-tree', treeWithPolicy(gitDir, baseTree, blob), '-p', base], {
    input: 'chore: adopt gitops-action\n',
    env: IDENTITY,
  }).trim();

  const totals = { deploy: 0, skip: 0, block: 0, other: 0, planBlock: 0, untouchedOnly: 0, ms: [] };
  let previous = adopted;
  for (const [original] of replay) {
    const sha = remake(gitDir, original, previous, blob);
    const ref = `refs/heads/${main}`;
    // --no-renames, as the tool reads it: a renamed file's old path is changed too (its objects go).
    const touched = git(gitDir, ['diff', '--name-only', '--no-renames', previous, sha]).split('\n').filter(Boolean);
    const checked = runCli(opts, dir, [
      'check',
      '--from',
      previous,
      '--to',
      sha,
      '--ref',
      ref,
      '--env',
      production,
      '--format',
      'json',
    ]);
    const decision = checked.json?.decision ?? 'other';
    totals[decision in totals ? decision : 'other']++;
    totals.ms.push(checked.ms);
    const errors = (checked.json?.findings ?? []).filter((f) => f.severity === 'error');
    const untouchedOnly = errors.length > 0 && errors.every((f) => f.file && !touched.includes(f.file));
    if (untouchedOnly) totals.untouchedOnly++;
    let planned = null;
    if (opts.plan) {
      planned = runCli(opts, dir, ['plan', '--from', previous, '--to', sha, '--env', production, '--format', 'json']);
      if (planned.status === 1) totals.planBlock++;
    }
    if (opts.json) {
      appendFileSync(
        opts.json,
        `${JSON.stringify({
          repository: name,
          original,
          subject: git(gitDir, ['log', '-1', '--format=%s', original]).trim(),
          decision,
          rc: checked.status,
          ms: Math.round(checked.ms),
          touched: touched.length > 40 ? [...touched.slice(0, 40), `… ${touched.length - 40} more`] : touched,
          errors: errors.map(({ rule, kind, file, line, object, message }) => ({
            rule,
            kind,
            file,
            line,
            object,
            message,
          })),
          untouchedOnly,
          plan: planned && {
            rc: planned.status,
            summary: planned.json?.summary,
            errors: (planned.json?.findings ?? [])
              .filter((f) => f.severity === 'error')
              .map(({ kind, file, object, message }) => ({ kind, file, object, message })),
          },
          stderr: decision === 'other' ? (checked.stderr || checked.stdout).slice(0, 600) : undefined,
        })}\n`,
      );
    }
    // The push went through as history says it did: the branch moves on.
    git(gitDir, ['update-ref', ref, sha]);
    git(gitDir, ['update-ref', `refs/remotes/origin/${main}`, sha]);
    previous = sha;
  }
  if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  const ms = [...totals.ms].sort((a, b) => a - b);
  return {
    name,
    base: base.slice(0, 12),
    head: replay[replay.length - 1][0].slice(0, 12),
    production,
    replayed: replay.length,
    ...totals,
    ms: undefined,
    medianMs: Math.round(ms[ms.length >> 1] ?? 0),
    initSummary: init.stdout.split('\n').filter((l) => l.startsWith('init:')),
  };
}

const opts = parseArgs(process.argv.slice(2));
mkdirSync(opts.work, { recursive: true });
if (opts.json) writeFileSync(opts.json, '');
for (const snapshot of opts.repos) {
  const r = replayRepository(snapshot, opts);
  console.log(
    `${r.name}: adopted at ${r.base}, ${r.replayed} commits to ${r.head} replayed as pushes to ${r.production}: ` +
      `${r.deploy} deploy, ${r.skip} skip, ${r.block} block${r.other ? `, ${r.other} other (error)` : ''}; ` +
      `${r.untouchedOnly} blocked only by files the commit did not touch` +
      `${opts.plan ? `; plan blocked ${r.planBlock}` : ''}; check median ${r.medianMs} ms`,
  );
  for (const l of r.initSummary) console.log(`  ${l}`);
}
