import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import { isZeroSha, type PushRange, shallowError } from '../git/range.js';
import type { CheckRequest } from '../policy/check.js';
import type { ActionSettings } from './inputs.js';

export const SUPPORTED_EVENTS = [
  'push',
  'pull_request',
  'pull_request_target',
  'merge_group',
  'workflow_dispatch',
] as const;

/** What the event asks to check, as the engine's request, plus what the Action needs around it. */
export interface ActionEvent {
  name: string;
  request: Omit<CheckRequest, 'git'>;
  /** Who GitHub authenticated: `pusher.name` for a push, `sender.login` for a dispatch; none for a pull request. */
  pusher?: string;
  pullRequest?: { number: number };
  /**
   * Where the last-passed-check fallback walks back from: the branch's previous tip (a push), or
   * the base (a pull request, a merge group). None where no branch's history applies.
   */
  lastChecked?: string;
  /**
   * True only for a push onto a branch: the one event where `create-tag` may tag the commit. A
   * pull request's head is not merged, a merge group's head is a trial merge, a tag push or a
   * dispatch deploys no new commit of the environment's branch.
   */
  branchPush: boolean;
  /** Warnings about inputs this event does not honour. */
  notes: string[];
}

/** The fields of a webhook payload we read; everything else is ignored, `commits` above all. */
export interface Payload {
  ref?: string;
  before?: string;
  after?: string;
  pusher?: { name?: string };
  sender?: { login?: string };
  inputs?: Record<string, unknown>;
  number?: number;
  repository?: { default_branch?: string };
  pull_request?: {
    number?: number;
    title?: string;
    base?: { ref?: string; sha?: string };
    head?: { ref?: string; sha?: string };
  };
  merge_group?: { base_sha?: string; head_sha?: string; base_ref?: string; head_ref?: string };
}

export interface EventSource {
  eventName: string | undefined;
  eventPath: string | undefined;
  /** GITHUB_REF and GITHUB_SHA, for workflow_dispatch. */
  ref: string | undefined;
  sha: string | undefined;
}

export function eventSourceFromEnv(env: NodeJS.ProcessEnv): EventSource {
  return {
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
  };
}

export function readPayload(source: EventSource): Payload {
  if (!source.eventPath) {
    throw new UsageError(
      'GITHUB_EVENT_PATH is not set, so there is no event to check',
      'Run this as a step of a GitHub Actions workflow.',
    );
  }
  try {
    return JSON.parse(readFileSync(source.eventPath, 'utf8')) as Payload;
  } catch (err) {
    throw new UsageError(
      `could not read the event payload: ${(err as Error).message}`,
      'Run this as a step of a GitHub Actions workflow.',
    );
  }
}

export function isSupportedEvent(name: string | undefined): boolean {
  return (SUPPORTED_EVENTS as readonly string[]).includes(name ?? '');
}

export function unsupportedEvent(name: string | undefined): UsageError {
  return new UsageError(
    `the event ${JSON.stringify(name || '(none)')} is not supported`,
    `gitops-action runs on ${SUPPORTED_EVENTS.join(', ')}. Add one of them to the workflow's on: block.`,
  );
}

/** What the door needs from git and origin while it reads the event. */
export interface EventContext {
  git: Git;
  /** The repository's default branch, by the name GitHub gives it. */
  defaultBranch: string;
  /** Fetches a commit the checkout lacks from origin (by sha, else `refspec`); true when it is there now. */
  fetch: (sha: string, refspec?: string) => boolean;
}

/**
 * Turns the workflow's event into one check. The range always comes from git: the payload gives
 * only the ref and the two ends, never its `commits` list (GitHub truncates it at 20). The policy
 * is never chosen here: every request names the default branch (`defaultBranch`), and pull
 * requests and merge groups their base commit; never `before`, a tag's old target or an input.
 */
export function resolveEvent(
  ctx: EventContext,
  source: EventSource,
  payload: Payload,
  settings: ActionSettings,
): ActionEvent {
  const name = source.eventName ?? '';
  let event: ActionEvent;
  switch (name) {
    case 'push':
      event = pushEvent(ctx, payload, settings);
      break;
    case 'pull_request':
    case 'pull_request_target':
      event = pullRequestEvent(ctx, name, payload, settings);
      break;
    case 'merge_group':
      event = mergeGroupEvent(ctx, payload, settings);
      break;
    case 'workflow_dispatch':
      event = dispatchEvent(ctx, source, payload, settings);
      break;
    default:
      throw unsupportedEvent(name);
  }
  event.request.defaultBranch = ctx.defaultBranch;
  return event;
}

/** The `from` input no longer moves anything: the baseline is the deploy record, never an input. */
function ignoredFrom(settings: ActionSettings, notes: string[], extra?: string): void {
  const from = settings.from ?? extra;
  if (from) {
    notes.push(
      `the from input (${JSON.stringify(from.slice(0, 80))}) is ignored: the range starts at the environment's deployed commit (the deploy record), which no input may choose.`,
    );
  }
}

function pushEvent(ctx: EventContext, payload: Payload, settings: ActionSettings): ActionEvent {
  const notes: string[] = [];
  ignoredFrom(settings, notes);
  if (settings.to) notes.push('the to input is ignored on push events: the pushed commit is what is checked.');
  const ref = requireString(payload.ref, 'push', 'ref');
  const isTag = ref.startsWith('refs/tags/');
  const before = payload.before;
  const after = payload.after;
  // A force push whose old tip the checkout lacks: fetched by sha now, since the policy of a push
  // to the default branch may be read there. If origin will not give it, the engine fails closed.
  if (!isZeroSha(before) && !ctx.git.tryRevParse(before as string)) ctx.fetch(before as string);
  const request: ActionEvent['request'] = { ref, from: before, to: after, isTag, environment: settings.environment };
  const branchPush = !isTag && ref.startsWith('refs/heads/') && !isZeroSha(after);
  return {
    name: 'push',
    request,
    pusher: payload.pusher?.name ?? payload.sender?.login,
    lastChecked: branchPush && !isZeroSha(before) ? before : undefined,
    branchPush,
    notes,
  };
}

/** The range of a pull request or merge group: `merge-base(base, head)..head`, fetching what is missing. */
function baseHeadRange(
  ctx: EventContext,
  what: string,
  baseSha: string,
  headSha: string,
  headRef?: string,
): { range: PushRange; base: string } {
  const { git } = ctx;
  if (!git.tryRevParse(baseSha)) ctx.fetch(baseSha);
  if (!git.tryRevParse(headSha)) ctx.fetch(headSha, headRef);
  const head = git.revParse(headSha);
  const base = git.revParse(baseSha);
  const mergeBase = git.tryMergeBase(base, head);
  if (!mergeBase) {
    if (git.isShallow()) throw shallowError(`the base and head of the ${what} share no history in this clone`);
    throw new UsageError(
      `the ${what}'s base ${base.slice(0, 12)} and head ${head.slice(0, 12)} share no history`,
      'Rebase the pull request onto its base branch.',
    );
  }
  return {
    base,
    range: {
      kind: 'pull-request',
      from: mergeBase,
      to: head,
      revArgs: mergeBase === head ? [] : [head, `^${mergeBase}`],
    },
  };
}

function pullRequestEvent(ctx: EventContext, name: string, payload: Payload, settings: ActionSettings): ActionEvent {
  const notes: string[] = [];
  ignoredFrom(settings, notes);
  if (settings.to) notes.push(`the to input is ignored on ${name} events: the pull request's head is what is checked.`);
  const pr = payload.pull_request;
  const baseRef = requireString(pr?.base?.ref, name, 'pull_request.base.ref');
  const baseSha = requireString(pr?.base?.sha, name, 'pull_request.base.sha');
  const headSha = requireString(pr?.head?.sha, name, 'pull_request.head.sha');
  const number = pr?.number ?? payload.number;
  // pull_request_target checks out the base: the head's commits must be fetched first.
  const headRef = typeof number === 'number' ? `refs/pull/${number}/head` : undefined;
  const { range, base } = baseHeadRange(ctx, 'pull request', baseSha, headSha, headRef);
  const request: ActionEvent['request'] = {
    ref: `refs/heads/${baseRef}`,
    from: range.from,
    to: range.to,
    range,
    // The policy is the base's, never the head's: a pull request cannot allowlist itself.
    trustedRefs: [baseSha],
    environment: settings.environment,
    pullRequestTitle: pr?.title,
  };
  // pull_request_target runs with the base repository's token and secrets on a head that may be a
  // fork's: whatever would execute the head's content (a render command) must know.
  if (name === 'pull_request_target') request.untrustedHead = true;
  // No pusher for a pull request: its sender is whoever triggered the event (a maintainer who
  // labels a fork's pull request, say), and must not vouch for commits someone else wrote.
  return {
    name,
    request,
    pullRequest: typeof number === 'number' ? { number } : undefined,
    lastChecked: base,
    branchPush: false,
    notes,
  };
}

/**
 * A merge queue's trial merge: checked like a pull request into the base branch, from the merge
 * group's base and head (the head is a temporary `gh-readonly-queue/...` branch the checkout has).
 */
function mergeGroupEvent(ctx: EventContext, payload: Payload, settings: ActionSettings): ActionEvent {
  const notes: string[] = [];
  ignoredFrom(settings, notes);
  if (settings.to)
    notes.push("the to input is ignored on merge_group events: the merge group's head is what is checked.");
  const group = payload.merge_group;
  const baseRef = requireString(group?.base_ref, 'merge_group', 'merge_group.base_ref');
  const baseSha = requireString(group?.base_sha, 'merge_group', 'merge_group.base_sha');
  const headSha = requireString(group?.head_sha, 'merge_group', 'merge_group.head_sha');
  const { range, base } = baseHeadRange(ctx, 'merge group', baseSha, headSha, group?.head_ref);
  const ref = baseRef.startsWith('refs/') ? baseRef : `refs/heads/${baseRef}`;
  return {
    name: 'merge_group',
    request: {
      ref,
      from: range.from,
      to: range.to,
      range,
      trustedRefs: [baseSha],
      environment: settings.environment,
    },
    lastChecked: base,
    branchPush: false,
    notes,
  };
}

/**
 * A manual run on GITHUB_REF. The policy is the default branch's and the baseline the record's,
 * as for a push. The `to` input (or dispatch input) may pick the commit to check, but only one on
 * the dispatched ref: it must be GITHUB_SHA or an ancestor of it. `from` is ignored.
 */
function dispatchEvent(
  ctx: EventContext,
  source: EventSource,
  payload: Payload,
  settings: ActionSettings,
): ActionEvent {
  const { git } = ctx;
  const ref = requireString(source.ref ?? payload.ref, 'workflow_dispatch', 'GITHUB_REF');
  const isTag = ref.startsWith('refs/tags/');
  const dispatchInput = (key: string): string | undefined => {
    const value = payload.inputs?.[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const notes: string[] = [];
  ignoredFrom(settings, notes, dispatchInput('from'));
  const tip = source.sha ?? 'HEAD';
  const asked = settings.to ?? dispatchInput('to');
  const to = asked ? git.revParse(asked) : git.revParse(tip);
  if (asked && !isAncestor(git, to, git.revParse(tip))) {
    throw new UsageError(
      `the to input ${JSON.stringify(asked.slice(0, 80))} is not on ${ref} (not an ancestor of ${tip.slice(0, 12)})`,
      'A dispatch checks a commit of the ref it runs on: pick the ref in the Run workflow menu, and a commit on it.',
    );
  }
  const request: ActionEvent['request'] = { ref, to, isTag, environment: settings.environment };
  // Without a record, the fallback baseline is the last commit before `to` whose check passed.
  const lastChecked = !isTag && ref.startsWith('refs/heads/') ? git.tryRevParse(`${to}^`) : undefined;
  return { name: 'workflow_dispatch', request, pusher: payload.sender?.login, lastChecked, branchPush: false, notes };
}

function isAncestor(git: Git, ancestor: string, of: string): boolean {
  return git.execGit(['merge-base', '--is-ancestor', ancestor, of], { allowFail: true }).status === 0;
}

function requireString(value: unknown, event: string, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`the ${event} event has no ${field}`, 'Check that the workflow runs on a real GitHub event.');
  }
  return value;
}
