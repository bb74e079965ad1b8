import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnv, ensureDir, round, stats, WORK } from './util.mjs';

/**
 * One timed process: wall time from spawn to exit, measured in this process, stdout and stderr
 * read into buffers (as a caller of the tool would). Never through a shell.
 */
export function timeProcess(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: options.cwd,
    env: options.env ?? benchEnv(),
    input: options.input,
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (/Cannot find module|ERR_MODULE_NOT_FOUND/.test(String(r.stderr))) {
    throw new Error(`${args[0] ?? cmd} could not load: ${String(r.stderr).slice(0, 300)}`);
  }
  if (options.okStatus && !options.okStatus.includes(r.status)) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status} (expected ${options.okStatus.join('/')}): ${String(r.stderr).slice(0, 1500)}`,
    );
  }
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A sequence of processes timed as one (a floor made of several git commands). */
export function timeSequence(steps) {
  const start = process.hrtime.bigint();
  for (const [cmd, args, options] of steps) {
    const r = spawnSync(cmd, args, { cwd: options?.cwd, env: options?.env ?? benchEnv(), maxBuffer: 1 << 30 });
    if (r.error) throw r.error;
    if (r.status !== 0)
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/**
 * Runs each contestant `warmup` times, then `runs` rounds in which every contestant runs once,
 * interleaved, so a burst of load from elsewhere on the machine hits all of them alike.
 * `contestants` maps a name to a function returning `{ms}`. Returns stats per name.
 */
export function compare(contestants, { runs, warmup = 1, log = () => {} }) {
  const names = Object.keys(contestants).filter((n) => contestants[n]);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const last = {};
  for (let w = 0; w < warmup; w++) for (const n of names) last[n] = contestants[n]();
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      const r = contestants[n]();
      last[n] = r;
      samples[n].push(r.ms);
    }
    log(`    round ${i + 1}/${runs}: ${names.map((n) => `${n} ${round(samples[n][i])} ms`).join(', ')}`);
  }
  return { stats: Object.fromEntries(names.map((n) => [n, stats(samples[n])])), last };
}

export const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);

/**
 * Profiles one run of `node <args>` with --cpu-prof and returns the top frames by self time and
 * by inclusive time (named functions only), from the .cpuprofile's samples.
 */
export function profile(name, args, options = {}) {
  const dir = ensureDir(join(WORK, 'profiles', name));
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
  spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', ...args], {
    cwd: options.cwd,
    env: options.env ?? benchEnv(),
    input: options.input,
    maxBuffer: 1 << 30,
  });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return null;
  return { file: join(dir, file), ...summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8'))) };
}

export function summarizeProfile(prof, top = 12) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    selfMs.set(id, (selfMs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  }
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\/(dist|node_modules|bench)\//, '$1/') : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const self = new Map();
  const incl = new Map();
  for (const [id, ms] of selfMs) {
    const n = byId.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    // Inclusive: each distinct frame on the stack once (recursion counted once).
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (!node.callFrame.functionName || node.callFrame.functionName.startsWith('(')) continue;
      const l = label(node);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + ms);
    }
  }
  const rows = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, ms]) => ({ frame, ms: round(ms), share: round((ms / total) * 100) }));
  return { totalMs: round(total), self: rows(self), inclusive: rows(incl) };
}
