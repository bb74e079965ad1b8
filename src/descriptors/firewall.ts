import { type Cidr, contains, isEverywhere, sameRange, tryParseCidr } from './cidr.js';
import { canonical, isObj, type Obj, type Seg } from './diff.js';
import type { DescObject } from './load.js';

/**
 * Firewall rules as allow-lists, from a service descriptor's `firewall` or a NetworkPolicy's
 * `spec`, and what "covers" and "wider" mean between them. Both firewall kinds
 * (`kinds/firewall-widened.ts`, `kinds/firewall-narrowed.ts`) read rules through this module.
 */
// ---------------------------------------------------------------- firewall

export interface Peer {
  cidr?: Cidr;
  except: Cidr[];
  /** Selectors, compared by their canonical JSON. */
  selector?: string;
}

export interface PortSpec {
  protocol: string;
  port?: string;
  endPort?: number;
}

export interface Rule {
  /** 'any' when the rule has no `from`/`to`: every source or destination. */
  peers: Peer[] | 'any';
  ports: PortSpec[] | 'any';
  segs: Seg[];
  raw: unknown;
}

export function peerCovers(a: Peer, b: Peer): boolean {
  if (a.selector !== undefined || b.selector !== undefined) return a.selector === b.selector;
  if (!a.cidr || !b.cidr || !contains(a.cidr, b.cidr)) return false;
  // Everything `a` excludes that overlaps `b` must be excluded by `b` too.
  return a.except.every(
    (x) => x.end < (b.cidr as Cidr).start || x.start > (b.cidr as Cidr).end || b.except.some((y) => contains(y, x)),
  );
}

export function portCovers(a: PortSpec, b: PortSpec): boolean {
  if (a.protocol !== b.protocol) return false;
  if (a.port === undefined) return true;
  if (b.port === undefined) return false;
  if (a.port === b.port && (a.endPort ?? 0) >= (b.endPort ?? 0)) return true;
  const an = Number(a.port);
  const bn = Number(b.port);
  if (!Number.isInteger(an) || !Number.isInteger(bn)) return false;
  return an <= bn && (a.endPort ?? an) >= (b.endPort ?? bn);
}

export function ruleCovers(a: Rule, b: Rule): boolean {
  if (b.peers === 'any' && a.peers !== 'any') return false;
  if (a.peers !== 'any' && b.peers !== 'any') {
    const ap = a.peers;
    if (!b.peers.every((p) => ap.some((q) => peerCovers(q, p)))) return false;
  }
  if (a.ports === 'any') return true;
  if (b.ports === 'any') return false;
  const aps = a.ports;
  return b.ports.every((p) => aps.some((q) => portCovers(q, p)));
}

export function oldPeers(rules: Rule[]): Peer[] {
  return rules.flatMap((r) => (r.peers === 'any' ? [] : r.peers));
}

export function peerCidrs(rules: Rule[]): Cidr[] {
  const out: Cidr[] = [];
  for (const r of rules) if (r.peers !== 'any') for (const p of r.peers) if (p.cidr) out.push(p.cidr);
  return out;
}

/** Why an allowing rule that no old rule covers is a widening, or undefined when it is merely new. */
export function widening(rule: Rule, old: Rule[], direction: string): { why: string; before?: unknown } | undefined {
  const noun = direction === 'ingress' ? 'source' : 'destination';
  if (rule.peers === 'any') {
    if (old.some((r) => r.peers === 'any')) return undefined;
    return { why: `an ${direction} rule has no ${direction === 'ingress' ? 'from' : 'to'}: it allows every ${noun}` };
  }
  const oldCidrs = peerCidrs(old);
  for (const p of rule.peers) {
    if (!p.cidr) continue;
    if (isEverywhere(p.cidr) && !oldCidrs.some((c) => isEverywhere(c) && c.version === p.cidr!.version)) {
      return { why: `${direction} now allows ${p.cidr.text} (every address)` };
    }
    const narrower = oldCidrs.find((c) => contains(p.cidr!, c) && !sameRange(p.cidr!, c));
    if (narrower) {
      return { why: `${direction} ${noun} ${narrower.text} widens to ${p.cidr.text}`, before: narrower.text };
    }
    const excepted = oldPeers(old).find(
      (q) => q.cidr && sameRange(q.cidr, p.cidr!) && peerCovers(p, q) && !peerCovers(q, p),
    );
    if (excepted) {
      return {
        why: `${direction} ${noun} ${p.cidr.text} excepts fewer addresses than before`,
        before: excepted.cidr!.text,
      };
    }
  }
  if (rule.peers.some((p) => p.selector === '{"namespaceSelector":{}}')) {
    if (!old.some((r) => r.peers !== 'any' && r.peers.some((p) => p.selector === '{"namespaceSelector":{}}'))) {
      return { why: `${direction} now allows pods in every namespace (an empty namespaceSelector)` };
    }
  }
  return undefined;
}

export function cidrPeer(v: unknown): Peer | undefined {
  const c = tryParseCidr(v);
  return c ? { cidr: c, except: [] } : undefined;
}

export function descriptorRules(obj: DescObject | undefined, direction: 'ingress' | 'egress'): Rule[] | undefined {
  if (!obj) return undefined;
  const fw = obj.body.firewall;
  const list = isObj(fw) ? fw[direction] : undefined;
  if (!Array.isArray(list)) return [];
  const field = direction === 'ingress' ? 'from' : 'to';
  const rules: Rule[] = [];
  list.forEach((raw, i) => {
    if (!isObj(raw)) return;
    const f = raw[field];
    let peers: Peer[] | 'any' = 'any';
    if (f !== undefined && f !== null) {
      // Unparseable CIDRs are reported by the loader; they allow nothing here.
      peers = (Array.isArray(f) ? f : [f]).map(cidrPeer).filter((p): p is Peer => p !== undefined);
    }
    const ports: PortSpec[] | 'any' = Array.isArray(raw.ports)
      ? raw.ports.map((p) => ({ protocol: 'TCP', port: String(p) }))
      : 'any';
    rules.push({ peers, ports, segs: ['firewall', direction, i], raw });
  });
  return rules;
}

export function npPeers(list: unknown): Peer[] | 'any' {
  if (!Array.isArray(list) || list.length === 0) return 'any';
  const peers: Peer[] = [];
  for (const p of list) {
    if (!isObj(p)) continue;
    if (isObj(p.ipBlock)) {
      const c = tryParseCidr(p.ipBlock.cidr);
      if (!c) continue;
      const except = Array.isArray(p.ipBlock.except)
        ? p.ipBlock.except.map((x) => tryParseCidr(x)).filter((x): x is Cidr => x !== undefined)
        : [];
      peers.push({ cidr: c, except });
    } else {
      const sel: Obj = {};
      if (p.podSelector !== undefined) sel.podSelector = p.podSelector;
      if (p.namespaceSelector !== undefined) sel.namespaceSelector = p.namespaceSelector;
      peers.push({ except: [], selector: canonical(sel) });
    }
  }
  return peers;
}

export function npPorts(list: unknown): PortSpec[] | 'any' {
  if (!Array.isArray(list) || list.length === 0) return 'any';
  return list.filter(isObj).map((p) => ({
    protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
    port: p.port === undefined ? undefined : String(p.port),
    endPort: typeof p.endPort === 'number' ? p.endPort : undefined,
  }));
}

export function npPolicy(
  obj: DescObject | undefined,
  direction: 'ingress' | 'egress',
): { applies: boolean; rules: Rule[] } | undefined {
  if (!obj || !isObj(obj.body.spec)) return undefined;
  const spec = obj.body.spec;
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : undefined;
  const applies = types
    ? types.some((t) => typeof t === 'string' && t.toLowerCase() === direction)
    : direction === 'ingress' || spec.egress !== undefined;
  const list = spec[direction];
  const field = direction === 'ingress' ? 'from' : 'to';
  const rules: Rule[] = [];
  if (Array.isArray(list)) {
    list.forEach((raw, i) => {
      if (!isObj(raw)) return;
      rules.push({ peers: npPeers(raw[field]), ports: npPorts(raw.ports), segs: ['spec', direction, i], raw });
    });
  }
  return { applies, rules };
}

/** One direction of one object's firewall at both revisions, as the firewall kinds compare it. */
export interface Direction {
  obj: DescObject;
  direction: 'ingress' | 'egress';
  /** Undefined for a new descriptor or NetworkPolicy. */
  before: Rule[] | undefined;
  after: Rule[];
  /** The direction is governed and nothing is allowed. */
  denyAll: boolean;
  /** A NetworkPolicy that did not exist before (it isolates what it selects; only deny-all is news). */
  newPolicy: boolean;
}

export function directions(before: DescObject | undefined, after: DescObject): Direction[] {
  const out: Direction[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    if (after.descriptor) {
      const a = descriptorRules(after, direction) ?? [];
      out.push({
        obj: after,
        direction,
        before: descriptorRules(before, direction),
        after: a,
        denyAll: a.length === 0,
        newPolicy: false,
      });
      continue;
    }
    if (after.kind !== 'NetworkPolicy') continue;
    const a = npPolicy(after, direction);
    if (!a) continue;
    const b = npPolicy(before, direction);
    if (!b) {
      out.push({
        obj: after,
        direction,
        before: undefined,
        after: a.rules,
        denyAll: a.applies && a.rules.length === 0 && a.applies,
        newPolicy: true,
      });
      continue;
    }
    if (!b.applies && !a.applies) continue;
    // A direction the policy no longer governs is open: every peer is allowed.
    const anyRule: Rule = { peers: 'any', ports: 'any', segs: ['spec', 'policyTypes'], raw: 'all traffic' };
    out.push({
      obj: after,
      direction,
      before: b.applies ? b.rules : [anyRule],
      after: a.applies ? a.rules : [anyRule],
      denyAll: a.applies && a.rules.length === 0,
      newPolicy: false,
    });
  }
  return out;
}
