import { UsageError } from '../errors.js';
import type { Git } from './git.js';

/**
 * The repository's default branch: where the policy is read from. Never guessed from a name
 * (`main`, `master`): in a repository whose default is `master`, anyone may push a branch called
 * `main`, so a guess hands the policy to whoever pushes first.
 */
export interface DefaultBranch {
  /** The branch's short name (`main`). */
  name: string;
  /** The ref the policy is read from: `refs/remotes/<remote>/<name>`, or `refs/heads/<name>` locally. */
  ref: string;
  /** Its commit. */
  sha: string;
  /** How it was found, for the report (`origin/HEAD`, `the event's repository.default_branch`). */
  how: string;
}

/**
 * The default branch by the name the host gives (the Action: the payload's
 * `repository.default_branch`), read from the remote-tracking ref only. Its local branch may be
 * the one the push itself created, so a missing remote-tracking ref fails closed.
 */
export function namedDefaultBranch(git: Git, name: string, remote = 'origin'): DefaultBranch {
  const ref = `refs/remotes/${remote}/${name}`;
  const sha = git.tryRevParse(ref);
  if (!sha) {
    throw new UsageError(
      `the default branch ${JSON.stringify(name)} is not in this clone (no ${ref}), so there is no trusted policy to read`,
      `Fetch it first: \`git fetch ${remote} ${name}:${ref}\` (actions/checkout with \`fetch-depth: 0\` fetches every branch).`,
    );
  }
  return { name, ref, sha, how: `${remote}'s default branch ${name}` };
}

/**
 * On a developer's machine (the CLI, the hooks): the remote's HEAD, as `git clone` and
 * `git remote set-head <remote> --auto` record it, read from the remote-tracking ref, or from the
 * local branch of that name when the remote-tracking ref is missing.
 *
 * Without a remote HEAD (a repository made with `git init` + `git remote add`, or with no remote)
 * we do not guess: git's own `init.defaultBranch` names it when it is set and that local branch
 * exists; otherwise there is no default branch and the caller says how to record one.
 *
 * `listing` is an optional `for-each-ref` of `refs/remotes/<remote>/` already read by the caller
 * (the pre-push hook lists it together with the deploy record, in one git process).
 */
export function localDefaultBranch(
  git: Git,
  remote = 'origin',
  listing?: ReadonlyArray<{ ref: string; sha: string; symref?: string }>,
): DefaultBranch | undefined {
  const headRef = `refs/remotes/${remote}/HEAD`;
  const target = listing ? listing.find((r) => r.ref === headRef)?.symref : git.trySymbolicRef(headRef);
  const prefix = `refs/remotes/${remote}/`;
  if (target?.startsWith(prefix)) {
    const name = target.slice(prefix.length);
    const remoteSha = listing ? listing.find((r) => r.ref === target)?.sha : git.tryRevParse(target);
    if (remoteSha) return { name, ref: target, sha: remoteSha, how: `${remote}/HEAD (${remote}/${name})` };
    const localSha = git.tryRevParse(`refs/heads/${name}`);
    if (localSha) {
      return { name, ref: `refs/heads/${name}`, sha: localSha, how: `the local ${name} (${remote}/HEAD names it)` };
    }
  }
  const configured = git.configValue('init.defaultBranch');
  if (configured) {
    const sha = git.tryRevParse(`refs/heads/${configured}`);
    if (sha)
      return { name: configured, ref: `refs/heads/${configured}`, sha, how: `init.defaultBranch (${configured})` };
  }
  return undefined;
}

/** The remote a branch pushes to: its upstream's remote (`branch.<name>.remote`), else `origin`. */
export function remoteOf(git: Git, branch: string | undefined): string {
  const remote = branch ? git.configValue(`branch.${branch}.remote`) : undefined;
  // `.` is the local repository itself (an upstream that is a local branch).
  return remote && remote !== '.' ? remote : 'origin';
}

/** What to tell a user whose repository records no default branch. */
export function noDefaultBranchNote(remote: string): string {
  return `no default branch is known (no ${remote}/HEAD), so the embedded default policy applies; record it with \`git remote set-head ${remote} --auto\``;
}
