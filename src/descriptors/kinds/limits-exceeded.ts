import type { DestructiveConfig } from '../../config/types.js';
import { UsageError } from '../../errors.js';
import { type Demand, demandOf } from '../demand.js';
import type { DescObject } from '../load.js';
import {
  addQuantity,
  compareQuantity,
  formatQuantity,
  multiplyQuantity,
  parseQuantity,
  type Quantity,
  sumQuantities,
  ZERO_QUANTITY,
} from '../quantity.js';
import { acceptHint, type KindCheck, type PlanView, type RawFinding } from './types.js';

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
  const terms: Array<[Quantity, number]> = [];
  for (const d of demands) {
    const q = d.perReplica[r];
    if (q) terms.push([q, d.replicas]);
  }
  return sumQuantities(terms);
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
        // The same stored demand on both sides (an unchanged file): nothing of it can go up.
        if (prevDemand && sameDemand(prevDemand, d)) continue;
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

/** Both demands read from one stored (or parsed) body: equal without comparing a quantity. */
function sameDemand(a: Demand, b: Demand): boolean {
  return a.perReplica === b.perReplica && a.limits === b.limits && a.replicas === b.replicas;
}

export const limitsExceeded: KindCheck = {
  kind: 'limits-exceeded',
  summary:
    'the sum over services of cpu or memory × replicas goes above `capacity`, or one replica’s requests or limits go above `max-per-service`',
  plan: (view: PlanView) => limitsFindings(view.before, view.after, view.config),
};
