import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { generateDescriptors } from '../generators/descriptors.mjs';
import { compare, ratio, timeProcess } from '../lib/measure.mjs';
import { readTexts, yamlBlobs } from '../lib/read-floor.mjs';
import { BENCH_DIR, benchEnv, CLI, round, WORK } from '../lib/util.mjs';

/**
 * The documents of the release's distinct YAML blobs as JSON (js-yaml's reading), for the read
 * floor: written once per release.
 */
function prepareReadFloor(fleet) {
  const file = join(WORK, `read-floor-${fleet.to.slice(0, 12)}.json`);
  if (!existsSync(file)) {
    const texts = readTexts(yamlBlobs(fleet.from, fleet.to, fleet.dir), fleet.dir);
    writeFileSync(file, JSON.stringify(texts.map((t) => jsYaml.loadAll(t))));
  }
  return file;
}

/**
 * plan-scale: does the plan's time grow with the change, not with the repository?
 *
 * - one service changed among 2,000, against one changed among 20 (same services, same files per
 *   service): target within 3× (the issue measured 4.6 s against 0.24 s before);
 * - a cold plan of a whole release (2,000 services, a tenth changed, ~10 MB a side): target at
 *   least 30 MB/s of YAML, counting both revisions' descriptor files. Cold means the parse cache
 *   off (`GITOPS_ACTION_PLAN_CACHE=0`): every file is read from git and parsed, as on a first
 *   run or in the Action. The same plan with a warm cache is reported beside it.
 */
export async function planScale(ctx) {
  const big = ctx.quick ? 500 : 2000;
  const small = generateDescriptors(join(WORK, 'descriptors-one-20'), { services: 20, seed: 1, release: 'one' });
  const large = generateDescriptors(join(WORK, `descriptors-one-${big}`), { services: big, seed: 1, release: 'one' });
  const fleet = generateDescriptors(join(WORK, `descriptors-${big}`), { services: big, seed: 1 });
  const runs = ctx.quick ? 3 : 7;
  const plan =
    (repo, env = undefined) =>
    () =>
      timeProcess(process.execPath, [CLI, 'plan', '--from', repo.from, '--to', repo.to], {
        cwd: repo.dir,
        okStatus: [0, 1],
        env,
      });
  ctx.log(
    `  plan-scale: one service changed in 20 and in ${big}; a release of ${big} (${round(fleet.bytesFrom / 1e6)} MB a side)`,
  );
  const one = compare({ tool: plan(large), floor: plan(small) }, { runs, warmup: 1, log: ctx.log });
  const values = prepareReadFloor(fleet);
  const readFloor = () =>
    timeProcess(process.execPath, [join(BENCH_DIR, 'lib', 'read-floor.mjs'), fleet.from, fleet.to, values], {
      cwd: fleet.dir,
      okStatus: [0],
    });
  const cold = compare(
    { tool: plan(fleet, benchEnv({ GITOPS_ACTION_PLAN_CACHE: '0' })), warm: plan(fleet), floor: readFloor },
    { runs: ctx.quick ? 2 : 5, warmup: 1, log: ctx.log },
  );
  const growth = ratio(one.stats.tool.median, one.stats.floor.median);
  const bytes = fleet.bytesFrom * 2;
  const mbps = round(bytes / 1e6 / (cold.stats.tool.median / 1000));
  const warmMbps = round(bytes / 1e6 / (cold.stats.warm.median / 1000));
  const floorMbps = round(bytes / 1e6 / (cold.stats.floor.median / 1000));
  const floorParts = JSON.parse(String(cold.last.floor.stdout));
  return {
    id: 'plan-scale',
    title: 'plan-scale: time grows with the change, not with the repository',
    cases: [
      {
        label: `one service changed: ${big} services (tool) against 20 (floor)`,
        tool: one.stats.tool,
        floor: one.stats.floor,
        peer: null,
        ratios: { toolOverFloor: growth },
        extra: { summary: String(one.last.tool.stdout).trim().split('\n').pop() },
      },
      {
        label: `a release of ${big} services, ${round(bytes / 1e6)} MB of YAML over both revisions, cache off: ${mbps} MB/s (with a warm cache: ${warmMbps} MB/s); floor: reading it from git and building it with JSON.parse, no plan (${floorMbps} MB/s)`,
        tool: cold.stats.tool,
        floor: cold.stats.floor,
        peer: null,
        ratios: { toolOverFloor: ratio(cold.stats.tool.median, cold.stats.floor.median) },
        extra: {
          mbPerSecond: mbps,
          warmCacheMbPerSecond: warmMbps,
          warmCache: cold.stats.warm,
          readFloorMbPerSecond: floorMbps,
          readFloorParts: `in the floor's last run: git and decoding ${round(floorParts.readMs)} ms, JSON.parse ${round(floorParts.buildMs)} ms, ${floorParts.blobs} distinct blobs, ${round(floorParts.bytes / 1e6)} MB, ${floorParts.documents} documents`,
          summary: String(cold.last.tool.stdout).trim().split('\n').pop(),
        },
      },
    ],
    target: {
      text: `one change in ${big} services ≤ 3× one in 20; a cold release (cache off) at ≥ 30 MB/s of YAML`,
      met: growth <= 3 && mbps >= 30,
      detail: `${growth}× the 20-service plan; ${mbps} MB/s cold (${warmMbps} MB/s with a warm cache; the read floor alone, no plan, ${floorMbps} MB/s)`,
    },
    floorText:
      'for one change, the same `plan` over 20 services with one changed; for the release, the read floor: listing both revisions, reading and decoding every distinct YAML blob from git, and building the same documents with `JSON.parse`, with no plan',
    peerText: null,
    profile: { args: [CLI, 'plan', '--from', large.from, '--to', large.to], cwd: large.dir },
  };
}
