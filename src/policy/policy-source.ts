import { environmentFor, parseRef } from '../config/environments.js';
import { type LoadOptions, loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import {
  type DefaultBranch,
  localDefaultBranch,
  namedDefaultBranch,
  noDefaultBranchNote,
} from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { ensureCommit, isZeroSha } from '../git/range.js';
import type { Deploy, DeployRecordReader } from '../record/types.js';

/** What decides where the policy is read from; a subset of the CheckRequest. */
export interface PolicySourceRequest {
  git: Git;
  /** The ref pushed onto; unset for commands that check no push (plan, version, commit-msg). */
  ref?: string;
  /** The push's old value (used only as a named fallback, see below). */
  from?: string;
  to?: string;
  /** The pull request's base: the policy is the base's. */
  trustedRefs?: string[];
  configPath?: string;
  configFromRef?: boolean;
  /** The default branch's name as the host gives it (the Action); else found locally. */
  defaultBranch?: string;
  /** The remote whose tracking refs are trusted; `origin` by default. */
  remote?: string;
  record?: DeployRecordReader;
  /** The validated-policy cache (default on; the Action turns it off). */
  policyCache?: boolean;
  /** `check --from`: a person chose the starting point, and the policy is read there. */
  explicitFrom?: boolean;
  /** A policy that does not validate is an error rather than its last valid version (`check --from`). */
  strictPolicy?: boolean;
  fetchCommit?: (sha: string) => boolean;
  /** A `for-each-ref` of `refs/remotes/<remote>/` the door already read (the pre-push hook). */
  remoteListing?: ReadonlyArray<{ ref: string; sha: string; symref?: string }>;
}

/** The default branch of a request: by the host's name, else the local clone's remote HEAD. */
export function requestDefaultBranch(req: PolicySourceRequest): DefaultBranch | undefined {
  const remote = req.remote ?? 'origin';
  return req.defaultBranch
    ? namedDefaultBranch(req.git, req.defaultBranch, remote)
    : localDefaultBranch(req.git, remote, req.remoteListing);
}

/**
 * The policy a push is judged by: the protected default branch's, never anything the pusher
 * controls (the pushed commits, `before`, a branch name they made, a tag's old target, an input).
 *
 * - an explicit `--config` path: that file, as it stands on disk (a person chose it);
 * - a pull request: its base;
 * - `check --from REV`: the policy at REV (a person chose it);
 * - otherwise the default branch, from its remote-tracking ref. When that ref already holds the
 *   pushed commit (the Action's checkout of a push *to* the default branch), the policy is the one
 *   at the branch's baseline: its last successful deploy from the record, else the push's `before`
 *   as a named fallback. Never the pushed commit's.
 */
export async function loadTrustedConfig(req: PolicySourceRequest): Promise<ResolvedConfig> {
  const { git } = req;
  const base: Omit<LoadOptions, 'trustedRefs'> = {
    git,
    explicitPath: req.configPath,
    explicitFromRef: req.configFromRef,
    cache: req.policyCache !== false,
  };
  if (req.configPath && !req.configFromRef) return loadConfig({ ...base, trustedRefs: [] });
  if (req.trustedRefs && req.trustedRefs.length > 0) return loadConfig({ ...base, trustedRefs: req.trustedRefs });
  if (req.explicitFrom && req.from && !isZeroSha(req.from)) {
    // Where the file is not at that commit, the default branch's applies, as for any other ref.
    return loadConfig({
      ...base,
      trustedRefs: [req.from],
      fallbackRef: () => requestDefaultBranch(req)?.ref,
      strict: req.strictPolicy,
    });
  }
  const remote = req.remote ?? 'origin';
  const branch = requestDefaultBranch(req);
  if (!branch) return loadConfig({ ...base, trustedRefs: [], notes: [noDefaultBranchNote(remote)] });
  const label = (ref: string) => (ref === branch.ref ? shortRef(branch.ref) : undefined);
  const notes = branch.ref.startsWith('refs/heads/') ? [`the policy is read from ${branch.how}`] : [];
  if (holdsThePush(git, req, branch)) return policyAtBaseline(req, branch, base);
  return loadConfig({ ...base, trustedRefs: [branch.ref], label, notes });
}

function shortRef(ref: string): string {
  return ref.replace(/^refs\/(remotes|heads)\//, '');
}

/**
 * Whether the default branch's ref already holds the pushed commit: a push to the default branch,
 * where the ref is at `to` or past it. On a developer's machine before the push (the hook), the
 * remote-tracking ref is still the old tip, so this is false and costs no git process.
 */
function holdsThePush(git: Git, req: PolicySourceRequest, branch: DefaultBranch): boolean {
  if (!req.ref) return false;
  const ref = parseRef(req.ref);
  if (ref.kind !== 'branch' || ref.name !== branch.name || !req.to || isZeroSha(req.to)) return false;
  if (req.from && branch.sha === req.from) return false;
  const to = git.tryRevParse(req.to);
  return to !== undefined && git.isAncestor(to, branch.sha);
}

/**
 * The policy of a push to the default branch, whose ref holds the push: the one at the branch's
 * last successful deploy. Which environment the branch deploys to is itself policy, so it is not
 * taken from a file the push may have written: each recorded environment's last success is asked
 * whether its own policy maps the branch to it, and the newest that does wins. A record that
 * cannot list its environments is asked for the environment that the policy at `before` names.
 */
async function policyAtBaseline(
  req: PolicySourceRequest,
  branch: DefaultBranch,
  base: Omit<LoadOptions, 'trustedRefs'>,
): Promise<ResolvedConfig> {
  const { git } = req;
  const ref = parseRef(req.ref as string);
  const at = async (deploy: Deploy, notes: string[]) =>
    loadConfig({
      ...base,
      trustedRefs: [ensureCommit(git, deploy.sha, `the last deploy of ${deploy.environment}`, req.fetchCommit)],
      notes,
    });
  const why = (d: Deploy) =>
    `the push is to the default branch ${branch.name}, so the policy is the one at its last successful deploy (${d.environment}, ${d.sha.slice(0, 7)}), not the pushed commit's`;
  if (req.record) {
    const names = (await req.record.environments?.()) ?? [];
    let best: { deploy: Deploy; config: ResolvedConfig } | undefined;
    for (const name of names) {
      const deploy = await req.record.lastSuccess(name);
      if (!deploy || (best && deploy.at <= best.deploy.at)) continue;
      const config = await at(deploy, [why(deploy)]);
      if (environmentFor(config, ref)?.name === name) best = { deploy, config };
    }
    if (best) return best.config;
  }
  const before = req.from && !isZeroSha(req.from) ? git.tryRevParse(req.from) : undefined;
  if (before && req.record && !req.record.environments) {
    const provisional = await loadConfig({ ...base, trustedRefs: [before] });
    const env = environmentFor(provisional, ref);
    const deploy = env ? await req.record.lastSuccess(env.name) : undefined;
    if (deploy) return at(deploy, [why(deploy)]);
  }
  if (before) {
    return loadConfig({
      ...base,
      trustedRefs: [before],
      notes: [
        `no successful deploy of the default branch ${branch.name} is recorded, so the policy is the one at the push's previous tip ${before.slice(0, 7)} (a fallback; record deploys with \`gitops-action record\`)`,
      ],
    });
  }
  return loadConfig({
    ...base,
    trustedRefs: [],
    notes: [
      `the push creates the default branch ${branch.name} and nothing is recorded, so no trusted policy exists yet: the embedded default applies`,
    ],
  });
}
