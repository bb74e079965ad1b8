import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Git } from './git.js';

/**
 * Which commits a push asks to deploy, following the contract's table. `revArgs` are what
 * `git log` walks (`[to, '^deployed']` and the like); `from` is the deployed commit the
 * descriptors are compared against.
 */
export type RangeKind = 'update' | 'force' | 'create' | 'delete' | 'tag' | 'pull-request' | 'explicit';

export interface PushRange {
  kind: RangeKind;
  /** The deployed commit (for the destructive diff), when there is one. */
  from?: string;
  /** The requested commit; undefined for a deletion. */
  to?: string;
  revArgs: string[];
  /** At most this many commits are walked (a tag that deploys nowhere: only the tagged commit). */
  maxCount?: number;
  /**
   * Set on `from..to` before anyone knows whether `from` is an ancestor of `to`: the walk shows
   * it, and `settleRange` decides from the walk's parents.
   */
  unsettled?: boolean;
}

export interface RangeRequest {
  /**
   * Where the range starts: the deployed commit (or the push's old value as the fallback); the
   * all-zero sha (or undefined) for a new ref.
   */
  from?: string;
  /** The new value; the all-zero sha (or undefined) for a deletion. */
  to?: string;
  isTag?: boolean;
  /**
   * Only where no default branch is known (a developer's clone without `origin/HEAD`): shas of
   * the refs that count as "already there" for a new branch. The Action never passes it.
   */
  known?: string[];
  /**
   * Called with a commit the clone lacks (the push's old tip after a force push, a recorded
   * deploy) to fetch it by sha; true when it was fetched. Without it, a missing commit fails closed.
   */
  fetchCommit?: (sha: string) => boolean;
}

export function isZeroSha(sha: string | undefined): boolean {
  return sha === undefined || sha === '' || /^0+$/.test(sha);
}

/**
 * The range of a request, given where it starts. A new ref starts at its merge-base with the
 * default branch (`defaultBranchSha`), never at "what no other branch has": a branch can be made
 * anywhere, so that would let commits parked on a throw-away branch skip the check.
 */
export function resolveRange(git: Git, req: RangeRequest & { defaultBranchSha?: string }): PushRange {
  if (isZeroSha(req.to)) {
    return { kind: 'delete', from: isZeroSha(req.from) ? undefined : req.from, revArgs: [] };
  }
  const to = git.revParse(req.to as string);
  if (isZeroSha(req.from)) return createRange(git, to, req.defaultBranchSha, req.known);
  const from = ensureCommit(git, req.from as string, 'the pushed-onto commit', req.fetchCommit);
  return rangeFrom(from, to, 'update');
}

/**
 * `deployed..to`, unsettled: most pushes fast-forward, and the walk shows it (see settleRange)
 * without a merge-base. No `deployed`: all of `to`'s history.
 */
export function rangeFrom(deployed: string | undefined, to: string, kind: RangeKind): PushRange {
  if (!deployed) return { kind, to, revArgs: [to] };
  if (deployed === to) return { kind, from: deployed, to, revArgs: [] };
  return { kind, from: deployed, to, revArgs: [to, `^${deployed}`], unsettled: true };
}

/**
 * A commit the range needs: here already, or fetched by the door, or a fail-closed error naming
 * the fix. Checking without it would check a different range than the one that deploys.
 */
export function ensureCommit(git: Git, sha: string, what: string, fetchCommit?: (sha: string) => boolean): string {
  const found = git.tryRevParse(sha) ?? (fetchCommit?.(sha) ? git.tryRevParse(sha) : undefined);
  if (found) return found;
  if (git.isShallow()) throw shallowError(`${what} ${sha.slice(0, 12)} is not in this clone`);
  throw new UsageError(
    `${what} ${sha.slice(0, 12)} is not in this clone, so the range that deploys cannot be checked`,
    `Fetch it and run again: \`git fetch origin ${sha}\` (or \`git fetch origin\` for the whole remote).`,
  );
}

/**
 * Finishes an unsettled range, given the commits of its walk. `from` is an ancestor of `to`
 * exactly when some commit of `from..to` has it as a parent: then the push fast-forwards.
 * Otherwise (a force push, a rollback) the range is `merge-base(from, to)..to`, and only then is
 * merge-base asked. With one merge base the walk already is that range (every common ancestor
 * lies behind it); with several (criss-cross merges) the range is re-read from the one git names
 * first; with none, it is all of `to`'s history. `from` stays the deployed commit either way: the
 * plan compares what runs with what will. `walkAgain` says when the commits must be re-read.
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
  const kind = range.kind === 'update' ? 'force' : range.kind;
  const bases = git.mergeBases(from, range.to);
  if (bases.length === 1) return { range: { ...settled, kind }, walkAgain: false };
  if (bases.length > 1) {
    return { range: { ...settled, kind, revArgs: [range.to, `^${bases[0]}`] }, walkAgain: true };
  }
  if (git.isShallow()) throw shallowError('the deployed and the new commits share no history in this clone');
  return { range: { ...settled, kind, revArgs: [range.to] }, walkAgain: true };
}

function createRange(git: Git, to: string, defaultBranchSha: string | undefined, known?: string[]): PushRange {
  if (defaultBranchSha) {
    const base = git.tryMergeBase(to, defaultBranchSha);
    // Unrelated to the default branch (an orphan): all of its history is new.
    return base
      ? { kind: 'create', from: base, to, revArgs: base === to ? [] : [to, `^${base}`] }
      : { kind: 'create', to, revArgs: [to] };
  }
  const shas = [...new Set(known ?? [])];
  // A known ref already at `to` excludes everything: a branch made where another one stands adds nothing.
  const from = shas.includes(to) ? to : shas.length > 0 ? git.tryMergeBase(to, shas[0] as string) : undefined;
  return { kind: 'create', from, to, revArgs: [to, ...shas.map((sha) => `^${sha}`)] };
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
