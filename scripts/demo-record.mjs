// The demo's last step (called from scripts/demo.mjs): a year of production deploys in the sample
// repository's deploy record, then `status` (when the CLI has it), `metrics` and a dry-run
// `rollback`. The year is written with one `git fast-import` for the commits and one for the
// record, in the format of src/record/git-store.ts (`gitops-action record` writes the same
// commits one at a time; a year of them would take the demo minutes).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const DAY = 86_400;
const START = Date.UTC(2026, 0, 2) / 1000;
const DAYS = 365;

const service = (version, replicas) => `service: web
version: ${version}
healthcheck: { endpoints: [/healthz], retries: 5, timeout: 30s }
domain: web.example.com
port: 8080
resources: { cpu: 500m, memory: 512Mi, replicas: ${replicas} }
firewall:
  ingress: [{ from: 10.0.0.0/8, ports: [8080] }]
notify: { slack: ["#web"] }
maintainer: team-web@example.com
`;

/**
 * `ctx`: { repo, cli, env, run(title, args, expectCode), heading(text), say(text) } from demo.mjs.
 * Returns the deployed shas, newest last.
 */
export function demoRecord(ctx) {
  const git = (args, input) =>
    execFileSync('git', args, { cwd: ctx.repo, env: ctx.env(), input, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  git(['checkout', '-q', 'main']);
  const base = git(['rev-parse', 'main']);
  const marksFile = `${git(['rev-parse', '--absolute-git-dir'])}/demo-marks`;
  const people = ['alice', 'bob', 'carol', 'dave'];
  let stream = '';
  let mark = 0;
  let marks = new Map();
  // A revert names a sha, so the stream is written in segments: up to each revert, then on.
  const flush = () => {
    if (!stream) return;
    const imports = marks.size > 0 ? [`--import-marks=${marksFile}`] : [];
    git(['fast-import', '--quiet', ...imports, `--export-marks=${marksFile}`], stream);
    stream = '';
    marks = new Map(
      readFileSync(marksFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ')),
    );
  };
  const shaOf = (m) => {
    if (!marks.has(`:${m}`)) flush();
    return marks.get(`:${m}`);
  };
  const commit = (message, at, from, files, merge) => {
    mark++;
    const who = people[mark % people.length];
    const msg = Buffer.from(message);
    stream += `commit refs/heads/main\nmark :${mark}\nauthor ${who} <${who}@example.com> ${at} +0000\ncommitter ${who} <${who}@example.com> ${at} +0000\ndata ${msg.length}\n${msg}\n`;
    stream += `from ${typeof from === 'number' ? `:${from}` : from}\n`;
    if (merge) stream += `merge :${merge}\n`;
    for (const [path, text] of Object.entries(files)) {
      stream += `M 644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
    }
    stream += '\n';
    return mark;
  };
  // The plan: a deploy a day at 14:00 UTC; a failed deploy (retried two hours later) every 23 days;
  // a revert of the day before every 41 days; a hotfix merge every 67 days; and, on the last day,
  // a failed deploy that scaled web out, which `rollback` then undoes.
  const deploys = [];
  const tipByDay = [];
  const firstByDay = [];
  let tip = base;
  let minor = 0;
  for (let d = 0; d < DAYS; d++) {
    const at = START + d * DAY + 14 * 3600;
    const n = 1 + (d % 3);
    for (let j = n; j >= 1; j--) {
      const when = at - j * (2 + (d % 7)) * 3600;
      let message = `OPS-${100 + d * 3 + j}: web change ${j} of day ${d + 1}`;
      if (j === 1 && d % 41 === 40) {
        message = `Revert "web change of day ${d}"\n\nThis reverts commit ${shaOf(firstByDay[d - 1])}.\n`;
      }
      const files = { [`src/web/part-${(d * 3 + j) % 17}.txt`]: `${d}.${j}\n` };
      if (j === 1 && d % 30 === 15) files['deploy/web.yml'] = service(`2.${++minor}.0`, 3);
      tip = commit(message, when, tip, files);
      if (j === n) firstByDay[d] = tip;
    }
    if (d % 67 === 66) {
      const fix = commit(`OPS-${90 + d}: hotfix the session timeout`, at - 5400, tip, {
        'src/web/session.txt': `${d}\n`,
      });
      tip = commit(`Merge branch 'hotfix/2.${minor}.1'`, at - 3600, tip, {}, fix);
    }
    if (d === DAYS - 1) {
      tip = commit('OPS-999: scale web out for the sale', at - 1800, tip, {
        'deploy/web.yml': service(`2.${minor}.0`, 6),
      });
    }
    tipByDay.push(tip);
    const version = `2.${minor}.${d}`;
    if (d === DAYS - 1) deploys.push({ day: d, status: 'failure', at, version });
    else if (d % 23 === 22) {
      deploys.push({ day: d, status: 'failure', at, version }, { day: d, status: 'success', at: at + 7200, version });
    } else deploys.push({ day: d, status: 'success', at, version });
  }
  flush();
  git(['reset', '-q', '--hard', 'main']);

  // The record: one empty-tree commit a deploy, newest on top, as `gitops-action record` writes them.
  let record = '';
  const recorder = 'gitops-action <gitops-action@localhost>';
  let lastSuccess;
  deploys.forEach((dep, i) => {
    const sha = marks.get(`:${tipByDay[dep.day]}`);
    const iso = new Date(dep.at * 1000).toISOString().replace(/\.000Z$/, 'Z');
    const lines = [
      `deploy: production ${dep.status} ${sha.slice(0, 12)}`,
      '',
      'Environment: production',
      `Deployed-Sha: ${sha}`,
      `Status: ${dep.status}`,
      `Deployed-At: ${iso}`,
      'Deployed-By: deploy-bot',
      `Version: ${dep.version}`,
    ];
    const msg = Buffer.from(`${lines.join('\n')}\n`);
    record += `commit refs/deploy-log/production\nmark :${i + 1}\nauthor ${recorder} ${dep.at} +0000\ncommitter ${recorder} ${dep.at} +0000\ndata ${msg.length}\n${msg}\n`;
    if (i > 0) record += `from :${i}\n`;
    record += 'deleteall\n\n';
    if (dep.status === 'success') lastSuccess = sha;
  });
  record += `reset refs/deployments/production\nfrom ${lastSuccess}\n\n`;
  git(['fast-import', '--quiet'], record);

  ctx.heading('Deploy record, metrics and rollback: a year of production deploys');
  ctx.say('$ git log --oneline -3 refs/deploy-log/production');
  ctx.say(git(['log', '--oneline', '-3', 'refs/deploy-log/production']));
  // `status` is another command of the record; shown when this build has it.
  const status = spawnSync(process.execPath, [ctx.cli, 'status'], { cwd: ctx.repo, env: ctx.env(), encoding: 'utf8' });
  if (!/unknown command/.test(status.stderr)) ctx.run('status: what each environment runs', ['status'], status.status);
  const year = ['--since', '2026-01-02', '--until', '2027-01-02'];
  ctx.run('metrics: the four DORA keys over the year', ['metrics', '--env', 'production', ...year], 0);
  ctx.run(
    'metrics --format markdown (the Action job-summary section), the last 90 days',
    ['metrics', '--env', 'production', '--since', '90d', '--until', '2027-01-02', '--format', 'markdown'],
    0,
  );
  ctx.run(
    'rollback --dry-run: the last deploy failed; back to the last good one',
    ['rollback', '--env', 'production', '--dry-run'],
    0,
  );
  return deploys;
}
