// `npm run demo`: builds a sample GitOps repository in a temporary folder and runs the built CLI
// (dist/cli/index.js) on it: check for passing and failing pushes, plan, version, and a real
// `git push` through the pre-push hook. It needs only git and the committed dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const work = mkdtempSync(join(tmpdir(), 'gitops-demo-'));
const repo = join(work, 'shop');
const home = join(work, 'home');
mkdirSync(home);
let tick = 0;
const env = () => {
  const date = new Date(Date.UTC(2026, 0, 1) + tick * 60_000).toISOString();
  return {
    ...process.env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
};
const git = (...args) => execFileSync('git', args, { cwd: repo, env: env(), encoding: 'utf8' }).trim();
const write = (path, text) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const commit = (message, files = {}, as) => {
  for (const [p, t] of Object.entries(files)) write(p, t);
  tick++;
  const e = env();
  if (as) Object.assign(e, { GIT_AUTHOR_EMAIL: as, GIT_COMMITTER_EMAIL: as });
  execFileSync('git', ['add', '-A'], { cwd: repo, env: e });
  execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], { cwd: repo, env: e, input: message });
  return git('rev-parse', 'HEAD');
};
const merge = (branch, message) => {
  tick++;
  git('merge', '-q', '--no-ff', '-m', message ?? `Merge branch '${branch}'`, branch);
  return git('rev-parse', 'HEAD');
};

const say = (text) => process.stdout.write(`${text}\n`);
const heading = (text) =>
  say(`\n\x1b[1m━━ ${text}\x1b[0m`.replace(/\x1b\[[0-9;]*m/g, process.stdout.isTTY ? '$&' : ''));
function run(title, args, expectCode) {
  heading(title);
  say(`$ gitops-action ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    env: { ...env(), NO_COLOR: '1' },
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  say(`(exit ${r.status})`);
  if (expectCode !== undefined && r.status !== expectCode) {
    throw new Error(`demo: expected exit ${expectCode} from "${args.join(' ')}", got ${r.status}`);
  }
  return r;
}

const service = (name, version, port, extra = '') => `service: ${name}
version: ${version}
healthcheck: { endpoints: [/healthz], retries: 5, timeout: 30s }
domain: ${name}.example.com
port: ${port}
resources: { cpu: 500m, memory: 512Mi, replicas: 3 }
firewall:
  ingress: [{ from: 10.0.0.0/8, ports: [${port}] }]
maintainer: team-${name}@example.com
${extra}`;

// ── The sample repository ──────────────────────────────────────────────────────────────────────
execFileSync('git', ['init', '-q', '--initial-branch=main', repo], { env: env() });
git('config', 'commit.gpgsign', 'false');
commit('OPS-1: initial policy and services', {
  '.gitops.yml': `admins: [lead@example.com]
environments:
  testing:    { branches: [develop] }
  acceptance: { branches: ["release/*"], promote-from: testing }
  production: { branches: [main], tags: ["v*"], versions: ">=1.0.0", promote-from: acceptance }
rules:
  committers: { allow: ["*@example.com"] }
  jira: { projects: [OPS] }
  destructive:
    allowed-ports: [80, 443, 8080]
    capacity: { cpu: "16", memory: 32Gi }
`,
  'deploy/billing.yml': service('billing', '1.4.2', 8080),
  'deploy/web.yml': service('web', '2.0.0', 8080),
  'k8s/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/example/web:2.0.0
          ports: [{ containerPort: 8080 }]
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  ports: [{ port: 80, targetPort: 8080 }]
`,
});
git('tag', 'v0.9.0');
git('checkout', '-q', '-b', 'develop');
git('checkout', '-q', '-b', 'feature/OPS-2-search');
commit('OPS-2: add search to web');
git('checkout', '-q', 'develop');
merge('feature/OPS-2-search');
const developGood = git('rev-parse', 'HEAD');

heading(`Sample repository: ${repo}`);
say(git('log', '--oneline', '--graph', '--all'));

// ── check: passing and failing pushes ─────────────────────────────────────────────────────────
run('A good push to develop deploys to testing', ['check', '--from', 'main', '--to', 'develop', '--ref', 'develop'], 0);

commit('quick fix without a ticket');
run('A commit without a Jira key is blocked', ['check', '--from', developGood, '--to', 'HEAD', '--ref', 'develop'], 1);
git('reset', '-q', '--hard', developGood);

commit('OPS-3: sneaky change', {}, 'mallory@evil.org');
run(
  'A committer outside the allowlist is blocked',
  ['check', '--from', developGood, '--to', 'HEAD', '--ref', 'develop'],
  1,
);
git('reset', '-q', '--hard', developGood);

commit('OPS-4: docs only [skip deploy]');
run(
  'A skip marker on the head commit skips the deploy',
  ['check', '--from', developGood, '--to', 'HEAD', '--ref', 'develop'],
  0,
);
const developSkip = git('rev-parse', 'HEAD');

commit('OPS-5: let everyone edit the policy', { '.gitops.yml': 'rules: { committers: false }\n' });
run(
  'A policy change by a non-admin is blocked',
  ['check', '--from', developSkip, '--to', 'HEAD', '--ref', 'develop'],
  1,
);
git('reset', '-q', '--hard', developSkip);

// ── release to production, and the destructive gate ───────────────────────────────────────────
git('checkout', '-q', '-b', 'release/1.0.0');
commit('OPS-6: release notes for 1.0.0');
// promote-from: production takes only commits that acceptance ran. The deploy job records it
// (GitHub's Deployments API in the Action; here the git-ref record).
run(
  'The release branch deploys to acceptance, and the deploy is recorded in git',
  ['record', '--env', 'acceptance', '--status', 'success', '--sha', 'release/1.0.0', '--version', '1.0.0-beta.1'],
  0,
);
git('checkout', '-q', 'main');
const mainBefore = git('rev-parse', 'HEAD');
merge('release/1.0.0');
run(
  'Merging release/1.0.0 into main deploys 1.0.0 to production',
  ['check', '--from', mainBefore, '--to', 'main', '--ref', 'main'],
  0,
);
run('version on main', ['version'], 0);
git('tag', 'v1.0.0');
git('checkout', '-q', 'develop');
merge('main', "Merge branch 'main' into develop");
run('version on develop (a pre-release)', ['version', '--format', 'json'], 0);

git('checkout', '-q', 'main');
commit('hotfix typed straight on main');
run('A direct commit on merge-only main is blocked', ['check', '--from', 'v1.0.0', '--to', 'HEAD', '--ref', 'main'], 1);
git('reset', '-q', '--hard', 'v1.0.0');

git('checkout', '-q', 'develop');
const beforeDestructive = git('rev-parse', 'HEAD');
git('rm', '-q', 'deploy/billing.yml');
commit('OPS-7: retire billing, open the admin port', {
  'deploy/web.yml': service('web', '2.0.0', 8080, 'ports: [8080, 9000]\n'),
});
run('plan: a removed service and an opened port', ['plan', '--from', beforeDestructive, '--to', 'HEAD'], 1);
run('check blocks the destructive push', ['check', '--from', beforeDestructive, '--to', 'HEAD', '--ref', 'develop'], 1);
git(
  'commit',
  '-q',
  '--amend',
  '-m',
  'OPS-7: retire billing, open the admin port\n\nAllow-Destructive: service-removed, port-opened',
);
run(
  'The same push, accepted in git with an Allow-Destructive trailer',
  ['check', '--from', beforeDestructive, '--to', 'HEAD', '--ref', 'develop'],
  0,
);
run(
  'check --format json (abridged by jq-less eyes: one object)',
  ['check', '--from', beforeDestructive, '--to', 'HEAD', '--ref', 'develop', '--format', 'json'],
  0,
);

// ── the pre-push hook, through a real git push ────────────────────────────────────────────────
heading('pre-push: a real git push to a bare repository, with the shipped hook');
const bare = join(work, 'origin.git');
execFileSync('git', ['init', '-q', '--bare', bare], { env: env() });
git('remote', 'add', 'origin', bare);
git('push', '-q', 'origin', 'main', 'develop');
// What `git clone` records, and `git remote set-head origin --auto` after a `git remote add`: the
// remote's default branch, whose policy the hook applies (it never guesses one from a name).
git('remote', 'set-head', 'origin', 'main');
git('config', 'core.hooksPath', join(root, 'hooks'));
say('$ git commit -m "no ticket here either"');
let r = spawnSync('git', ['commit', '-q', '--allow-empty', '-m', 'no ticket here either'], {
  cwd: repo,
  env: { ...env(), NO_COLOR: '1' },
  encoding: 'utf8',
});
process.stdout.write(r.stderr);
say(`(exit ${r.status}: the commit-msg hook refused the message)`);
if (r.status === 0) throw new Error('demo: the commit-msg hook should have refused this message');
say('$ git commit --no-verify -m "no ticket here either"   # skip the local check; pre-push still runs');
git('commit', '-q', '--allow-empty', '--no-verify', '-m', 'no ticket here either');
r = spawnSync('git', ['push', 'origin', 'develop'], { cwd: repo, env: { ...env(), NO_COLOR: '1' }, encoding: 'utf8' });
say('$ git push origin develop');
process.stdout.write(r.stderr);
say(`(exit ${r.status}: the hook stopped the push)`);
if (r.status === 0) throw new Error('demo: the pre-push hook should have blocked this push');
git('commit', '-q', '--amend', '--allow-empty', '-m', 'OPS-8: a ticket after all');
r = spawnSync('git', ['push', 'origin', 'develop'], { cwd: repo, env: { ...env(), NO_COLOR: '1' }, encoding: 'utf8' });
say('$ git push origin develop   # after git commit --amend');
process.stdout.write(r.stderr);
say(`(exit ${r.status}: pushed)`);
if (r.status !== 0) throw new Error('demo: the pre-push hook should have let this push through');

(await import('./demo-record.mjs')).demoRecord({ repo, cli, env, run, heading, say });

heading('Done');
say(`The sample repository stays in ${repo}; try: cd ${repo} && node ${cli} check --ref develop`);
