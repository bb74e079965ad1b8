import { join } from 'node:path';
import { generateGitflow } from '../generators/gitflow.mjs';
import { compare, ratio, timeProcess, timeSequence } from '../lib/measure.mjs';
import { CLI, CRB, git, WORK } from '../lib/util.mjs';

/** version: on main and on develop of the 100k-commit repository (5,000 tags, 2,000 release merges). */
export async function version(ctx) {
  const size = ctx.quick ? 10000 : 100000;
  const repo = generateGitflow(join(WORK, `gitflow-${size}`), { commits: size, seed: 1 });
  const cases = [];
  for (const branch of ['main', 'develop']) {
    // The base tag: the highest semver tag reachable from the branch (setup only, not timed).
    const base = git(repo.dir, ['tag', '--merged', branch, '--sort=-v:refname', '--list', 'v*'])
      .stdout.trim()
      .split('\n')[0];
    const walk = Number(git(repo.dir, ['rev-list', '--count', `${base}..${branch}`]).stdout.trim());
    // conventional-recommended-bump reads HEAD: check the branch out for both.
    git(repo.dir, ['checkout', '-q', '-f', branch]);
    const runs = ctx.quick ? 3 : 9;
    ctx.log(`  version: ${branch}, base ${base}, ${walk} commits to walk, ${runs} rounds`);
    const r = compare(
      {
        tool: () =>
          timeProcess(process.execPath, [CLI, 'version', '--ref', branch, '--format', 'json'], {
            cwd: repo.dir,
            okStatus: [0],
          }),
        floor: () =>
          timeSequence([
            [
              'git',
              ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags'],
              { cwd: repo.dir },
            ],
            ['git', ['log', '-z', '--format=%H%x00%P%x00%B', branch, `^${base}`], { cwd: repo.dir }],
          ]),
        peer: () =>
          timeProcess(process.execPath, [CRB, '-p', 'conventionalcommits', '-t', 'v'], {
            cwd: repo.dir,
            okStatus: [0],
          }),
        // Context only: a process of its own cannot start faster than this.
        node: () => timeProcess(process.execPath, ['-e', '0'], { cwd: repo.dir, okStatus: [0] }),
      },
      { runs, warmup: 1, log: ctx.log },
    );
    let answer = String(r.last.tool.stdout).trim();
    try {
      const j = JSON.parse(answer);
      answer = `${j.version} (${j.bump} from ${j.previousVersion}, ${j.source})`;
    } catch {}
    cases.push({
      label: `${branch} of the ${repo.made}-commit repo (${repo.tags} tags), base ${base}`,
      tool: r.stats.tool,
      floor: r.stats.floor,
      peer: r.stats.peer,
      ratios: {
        toolOverFloor: ratio(r.stats.tool.median, r.stats.floor.median),
        peerOverTool: ratio(r.stats.peer.median, r.stats.tool.median),
      },
      extra: {
        nodeStart: r.stats.node,
        toolOverFloorPlusNodeStart: ratio(r.stats.tool.median, r.stats.floor.median + r.stats.node.median),
        toolAnswer: answer,
        peerAnswer: String(r.last.peer.stdout).trim(),
        walkCommits: walk,
      },
      profile: { args: [CLI, 'version', '--ref', branch, '--format', 'json'], cwd: repo.dir },
    });
  }
  git(repo.dir, ['checkout', '-q', '-f', 'main']);
  const ok = (c) => c.tool.median < 1000 && c.tool.median <= 3 * c.floor.median;
  const worst = cases.find((c) => !ok(c)) ?? cases[0];
  return {
    id: 'version',
    title: 'version: the 100k-commit git-flow repository',
    cases,
    target: {
      text: '< 1 s and ≤ 3× floor (main and develop)',
      met: cases.every(ok),
      detail: cases
        .map(
          (c) =>
            `${c.label.split(' ')[0]}: ${c.tool.median} ms, ${c.ratios.toolOverFloor}× the git floor, ${c.extra.toolOverFloorPlusNodeStart}× the git floor + node -e 0`,
        )
        .join('; '),
    },
    floorText:
      '`git for-each-ref refs/tags` (name, object, peeled object) + `git log -z --format=%H%x00%P%x00%B <branch> ^<base tag>`, run back to back',
    peerText: '`conventional-recommended-bump -p conventionalcommits -t v` on the same checkout',
    profile: worst.profile,
  };
}
