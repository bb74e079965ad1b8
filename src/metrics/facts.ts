import { availableParallelism } from 'node:os';
import { bulkReadEnv, type Git } from '../git/git.js';
import { messageTrailerValues } from '../git/trailers.js';
import type { Deploy, DeployRecordReader } from '../record/types.js';
import { parseMergeSubject } from '../semver/merge-subject.js';
import { CommitGraph } from './commit-graph.js';

/**
 * The facts the DORA metrics are computed from: an environment's deploy record and, for the
 * commits its deploys brought in, the few things the metrics read. Git is read here and nowhere
 * else in src/metrics: the record through `DeployRecordReader` (git refs, or GitHub's Deployments
 * API), and the commits with `git log` over every deployed sha at once, never one process per
 * deploy.
 */
export type { CommitFact } from './commit-graph.js';

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
   * The commits deployed since the baseline. Commits reachable from the baseline are absent, so a
   * walk that leaves the graph has reached what was already deployed.
   */
  commits: CommitGraph;
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
  let commits = new CommitGraph();
  if (tips.length > 0) {
    for (const sha of tips) req.git.assumeCommit(sha);
    commits = await readCommits(req.git, tips, baseline?.sha);
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
 * Parents, author time and the whole message. The subject (a hotfix merge), git's revert line and
 * the Rollback-Of trailer are found in the message here, for the few commits that have one: asking
 * git for `%s`, `%b` and `%(trailers:…)` cost it 9% more over five years of commits (measured).
 */
const FORMAT = ['%H', '%P', '%at', '%B'].join('%x00');
/** Below this many deployed shas a second process costs more than it saves. */
const TIPS_PER_PART = 64;
const MAX_PARTS = 4;

/**
 * Every commit deployed since the baseline: `git log <tips> ^<baseline>`, the revisions given on
 * stdin (five years of daily deploys are ~2,000 shas). Git's cost is reading each commit object,
 * so a long history is read in parts side by side, one a core: the tips in deploy order cut into
 * runs, part j being its own tips `^` every earlier tip and the baseline. Each commit is in
 * exactly one part (the first whose tips reach it), and together they are the whole range.
 */
export async function readCommits(
  git: Git,
  tips: string[],
  baseline: string | undefined,
  parts = Math.max(1, Math.min(MAX_PARTS, availableParallelism(), Math.floor(tips.length / TIPS_PER_PART))),
): Promise<CommitGraph> {
  const negative = baseline ? [`^${baseline}`] : [];
  const inputs: string[] = [];
  for (let j = 0; j < parts; j++) {
    const from = Math.floor((j * tips.length) / parts);
    const to = Math.floor(((j + 1) * tips.length) / parts);
    const earlier = tips.slice(0, from).map((sha) => `^${sha}`);
    inputs.push(`${[...tips.slice(from, to), ...earlier, ...negative].join('\n')}\n`);
  }
  const args = ['log', '-z', `--format=${FORMAT}`, '--ignore-missing', '--stdin', '--end-of-options', '--'];
  // --ignore-missing: a recorded sha this clone lacks (a shallow clone, a deploy of a commit since
  // garbage-collected) brings in no commits, rather than failing the whole report.
  const into = new CommitGraph(16 * 1024);
  await Promise.all(
    inputs.map(async (input) => {
      const reader = new LogReader(into);
      await git.execGitAsync(args, { input, env: bulkReadEnv(), onStdout: (chunk) => reader.push(chunk) });
      reader.end();
    }),
  );
  return into;
}

/**
 * Parses `git log` output as it arrives, chunk by chunk, so the whole log (17 MB for five years)
 * is never joined into one buffer: fresh memory costs a page fault a page on first touch, and the
 * join cost more than the parse. A record cut by a chunk's end waits in a scratch buffer that is
 * reused for every chunk.
 */
export class LogReader {
  private scratch = Buffer.allocUnsafe(0);
  /** Bytes of an unfinished record at the start of `scratch`. */
  private held = 0;

  constructor(private readonly into: CommitGraph) {}

  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.held > 0) {
      this.reserve(this.held + chunk.length);
      chunk.copy(this.scratch, this.held);
      buf = this.scratch.subarray(0, this.held + chunk.length);
    }
    const used = parseCommits(buf, this.into, false);
    const rest = buf.length - used;
    if (rest > 0) {
      if (buf === chunk) {
        this.reserve(rest);
        chunk.copy(this.scratch, 0, used);
      } else {
        this.scratch.copyWithin(0, used, buf.length);
      }
    }
    this.held = rest;
  }

  end(): void {
    if (this.held > 0) parseCommits(this.scratch.subarray(0, this.held), this.into, true);
    this.held = 0;
  }

  private reserve(size: number): void {
    if (this.scratch.length >= size) return;
    const grown = Buffer.allocUnsafe(Math.max(size, this.scratch.length * 2, 128 * 1024));
    this.scratch.copy(grown, 0, 0, this.held);
    this.scratch = grown;
  }
}

const REVERT = /This reverts commit ([0-9a-f]{40}(?:[0-9a-f]{24})?)/g;
const REVERT_LINE = Buffer.from('This reverts commit');
/** `-of` in every case, the tail of a `Rollback-Of` key: a message without one has no such trailer. */
const ROLLBACK_KEY_TAILS = ['-of', '-Of', '-oF', '-OF'].map((s) => Buffer.from(s));
const HOTFIX = /hotfix/i;
const NUL = 0;

/**
 * The next place at or after `from` where any of the needles starts, each needle's own next hit
 * kept so a buffer is scanned once per needle, however many hits there are.
 */
class NeedleScan {
  private readonly next: number[];
  constructor(
    private readonly buf: Buffer,
    private readonly needles: Buffer[],
  ) {
    this.next = needles.map((n) => buf.indexOf(n));
  }
  /** The first hit at or after `from`, or -1. */
  from(from: number): number {
    let best = -1;
    for (let k = 0; k < this.needles.length; k++) {
      let at = this.next[k]!;
      if (at >= 0 && at < from) {
        at = this.buf.indexOf(this.needles[k]!, from);
        this.next[k] = at;
      }
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}

/**
 * Reads `git log -z --format=FORMAT` from the bytes: shas and times as ASCII, and a message
 * decoded only where it matters (a merge's subject, a body that names a reverted commit, a
 * message with a `…-of` that may be a Rollback-Of trailer). Fields are NUL-separated and git
 * refuses NUL bytes in messages, so the split is exact. Returns how many bytes it used: unless
 * `final`, a record the buffer cuts short is left for the next call.
 */
export function parseCommits(buf: Buffer, into: CommitGraph, final = true): number {
  let revertAt = buf.indexOf(REVERT_LINE);
  const rollbackKeys = new NeedleScan(buf, ROLLBACK_KEY_TAILS);
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    // With -z the records are NUL-separated; the newline git ends a record with comes first.
    if (buf[pos] === 10) pos++;
    const endSha = buf.indexOf(NUL, pos);
    const endParents = endSha < 0 ? -1 : buf.indexOf(NUL, endSha + 1);
    const endTime = endParents < 0 ? -1 : buf.indexOf(NUL, endParents + 1);
    let endMessage = endTime < 0 ? -1 : buf.indexOf(NUL, endTime + 1);
    // The last record has no separator after it: it ends with the output, and only then.
    if (endMessage < 0 && endTime >= 0 && final) endMessage = buf.length;
    if (endMessage < 0) return final ? buf.length : start;
    if (endSha === pos) return buf.length;

    const id = into.internBytes(buf, pos, endSha);
    into.addCommitId(id, readInt(buf, endParents + 1, endTime) * 1000);
    let parents = 0;
    for (let p = endSha + 1; p < endParents; ) {
      let space = p;
      while (space < endParents && buf[space] !== 32) space++;
      if (space > p) {
        into.addParentId(id, into.internBytes(buf, p, space));
        parents++;
      }
      p = space + 1;
    }

    const message = endTime + 1;
    while (revertAt >= 0 && revertAt < message) revertAt = buf.indexOf(REVERT_LINE, revertAt + 1);
    const revertHere = revertAt >= 0 && revertAt < endMessage;
    // Where git's %b starts: found only for a merge (its subject) or a message with a revert line.
    const body = parents > 1 || revertHere ? bodyStart(buf, message, endMessage) : -1;
    let hotfix = false;
    if (parents > 1) {
      const subject = subjectOf(buf, message, body < 0 ? endMessage : body);
      // Every hotfix branch name holds the word, so most merges need no parse.
      hotfix = HOTFIX.test(subject) && parseMergeSubject(subject)?.type === 'hotfix';
    }
    let reverts: string[] | undefined;
    if (revertHere && body >= 0) {
      // Only the body counts: a subject that quotes the line names nothing.
      const inBody = revertAt >= body ? revertAt : buf.indexOf(REVERT_LINE, body);
      if (inBody >= 0 && inBody < endMessage) {
        reverts = [...buf.toString('utf8', body, endMessage).matchAll(REVERT)].map((m) => m[1]!);
      }
    }
    let rollbackOf: string[] | undefined;
    const key = rollbackKeys.from(message);
    if (key >= 0 && key < endMessage) {
      rollbackOf = messageTrailerValues(buf.toString('utf8', message, endMessage), 'Rollback-Of').filter((s) =>
        /^[0-9a-f]{7,64}$/.test(s),
      );
    }
    if (hotfix || reverts || rollbackOf) into.setNotes(id, { hotfix, reverts, rollbackOf });
    pos = endMessage + 1;
  }
  return buf.length;
}

/**
 * Where git's `%b` starts in the message `buf[from, to)`: after the first paragraph (the subject)
 * and the blank lines that end it; -1 when the message is one paragraph.
 */
function bodyStart(buf: Buffer, from: number, to: number): number {
  let line = from;
  let paragraphDone = false;
  while (line < to) {
    let end = buf.indexOf(10, line);
    if (end < 0 || end > to) end = to;
    let blank = true;
    for (let i = line; i < end; i++) {
      const c = buf[i]!;
      if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12) {
        blank = false;
        break;
      }
    }
    if (blank) paragraphDone = true;
    else if (paragraphDone) return line;
    line = end + 1;
  }
  return -1;
}

/** git's `%s`: the first paragraph, its lines joined by a space. */
function subjectOf(buf: Buffer, from: number, to: number): string {
  return buf
    .toString('utf8', from, to)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .join(' ');
}
/** A decimal integer (git's `%at`, possibly negative) from ASCII bytes, without a string. */
function readInt(buf: Buffer, from: number, to: number): number {
  let sign = 1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i]!;
    if (c === 45) sign = -1;
    else if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
  }
  return sign * n;
}
