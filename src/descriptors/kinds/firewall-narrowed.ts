import { directions, ruleCovers } from '../firewall.js';
import { acceptHint, type KindCheck, type RawFinding } from './types.js';

export const firewallNarrowed: KindCheck = {
  kind: 'firewall-narrowed',
  summary:
    'a rule that allowed traffic is removed or narrowed, a policy becomes deny-all, or a new NetworkPolicy denies all ingress',
  pair({ before, after }) {
    const out: RawFinding[] = [];
    if (!after) return out;
    for (const d of directions(before, after)) {
      const obj = d.obj;
      if (d.newPolicy) {
        if (d.denyAll && d.direction === 'ingress') {
          out.push({
            kind: 'firewall-narrowed',
            obj,
            segs: ['spec'],
            message: `${obj.id}: a new deny-all ${d.direction} policy`,
            hint: `Allow the traffic the selected pods need, or ${acceptHint('firewall-narrowed')}`,
            after: obj.body.spec,
          });
        }
        continue;
      }
      const was = d.before;
      if (!was) continue;
      if (d.denyAll && was.length > 0) {
        out.push({
          kind: 'firewall-narrowed',
          obj,
          segs: obj.descriptor ? ['firewall', d.direction] : ['spec', d.direction],
          message: `${obj.id}: the ${d.direction} policy becomes deny-all (every allowing rule is removed)`,
          hint: `Keep the rules that allowed traffic, or ${acceptHint('firewall-narrowed')}`,
          before: was.map((r) => r.raw),
          after: [],
        });
        continue;
      }
      for (const r of was) {
        if (d.after.some((a) => ruleCovers(a, r))) continue;
        out.push({
          kind: 'firewall-narrowed',
          obj,
          segs: r.segs,
          message: `${obj.id}: an ${d.direction} rule that allowed traffic is removed or narrowed`,
          hint: `Keep the rule, or ${acceptHint('firewall-narrowed')}`,
          before: r.raw,
        });
      }
    }
    return out;
  },
};
