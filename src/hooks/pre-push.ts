import { readFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { CliArgs } from '../cli/args.js';
import { EXIT, type Io } from '../cli/main.js';
import { openRepository } from '../cli/repo.js';
import { environmentFor, parseRef } from '../config/environments.js';
import type { ResolvedConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { Git } from '../git/git.js';
import { isZeroSha, knownRefShas } from '../git/range.js';
import { type CheckResult, loadTrustedConfig, runCheck } from '../policy/check.js';
import { DEPLOYED_PREFIX, gitRecordReader, LOG_PREFIX } from '../record/git-store.js';
import { type DeployRecordReader, NO_RECORD } from '../record/types.js';
import { renderFinding } from '../report/check-text.js';
import { style, terminalSafe, useColor } from '../report/style.js';
import { hookJira } from './jira.js';

/** One line of git's pre-push protocol: `<local ref> <local sha> <remote ref> <remote sha>`. */
export interface PushLine {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

export function parsePushLines(text: string): PushLine[] {
  const lines: PushLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(' ');
    if (parts.length !== 4)
      throw new UsageError(
        `unexpected pre-push input line: ${JSON.stringify(line.slice(0, 200))}`,
        'gitops-action pre-push must be run by git as the pre-push hook.',
      );
    const [localRef, localSha, remoteRef, remoteSha] = parts as [string, string, string, string];
    lines.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return lines;
}

/**
 * git writes the push lines to the hook's stdin and closes it. A blocking read of fd 0 is cheaper
 * at start-up than a stream; a stdin that is non-blocking (EAGAIN) falls back to the stream.
 */
async function readStdin(io: Io): Promise<string> {
  if (isatty(0)) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `pre-push REMOTE URL`. Refs that deploy get the full policy; the others the message rules only.
 * The policy is the remote's default branch's (`<remote>/HEAD`), one for every ref of the push.
 * The range starts at the environment's last deploy in the local record when there is one, else
 * at the remote's sha, else (a new ref) at the merge-base with the default branch.
 */
export async function prePushCommand(args: CliArgs, io: Io): Promise<number> {
  const remote = args.positionals[0] ?? '';
  const lines = parsePushLines(await readStdin(io));
  const git = openRepository(io.cwd, lines[0]?.remoteSha);
  const s = style(useColor(io.stderr, io.env));
  const push = await pushContext(git, remote, args);
  // Where the policy came from is news only when it is not the remote's default branch as usual
  // (no origin/HEAD, an invalid file replaced by its last valid version): then say it every time.
  for (const note of push.config.notes ?? []) io.stderr.write(s.yellow(`gitops-action: note: ${terminalSafe(note)}\n`));
  let blocked = 0;
  for (const line of lines) {
    const result = await checkPushLine(git, push, line);
    if (!result) continue;
    blocked += result.decision === 'block' ? 1 : 0;
    report(result, io, s);
  }
  if (blocked > 0) {
    io.stderr.write(
      s.red(
        `\ngitops-action: push blocked (${blocked} ref${blocked === 1 ? '' : 's'}). Fix the commits above and push again.\n`,
      ) +
        s.dim(
          'Bypass once with `git push --no-verify` (or HUSKY=0); the required status check on the server still applies.\n',
        ),
    );
    return EXIT.blocked;
  }
  return EXIT.ok;
}

/** What every line of one push shares: the policy, the remote's refs, the local record. */
interface PushContext {
  config: ResolvedConfig;
  remote: string;
  listing: Array<{ ref: string; sha: string; symref?: string }>;
  record: DeployRecordReader;
  hasDefaultBranch: boolean;
  fallbackRemote: string;
}

/**
 * One `for-each-ref` lists the remote's tracking refs (its HEAD names the default branch) and the
 * local deploy record together, so a fast-forward push pays one git process for both, and the
 * record's log is read only for an environment that has one.
 */
async function pushContext(git: Git, remote: string, args: CliArgs): Promise<PushContext> {
  // git passes the remote's name, or the URL when the push names a URL: then origin's refs count.
  const name = remote && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote) ? remote : 'origin';
  const listing = git.refs([`refs/remotes/${name}/`, `${DEPLOYED_PREFIX}`, `${LOG_PREFIX}`]);
  const recorded = new Set(
    listing
      .filter((r) => r.ref.startsWith(DEPLOYED_PREFIX) || r.ref.startsWith(LOG_PREFIX))
      .map((r) => r.ref.replace(/^refs\/(deployments|deploy-log)\//, '')),
  );
  const remoteListing = listing.filter((r) => r.ref.startsWith(`refs/remotes/${name}/`));
  const config = await loadTrustedConfig({ git, configPath: args.config, remote: name, remoteListing });
  const hasDefaultBranch = remoteListing.some((r) => r.ref === `refs/remotes/${name}/HEAD`);
  return {
    config,
    remote: name,
    listing: remoteListing,
    record: recorded.size > 0 ? onlyRecorded(gitRecordReader(git), recorded) : NO_RECORD,
    hasDefaultBranch,
    fallbackRemote: remote,
  };
}

/** The git-ref reader, asked only about environments the listing showed a record for. */
function onlyRecorded(reader: DeployRecordReader, recorded: Set<string>): DeployRecordReader {
  return {
    lastSuccess: async (env) => (recorded.has(env) ? reader.lastSuccess(env) : undefined),
    history: async (env, options) => (recorded.has(env) ? reader.history(env, options) : []),
    environments: async () => [...recorded].sort(),
  };
}

async function checkPushLine(git: Git, push: PushContext, line: PushLine): Promise<CheckResult | undefined> {
  const ref = parseRef(line.remoteRef);
  if (ref.kind === 'other') return undefined;
  const deleting = line.localRef === '(delete)' || isZeroSha(line.localSha);
  const environment = environmentFor(push.config, ref);
  // git hands us the local sha of an object it is about to send: it exists, no need to ask.
  if (!deleting) git.assumeCommit(line.localSha);
  return runCheck({
    git,
    config: push.config,
    ref: line.remoteRef,
    from: isZeroSha(line.remoteSha) ? undefined : line.remoteSha,
    to: deleting ? undefined : line.localSha,
    remote: push.remote,
    remoteListing: push.listing,
    record: push.record,
    // Only where no default branch is known: what the remote already has counts as there.
    known: push.hasDefaultBranch || !isZeroSha(line.remoteSha) ? undefined : remoteRefShas(git, push.fallbackRemote),
    mode: environment ? 'full' : 'message',
    jira: hookJira,
  });
}

/**
 * What the remote already has, for a ref it does not know yet. A remote given as a URL has no
 * tracking refs of its own; then every remote-tracking ref counts.
 */
function remoteRefShas(git: Git, remote: string): string[] {
  const own = remote ? knownRefShas(git, [`refs/remotes/${remote}`]) : [];
  return own.length > 0 ? own : knownRefShas(git, ['refs/remotes']);
}

function report(result: CheckResult, io: Io, s: ReturnType<typeof style>): void {
  if (result.findings.length === 0 && result.decision !== 'block') return;
  const subjects = new Map(result.commits.map((c) => [c.sha, c.subject]));
  const env = result.environment ? ` → ${result.environment}` : '';
  io.stderr.write(`${s.bold(`gitops-action: ${terminalSafe(result.refName)}${env}`)}: ${result.decision}\n`);
  for (const f of result.findings) io.stderr.write(`${renderFinding(f, subjects, s).join('\n')}\n`);
}
