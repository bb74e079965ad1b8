import type { DestructiveConfig } from '../../config/types.js';
import { UsageError } from '../../errors.js';
import { isObj, podSpecSegs, type Seg } from '../diff.js';
import type { DescObject } from '../load.js';
import {
  addQuantity,
  compareQuantity,
  formatQuantity,
  multiplyQuantity,
  parseQuantity,
  type Quantity,
  tryParseQuantity,
  ZERO_QUANTITY,
} from '../quantity.js';
import { containersOf } from '../workload.js';
import { acceptHint, type KindCheck, type PlanView, type RawFinding } from './types.js';

export interface Demand {
  obj: DescObject;
  /** Per replica: requests (limits where a request is missing), summed over the containers. */
  perReplica: { cpu?: Quantity; memory?: Quantity };
  /** Per replica: the limits alone, for max-per-service (a replica may burst to its limit). */
  limits: { cpu?: Quantity; memory?: Quantity };
  replicas: number;
  note?: string;
  segs: Seg[];
}

const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/**
 * Demands by parsed body: a file unchanged between the two revisions is parsed once (one body
 * object, placed on both sides and in every target that deploys it), so its demand is read once.
 */
const demands = new WeakMap<object, Omit<Demand, 'obj'> | null>();

/** What one service asks for: per replica (requests, else limits) and how many replicas. */
export function demandOf(obj: DescObject): Demand | undefined {
  let d = demands.get(obj.body);
  if (d === undefined) {
    d = readDemand(obj) ?? null;
    demands.set(obj.body, d);
  }
  return d ? { ...d, obj } : undefined;
}

function readDemand(obj: DescObject): Omit<Demand, 'obj'> | undefined {
  const b = obj.body;
  if (obj.descriptor) {
    if (!isObj(b.resources)) return undefined;
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
  if (!REPLICATED.has(obj.kind) && !daemon) return undefined;
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
function configQuantity(value: string | undefined, key: string): Quantity | undefined {
  if (value === undefined) return undefined;
  try {
    return parseQuantity(value);
  } catch (e) {
    throw new UsageError(
      `rules.destructive.${key}: ${(e as Error).message}`,
      'Write it as Kubernetes does: 16, 500m, 64Gi.',
    );
  }
}

function totals(demands: Demand[], r: 'cpu' | 'memory'): Quantity {
  let sum = ZERO_QUANTITY;
  for (const d of demands) {
    const q = d.perReplica[r];
    if (q) sum = addQuantity(sum, multiplyQuantity(q, d.replicas));
  }
  return sum;
}

/** Capacity (sum over services of per-replica × replicas) and the per-service maximum. */
function limitsFindings(
  beforeObjects: Iterable<DescObject>,
  afterObjects: Iterable<DescObject>,
  config: DestructiveConfig,
): RawFinding[] {
  const cap = config.capacity;
  const max = config['max-per-service'];
  if (!cap && !max) return [];
  const collect = (objs: Iterable<DescObject>) => {
    const m = new Map<string, Demand>();
    for (const o of objs) {
      const d = demandOf(o);
      if (d) m.set(o.key, d);
    }
    return m;
  };
  const before = collect(beforeObjects);
  const after = collect(afterObjects);
  const out: RawFinding[] = [];
  const afterList = [...after.values()];
  const beforeList = [...before.values()];
  for (const r of ['cpu', 'memory'] as const) {
    const limit = configQuantity(cap?.[r], `capacity.${r}`);
    if (limit) {
      const now = totals(afterList, r);
      const was = totals(beforeList, r);
      if (compareQuantity(now, limit) > 0 && compareQuantity(now, was) > 0) {
        // Blame the service whose demand grew the most.
        let blame: Demand | undefined;
        let most: Quantity | undefined;
        for (const d of afterList) {
          const own = multiplyQuantity(d.perReplica[r] ?? ZERO_QUANTITY, d.replicas);
          const prev = before.get(d.obj.key);
          const had = prev ? multiplyQuantity(prev.perReplica[r] ?? ZERO_QUANTITY, prev.replicas) : ZERO_QUANTITY;
          const grew = addQuantity(own, multiplyQuantity(had, -1));
          if (!most || compareQuantity(grew, most) > 0) {
            most = grew;
            blame = d;
          }
        }
        const notes = afterList.some((d) => d.note) ? ' (DaemonSets count as 1 replica)' : '';
        if (blame) {
          out.push({
            kind: 'limits-exceeded',
            obj: blame.obj,
            segs: blame.segs,
            message: `total ${r} requested goes to ${formatQuantity(now)} (was ${formatQuantity(was)}), above the capacity of ${formatQuantity(limit)}: the sum over ${afterList.length} services of ${r} × replicas${notes}; ${blame.obj.id} grew the most`,
            hint: `Lower requests or replicas, raise rules.destructive.capacity.${r}, or ${acceptHint('limits-exceeded')}`,
            before: formatQuantity(was),
            after: formatQuantity(now),
          });
        }
      }
    }
    const perMax = configQuantity(max?.[r], `max-per-service.${r}`);
    if (perMax) {
      for (const d of afterList) {
        const prevDemand = before.get(d.obj.key);
        // Requests first (what the scheduler reserves), then limits (what one replica may take).
        for (const [what, q, prev] of [
          ['request', d.perReplica[r], prevDemand?.perReplica[r]],
          ['limit', d.limits[r], prevDemand?.limits[r]],
        ] as const) {
          if (!q || compareQuantity(q, perMax) <= 0) continue;
          if (prev && compareQuantity(q, prev) <= 0) continue;
          out.push({
            kind: 'limits-exceeded',
            obj: d.obj,
            segs: d.segs,
            message: `${d.obj.id} ${what === 'request' ? 'asks for' : 'may use (its limits)'} ${formatQuantity(q)} ${r} per replica, above max-per-service ${formatQuantity(perMax)}`,
            hint: `Lower the ${r} ${what}, raise rules.destructive.max-per-service.${r}, or ${acceptHint('limits-exceeded')}`,
            before: prev ? formatQuantity(prev) : undefined,
            after: formatQuantity(q),
          });
          break;
        }
      }
    }
  }
  return out;
}

export const limitsExceeded: KindCheck = {
  kind: 'limits-exceeded',
  summary:
    'the sum over services of cpu or memory × replicas goes above `capacity`, or one replica’s requests or limits go above `max-per-service`',
  plan: (view: PlanView) => limitsFindings(view.before, view.after, view.config),
};
