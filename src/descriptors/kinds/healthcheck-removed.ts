import { isObj, type Obj, type Seg } from '../diff.js';
import type { DescObject } from '../load.js';
import { containersOf } from '../workload.js';
import { acceptHint, type KindCheck, type RawFinding } from './types.js';

/** Zero for `0`, `"0"`, `"0s"`, `"0ms"`, `"0.0s"`; undefined when it is not a duration. */
function durationIsZero(v: unknown): boolean | undefined {
  if (typeof v === 'number') return v === 0;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)?$/.exec(v.trim());
  if (!m) return undefined;
  return Number(m[1]) === 0;
}

function health(obj: DescObject, segs: Seg[], what: string, before: unknown, after: unknown, out: RawFinding[]) {
  out.push({
    kind: 'healthcheck-removed',
    obj,
    segs,
    message: `${obj.id}: ${what}`,
    hint: `Keep the health check, or ${acceptHint('healthcheck-removed')}`,
    before,
    after,
  });
}

function descriptorHealth(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  if (!before) return;
  const a = before.body.healthcheck;
  const b = after.body.healthcheck;
  if (a === undefined || a === null) return;
  if (b === undefined || b === null) {
    health(after, ['healthcheck'], 'the health check is removed', a, b ?? undefined, out);
    return;
  }
  if (!isObj(a) || !isObj(b)) return;
  const endpoints = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
  const kept = new Set(endpoints(b.endpoints));
  for (const e of endpoints(a.endpoints)) {
    if (!kept.has(e)) health(after, ['healthcheck', 'endpoints'], `health endpoint ${e} is removed`, e, undefined, out);
  }
  if (a.retries !== 0 && b.retries === 0) {
    health(after, ['healthcheck', 'retries'], 'health check retries drop to 0', a.retries, b.retries, out);
  }
  if (durationIsZero(a.timeout) !== true && durationIsZero(b.timeout) === true) {
    health(after, ['healthcheck', 'timeout'], 'health check timeout drops to 0', a.timeout, b.timeout, out);
  }
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/** A probe that always passes (`exec: {command: [true]}`, `sh -c 'exit 0'`) checks nothing. */
export function isNeutered(probe: Obj): boolean {
  if (!isObj(probe.exec) || !Array.isArray(probe.exec.command)) return false;
  const words = probe.exec.command.map((w) => String(w).trim());
  const last = words[words.length - 1] ?? '';
  const shell = words.length === 3 && /(^|\/)(ba|da|z)?sh$/.test(words[0] ?? '') && words[1] === '-c';
  const always = (s: string) => /^(\/(usr\/)?bin\/)?true$|^exit 0$|^:$/.test(s.trim());
  return (words.length === 1 && always(last)) || (shell && always(last));
}

function probes(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  if (!before) return;
  const old = containersOf(before, ['containers']);
  for (const [key, ref] of containersOf(after, ['containers'])) {
    const prev = old.get(key);
    if (!prev) continue;
    const name = ref.container.name as string;
    for (const probe of PROBES) {
      const a = prev.container[probe];
      const b = ref.container[probe];
      if (!isObj(a)) continue;
      if (!isObj(b)) {
        health(after, [...ref.segs, probe], `container ${name} loses its ${probe}`, a, b, out);
        continue;
      }
      if (isNeutered(b) && !isNeutered(a)) {
        health(after, [...ref.segs, probe, 'exec'], `container ${name} ${probe} now always passes`, a, b.exec, out);
        continue;
      }
      for (const field of ['failureThreshold', 'timeoutSeconds']) {
        if (a[field] !== 0 && b[field] === 0) {
          health(
            after,
            [...ref.segs, probe, field],
            `container ${name} ${probe} ${field} drops to 0`,
            a[field],
            0,
            out,
          );
        }
      }
    }
  }
}

export const healthcheckRemoved: KindCheck = {
  kind: 'healthcheck-removed',
  summary:
    'a descriptor health check or endpoint is removed or its retries/timeout drop to 0; a container loses a probe, a probe is neutered to always pass (`exec: [true]`), or its failureThreshold/timeoutSeconds drop to 0',
  pair({ before, after }) {
    if (!after) return [];
    const out: RawFinding[] = [];
    if (after.descriptor) descriptorHealth(before, after, out);
    else probes(before, after, out);
    return out;
  },
};
