import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateGitflow } from '../generators/gitflow.mjs';
import { compare, ratio, timeProcess, timeSequence } from '../lib/measure.mjs';
import { benchEnv, CLI, git, WORK } from '../lib/util.mjs';

const DAY = 86_400;
const YEARS = 5;

/**
 * metrics: five years of daily production deploys (1,825 records, a failure every 30 days retried
 * two hours later, a rollback every 100) over the 100k-commit git-flow repository. The record is
 * written into a `--shared` clone (the generator's repository stays untouched for the other
 * scenarios) with one fast-import, in the format of src/record/git-store.ts formatRecordMessage;
 * the tool's own deploy count is checked against it, so a drift in the format fails the run.
 */
function seedRecord(source, dir) {
  rmSync(dir, { recursive: true, force: true });
  git(WORK, ['clone', '-q', '--shared', '--no-checkout', source, dir]);
  const line = git(dir, ['rev-list', '--first-parent', '--reverse', 'main']).stdout.trim().split('\n');
  const days = YEARS * 365;
  const start = 1_600_000_000 - (1_600_000_000 % DAY) + DAY / 2;
  const records = [];
  for (let i = 0; i < days; i++) {
    const sha = line[Math.min(line.length - 1, Math.floor(((i + 1) * line.length) / days) - 1)];
    const at = start + i * DAY;
    if (i % 30 === 7) records.push({ sha, status: 'failure', at }, { sha, status: 'success', at: at + 7200 });
    else records.push({ sha, status: 'success', at });
    if (i % 100 === 50 && i > 0) {
      const back = records.filter((r) => r.status === 'success').at(-2).sha;
      records.push({ sha: back, status: 'success', at: at + 5400, rollbackOf: sha });
    }
  }
  let s = '';
  const who = 'gitops-action <gitops-action@localhost>';
  records.forEach((r, i) => {
    const iso = new Date(r.at * 1000).toISOString().replace(/\.000Z$/, 'Z');
    const lines = [
      `deploy: production ${r.status} ${r.sha.slice(0, 12)}`,
      '',
      'Environment: production',
      `Deployed-Sha: ${r.sha}`,
      `Status: ${r.status}`,
      `Deployed-At: ${iso}`,
    ];
    if (r.rollbackOf) lines.push(`Rollback-Of: ${r.rollbackOf}`);
    const msg = `${lines.join('\n')}\n`;
    s += `commit refs/deploy-log/production\nmark :${i + 1}\nauthor ${who} ${r.at} +0000\ncommitter ${who} ${r.at} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    if (i > 0) s += `from :${i}\n`;
    s += 'deleteall\n\n';
  });
  git(dir, ['fast-import', '--quiet'], { input: s });
  const info = {
    records: records.length,
    successes: records.filter((r) => r.status === 'success').length,
    since: new Date(start * 1000).toISOString().slice(0, 10),
    until: new Date((start + days * DAY) * 1000).toISOString().slice(0, 10),
    first: records[0].sha,
    tips: [...new Set(records.map((r) => r.sha))],
  };
  git(dir, ['update-ref', 'refs/deployments/production', records.findLast((r) => r.status === 'success').sha]);
  // Read back by the next run, which then reuses the clone.
  git(dir, ['config', 'bench.seeded', JSON.stringify(info)]);
  return info;
}

export async function metrics(ctx) {
  const size = ctx.quick ? 10000 : 100000;
  const source = generateGitflow(join(WORK, `gitflow-${size}`), { commits: size, seed: 1 });
  const dir = join(WORK, `metrics-${size}`);
  let info;
  try {
    info = JSON.parse(git(dir, ['config', '--get', 'bench.seeded']).stdout);
  } catch {
    info = seedRecord(source.dir, dir);
  }
  const runs = ctx.quick ? 3 : 7;
  const cases = [];
  // The whole five years (every deployed commit read), and the command's default window (90 days
  // back from the newest deploy) over the same five-year record.
  const record = [
    'git',
    ['log', '-z', '--first-parent', '--format=%H%x00%B', 'refs/deploy-log/production', '--'],
    { cwd: dir },
  ];
  // Every field the figures need, for every deployed commit, in one process: the cheapest single
  // reading of them. GIT_FLUSH=0 as the tool runs it: git otherwise writes each commit to the pipe
  // on its own (one write a commit, ~98.5k), which cost more than any field.
  const commits = [
    'git',
    [
      'log',
      '-z',
      '--format=%H%x00%P%x00%at%x00%s%x00%b%x00%(trailers:key=Rollback-Of,valueonly,separator=%x20)',
      ...info.tips,
      `^${info.first}`,
      '--',
    ],
    { cwd: dir, env: benchEnv({ GIT_FLUSH: '0' }) },
  ];
  const windows = [
    { label: 'the whole five years', since: info.since, floor: [record, commits] },
    { label: 'the default 90-day window', since: '90d', floor: [record] },
  ];
  for (const w of windows) {
    const args = [CLI, 'metrics', '--env', 'production', '--since', w.since, '--until', info.until, '--format', 'json'];
    ctx.log(`  metrics: ${info.records} records (${info.successes} successes), ${w.label}, ${runs} rounds`);
    const r = compare(
      {
        tool: () => timeProcess(process.execPath, args, { cwd: dir, okStatus: [0] }),
        // What any implementation must read: the record's log and, over five years, every deployed commit.
        floor: () => timeSequence(w.floor),
        node: () => timeProcess(process.execPath, ['-e', '0'], { cwd: dir, okStatus: [0] }),
      },
      { runs, warmup: 1, log: ctx.log },
    );
    const m = JSON.parse(String(r.last.tool.stdout)).environments[0];
    if (w.since === info.since && m.deploymentFrequency.deploys !== info.successes) {
      throw new Error(
        `metrics counted ${m.deploymentFrequency.deploys} successful deploys, the record holds ${info.successes}`,
      );
    }
    cases.push({
      label: `${w.label}: 5 years of daily deploys (${info.records} records) on the ${source.made}-commit repo`,
      tool: r.stats.tool,
      floor: r.stats.floor,
      peer: null,
      ratios: { toolOverFloor: ratio(r.stats.tool.median, r.stats.floor.median), peerOverTool: null },
      extra: {
        nodeStart: r.stats.node,
        toolAnswer: `${m.deploymentFrequency.deploys} deploys, lead time over ${m.leadTime.commits} commits, CFR ${m.changeFailureRate.failed}/${m.changeFailureRate.deploys}, ${m.timeToRestore.restored} restores`,
      },
      profile: { args, cwd: dir },
    });
  }
  const c = cases[0];
  return {
    id: 'metrics',
    title: 'metrics: five years of daily deploys on the 100k-commit repository',
    cases,
    target: {
      text: '< 1 s (the whole five years)',
      met: c.tool.median < 1000,
      detail: cases
        .map((x) => `${x.label.split(':')[0]}: ${x.tool.median} ms, ${x.ratios.toolOverFloor}× the git floor`)
        .join('; '),
    },
    floorText:
      '`git log refs/deploy-log/production` (the record) + one `git log` (GIT_FLUSH=0) of the fields the figures need for every deployed sha `^` the first, run back to back (for the 90-day window: the record alone); the tool reads the commits in two parts side by side on two cores, so it can go below this single-process floor',
    peerText: 'none: fourkeys, DevLake and GitLab compute the keys in a database, not from a clone',
    profile: c.profile,
  };
}
