import { join } from 'node:path';
import { generateDescriptors } from '../generators/descriptors.mjs';
import { compare, ratio, timeProcess } from '../lib/measure.mjs';
import { BENCH_DIR, CLI, round, stats, WORK } from '../lib/util.mjs';

/** plan: the destructive diff over 2,000 services (~10 MB of YAML a side). */
export async function plan(ctx) {
  const services = ctx.quick ? 200 : 2000;
  const repo = generateDescriptors(join(WORK, `descriptors-${services}`), { services, seed: 1 });
  const floorScript = join(BENCH_DIR, 'lib', 'yaml-floor.mjs');
  const parseOnly = [];
  let floorInfo = null;
  const runs = ctx.quick ? 3 : 5;
  ctx.log(`  plan: ${services} services, ${round(repo.bytesFrom / 1e6)} MB a side, ${runs} rounds`);
  const r = compare(
    {
      tool: () =>
        timeProcess(process.execPath, [CLI, 'plan', '--from', repo.from, '--to', repo.to], {
          cwd: repo.dir,
          okStatus: [0, 1],
        }),
      floor: () => {
        const f = timeProcess(process.execPath, [floorScript, repo.from, repo.to], { cwd: repo.dir, okStatus: [0] });
        floorInfo = JSON.parse(String(f.stdout));
        parseOnly.push(floorInfo.parseMs);
        return f;
      },
    },
    { runs, warmup: 1, log: ctx.log },
  );
  const parseStats = stats(parseOnly.slice(-runs));
  const t = r.stats.tool.median;
  const f = r.stats.floor.median;
  const out = String(r.last.tool.stdout).trim().split('\n');
  return {
    id: 'plan',
    title: 'plan: 2,000 services, service descriptors + Kubernetes manifests',
    cases: [
      {
        label: `${services} services, ${floorInfo.files} files / ${floorInfo.documents} documents / ${round(floorInfo.bytes / 1e6)} MB over both sides`,
        tool: r.stats.tool,
        floor: r.stats.floor,
        peer: null,
        ratios: { toolOverFloor: ratio(t, f), toolOverParseOnly: ratio(t, parseStats.median) },
        extra: {
          parseOnlyInProcess: parseStats,
          toolExitStatus: r.last.tool.status,
          toolSummary: out[out.length - 1],
          changes: repo.changes,
        },
      },
    ],
    target: {
      text: '≤ 2× the yaml parse floor',
      met: t <= 2 * f,
      detail: `${ratio(t, f)}× the floor process; ${ratio(t, parseStats.median)}× the parse alone`,
    },
    floorText:
      'a Node process that reads both sides from git (`ls-tree` + one `cat-file --batch` a side) and runs `yaml`’s `parseAllDocuments` on each file (no toJS); the parse alone, files preloaded, is reported beside it',
    peerText: null,
    profile: { args: [CLI, 'plan', '--from', repo.from, '--to', repo.to], cwd: repo.dir },
  };
}
