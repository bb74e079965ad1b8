import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliArgs } from '../cli/args.js';
import { EXIT, type Io } from '../cli/main.js';
import { openRepository } from '../cli/repo.js';
import { environmentFor, parseRef } from '../config/environments.js';
import { UsageError } from '../errors.js';
import type { Commit } from '../git/commit.js';
import { loadTrustedConfig } from '../policy/check.js';
import { evaluate } from '../policy/engine.js';
import { isExemptSubject } from '../policy/exempt.js';
import type { Facts } from '../policy/facts.js';
import { renderFinding } from '../report/check-text.js';
import { style, useColor } from '../report/style.js';
import { type Cleanup, cleanupMessage } from './message.js';

/**
 * `commit-msg FILE`: the message rules on the proposed message, before the commit exists. The
 * rules are those of the environment the current branch deploys to, or the top-level ones.
 */
export async function commitMsgCommand(args: CliArgs, io: Io): Promise<number> {
  const file = args.positionals[0];
  if (!file)
    throw new UsageError('commit-msg needs the message file', 'In .husky/commit-msg: gitops-action commit-msg "$1"');
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new UsageError(`message file ${file} does not exist`);
  const git = openRepository(io.cwd);
  const gitDir = git.execGit(['rev-parse', '--absolute-git-dir']).stdout.toString('utf8').trim();
  // A merge in progress writes its own message; merges are exempt from the message rules.
  if (existsSync(resolve(gitDir, 'MERGE_HEAD'))) return EXIT.ok;
  const message = cleanupMessage(readFileSync(path, 'utf8'), {
    mode: (git.configValue('commit.cleanup') as Cleanup | undefined) ?? 'default',
    commentChar: git.configValue('core.commentChar'),
  });
  const subject = message.split('\n', 1)[0] ?? '';
  if (message === '' || isExemptSubject(subject)) return EXIT.ok;

  const head = git.tryRevParse('HEAD');
  const config = await loadTrustedConfig({ git, from: head, configPath: args.config, explicitFrom: true });
  const branch = git.currentBranch();
  const environment = branch ? environmentFor(config, parseRef(branch)) : undefined;
  const me = { name: git.configValue('user.name') ?? '', email: git.configValue('user.email') ?? '', date: '' };
  const commit: Commit = {
    sha: '0'.repeat(40),
    parents: head ? [head] : [],
    author: me,
    committer: me,
    subject,
    message,
    trailers: [],
  };
  const facts: Facts = {
    ref: branch ? `refs/heads/${branch}` : 'HEAD',
    refKind: 'branch',
    refName: branch ?? 'HEAD',
    range: { kind: 'explicit', revArgs: [] },
    environment,
    commits: [commit],
    firstParentLine: new Set(),
    policyCommits: new Set(),
  };
  const { findings } = evaluate(facts, config, 'message');
  const errors = findings.filter((f) => f.severity === 'error');
  const s = style(useColor(io.stderr, io.env));
  for (const f of findings) {
    const lines = renderFinding({ ...f, commit: undefined }, new Map(), s);
    io.stderr.write(`${lines.join('\n')}\n`);
  }
  if (errors.length > 0) {
    io.stderr.write(
      `\ngitops-action: commit refused. Your message is kept in ${file}; edit it with\n  git commit -e -F ${file}\n(bypass once with --no-verify; the server-side check still applies)\n`,
    );
    return EXIT.blocked;
  }
  return EXIT.ok;
}
