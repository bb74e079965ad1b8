import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/git/git.js';
import { formatRecordMessage, type RecordRequest, writeDeploy } from '../../src/record/git-store.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

/**
 * A year of daily production deploys, built with real git (`fast-import`, in a few segments so a
 * revert message can name a sha already written) and recorded with the real `writeDeploy`. As it
 * builds, it writes down what each figure must be, from its own plan of the year rather than from
 * the code under test:
 *
 * - every day d at 12:00 UTC deploys 1–3 new commits, authored (d mod 5 + 1) hours apart before it;
 * - days ≡ 7 (mod 30): the deploy fails, and the same sha succeeds two hours later;
 * - days ≡ 20 (mod 45): the day's commit reverts a commit of day d-1 (day d-1 failed, 24 h to restore);
 * - days ≡ 40 (mod 60): a `hotfix/…` branch is merged (day d-1 failed, 24 h);
 * - day 201: a rollback to day 200's sha is recorded 90 minutes after day 201's deploy;
 * - day 250: a failure is recorded for the deployed sha 30 minutes after its success (restored the next day);
 * - day 301: the day's commit carries `Rollback-Of: <day 300's sha>` (day 300 failed, 24 h).
 *
 * Thirty commits of older history come before day 0, whose deploy is the first ever recorded.
 */
export const T0 = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DAYS = 365;

export interface Expected {
  /** Every counted deploy: success or failure, at. */
  deploys: Array<{ at: number; status: 'success' | 'failure' }>;
  /** Lead times of commits, with the time of the deploy that first shipped them. */
  leadTimes: Array<{ deployAt: number; ms: number }>;
  /** Failed deploys: when they were deployed, and when the deploy that undid them went out. */
  failures: Array<{ at: number; restoredAt: number }>;
}

export interface SeededHistory {
  repo: TestRepo;
  git: Git;
  expected: Expected;
  /** Sha deployed on each day. */
  dayTip: string[];
}

export function seedYear(): SeededHistory {
  const repo = TestRepo.create();
  const git = new Git(repo.dir);
  const marksFile = join(repo.dir, '.git', 'seed-marks');
  let stream = '';
  let mark = 0;
  let marks = new Map<number, string>();
  const flush = () => {
    if (!stream) return;
    const importMarks = mark > 0 && marks.size > 0 ? [`--import-marks=${marksFile}`] : [];
    execFileSync('git', ['fast-import', '--quiet', '--force', ...importMarks, `--export-marks=${marksFile}`], {
      cwd: repo.dir,
      env: TEST_ENV,
      input: stream,
    });
    stream = '';
    marks = new Map(
      readFileSync(marksFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => {
          const [m, sha] = l.split(' ');
          return [Number(m!.slice(1)), sha!] as [number, string];
        }),
    );
  };
  const shaOf = (m: number) => {
    if (!marks.has(m)) flush();
    return marks.get(m)!;
  };
  let tip = 0;
  const commit = (branch: string, message: string, at: number, parents: number[]) => {
    mark++;
    const secs = Math.floor(at / 1000);
    const msg = Buffer.from(message);
    stream += `commit refs/heads/${branch}\nmark :${mark}\nauthor Dev <dev@example.com> ${secs} +0000\ncommitter Dev <dev@example.com> ${secs} +0000\ndata ${msg.length}\n${msg}\n`;
    if (parents[0]) stream += `from :${parents[0]}\n`;
    for (const p of parents.slice(1)) stream += `merge :${p}\n`;
    stream += `M 644 inline f${mark % 7}.txt\ndata ${String(mark).length + 1}\n${mark}\n\n`;
    return mark;
  };

  // Older history: it must never become one huge lead time (DevLake#8188).
  for (let i = 0; i < 30; i++)
    tip = commit('main', `OPS-1: old work ${i}`, T0 - 300 * DAY + i * HOUR, tip ? [tip] : []);

  const expected: Expected = { deploys: [], leadTimes: [], failures: [] };
  const dayTipMark: number[] = [];
  const dayCommits: number[][] = [];
  interface Plan {
    day: number;
    at: number;
    tipMark: number;
    status: Array<{ status: 'success' | 'failure'; at: number }>;
    rollbackAt?: number;
    failedLaterAt?: number;
  }
  const plans: Plan[] = [];
  for (let d = 0; d < DAYS; d++) {
    const at = T0 + d * DAY + 12 * HOUR;
    const step = ((d % 5) + 1) * HOUR;
    const n = 1 + (d % 3);
    const mine: number[] = [];
    const authored: number[] = [];
    for (let j = n - 1; j >= 0; j--) {
      const when = at - (j + 1) * step;
      let message = `OPS-${d + 2}: change ${j} of day ${d}`;
      if (j === 0 && d % 45 === 20) {
        const victim = dayCommits[d - 1]![0]!;
        message = `Revert "change of day ${d - 1}"\n\nThis reverts commit ${shaOf(victim)}.\n`;
      }
      if (j === 0 && d === 301) message = `OPS-9: roll back day 300\n\nRollback-Of: ${shaOf(dayTipMark[300]!)}\n`;
      tip = commit('main', message, when, [tip]);
      mine.push(tip);
      authored.push(when);
    }
    if (d % 60 === 40) {
      const fix = commit(`hotfix/1.${d}.1`, `OPS-7: hotfix for day ${d - 1}`, at - 3 * HOUR, [tip]);
      tip = commit('main', `Merge branch 'hotfix/1.${d}.1'`, at - HOUR, [tip, fix]);
      mine.push(fix, tip);
      authored.push(at - 3 * HOUR, at - HOUR);
    }
    dayTipMark.push(tip);
    dayCommits.push(mine);
    const plan: Plan = { day: d, at, tipMark: tip, status: [] };
    if (d % 30 === 7) plan.status.push({ status: 'failure', at }, { status: 'success', at: at + 2 * HOUR });
    else plan.status.push({ status: 'success', at });
    if (d === 201) plan.rollbackAt = at + 90 * 60_000;
    if (d === 250) plan.failedLaterAt = at + 30 * 60_000;
    plans.push(plan);

    // What the figures must be, from the plan alone.
    const shippedAt = plan.status[plan.status.length - 1]!.at;
    if (d > 0) for (const a of authored) expected.leadTimes.push({ deployAt: shippedAt, ms: shippedAt - a });
    for (const s of plan.status) expected.deploys.push(s);
    if (plan.rollbackAt) {
      expected.deploys.push({ status: 'success', at: plan.rollbackAt });
      expected.failures.push({ at, restoredAt: plan.rollbackAt });
    }
    if (d % 30 === 7) expected.failures.push({ at, restoredAt: at + 2 * HOUR });
    if (d === 250) expected.failures.push({ at, restoredAt: at + DAY });
    if (d % 45 === 20 || d % 60 === 40 || d === 301) expected.failures.push({ at: at - DAY, restoredAt: at });
  }
  flush();
  const dayTip = dayTipMark.map((m) => marks.get(m)!);
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: repo.dir, env: TEST_ENV });

  const records: RecordRequest[] = [];
  const at = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  for (const plan of plans) {
    const sha = dayTip[plan.day]!;
    for (const s of plan.status) records.push({ environment: 'production', sha, status: s.status, at: at(s.at) });
    if (plan.failedLaterAt)
      records.push({ environment: 'production', sha, status: 'failure', at: at(plan.failedLaterAt) });
    if (plan.rollbackAt) {
      records.push({
        environment: 'production',
        sha: dayTip[plan.day - 1]!,
        status: 'success',
        at: at(plan.rollbackAt),
        rollbackOf: sha,
      });
    }
  }
  // Each writeDeploy is six git processes; on a shared two-core machine a year of them takes
  // minutes. The first ten months are written in one fast-import, as record commits whose
  // messages come from the store's own formatRecordMessage; the last weeks go through writeDeploy,
  // which appends to that same chain.
  const cut = records.findIndex((r) => Date.parse(r.at!) >= T0 + 330 * DAY);
  importRecords(repo, records.slice(0, cut));
  for (const r of records.slice(cut)) {
    git.assumeCommit(r.sha);
    writeDeploy(git, r);
  }
  return { repo, git, expected, dayTip };
}

/** The figures for a window, computed from the plan with the plainest arithmetic. */
export function expectedFigures(e: Expected, since: number, until: number) {
  const inWindow = (at: number) => at >= since && at <= until;
  const deploys = e.deploys.filter((d) => inWindow(d.at));
  const successes = deploys.filter((d) => d.status === 'success').length;
  const lead = e.leadTimes.filter((l) => inWindow(l.deployAt)).map((l) => l.ms);
  const failures = e.failures.filter((f) => inWindow(f.at));
  const restore = failures.filter((f) => f.restoredAt <= until).map((f) => f.restoredAt - f.at);
  const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
  const mid = (v: number[]) => {
    const s = sorted(v);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const p90 = (v: number[]) => sorted(v)[Math.ceil(v.length * 0.9) - 1];
  const days = (until - since) / DAY;
  return {
    successes,
    perDay: successes / days,
    deploys: deploys.length,
    leadCommits: lead.length,
    leadMedian: mid(lead),
    leadP90: p90(lead),
    failed: failures.length,
    rate: failures.length / deploys.length,
    restored: restore.length,
    restoreMedian: mid(restore),
    restoreP90: p90(restore),
  };
}

/** Record commits in the store's own format (empty tree, committer date = deploy time), in one fast-import. */
function importRecords(repo: TestRepo, records: RecordRequest[]): void {
  let stream = '';
  let lastSuccess: string | undefined;
  records.forEach((r, i) => {
    const msg = Buffer.from(formatRecordMessage({ ...r, at: r.at! }));
    const secs = Math.floor(Date.parse(r.at!) / 1000);
    const who = 'gitops-action <gitops-action@localhost>';
    stream += `commit refs/deploy-log/${r.environment}\nmark :${i + 1}\nauthor ${who} ${secs} +0000\ncommitter ${who} ${secs} +0000\ndata ${msg.length}\n${msg}\n`;
    if (i > 0) stream += `from :${i}\n`;
    stream += 'deleteall\n\n';
    if (r.status === 'success') lastSuccess = r.sha;
  });
  if (lastSuccess) stream += `reset refs/deployments/production\nfrom ${lastSuccess}\n\n`;
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: TEST_ENV, input: stream });
}
