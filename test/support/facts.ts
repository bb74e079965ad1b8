import { resolveConfig } from '../../src/config/resolve.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { Commit } from '../../src/git/commit.js';
import type { Facts } from '../../src/policy/facts.js';

let counter = 0;

/** A commit fact for pure rule tests; git is not involved. */
export function commit(message: string, options: Partial<Omit<Commit, 'message'>> & { email?: string } = {}): Commit {
  counter++;
  const sha = options.sha ?? counter.toString(16).padStart(40, 'a');
  const email = options.email ?? 'dev@example.com';
  const who = { name: 'Dev', email, date: '2026-01-01T00:00:00Z' };
  const trailers = message
    .split('\n')
    .filter((l) => /^[A-Za-z-]+: /.test(l))
    .map((l) => ({ key: l.slice(0, l.indexOf(':')), value: l.slice(l.indexOf(':') + 1).trim() }));
  return {
    sha,
    parents: options.parents ?? ['f'.repeat(40)],
    author: options.author ?? who,
    committer: options.committer ?? who,
    subject: message.split('\n', 1)[0]!,
    message,
    trailers: options.trailers ?? trailers,
    signature: options.signature,
  };
}

export function config(raw?: Parameters<typeof resolveConfig>[0]): ResolvedConfig {
  return resolveConfig(raw, raw ? 'test' : 'embedded default', '.gitops.yml');
}

/** Facts for a push of `commits` (newest first) onto `ref`, all on the first-parent line. */
export function facts(commits: Commit[], cfg: ResolvedConfig, ref = 'main', extra: Partial<Facts> = {}): Facts {
  const env = Object.values(cfg.environments).find((e) => e.branches.includes(ref));
  return {
    ref: `refs/heads/${ref}`,
    refKind: 'branch',
    refName: ref,
    range: { kind: 'update', from: 'b'.repeat(40), to: commits[0]?.sha, revArgs: [] },
    environment: env,
    commits,
    firstParentLine: new Set(commits.map((c) => c.sha)),
    policyCommits: new Set(),
    // What gather.ts finds in a real range; a test of a hand-made merge overrides it.
    trueMerges: new Set(commits.filter((c) => c.parents.length > 1).map((c) => c.sha)),
    ...extra,
  };
}
