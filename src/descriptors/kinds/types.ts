import type { DestructiveConfig, DestructiveKind } from '../../config/types.js';
import type { Seg } from '../diff.js';
import type { DescObject } from '../load.js';

/**
 * What every destructive kind module sees and returns. A kind decides *what* is destructive;
 * `plan.ts` applies severities, acceptance and lines.
 */
export interface RawFinding {
  kind: DestructiveKind;
  /** The object the finding is about; its file and line are used. */
  obj: DescObject;
  segs: Seg[];
  message: string;
  hint: string;
  before?: unknown;
  after?: unknown;
}

/** One object at both revisions; `before` alone is a deletion, `after` alone a creation. */
export interface Pair {
  before?: DescObject;
  after?: DescObject;
}

/** The whole plan, for the kinds that look beyond one object (capacity, what a deletion takes with it). */
export interface PlanView {
  pairs: Pair[];
  before: DescObject[];
  after: DescObject[];
  config: DestructiveConfig;
}

export interface KindCheck {
  kind: DestructiveKind;
  /** When it fires, in one sentence (the registry test holds docs/plan.md to it). */
  summary: string;
  /** Findings about one changed object. */
  pair?: (pair: Pair, view: PlanView) => RawFinding[];
  /** Findings about the plan as a whole. */
  plan?: (view: PlanView) => RawFinding[];
}

export const acceptHint = (kind: DestructiveKind) =>
  `accept it with the trailer \`Allow-Destructive: ${kind}\` on a commit in the range (with a Jira key, by an allowlisted committer).`;
