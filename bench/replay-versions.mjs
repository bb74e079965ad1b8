#!/usr/bin/env node
// Replays real git-flow histories against `version`, the way a user would judge it: for each
// version tag on the main line, hide it and every later tag, point main at the tagged commit,
// and compare `version --ref <main>` with the version the maintainers tagged.
//
//   node bench/replay-versions.mjs [options] GIT_DIR...
//
// GIT_DIR is a repository's git directory (a bare snapshot or a clone's .git). Nothing in it is
// written: each repository is replayed in a scratch repository under --work whose
// `objects/info/alternates` points at GIT_DIR's objects (snapshots may lack large blobs, which
// `version` never reads) and whose refs are copied with `git update-ref --stdin`.
//
// Options:
//   --main NAME   the main branch (default: main, else master, else the snapshot's HEAD)
//   --work DIR    where the scratch repositories go (default: $TMPDIR/gitops-replay)
//   --cli FILE    the CLI to run (default: dist/cli/index.js; `npm run build` first)
//   --json FILE   write every case as one JSON line (for reading the misses by hand)
//   --misses      print each miss as it happens
//   --limit N     replay only the newest N main-line tags of each repository
//   --tag NAME    replay only the case of this tag (repeatable), e.g. to re-check one miss
//
// Each case is classified by the tagged commit:
//   release/hotfix merge   a merge commit on main's first-parent line whose subject merges a
//                          branch named release…/hotfix… (any of git's, GitHub's, GitLab's or
//                          Bitbucket's merge subjects)
//   other main-line tag    any other commit on the first-parent line (direct commits, develop or
//                          feature merges, tags on the commit after a merge)
//   pre-release            the highest tag on the commit has a pre-release part (`v2.0.0-rc.1`)
// A case agrees when the computed version equals the version of any tag on the commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLASSES = ['release/hotfix merge', 'other main-line tag', 'pre-release'];

function parseArgs(argv) {
  const opts = {
    main: null,
    work: join(tmpdir(), 'gitops-replay'),
    cli: join(ROOT, 'dist/cli/index.js'),
    json: null,
    misses: false,
    limit: Number.POSITIVE_INFINITY,
    tags: [],
    repos: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--main') opts.main = argv[++i];
    else if (a === '--work') opts.work = resolve(argv[++i]);
    else if (a === '--cli') opts.cli = resolve(argv[++i]);
    else if (a === '--json') opts.json = resolve(argv[++i]);
    else if (a === '--misses') opts.misses = true;
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--tag') opts.tags.push(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(
        'Usage: node bench/replay-versions.mjs [--main NAME] [--work DIR] [--cli FILE] [--json FILE] [--misses] [--limit N] [--tag NAME] GIT_DIR...',
      );
      process.exit(0);
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a} (try --help)`);
      process.exit(2);
    } else opts.repos.push(resolve(a));
  }
  if (opts.repos.length === 0) {
    console.error('name at least one git directory to replay (try --help)');
    process.exit(2);
  }
  if (!existsSync(opts.cli)) {
    console.error(`${opts.cli} does not exist: run \`npm run build\` first`);
    process.exit(2);
  }
  return opts;
}

function git(gitDir, args, input) {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
}

/**
 * A tag name as the maintainers meant it: an optional `v`/`V`, then `X.Y` or `X.Y.Z` with an
 * optional pre-release and build part. Loose on purpose (`v6.2` is 6.2.0): the replay asks what
 * was released, not what the tool's parser accepts.
 */
const TAG_VERSION = /^[vV]?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function tagVersion(name) {
  const m = TAG_VERSION.exec(name);
  if (!m) return null;
  const [, major, minor, patch, pre] = m;
  const core = [Number(major), Number(minor), Number(patch ?? 0)];
  return { core, pre: pre ?? null, text: `${core.join('.')}${pre ? `-${pre}` : ''}` };
}

function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i] - b.core[i];
  if (a.pre === b.pre) return 0;
  if (a.pre === null) return 1;
  if (b.pre === null) return -1;
  return a.pre < b.pre ? -1 : 1;
}

/** The branch a merge subject merges, or null: the common subjects of git and the forges. */
function mergedBranch(subject) {
  let m = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject);
  if (m) return m[1].replace(/^origin\//, '');
  m = /^Merge pull request #\d+ from (\S+)/.exec(subject);
  if (m) return m[1].replace(/^[^/]+\//, '');
  m = /^Merge branch (\S+)/.exec(subject);
  if (m) return m[1];
  m = /^Merged in (\S+)/.exec(subject);
  if (m) return m[1];
  // GitHub's squash or merge-queue subjects name no branch.
  return null;
}

function isReleaseOrHotfix(branch) {
  return branch !== null && /^(?:releases?|hotfix(?:es)?)(?:$|[/_-])/i.test(branch);
}

function mainBranch(gitDir, wanted) {
  const heads = new Set(git(gitDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']).split('\n'));
  if (wanted) {
    if (!heads.has(wanted)) throw new Error(`${gitDir} has no branch ${wanted}`);
    return wanted;
  }
  for (const name of ['main', 'master']) if (heads.has(name)) return name;
  return git(gitDir, ['symbolic-ref', '--short', 'HEAD']).trim();
}

/** Every version tag: name, the object its ref holds, the commit, and when it was made. */
function readTags(gitDir) {
  const out = git(gitDir, [
    'for-each-ref',
    '--format=%(refname)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)%00%(*objecttype)%(objecttype)',
    'refs/tags',
  ]);
  const tags = [];
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [ref, object, peeled, date, type] = line.split('\0');
    const name = ref.slice('refs/tags/'.length);
    const version = tagVersion(name);
    // A tag of a tree or blob is no release of a commit.
    if (!version || !type.startsWith('commit')) continue;
    tags.push({ ref, name, object, commit: peeled || object, date: Number(date), version });
  }
  return tags;
}

/** main's first-parent line: sha → { parents, subject }. */
function firstParentLine(gitDir, main) {
  const out = git(gitDir, ['log', '--first-parent', '-z', '--format=%H%x00%P%x00%s', `refs/heads/${main}`]);
  const line = new Map();
  const parts = out.split('\0');
  for (let i = 0; i + 3 <= parts.length; i += 3) {
    const sha = parts[i].replace(/^\n/, '');
    if (!sha) break;
    line.set(sha, { parents: parts[i + 1].split(' ').filter(Boolean), subject: parts[i + 2] });
  }
  return line;
}

function classify(commit, expected) {
  if (expected.pre !== null) return 'pre-release';
  if (commit.parents.length > 1 && isReleaseOrHotfix(mergedBranch(commit.subject))) return 'release/hotfix merge';
  return 'other main-line tag';
}

/** The scratch repository: objects borrowed from the snapshot, its branches copied, no tags yet. */
function scratchRepository(snapshot, dir, main) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', `--initial-branch=${main}`, dir]);
  const gitDir = join(dir, '.git');
  writeFileSync(join(gitDir, 'objects/info/alternates'), `${join(snapshot, 'objects')}\n`);
  const heads = git(snapshot, ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads']);
  const input = heads
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [sha, ref] = l.split(' ');
      return `create ${ref} ${sha}\n`;
    })
    .join('');
  git(gitDir, ['update-ref', '--stdin'], input);
  return gitDir;
}

function replayRepository(snapshot, opts, out) {
  const name =
    basename(snapshot) === 'repo' || basename(snapshot) === '.git' ? basename(dirname(snapshot)) : basename(snapshot);
  const main = mainBranch(snapshot, opts.main);
  const tags = readTags(snapshot);
  const line = firstParentLine(snapshot, main);

  // One case per tagged commit on the main line; its expected version is the highest tag on it.
  const byCommit = new Map();
  for (const t of tags) {
    if (!line.has(t.commit)) continue;
    const list = byCommit.get(t.commit) ?? [];
    list.push(t);
    byCommit.set(t.commit, list);
  }
  let cases = [...byCommit].map(([commit, onCommit]) => {
    const expected = onCommit.reduce((a, b) => (compareVersions(b.version, a.version) > 0 ? b : a));
    return {
      commit,
      tags: onCommit,
      expected,
      // The moment the first tag of this commit was made: it and everything after is hidden.
      date: Math.min(...onCommit.map((t) => t.date)),
      class: classify(line.get(commit), expected.version),
    };
  });
  cases.sort((a, b) => a.date - b.date);
  if (cases.length > opts.limit) cases = cases.slice(cases.length - opts.limit);
  // Each case sets the tags itself from the full list, so any subset replays exactly.
  if (opts.tags.length > 0) cases = cases.filter((c) => c.tags.some((t) => opts.tags.includes(t.name)));

  const dir = join(opts.work, name);
  const gitDir = scratchRepository(snapshot, dir, main);
  const present = new Set();
  const tally = Object.fromEntries(CLASSES.map((c) => [c, { agree: 0, total: 0 }]));
  const started = Date.now();

  for (const c of cases) {
    const hidden = new Set(c.tags.map((t) => t.ref));
    let input = `update refs/heads/${main} ${c.commit}\n`;
    for (const t of tags) {
      const visible = t.date < c.date && !hidden.has(t.ref);
      if (visible && !present.has(t.ref)) {
        input += `create ${t.ref} ${t.object}\n`;
        present.add(t.ref);
      } else if (!visible && present.has(t.ref)) {
        input += `delete ${t.ref}\n`;
        present.delete(t.ref);
      }
    }
    git(gitDir, ['update-ref', '--stdin'], input);

    const run = spawnSync(process.execPath, [opts.cli, 'version', '--ref', main, '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    let got = null;
    let error = null;
    if (run.status === 0) {
      try {
        got = JSON.parse(run.stdout).version;
      } catch {
        error = `unreadable output: ${run.stdout.slice(0, 200)}`;
      }
    } else error = (run.stderr || run.stdout).trim().split('\n')[0];
    const agree = got !== null && c.tags.some((t) => t.version.text === got);
    tally[c.class].total++;
    if (agree) tally[c.class].agree++;
    const record = {
      repository: name,
      class: c.class,
      tag: c.expected.name,
      expected: c.expected.version.text,
      got,
      agree,
      commit: c.commit,
      subject: line.get(c.commit).subject,
      ...(error ? { error } : {}),
    };
    if (out) appendFileSync(out, `${JSON.stringify(record)}\n`);
    if (!agree && opts.misses) {
      console.log(
        `  miss ${name} ${c.expected.name}: got ${got ?? error} (${c.class}; ${record.subject.slice(0, 90)})`,
      );
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { name, main, cases: cases.length, tally, seconds: (Date.now() - started) / 1000 };
}

function pct(t) {
  return t.total === 0 ? '   -  ' : `${((100 * t.agree) / t.total).toFixed(1).padStart(5)}%`;
}

function cell(t) {
  return `${`${t.agree}/${t.total}`.padStart(9)} ${pct(t)}`;
}

function sum(a, b) {
  return { agree: a.agree + b.agree, total: a.total + b.total };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.work, { recursive: true });
  if (opts.json) writeFileSync(opts.json, '');
  const results = [];
  for (const repo of opts.repos) {
    const r = replayRepository(repo, opts, opts.json);
    results.push(r);
    console.log(`${r.name} (${r.main}): ${r.cases} main-line tagged commits in ${r.seconds.toFixed(0)} s`);
  }
  const header = `${'repository'.padEnd(34)} ${'release/hotfix merges'.padStart(16)} ${'other main-line'.padStart(16)} ${'non-pre-release'.padStart(16)} ${'pre-release'.padStart(16)}`;
  console.log(`\n${header}`);
  const total = Object.fromEntries(CLASSES.map((c) => [c, { agree: 0, total: 0 }]));
  const row = (label, t) =>
    console.log(
      `${label.padEnd(34)} ${cell(t['release/hotfix merge'])} ${cell(t['other main-line tag'])} ${cell(sum(t['release/hotfix merge'], t['other main-line tag']))} ${cell(t['pre-release'])}`,
    );
  for (const r of results) {
    row(r.name, r.tally);
    for (const c of CLASSES) total[c] = sum(total[c], r.tally[c]);
  }
  row('overall', total);
}

main();
