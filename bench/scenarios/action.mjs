import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appendCommits, generateGitflow } from '../generators/gitflow.mjs';
import { compare, ratio, timeProcess } from '../lib/measure.mjs';
import { ACTION, benchEnv, ensureDir, git, ROOT, WORK } from '../lib/util.mjs';

/** A real push payload from @octokit/webhooks-examples, pointed at our shas; a minimal one without it. */
function pushPayload(fields) {
  let base = {};
  try {
    const examples = createRequire(join(ROOT, 'package.json'))('@octokit/webhooks-examples');
    base = examples.find((e) => e.name === 'push')?.examples?.[0] ?? {};
  } catch {}
  return {
    ...base,
    ...fields,
    created: false,
    deleted: false,
    forced: false,
    commits: [],
    repository: { ...(base.repository ?? {}), full_name: 'octo-org/deploys', default_branch: 'main' },
  };
}

/** A placeholder bundle is a few lines; the real one is an ncc bundle of the Action. */
export function actionBundleState() {
  if (!existsSync(ACTION)) return 'dist/index.js missing';
  const text = readFileSync(ACTION, 'utf8');
  if (text.length < 10_000) return 'dist/index.js is a placeholder';
  return null;
}

/** action: dist/index.js from process start to exit on a 20-commit push event, no API call. */
export async function action(ctx) {
  const missing = actionBundleState();
  const title = 'action: dist/index.js cold start, 20-commit push event';
  if (missing)
    return {
      id: 'action',
      title,
      notMeasured: missing,
      cases: [],
      target: { text: '< 400 ms', met: null, detail: `not measured (${missing})` },
    };
  const base = generateGitflow(join(WORK, 'gitflow-1000'), { commits: 1000, seed: 1 });
  const root = join(WORK, 'action');
  rmSync(root, { recursive: true, force: true });
  const ws = join(root, 'workspace');
  git(WORK, ['clone', '-q', base.dir, ws]);
  git(ws, ['checkout', '-q', 'develop']);
  const before = git(ws, ['rev-parse', 'develop']).stdout.trim();
  const after = appendCommits(ws, 'develop', 20, { seed: 21 });
  git(ws, ['checkout', '-q', '-f', after]);
  const count = Number(git(ws, ['rev-list', '--count', `${before}..${after}`]).stdout.trim());
  const tmp = ensureDir(join(root, 'runner'));
  const eventPath = join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pushPayload({ ref: 'refs/heads/develop', before, after })));
  const output = join(tmp, 'output');
  const summary = join(tmp, 'summary');
  const env = benchEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'octo-org/deploys',
    GITHUB_REF: 'refs/heads/develop',
    GITHUB_SHA: after,
    // Unreachable on purpose: with no token-using feature on, no request is made.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    INPUT_CONFIG: '.gitops.yml',
    INPUT_TOKEN: '',
    'INPUT_FAIL-ON': 'error',
    'INPUT_FETCH-HISTORY': 'true',
    'INPUT_CREATE-TAG': 'false',
    INPUT_COMMENT: 'true',
  });
  const runAction = () => {
    writeFileSync(output, '');
    writeFileSync(summary, '');
    return timeProcess(process.execPath, [ACTION], { cwd: ws, env, okStatus: [0, 1] });
  };
  const runs = ctx.quick ? 5 : 15;
  ctx.log(`  action: push of ${count} commits to develop, ${runs} rounds`);
  const r = compare(
    { tool: runAction, floor: () => timeProcess(process.execPath, ['-e', '0'], { cwd: ws, okStatus: [0] }) },
    { runs, warmup: 1, log: ctx.log },
  );
  runAction();
  const outputs = readFileSync(output, 'utf8');
  const decision =
    /decision<<([^\n]+)\n([^\n]*)/.exec(outputs)?.[2] ?? /^decision=(.*)$/m.exec(outputs)?.[1] ?? 'unknown';
  const t = r.stats.tool.median;
  return {
    id: 'action',
    title,
    cases: [
      {
        label: `push of ${count} commits to develop (before..after from git), no token`,
        tool: r.stats.tool,
        floor: r.stats.floor,
        peer: null,
        ratios: { toolOverFloor: ratio(t, r.stats.floor.median) },
        extra: { exitStatus: r.last.tool.status, decision, stderr: String(r.last.tool.stderr).slice(0, 300) },
      },
    ],
    target: { text: '< 400 ms', met: t < 400, detail: `median ${t} ms` },
    floorText: '`node -e 0`',
    peerText: null,
    profile: { args: [ACTION], cwd: ws, env },
  };
}
