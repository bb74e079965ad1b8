import { isObj, podSpecSegs } from './diff.js';
import type { DescObject } from './load.js';
import { addQuantity, type Quantity, tryParseQuantity, ZERO_QUANTITY } from './quantity.js';
import { containersOf } from './workload.js';

/**
 * What a workload asks of the cluster (the capacity and max-per-service checks read it), from
 * its body, or from the plan cache's entry, where it was stored beside the body: the capacity
 * check reads every workload of both revisions, and a file the push did not change should not
 * have its body parsed only to be summed again (see disk-cache.ts).
 */
export interface DemandCore {
  /** Per replica: requests (limits where a request is missing), summed over the containers. */
  perReplica: { cpu?: Quantity; memory?: Quantity };
  /** Per replica: the limits alone, for max-per-service (a replica may burst to its limit). */
  limits: { cpu?: Quantity; memory?: Quantity };
  replicas: number;
  note?: string;
  /** Where in the body the demand is written (strings only, so it can be stored). */
  segs: string[];
}

export interface Demand extends DemandCore {
  obj: DescObject;
}

const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** Demands by parsed body: one body placed on both sides and in several targets is read once. */
const byBody = new WeakMap<object, DemandCore | null>();

/** What one service asks for: per replica (requests, else limits) and how many replicas. */
export function demandOf(obj: DescObject): Demand | undefined {
  const core = demandCoreOf(obj);
  return core ? { ...core, obj } : undefined;
}

export function demandCoreOf(obj: DescObject): DemandCore | null {
  if (obj.stored?.demand !== undefined) return obj.stored.demand;
  let d = byBody.get(obj.body);
  if (d === undefined) {
    d = readDemand(obj);
    byBody.set(obj.body, d);
  }
  return d;
}

function readDemand(obj: DescObject): DemandCore | null {
  const b = obj.body;
  if (obj.descriptor) {
    if (!isObj(b.resources)) return null;
    const r = b.resources;
    const replicas = typeof r.replicas === 'number' && Number.isInteger(r.replicas) && r.replicas >= 0 ? r.replicas : 1;
    return {
      perReplica: { cpu: tryParseQuantity(r.cpu), memory: tryParseQuantity(r.memory) },
      limits: {},
      replicas,
      segs: ['resources'],
    };
  }
  const daemon = obj.kind === 'DaemonSet';
  if (!REPLICATED.has(obj.kind) && !daemon) return null;
  const spec = isObj(b.spec) ? b.spec : {};
  const replicas = daemon
    ? 1
    : typeof spec.replicas === 'number' && Number.isInteger(spec.replicas) && spec.replicas >= 0
      ? spec.replicas
      : 1;
  const per: { cpu?: Quantity; memory?: Quantity } = {};
  const limits: { cpu?: Quantity; memory?: Quantity } = {};
  for (const ref of containersOf(obj, ['containers']).values()) {
    const res = isObj(ref.container.resources) ? ref.container.resources : {};
    for (const r of ['cpu', 'memory'] as const) {
      const limit = tryParseQuantity(isObj(res.limits) ? res.limits[r] : undefined);
      const q = tryParseQuantity(isObj(res.requests) ? res.requests[r] : undefined) ?? limit;
      if (q) per[r] = addQuantity(per[r] ?? ZERO_QUANTITY, q);
      if (limit) limits[r] = addQuantity(limits[r] ?? ZERO_QUANTITY, limit);
    }
  }
  return {
    perReplica: per,
    limits,
    replicas,
    note: daemon ? 'a DaemonSet counts as 1 replica (one per node is not known here)' : undefined,
    segs: podSpecSegs(obj.kind) ?? [],
  };
}

/** A quantity as JSON holds it exactly: the mantissa's digits and the exponent. */
type StoredQuantity = [string, number];
interface StoredPair {
  cpu?: StoredQuantity;
  memory?: StoredQuantity;
}
export interface StoredDemand {
  perReplica: StoredPair;
  limits: StoredPair;
  replicas: number;
  note?: string;
  segs: string[];
}

export function storeDemand(core: DemandCore | null): StoredDemand | null {
  if (!core) return null;
  const pair = (p: DemandCore['limits']): StoredPair => {
    const out: StoredPair = {};
    for (const r of ['cpu', 'memory'] as const) {
      const q = p[r];
      if (q) out[r] = [q.mantissa.toString(), q.exponent];
    }
    return out;
  };
  const stored: StoredDemand = {
    perReplica: pair(core.perReplica),
    limits: pair(core.limits),
    replicas: core.replicas,
    segs: core.segs,
  };
  if (core.note !== undefined) stored.note = core.note;
  return stored;
}

/** The demand an entry stored, or undefined when it is not one (the entry is then not used). */
export function loadDemand(stored: unknown): DemandCore | null | undefined {
  if (stored === null) return null;
  if (!isObj(stored) || !isObj(stored.perReplica) || !isObj(stored.limits)) return undefined;
  if (typeof stored.replicas !== 'number' || !Array.isArray(stored.segs)) return undefined;
  if (!stored.segs.every((s) => typeof s === 'string')) return undefined;
  if (stored.note !== undefined && typeof stored.note !== 'string') return undefined;
  const pair = (p: Record<string, unknown>): DemandCore['limits'] | undefined => {
    const out: DemandCore['limits'] = {};
    for (const r of ['cpu', 'memory'] as const) {
      const v = p[r];
      if (v === undefined) continue;
      if (!Array.isArray(v) || typeof v[0] !== 'string' || !/^-?\d{1,400}$/.test(v[0]) || !Number.isInteger(v[1])) {
        return undefined;
      }
      out[r] = { mantissa: BigInt(v[0]), exponent: v[1] as number };
    }
    return out;
  };
  const perReplica = pair(stored.perReplica);
  const limits = pair(stored.limits);
  if (!perReplica || !limits) return undefined;
  const core: DemandCore = { perReplica, limits, replicas: stored.replicas, segs: stored.segs as string[] };
  if (stored.note !== undefined) core.note = stored.note as string;
  return core;
}
