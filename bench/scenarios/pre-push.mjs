import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appendCommits, generateGitflow } from '../generators/gitflow.mjs';
import { compare, ratio, timeProcess } from '../lib/measure.mjs';
import { benchEnv, CLI, COMMITLINT, COMMITLINT_CONFIG, ensureDir, git, ROOT, round, WORK } from '../lib/util.mjs';

const LOG_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00%(trailers:only,unfold)';

/**
 * A hook that records, around its body, the wall clock in nanoseconds: git starting the hook to
 * the hook exiting, less one `date` fork (~1 ms) that every variant pays alike.
 */
function timedHook(body, before = '') {
  return `#!/bin/sh
${before}
s=$(date +%s%N)
${body}
rc=$?
e=$(date +%s%N)
echo "$s $e $rc" >> "$BENCH_HOOK_LOG"
exit $rc
`;
}

function writeHook(dir, text) {
  ensureDir(dir);
  const file = join(dir, 'pre-push');
  writeFileSync(file, text);
  chmodSync(file, 0o755);
  return dir;
}

/**
 * pre-push: a real `git push` of 10 commits to develop on a bare repository, with
 * core.hooksPath pointing at a folder holding the hook.
 */
export async function prePush(ctx) {
  const size = ctx.quick ? 1000 : 10000;
  const base = generateGitflow(join(WORK, `gitflow-${size}`), { commits: size, seed: 1 });
  const root = join(WORK, 'pre-push');
  rmSync(root, { recursive: true, force: true });
  const remote = join(root, 'remote.git');
  const clone = join(root, 'clone');
  git(WORK, ['clone', '-q', '--bare', base.dir, remote]);
  git(WORK, ['clone', '-q', remote, clone]);
  git(clone, ['checkout', '-q', 'develop']);
  const from = git(clone, ['rev-parse', 'origin/develop']).stdout.trim();
  const to = appendCommits(clone, 'develop', 10, { seed: 11 });
  const count = Number(git(clone, ['rev-list', '--count', `${from}..${to}`]).stdout.trim());

  const hooks = join(root, 'hooks');
  // The tool runs as shipped: the command line of hooks/pre-push, pointed at the measured bundle.
  const shippedLine = readFileSync(join(ROOT, 'hooks', 'pre-push'), 'utf8')
    .trim()
    .split('\n')
    .at(-1);
  const toolLine = shippedLine.replace('"$(dirname "$0")/../dist/cli/index.js"', `"${CLI}"`);
  if (toolLine === shippedLine) throw new Error(`hooks/pre-push no longer ends with the expected line: ${shippedLine}`);
  const codeCache = join(dirname(CLI), '.cache');
  const dirs = {
    // The hook as shipped, untimed inside (used for the push-delta figure).
    plain: writeHook(join(hooks, 'plain'), `#!/bin/sh\n${toolLine}\n`),
    none: ensureDir(join(hooks, 'none')),
    tool: writeHook(join(hooks, 'tool'), timedHook(toolLine)),
    // The same, with V8's code cache removed before each run (untimed): a first push after install.
    cold: writeHook(join(hooks, 'cold'), timedHook(toolLine, `rm -rf "${codeCache}"`)),
    // The floor: a bare node start plus the git commands the hook cannot avoid, run directly.
    floor: writeHook(
      join(hooks, 'floor'),
      timedHook(`read lref lsha rref rsha
node -e 0
git rev-parse --git-common-dir --show-object-format >/dev/null
git cat-file blob "$rsha:.gitops.yml" >/dev/null
git for-each-ref "refs/remotes/$1" >/dev/null
git merge-base "$rsha" "$lsha" >/dev/null
git log -z --format='${LOG_FORMAT}' "$rsha..$lsha" >/dev/null`),
    ),
    // The peer: commitlint over the same range, as a pre-push hook would run it.
    peer: writeHook(
      join(hooks, 'peer'),
      timedHook(`read lref lsha rref rsha
node "${COMMITLINT}" --config "${COMMITLINT_CONFIG}" --from "$rsha" --to "$lsha" >/dev/null`),
    ),
    trace: writeHook(join(hooks, 'trace'), `#!/bin/sh\nGIT_TRACE="$BENCH_TRACE" exec node "${CLI}" pre-push "$@"\n`),
  };
  const logFile = join(root, 'hook.log');
  const env = benchEnv({ BENCH_HOOK_LOG: logFile, BENCH_TRACE: join(root, 'trace.log') });

  const reset = () => {
    git(remote, ['update-ref', 'refs/heads/develop', from]);
    git(clone, ['update-ref', 'refs/remotes/origin/develop', from]);
  };
  // This machine's NODE_EXTRA_CA_CERTS, which benchEnv drops: the shipped hook must not pay for it.
  const caFile = process.env.NODE_EXTRA_CA_CERTS;
  const envWithCa = caFile ? { ...env, NODE_EXTRA_CA_CERTS: caFile } : undefined;
  const push = (variant, withCa = false) => {
    reset();
    rmSync(logFile, { force: true });
    const r = timeProcess('git', ['-c', `core.hooksPath=${dirs[variant]}`, 'push', '-q', 'origin', 'develop'], {
      cwd: clone,
      env: withCa ? envWithCa : env,
    });
    let hookMs = null;
    let hookStatus = null;
    if (existsSync(logFile)) {
      const [s, e, rc] = readFileSync(logFile, 'utf8').trim().split(' ');
      hookMs = Number(BigInt(e) - BigInt(s)) / 1e6;
      hookStatus = Number(rc);
    }
    return { ms: hookMs ?? r.ms, pushMs: r.ms, status: r.status, hookStatus };
  };

  // Which git commands the tool's hook runs, once, from GIT_TRACE.
  push('trace');
  const traced = existsSync(env.BENCH_TRACE)
    ? readFileSync(env.BENCH_TRACE, 'utf8')
        .split('\n')
        .filter((l) => /trace: (built-in|exec|run_command): git /.test(l))
        .map((l) => l.replace(/^.*trace: (built-in|exec|run_command): /, ''))
    : [];

  const runs = ctx.quick ? 5 : 15;
  ctx.log(`  pre-push: ${count} commits onto develop of a ${base.made}-commit repo, ${runs} rounds`);
  const hook = compare(
    {
      tool: () => push('tool'),
      floor: () => push('floor'),
      peer: () => push('peer'),
      'tool, no code cache': () => push('cold'),
      'tool, NODE_EXTRA_CA_CERTS set': envWithCa && (() => push('tool', true)),
    },
    { runs, warmup: 1, log: ctx.log },
  );
  const nodeStart = compare(
    {
      'node -e 0': () => timeProcess(process.execPath, ['-e', '0'], { env }),
      'node -e 0, NODE_EXTRA_CA_CERTS set':
        envWithCa && (() => timeProcess(process.execPath, ['-e', '0'], { env: envWithCa })),
    },
    { runs, warmup: 1, log: ctx.log },
  );
  const pushes = compare(
    {
      'push, no hook': () => ({ ms: push('none').pushMs }),
      'push, one-line hook': () => ({ ms: push('plain').pushMs }),
    },
    { runs, warmup: 1, log: ctx.log },
  );
  const toolStatus = hook.last.tool.hookStatus;
  const t = hook.stats.tool.median;
  const f = hook.stats.floor.median;
  const p = hook.stats.peer.median;
  const delta = round(pushes.stats['push, one-line hook'].median - pushes.stats['push, no hook'].median);
  return {
    id: 'pre-push',
    title: 'pre-push: hook latency, 10-commit push through a real git push',
    cases: [
      {
        label: `${count} commits, develop, ${base.made}-commit repo`,
        tool: hook.stats.tool,
        floor: hook.stats.floor,
        peer: hook.stats.peer,
        ratios: { toolOverFloor: ratio(t, f), peerOverTool: ratio(p, t) },
        extra: {
          hookExitStatus: toolStatus,
          peerExitStatus: hook.last.peer.hookStatus,
          pushNoHook: pushes.stats['push, no hook'],
          pushOneLineHook: pushes.stats['push, one-line hook'],
          pushDeltaMedianMs: delta,
          toolWithoutCodeCache: hook.stats['tool, no code cache'],
          ...(envWithCa ? { toolWithNodeExtraCaCertsSet: hook.stats['tool, NODE_EXTRA_CA_CERTS set'] } : {}),
          nodeStart: nodeStart.stats['node -e 0'],
          ...(envWithCa
            ? { nodeStartWithNodeExtraCaCertsSet: nodeStart.stats['node -e 0, NODE_EXTRA_CA_CERTS set'] }
            : {}),
          gitCommandsRunByHook: traced,
        },
      },
    ],
    target: {
      text: 'median < 150 ms and ≤ 2× floor',
      met: t < 150 && t <= 2 * f,
      detail: `median ${t} ms (${t < 150 ? '<' : '≥'} 150), ${ratio(t, f)}× floor (${t <= 2 * f ? '≤' : '>'} 2)`,
    },
    floorText:
      'in the same timed hook: `node -e 0` + `git rev-parse --git-common-dir --show-object-format`, `git cat-file blob <remote>:.gitops.yml`, `git for-each-ref refs/remotes/<remote>`, `git merge-base`, `git log -z` (the tool’s fields) of the range',
    peerText: '`commitlint --from <remote sha> --to <local sha>` (config-conventional) in the same timed hook',
    // For a profile, the hook's command run directly with git's stdin line, after the same reset.
    profile: {
      args: [CLI, 'pre-push', 'origin', remote],
      cwd: clone,
      input: `refs/heads/develop ${to} refs/heads/develop ${from}\n`,
      before: reset,
    },
  };
}
