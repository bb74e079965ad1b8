import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Git } from './git.js';

/**
 * Which commits a push asks to deploy, following the contract's table. `revArgs` are what
 * `git log` walks (`[to, '^from']` and the like); `from` is the deployed commit the descriptors
 * are compared against.
 */
export type RangeKind = 'update' | 'force' | 'create' | 'delete' | 'tag' | 'pull-request' | 'explicit';

export interface PushRange {
  kind: RangeKind;
  /** The deployed commit (for the destructive diff), when there is one. */
  from?: string;
  /** The requested commit; undefined for a deletion. */
  to?: string;
  revArgs: string[];
  /** Set for a tag push: only the tagged commit is checked. */
  maxCount?: number;
  /**
   * Set by `resolveRange` on an update of a known `from`: `from..to` is walked before anyone knows
   * whether it fast-forwards, and `settleRange` decides from the walk's parents.
   */
  unsettled?: { known: string[] };
}

export interface RangeRequest {
  /** The old value of the ref; the all-zero sha (or undefined) for a new ref. */
  from?: string;
  /** The new value; the all-zero sha (or undefined) for a deletion. */
  to?: string;
  isTag?: boolean;
  /** Shas of the refs that count as "already there" for a new branch (other branches, or the remote's refs). */
  known?: string[];
}

export function isZeroSha(sha: string | undefined): boolean {
  return sha === undefined || sha === '' || /^0+$/.test(sha);
}

/**
 * The range of a request. For an update of a known `from`, whether it fast-forwards is not asked
 * here: the range is `from..to`, marked unsettled, and `settleRange` decides from its walk.
 */
export function resolveRange(git: Git, req: RangeRequest): PushRange {
  if (isZeroSha(req.to)) {
    return { kind: 'delete', from: isZeroSha(req.from) ? undefined : req.from, revArgs: [] };
  }
  const to = git.revParse(req.to as string);
  if (req.isTag) {
    return { kind: 'tag', to, revArgs: [to], maxCount: 1 };
  }
  if (isZeroSha(req.from)) {
    return createRange(git, to, req.known ?? []);
  }
  const from = git.tryRevParse(req.from as string);
  if (!from) {
    if (git.isShallow())
      throw shallowError(`the pushed-onto commit ${String(req.from).slice(0, 12)} is not in this clone`);
    // A force push whose old commit we never fetched: check what no known ref has, as for a new branch.
    return { ...createRange(git, to, req.known ?? []), kind: 'force' };
  }
  if (from === to) return { kind: 'update', from, to, revArgs: [] };
  // Most pushes fast-forward, and the walk of `from..to` shows it (see settleRange): no merge-base.
  return { kind: 'update', from, to, revArgs: [to, `^${from}`], unsettled: { known: req.known ?? [] } };
}

/**
 * Finishes an unsettled range, given the commits of its walk. `from` is an ancestor of `to`
 * exactly when some commit of `from..to` has it as a parent: then the push fast-forwards.
 * Otherwise it is a force push, `merge-base(from, to)..to`, and only then is merge-base asked.
 * With one merge base the walk already is that range (every common ancestor lies behind it); with
 * several (criss-cross merges) the range is re-read from the one git names first; with none, the
 * range becomes what no known ref has. `walkAgain` says when the commits must be re-read.
 */
export function settleRange(
  git: Git,
  range: PushRange,
  commits: ReadonlyArray<{ parents: readonly string[] }>,
): { range: PushRange; walkAgain: boolean } {
  const { unsettled, ...settled } = range;
  if (!unsettled || !range.from || !range.to) return { range, walkAgain: false };
  const from = range.from;
  if (commits.some((c) => c.parents.includes(from))) return { range: settled, walkAgain: false };
  const bases = git.mergeBases(from, range.to);
  if (bases.length === 1) return { range: { ...settled, kind: 'force' }, walkAgain: false };
  if (bases.length > 1) {
    return { range: { ...settled, kind: 'force', revArgs: [range.to, `^${bases[0]}`] }, walkAgain: true };
  }
  if (git.isShallow()) throw shallowError('the old and new commits share no history in this clone');
  return { range: { ...createRange(git, range.to, unsettled.known), kind: 'force', from }, walkAgain: true };
}

function createRange(git: Git, to: string, known: string[]): PushRange {
  // A known ref already at `to` excludes everything: a branch made where another one stands adds nothing.
  const exclude = [...new Set(known)].map((sha) => `^${sha}`);
  // The deployed state of a new branch is where it forked from the known refs, when that exists.
  const from = known.includes(to) ? to : known.length > 0 ? git.tryMergeBase(to, known[0] as string) : undefined;
  return { kind: 'create', from, to, revArgs: [to, ...exclude] };
}

/** Shas of refs under `prefixes`, leaving out the given full ref names (the ref being pushed). */
export function knownRefShas(git: Git, prefixes: string[], except: string[] = []): string[] {
  const skip = new Set(except);
  return [
    ...new Set(
      git
        .refs(prefixes)
        .filter((r) => !skip.has(r.ref))
        .map((r) => r.sha),
    ),
  ];
}

/**
 * The commits at the shallow boundary of this clone. A range that reaches one of them is
 * incomplete: its parents were never fetched, so checking it would silently check part of it.
 */
export function shallowBoundary(git: Git): Set<string> {
  const file = git.shallowFile();
  if (!file || !existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

export function shallowError(what: string): UsageError {
  return new UsageError(
    `this is a shallow clone and ${what}, so the range cannot be checked whole.`,
    'Fetch the whole history: `git fetch --unshallow`, or in a workflow `actions/checkout` with `fetch-depth: 0` (the Action does this itself when `fetch-history` is on).',
  );
}
