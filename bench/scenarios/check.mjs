import { join } from 'node:path';
import { generateGitflow } from '../generators/gitflow.mjs';
import { compare, ratio, timeProcess } from '../lib/measure.mjs';
import { CLI, COMMITLINT, COMMITLINT_CONFIG, git, WORK } from '../lib/util.mjs';

export const LOG_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00%(trailers:only,unfold)';

/**
 * The newest release tag `T` such that `T..main` holds at least `want` commits: a deploy range
 * from an old release to today, inside a repository whose history goes on well past it.
 */
function tagForRange(dir, want) {
  const tags = git(dir, ['tag', '--merged', 'main', '--sort=-v:refname', '--list', 'v*.0'])
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
  const count = (t) => Number(git(dir, ['rev-list', '--count', `${t}..main`]).stdout.trim());
  let lo = 0;
  let hi = tags.length - 1;
  if (count(tags[hi]) < want) return { tag: tags[hi], commits: count(tags[hi]) };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (count(tags[mid]) >= want) hi = mid;
    else lo = mid + 1;
  }
  return { tag: tags[lo], commits: count(tags[lo]) };
}

/** check: the whole policy over a 1k and a 10k-commit range of main, in the 100k-commit repository. */
export async function check(ctx) {
  const size = ctx.quick ? 10000 : 100000;
  const repo = generateGitflow(join(WORK, `gitflow-${size}`), { commits: size, seed: 1 });
  const wants = ctx.quick ? [1000] : [1000, 10000];
  const cases = [];
  for (const want of wants) {
    const { tag, commits } = tagForRange(repo.dir, want);
    const from = git(repo.dir, ['rev-parse', `${tag}^{commit}`]).stdout.trim();
    const to = repo.main;
    const runs = ctx.quick ? 3 : want >= 10000 ? 5 : 9;
    ctx.log(`  check: ${tag}..main, ${commits} commits, ${runs} rounds`);
    const r = compare(
      {
        tool: () =>
          timeProcess(process.execPath, [CLI, 'check', '--from', from, '--to', to, '--ref', 'main'], {
            cwd: repo.dir,
            okStatus: [0, 1],
          }),
        floor: () =>
          timeProcess('git', ['log', '-z', `--format=${LOG_FORMAT}`, `${from}..${to}`], {
            cwd: repo.dir,
            okStatus: [0],
          }),
        peer: () =>
          timeProcess(process.execPath, [COMMITLINT, '--config', COMMITLINT_CONFIG, '--from', from, '--to', to], {
            cwd: repo.dir,
            okStatus: [0, 1],
          }),
      },
      { runs, warmup: 1, log: ctx.log },
    );
    const out = String(r.last.tool.stdout);
    const head = out.split('\n')[0];
    const summary = out.trim().split('\n').pop();
    cases.push({
      label: `${commits} commits (${tag}..main), ${repo.made}-commit repo`,
      commits,
      tool: r.stats.tool,
      floor: r.stats.floor,
      peer: r.stats.peer,
      ratios: {
        toolOverFloor: ratio(r.stats.tool.median, r.stats.floor.median),
        peerOverTool: ratio(r.stats.peer.median, r.stats.tool.median),
      },
      extra: {
        toolExitStatus: r.last.tool.status,
        toolDecision: head,
        toolSummary: summary,
        peerExitStatus: r.last.peer.status,
      },
      profile: { args: [CLI, 'check', '--from', from, '--to', to, '--ref', 'main'], cwd: repo.dir },
    });
  }
  const big = cases.find((c) => c.commits >= 9000);
  const met = big ? big.tool.median <= 1000 : null;
  return {
    id: 'check',
    title: 'check: the policy over 1k and 10k-commit ranges',
    cases,
    target: {
      text: '10k commits well under 2 s (read as: median ≤ 1 s, half the budget)',
      met,
      detail: big ? `10k median ${big.tool.median} ms` : 'not measured in --quick (no 10k range)',
    },
    floorText: '`git log -z` of the same range with the tool’s ten NUL-separated fields',
    peerText: '`commitlint --from A --to B` with @commitlint/config-conventional',
    profile: big?.profile,
  };
}
