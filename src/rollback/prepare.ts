import picomatch from 'picomatch';
import { RULE_DEFAULTS } from '../config/defaults.js';
import {
  DESTRUCTIVE_KINDS,
  type DestructiveConfig,
  type DestructiveKind,
  type ResolvedConfig,
} from '../config/types.js';
import { type Plan, planRead } from '../descriptors/plan.js';
import { readDescriptorInput } from '../descriptors/read.js';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import { findJiraKeys } from '../jira/key.js';
import type { DeployRecordReader } from '../record/types.js';
import { MIGRATION_KIND, type Refusal, refusals } from './guard.js';
import { rollbackMessage } from './message.js';
import { pickTargets, type RollbackTargets } from './target.js';
import { writeRollbackTree } from './write.js';

/**
 * Everything a rollback needs, read from git and the record, before anything is written: the
 * deploys, the descriptor files to put back (blob ids from the target's tree) or remove, the plan
 * of that change, the reasons to refuse it, and the commit message.
 */
export interface RollbackRequest {
  git: Git;
  config: ResolvedConfig;
  environment: string;
  reader: DeployRecordReader;
  /** `--to`: a version from the record, or a commit. */
  to?: string;
  /** `--jira`: overrides the key found in the rolled-back commits. */
  jiraKey?: string;
  /** `--allow-destructive`: destructive kinds (and `migration`) accepted in the commit's trailer. */
  accept: string[];
}

export interface TreeEntry {
  mode: string;
  id: string;
  path: string;
}

export interface PreparedRollback {
  targets: RollbackTargets;
  /** The commit the rollback is written on (HEAD). */
  base: string;
  globs: string[];
  put: TreeEntry[];
  remove: string[];
  /** The rollback's tree (written to the object store, not yet committed): HEAD's, with the descriptors put back. */
  tree: string;
  plan: Plan;
  refusals: Refusal[];
  jiraKey?: string;
  message: string;
}

export async function prepareRollback(req: RollbackRequest): Promise<PreparedRollback> {
  const { git } = req;
  for (const kind of req.accept) {
    if (kind !== MIGRATION_KIND && !(DESTRUCTIVE_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(
        `--allow-destructive: "${kind}" is not a kind`,
        `Kinds: ${[...DESTRUCTIVE_KINDS, MIGRATION_KIND].join(', ')}.`,
      );
    }
  }
  const history = await req.reader.history(req.environment);
  const toSha = req.to !== undefined ? git.tryRevParse(req.to) : undefined;
  const targets = pickTargets(
    req.environment,
    history,
    req.to !== undefined ? { text: req.to, sha: toSha } : undefined,
  );
  const base = git.revParse('HEAD');
  git.assumeCommit(targets.target.sha);
  if (!git.tryRevParse(targets.target.sha)) {
    throw new UsageError(
      `the target ${targets.target.sha.slice(0, 7)} is not in this clone`,
      'Fetch the full history (git fetch --unshallow) and run the rollback again.',
    );
  }
  const env = req.config.environments[req.environment];
  const rules = env?.rules ?? req.config.rules;
  const destructive: DestructiveConfig = rules.destructive || {
    ...RULE_DEFAULTS.destructive,
    descriptors: [...RULE_DEFAULTS.destructive.descriptors],
  };
  const globs = destructive.descriptors;
  const isDescriptor = picomatch(globs, { dot: true });

  const atTarget = treeEntries(git, targets.target.sha).filter((e) => isDescriptor(e.path));
  const atBase = treeEntries(git, base).filter((e) => isDescriptor(e.path));
  const baseById = new Map(atBase.map((e) => [e.path, e]));
  const targetPaths = new Set(atTarget.map((e) => e.path));
  const put = atTarget.filter((e) => {
    const now = baseById.get(e.path);
    return !now || now.id !== e.id || now.mode !== e.mode;
  });
  const remove = atBase.filter((e) => !targetPaths.has(e.path)).map((e) => e.path);
  if (put.length === 0 && remove.length === 0) {
    throw new UsageError(
      `the descriptors at ${base.slice(0, 7)} already match ${targets.target.sha.slice(0, 7)}: nothing to roll back`,
      'Deploy this commit as it is, or name another deploy with --to.',
    );
  }

  const tree = writeRollbackTree(git, base, put, remove);
  const accepted = new Map<DestructiveKind, string>();
  for (const kind of req.accept) if (kind !== MIGRATION_KIND) accepted.set(kind as DestructiveKind, 'this rollback');
  // The plan of HEAD → the rollback's tree, read as `plan` and `check` read a range: rendered
  // where the policy says `render:`, with the kustomization and chart files that decide targets.
  // A trusted read (untrustedHead false): the tree is HEAD's, with blobs from a deploy of this
  // repository, and the policy is the default branch's.
  const plan = planRead(readDescriptorInput(git, destructive, base, tree, false), destructive, accepted);

  const changedSinceTarget = git.changedFiles(targets.target.sha, base);
  const refused = refusals({ plan, changedSinceTarget, accepted: new Set(req.accept) });

  let jiraKey = req.jiraKey;
  if (!jiraKey) {
    const projects = rules.jira ? rules.jira.projects : undefined;
    const commits = git.log([targets.current.sha, `^${targets.target.sha}`], { maxCount: 500 });
    // The head of the rolled-back deploy first: its key names the change that failed.
    for (const c of commits) {
      jiraKey = findJiraKeys(c.message, projects)[0];
      if (jiraKey) break;
    }
  }
  const message = rollbackMessage({ environment: req.environment, targets, jiraKey, globs, accepted: req.accept });
  return { targets, base, globs, put, remove, tree, plan, refusals: refused, jiraKey, message };
}

/** `git ls-tree -r -z`: mode, blob id and path of every file at `rev`. */
function treeEntries(git: Git, rev: string): TreeEntry[] {
  const out = git.execGit(['ls-tree', '-r', '-z', '--full-tree', rev]).stdout.toString('utf8');
  const entries: TreeEntry[] = [];
  for (const line of out.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode, type, id] = line.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    entries.push({ mode: mode!, id: id!, path: line.slice(tab + 1) });
  }
  return entries;
}
