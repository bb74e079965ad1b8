import type { Git } from '../git/git.js';
import type { Deploy, DeployRecordReader } from '../record/types.js';
import { parseMergeSubject } from '../semver/merge-subject.js';

/**
 * The facts the DORA metrics are computed from: an environment's deploy record and, for the
 * commits its deploys brought in, the few things the metrics read. Git is read here and nowhere
 * else in src/metrics: the record through `DeployRecordReader` (git refs, or GitHub's Deployments
 * API), and the commits with one `git log` over every deployed sha at once, never one process per
 * deploy.
 */
export interface CommitFact {
  sha: string;
  parents: string[];
  /** Author time, epoch milliseconds: when the change was written (rebases and cherry-picks keep it). */
  authorTime: number;
  /** Shas named by git's own revert message, `This reverts commit <sha>.`. */
  reverts: string[];
  /** Values of `Rollback-Of:` trailers (what `gitops-action rollback` writes). */
  rollbackOf: string[];
  /** A merge of a `hotfix/…` branch (git, GitHub, GitLab and Bitbucket merge subjects). */
  hotfix: boolean;
}

export interface MetricsFacts {
  environment: string;
  /** The window, epoch milliseconds: deploys at or after `since` and at or before `until` are measured. */
  since: number;
  until: number;
  /**
   * Every recorded deploy up to `until`, oldest first, including those before the window: the
   * newest success before it is the baseline its first deploy is measured from.
   */
  deploys: Deploy[];
  /**
   * The commits deployed since the baseline, by sha. Commits reachable from the baseline are
   * absent, so a walk that leaves this map has reached what was already deployed.
   */
  commits: Map<string, CommitFact>;
  /** The success whose changes are not measured because nothing before it is recorded. */
  baseline?: Deploy;
  /** True when the baseline is the first recorded deploy (DevLake#8188: not measured). */
  baselineIsFirstDeploy: boolean;
}

export interface GatherMetricsRequest {
  git: Git;
  reader: DeployRecordReader;
  environment: string;
  since: number;
  until: number;
}

const NONE: string[] = [];
const REVERT = /This reverts commit ([0-9a-f]{40}(?:[0-9a-f]{24})?)/g;

export async function gatherMetricsFacts(req: GatherMetricsRequest): Promise<MetricsFacts> {
  const newestFirst = await req.reader.history(req.environment);
  const deploys = newestFirst
    .filter((d) => Date.parse(d.at) <= req.until)
    .reverse()
    // Records written in one second keep their log order (the sort is stable).
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const inWindow = (d: Deploy) => Date.parse(d.at) >= req.since;
  const before = deploys.filter((d) => !inWindow(d) && d.status === 'success');
  let baseline: Deploy | undefined = before[before.length - 1];
  const baselineIsFirstDeploy = baseline === undefined;
  baseline ??= deploys.find((d) => inWindow(d) && d.status === 'success');
  const tips = [...new Set(deploys.filter(inWindow).map((d) => d.sha))];
  const commits = new Map<string, CommitFact>();
  if (tips.length > 0) {
    for (const sha of tips) req.git.assumeCommit(sha);
    readCommits(req.git, tips, baseline?.sha, commits);
  }
  return {
    environment: req.environment,
    since: req.since,
    until: req.until,
    deploys,
    commits,
    baseline,
    baselineIsFirstDeploy: baselineIsFirstDeploy && baseline !== undefined,
  };
}

/**
 * One `git log` over `tips ^baseline`, the revisions given on stdin (five years of daily deploys
 * are ~2,000 shas): parents, author time, subject, body (for git's revert line) and the
 * Rollback-Of trailer of every commit deployed since the baseline.
 */
function readCommits(git: Git, tips: string[], baseline: string | undefined, into: Map<string, CommitFact>): void {
  const format = ['%H', '%P', '%at', '%s', '%b', '%(trailers:key=Rollback-Of,valueonly,separator=%x20)'].join('%x00');
  const input = `${tips.join('\n')}\n${baseline ? `^${baseline}\n` : ''}`;
  const out = git
    // --ignore-missing: a recorded sha this clone lacks (a shallow clone, a deploy of a commit
    // since garbage-collected) brings in no commits, rather than failing the whole report.
    .execGit(['log', '-z', `--format=${format}`, '--ignore-missing', '--stdin', '--end-of-options', '--'], { input })
    .stdout.toString('utf8');
  const parts = out.split('\x00');
  for (let i = 0; i + 6 <= parts.length; i += 6) {
    const sha = parts[i]!.replace(/^\n/, '');
    if (!sha) break;
    const subject = parts[i + 3]!;
    const body = parts[i + 4]!;
    const parents = parts[i + 1]!.split(' ').filter(Boolean);
    // Most commits revert nothing and name no rollback: they share one empty list.
    const reverts = body.includes('This reverts commit') ? [...body.matchAll(REVERT)].map((m) => m[1]!) : NONE;
    const rollback = parts[i + 5]!;
    const merge = parents.length > 1 ? parseMergeSubject(subject) : null;
    into.set(sha, {
      sha,
      parents,
      authorTime: Number(parts[i + 2]) * 1000,
      reverts,
      rollbackOf: rollback ? rollback.split(' ').filter((s) => /^[0-9a-f]{7,64}$/.test(s)) : NONE,
      hotfix: merge?.type === 'hotfix',
    });
  }
}
