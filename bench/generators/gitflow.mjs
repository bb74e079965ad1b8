import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, git, pick, prng } from '../lib/util.mjs';

/**
 * A git-flow repository built with one `git fast-import` stream, so 100k commits take seconds.
 *
 * The shape follows the git-flow model: features merged `--no-ff` into develop, a release branch
 * cut from develop and merged into main, an annotated `vX.Y.Z` tag on the merge and the tag merged
 * back into develop; hotfixes cut from main, merged, tagged (lightweight) and back-merged as a
 * branch (nvie style). A non-semver `build-N` tag lands on develop every cycle. With one release
 * every ~50 commits, a hotfix every second release and a build tag each cycle, there is a tag
 * about every 20 commits (100k commits: 2,000 release merges, 5,000 tags).
 *
 * Messages are Conventional Commits with Jira keys (`feat(api): OPS-123 add x`), some with a
 * body and trailers; a few per thousand lack a key or a valid type, so every tool has findings.
 * Six identities commit, all `*@example.com`. main ends on an untagged release merge and develop
 * a few commits past its last back-merge, so `version` has a real walk on both.
 */
export const POLICY = `# The policy the benchmarks run (read from the trusted ref).
environments:
  testing:    { branches: [develop] }
  acceptance: { branches: ["release/*"] }
  production: { branches: [main, master], tags: ["v*"], versions: ">=1.0.0" }
rules:
  skip-deploy:
    markers: ["[skip deploy]", "[deploy skip]", "skip deployment"]
    scope: head
  committers:
    allow: ["*@example.com"]
    check: [author, committer]
  jira:
    projects: [OPS, WEB, API]
    scope: each
  destructive:
    descriptors: ["deploy/**/*.y?(a)ml", "k8s/**/*.y?(a)ml"]
  branches:
    merge-only: [main]
`;

const PEOPLE = [
  ['Alice Martin', 'alice@example.com'],
  ['Bob Chen', 'bob@example.com'],
  ['Carol Diaz', 'carol@example.com'],
  ['Dave Okafor', 'dave@example.com'],
  ['Erin Novak', 'erin@example.com'],
  ['Release Bot', 'release-bot@example.com'],
];
const TYPES = ['feat', 'feat', 'feat', 'fix', 'fix', 'fix', 'refactor', 'perf', 'docs', 'test', 'chore', 'build', 'ci'];
const SCOPES = ['api', 'web', 'auth', 'billing', 'search', 'db', 'deploy', 'ui', 'core', 'infra'];
const PROJECTS = ['OPS', 'OPS', 'WEB', 'API'];
const VERBS = ['add', 'remove', 'rework', 'speed up', 'simplify', 'handle', 'validate', 'document', 'cache', 'retry'];
const NOUNS = [
  'the session timeout',
  'invoice totals',
  'search paging',
  'health endpoint',
  'rate limiter',
  'user export',
  'retry budget',
  'audit log',
  'feature flags',
  'connection pool',
];

/** Parameters for a size: one release every ~50 commits, a hotfix every second one. */
export function gitflowShape(commits) {
  const releases = Math.max(2, Math.round(commits / 50));
  return { commits, releases, hotfixes: Math.floor(releases / 2), buildTags: releases };
}

/**
 * Builds (or reuses, when the same parameters built it before) the repository in `dir`.
 * Returns facts the scenarios need: the root commit, the tip of main and develop, counts.
 */
export function generateGitflow(dir, { commits, seed = 1 }) {
  const shape = gitflowShape(commits);
  const stamp = join(dir, '.bench-info.json');
  const key = JSON.stringify({ v: 3, ...shape, seed });
  if (existsSync(stamp)) {
    const info = JSON.parse(readFileSync(stamp, 'utf8'));
    if (info.key === key) return info;
  }
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  git(dir, ['init', '-q', '--initial-branch=main', '.']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  git(dir, ['config', 'tag.gpgsign', 'false']);

  const random = prng(seed);
  const out = [];
  let mark = 0;
  let made = 0;
  let tags = 0;
  let time = 1_600_000_000;
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  const key4 = () => `${pick(random, PROJECTS)}-${1 + Math.floor(random() * 4000)}`;
  const who = () => pick(random, PEOPLE.slice(0, 5));

  const commit = (ref, message, from, { merge, files, person } = {}) => {
    mark++;
    made++;
    time += 30 + Math.floor(random() * 900);
    const [an, ae] = person ?? who();
    // Mostly the author commits; sometimes a teammate applies it (rebase, cherry-pick).
    const [cn, ce] = person ?? (random() < 0.8 ? [an, ae] : who());
    let s = `commit ${ref}\nmark :${mark}\nauthor ${an} <${ae}> ${time} +0000\ncommitter ${cn} <${ce}> ${time} +0000\n${data(message)}`;
    if (from !== null) s += `from :${from}\n`;
    if (merge !== undefined) s += `merge :${merge}\n`;
    for (const [path, content] of Object.entries(files ?? { [`src/${pick(random, SCOPES)}.txt`]: `${mark}\n` })) {
      s += `M 100644 inline ${path}\n${data(content)}`;
    }
    out.push(s);
    return mark;
  };
  const message = () => {
    const type = pick(random, TYPES);
    const scope = pick(random, SCOPES);
    const r = random();
    const key = key4();
    const subject = `${pick(random, VERBS)} ${pick(random, NOUNS)}`;
    // A few per thousand break a rule: no Jira key, or no Conventional-Commit type.
    if (r < 0.003) return `${type}(${scope}): ${subject}\n`;
    if (r < 0.006) return `Update ${subject} for ${key}\n`;
    let m = `${type}(${scope}): ${key} ${subject}\n`;
    if (random() < 0.3) {
      m += `\nThe ${pick(random, NOUNS)} needed this after the last incident; see the ticket.\nTested locally and on staging.\n`;
      if (random() < 0.4) m += `\nRefs: ${key4()}\nReviewed-by: ${who()[0]} <${who()[1]}>\n`;
    }
    return m;
  };
  const lightTag = (name, at) => {
    tags++;
    out.push(`reset refs/tags/${name}\nfrom :${at}\n\n`);
  };
  const annotatedTag = (name, at) => {
    tags++;
    out.push(
      `tag ${name}\nfrom :${at}\ntagger Release Bot <release-bot@example.com> ${time} +0000\n${data(`Release ${name}\n`)}`,
    );
  };

  const bot = PEOPLE[5];
  const root = commit('refs/heads/main', 'chore: OPS-1 initial commit\n', null, {
    files: { '.gitops.yml': POLICY, 'README.md': '# bench service\n' },
    person: bot,
  });
  let main = root;
  let develop = commit('refs/heads/develop', 'chore: OPS-1 start develop\n', main, { person: bot });
  let major = 1;
  let minor = 0;
  let patch = 0;
  const fixed = 3 * shape.releases + 3 * shape.hotfixes;
  const perCycle = Math.max(2, Math.floor((shape.commits - fixed - 2) / shape.releases));
  let hotfixesLeft = shape.hotfixes;
  let feature = 0;
  let lastTag = '';
  for (let cycle = 0; cycle < shape.releases; cycle++) {
    const last = cycle === shape.releases - 1;
    // Features: 1-6 commits each, merged --no-ff into develop. The last cycle keeps some on develop.
    let budget = last ? perCycle - 3 : perCycle;
    while (budget > 1) {
      const n = Math.min(budget - 1, 1 + Math.floor(random() * 6));
      const name = `feature/${pick(random, PROJECTS)}-${++feature}-${pick(random, SCOPES)}`;
      let tip = develop;
      for (let i = 0; i < n; i++) tip = commit('refs/heads/feature-tmp', message(), tip);
      develop = commit('refs/heads/develop', `Merge branch '${name}' into develop\n`, develop, { merge: tip });
      budget -= n + 1;
    }
    lightTag(`build-${cycle + 1}`, develop);
    if (minor >= 49) {
      major++;
      minor = 0;
    } else minor++;
    patch = 0;
    const version = `${major}.${minor}.${patch}`;
    const rel = commit(
      'refs/heads/release-tmp',
      `chore(release): OPS-${cycle + 2} bump version to ${version}\n`,
      develop,
      {
        person: bot,
      },
    );
    main = commit('refs/heads/main', `Merge branch 'release/${version}'\n`, main, { merge: rel, person: bot });
    if (last) {
      // An untagged release merge at the tip of main, and work on develop since the last back-merge.
      for (let i = 0; i < 3; i++) develop = commit('refs/heads/develop', message(), develop);
      break;
    }
    annotatedTag(`v${version}`, main);
    lastTag = `v${version}`;
    develop = commit('refs/heads/develop', `Merge tag 'v${version}' into develop\n`, develop, {
      merge: main,
      person: bot,
    });
    if (hotfixesLeft > 0 && cycle % 2 === 1) {
      hotfixesLeft--;
      const fixVersion = `${major}.${minor}.${++patch}`;
      const fix = commit(
        'refs/heads/hotfix-tmp',
        `fix(${pick(random, SCOPES)}): ${key4()} hotfix ${fixVersion}\n`,
        main,
      );
      main = commit('refs/heads/main', `Merge branch 'hotfix/${fixVersion}'\n`, main, { merge: fix, person: bot });
      lightTag(`v${fixVersion}`, main);
      lastTag = `v${fixVersion}`;
      develop = commit('refs/heads/develop', `Merge branch 'hotfix/${fixVersion}' into develop\n`, develop, {
        merge: fix,
        person: bot,
      });
    }
  }
  // Two feature branches still open.
  let open = develop;
  for (let i = 0; i < 4; i++) open = commit('refs/heads/feature/OPS-9001-search', message(), open);
  out.push('reset refs/heads/feature-tmp\nfrom 0000000000000000000000000000000000000000\n\n');
  out.push('reset refs/heads/release-tmp\nfrom 0000000000000000000000000000000000000000\n\n');
  out.push('reset refs/heads/hotfix-tmp\nfrom 0000000000000000000000000000000000000000\n\n');
  git(dir, ['fast-import', '--quiet', '--force'], { input: out.join('') });
  git(dir, ['pack-refs', '--all']);
  git(dir, ['checkout', '-q', '-f', 'main']);
  const sha = (rev) => git(dir, ['rev-parse', rev]).stdout.trim();
  const info = {
    key,
    dir,
    seed,
    ...shape,
    made,
    tags,
    lastTag,
    root: sha(`:/chore: OPS-1 initial commit`),
    main: sha('main'),
    develop: sha('develop'),
  };
  writeFileSync(stamp, JSON.stringify(info, null, 2));
  return info;
}

/**
 * Appends `n` commits to `branch` (one fast-import stream) and returns the new tip. The commits
 * are ordinary feature work with Conventional-Commit messages and Jira keys.
 */
export function appendCommits(dir, branch, n, { seed = 7, ref = `refs/heads/${branch}` } = {}) {
  const random = prng(seed);
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  let s = '';
  let time = 1_900_000_000;
  for (let i = 0; i < n; i++) {
    const [name, email] = pick(random, PEOPLE.slice(0, 5));
    time += 60;
    const msg = `${pick(random, TYPES)}(${pick(random, SCOPES)}): ${pick(random, PROJECTS)}-${100 + i} ${pick(random, VERBS)} ${pick(random, NOUNS)}\n`;
    s += `commit ${ref}\nauthor ${name} <${email}> ${time} +0000\ncommitter ${name} <${email}> ${time} +0000\n${data(msg)}`;
    if (i === 0) s += `from ${branch}^0\n`;
    s += `M 100644 inline src/pushed-${i}.txt\n${data(`${seed} ${i}\n`)}`;
  }
  git(dir, ['fast-import', '--quiet', '--force'], { input: s });
  return git(dir, ['rev-parse', ref]).stdout.trim();
}
