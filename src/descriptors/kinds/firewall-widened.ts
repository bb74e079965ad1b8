import { contains, isEverywhere, tryParseCidr } from '../cidr.js';
import { isObj } from '../diff.js';
import { directions, ruleCovers, widening } from '../firewall.js';
import type { DescObject } from '../load.js';
import { selectedAllDeleted } from './service-removed.js';
import { acceptHint, type KindCheck, type PlanView, type RawFinding } from './types.js';

function rules(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  for (const d of directions(before, after)) {
    if (d.newPolicy) continue;
    const old = d.before ?? [];
    for (const r of d.after) {
      if (old.some((o) => ruleCovers(o, r))) continue;
      const w = widening(r, old, d.direction);
      if (!w) continue;
      out.push({
        kind: 'firewall-widened',
        obj: after,
        segs: r.segs,
        message: `${after.id}: ${w.why}`,
        hint: `Keep the ${d.direction} rule as narrow as it was, or ${acceptHint('firewall-widened')}`,
        before: w.before,
        after: r.raw,
      });
    }
  }
}

function sourceRanges(obj: DescObject | undefined): string[] | undefined {
  const spec = obj?.body.spec;
  if (!isObj(spec) || spec.type !== 'LoadBalancer') return undefined;
  return Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges.map(String) : [];
}

/** A LoadBalancer's `loadBalancerSourceRanges` is its ingress allow-list: empty means everyone. */
function loadBalancer(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  if (after.kind !== 'Service') return;
  const was = sourceRanges(before);
  const now = sourceRanges(after);
  if (!was || was.length === 0 || !now) return;
  const segs = ['spec', 'loadBalancerSourceRanges'];
  const hint = `Keep the source ranges, or ${acceptHint('firewall-widened')}`;
  if (now.length === 0) {
    out.push({
      kind: 'firewall-widened',
      obj: after,
      segs,
      message: `${after.id}: loadBalancerSourceRanges removed: the LoadBalancer now accepts every address`,
      hint,
      before: was,
      after: [],
    });
    return;
  }
  const old = was.map((c) => tryParseCidr(c)).filter((c) => c !== undefined);
  for (const text of now) {
    const c = tryParseCidr(text);
    if (!c || old.some((o) => contains(o, c))) continue;
    const why = isEverywhere(c) ? `${text} (every address)` : text;
    out.push({
      kind: 'firewall-widened',
      obj: after,
      segs,
      message: `${after.id}: the LoadBalancer now accepts ${why}, outside its old loadBalancerSourceRanges`,
      hint,
      before: was,
      after: now,
    });
    return;
  }
}

export const firewallWidened: KindCheck = {
  kind: 'firewall-widened',
  summary:
    'an ingress or egress source gets broader (a new 0.0.0.0/0 or ::/0, a wider CIDR, a rule without from/to, an empty namespaceSelector), a LoadBalancer’s loadBalancerSourceRanges are removed or widened, or a NetworkPolicy is deleted while pods it selected stay',
  pair({ before, after }, view: PlanView) {
    const out: RawFinding[] = [];
    if (before && !after) {
      if (before.kind !== 'NetworkPolicy') return out;
      const kept = new Set(view.after.map((o) => o.key));
      if (selectedAllDeleted(before, view.before, kept)) return out;
      out.push({
        kind: 'firewall-widened',
        obj: before,
        segs: [],
        message: `NetworkPolicy ${before.id} is deleted: the pods it selected accept traffic it used to refuse`,
        hint: `Restore it in ${before.file}, or ${acceptHint('firewall-widened')}`,
        before: before.id,
      });
      return out;
    }
    if (!after) return out;
    rules(before, after, out);
    loadBalancer(before, after, out);
    return out;
  },
};
