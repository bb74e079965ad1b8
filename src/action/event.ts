import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import { isZeroSha, knownRefShas, type PushRange, shallowError } from '../git/range.js';
import type { CheckRequest } from '../policy/check.js';
import type { ActionSettings } from './inputs.js';

export const SUPPORTED_EVENTS = ['push', 'pull_request', 'pull_request_target', 'workflow_dispatch'] as const;

/** What the event asks to check, as the engine's request, plus what the Action needs around it. */
export interface ActionEvent {
  name: string;
  request: Omit<CheckRequest, 'git'>;
  /** Who GitHub authenticated: `pusher.name` for a push, `sender.login` for a dispatch; none for a pull request. */
  pusher?: string;
  pullRequest?: { number: number };
}

/** The fields of a webhook payload we read; everything else is ignored, `commits` above all. */
interface Payload {
  ref?: string;
  before?: string;
  after?: string;
  pusher?: { name?: string };
  sender?: { login?: string };
  inputs?: Record<string, unknown>;
  number?: number;
  pull_request?: {
    number?: number;
    title?: string;
    base?: { ref?: string; sha?: string };
    head?: { ref?: string; sha?: string };
  };
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

/**
 * Turns the workflow's event into one check. The range always comes from git: the payload gives
 * only the ref and the two ends, never its `commits` list (GitHub truncates it at 20).
 * `fetch` is called with a commit git does not have yet, to fetch it from origin.
 */
export function resolveEvent(
  git: Git,
  source: EventSource,
  payload: Payload,
  settings: ActionSettings,
  fetch: (sha: string, refspec?: string) => void,
): ActionEvent {
  const name = source.eventName ?? '';
  switch (name) {
    case 'push':
      return pushEvent(git, payload, settings);
    case 'pull_request':
    case 'pull_request_target':
      return pullRequestEvent(git, name, payload, settings, fetch);
    case 'workflow_dispatch':
      return dispatchEvent(git, source, payload, settings);
    default:
      throw new UsageError(
        `the event ${JSON.stringify(name || '(none)')} is not supported`,
        `gitops-action runs on ${SUPPORTED_EVENTS.join(', ')}. Add one of them to the workflow's on: block.`,
      );
  }
}

function pushEvent(git: Git, payload: Payload, settings: ActionSettings): ActionEvent {
  const ref = requireString(payload.ref, 'push', 'ref');
  const isTag = ref.startsWith('refs/tags/');
  const from = settings.from ?? payload.before;
  const to = settings.to ?? payload.after;
  const request: ActionEvent['request'] = { ref, from, to, isTag, environment: settings.environment };
  if (!isTag && isZeroSha(from) && !isZeroSha(to)) request.known = otherRefs(git, ref);
  return { name: 'push', request, pusher: payload.pusher?.name ?? payload.sender?.login };
}

function pullRequestEvent(
  git: Git,
  name: string,
  payload: Payload,
  settings: ActionSettings,
  fetch: (sha: string, refspec?: string) => void,
): ActionEvent {
  const pr = payload.pull_request;
  const baseRef = requireString(pr?.base?.ref, name, 'pull_request.base.ref');
  const baseSha = requireString(pr?.base?.sha, name, 'pull_request.base.sha');
  const headSha = settings.to ?? requireString(pr?.head?.sha, name, 'pull_request.head.sha');
  const number = pr?.number ?? payload.number;
  // pull_request_target checks out the base: the head's commits must be fetched first.
  const headRef = typeof number === 'number' ? `refs/pull/${number}/head` : undefined;
  if (!git.tryRevParse(baseSha)) fetch(baseSha);
  if (!git.tryRevParse(headSha)) fetch(headSha, headRef);
  const head = git.revParse(headSha);
  const base = settings.from ? git.revParse(settings.from) : git.revParse(baseSha);
  const mergeBase = git.tryMergeBase(base, head);
  if (!mergeBase) {
    if (git.isShallow()) throw shallowError('the base and head of the pull request share no history in this clone');
    throw new UsageError(
      `the pull request's base ${base.slice(0, 12)} and head ${head.slice(0, 12)} share no history`,
      'Rebase the pull request onto its base branch.',
    );
  }
  const range: PushRange = {
    kind: 'pull-request',
    from: mergeBase,
    to: head,
    revArgs: mergeBase === head ? [] : [head, `^${mergeBase}`],
  };
  const request: ActionEvent['request'] = {
    ref: `refs/heads/${baseRef}`,
    from: mergeBase,
    to: head,
    range,
    // The policy is the base's, never the head's: a pull request cannot allowlist itself.
    trustedRefs: [baseSha],
    environment: settings.environment,
    pullRequestTitle: pr?.title,
  };
  // No pusher for a pull request: its sender is whoever triggered the event (a maintainer who
  // labels a fork's pull request, say), and must not vouch for commits someone else wrote.
  return {
    name,
    request,
    pullRequest: typeof number === 'number' ? { number } : undefined,
  };
}

function dispatchEvent(git: Git, source: EventSource, payload: Payload, settings: ActionSettings): ActionEvent {
  const ref = requireString(source.ref ?? payload.ref, 'workflow_dispatch', 'GITHUB_REF');
  const isTag = ref.startsWith('refs/tags/');
  const dispatchInput = (key: string): string | undefined => {
    const value = payload.inputs?.[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const from = settings.from ?? dispatchInput('from');
  const to = settings.to ?? dispatchInput('to') ?? source.sha ?? 'HEAD';
  const request: ActionEvent['request'] = { ref, to, isTag, environment: settings.environment };
  if (from) request.from = git.revParse(from);
  else if (!isTag) request.known = otherRefs(git, ref);
  return { name: 'workflow_dispatch', request, pusher: payload.sender?.login };
}

/**
 * Shas of every ref but the pushed one, for a new branch: what the repository already had.
 * actions/checkout also leaves `refs/remotes/origin/<branch>` at the pushed commit; that is the
 * pushed ref too, not a ref that "already had" its commits.
 */
function otherRefs(git: Git, ref: string): string[] {
  const name = ref.replace(/^refs\/heads\//, '');
  return knownRefShas(
    git,
    ['refs/heads', 'refs/remotes'],
    [ref, `refs/remotes/origin/${name}`, 'refs/remotes/origin/HEAD'],
  );
}

function requireString(value: unknown, event: string, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`the ${event} event has no ${field}`, 'Check that the workflow runs on a real GitHub event.');
  }
  return value;
}
