import semver from 'semver';
import type { DestructiveConfig, DestructiveKind } from '../config/types.js';
import { UsageError } from '../errors.js';
import { type Cidr, contains, isEverywhere, sameRange, tryParseCidr } from './cidr.js';
import {
  CONTAINER_LISTS,
  canonical,
  containerPortSeg,
  containerSeg,
  isObj,
  type Obj,
  podSpecSegs,
  type Seg,
  servicePortSeg,
} from './diff.js';
import { type DescObject, getIn } from './load.js';
import {
  addQuantity,
  compareQuantity,
  formatQuantity,
  multiplyQuantity,
  parseQuantity,
  type Quantity,
  tryParseQuantity,
  ZERO_QUANTITY,
} from './quantity.js';

/**
 * The destructive kinds, found by comparing one object's two sides (and, for capacity, all
 * objects). This module decides *what* is destructive; `plan.ts` applies severities, acceptance
 * and lines.
 */
export interface RawFinding {
  kind: DestructiveKind;
  /** The object the finding is about; its file and line are used. */
  obj: DescObject;
  segs: Seg[];
  message: string;
  hint: string;
  before?: unknown;
  after?: unknown;
}

export interface Pair {
  before?: DescObject;
  after?: DescObject;
}

const REMOVABLE = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'CronJob',
  'Service',
  'Ingress',
  'NetworkPolicy',
]);

const ACCEPT_HINT = (kind: DestructiveKind) =>
  `accept it with the trailer \`Allow-Destructive: ${kind}\` on a commit in the range (with a Jira key, by an allowlisted committer).`;

export function pairFindings(pair: Pair, config: DestructiveConfig): RawFinding[] {
  const out: RawFinding[] = [];
  const { before, after } = pair;
  const obj = (after ?? before) as DescObject;
  if (before && !after) {
    if (before.descriptor || REMOVABLE.has(before.kind)) {
      out.push({
        kind: 'service-removed',
        obj: before,
        segs: [],
        message: `${before.id} is deleted`,
        hint: `Restore it in ${before.file}, or ${ACCEPT_HINT('service-removed')}`,
        before: before.descriptor ? before.name : before.id,
      });
    }
    if (before.kind === 'NetworkPolicy') {
      out.push({
        kind: 'firewall-widened',
        obj: before,
        segs: [],
        message: `NetworkPolicy ${before.id} is deleted: the pods it selected accept traffic it used to refuse`,
        hint: `Restore it in ${before.file}, or ${ACCEPT_HINT('firewall-widened')}`,
        before: before.id,
      });
    }
    return out;
  }
  if (!after) return out;
  if (obj.descriptor) {
    descriptorVersion(before, after, out);
    descriptorPorts(before, after, config, out);
    descriptorHealth(before, after, out);
    descriptorFirewall(before, after, out);
  } else {
    images(before, after, out);
    workloadPorts(before, after, config, out);
    serviceExposure(before, after, config, out);
    probes(before, after, out);
    if (after.kind === 'NetworkPolicy') networkPolicy(before, after, out);
  }
  return out;
}

// ---------------------------------------------------------------- version-downgrade

function descriptorVersion(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  const a = before?.body.version;
  const b = after.body.version;
  const va = typeof a === 'string' || typeof a === 'number' ? semver.valid(String(a)) : null;
  const vb = typeof b === 'string' || typeof b === 'number' ? semver.valid(String(b)) : null;
  if (!va || !vb || !isDowngrade(va, vb)) return;
  out.push({
    kind: 'version-downgrade',
    obj: after,
    segs: ['version'],
    message: `${after.id} version goes down from ${a} to ${b}`,
    hint: `Deploy a version above ${a}, or ${ACCEPT_HINT('version-downgrade')}`,
    before: a,
    after: b,
  });
}

/** Lower in semver, and not merely another variant (`1.2.3` → `1.2.3-alpine`) of the same release. */
function isDowngrade(before: string, after: string): boolean {
  if (!semver.lt(after, before)) return false;
  const flavour = (v: string) =>
    (semver.prerelease(v) ?? [])
      .filter((p) => typeof p === 'string')
      .join('.')
      .replace(/\d+/g, '');
  if (flavour(before) === flavour(after)) return true;
  return new semver.SemVer(after).compareMain(before) < 0;
}

export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

/** `nginx:1.25` and `docker.io/library/nginx:1.25` name the same repository. */
export function parseImage(ref: string): ImageRef {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let repository = rest;
  if (!hasRegistry) repository = `docker.io/${parts.length === 1 ? `library/${rest}` : rest}`;
  return { repository: repository.toLowerCase(), tag, digest };
}

interface ContainerRef {
  list: string;
  container: Obj;
  segs: Seg[];
}

function containersOf(
  obj: DescObject | undefined,
  lists: Iterable<string> = CONTAINER_LISTS,
): Map<string, ContainerRef> {
  const out = new Map<string, ContainerRef>();
  if (!obj) return out;
  const pod = podSpecSegs(obj.kind);
  if (!pod) return out;
  const spec = getIn(obj.body, pod);
  if (!isObj(spec)) return out;
  for (const list of lists) {
    const cs = spec[list];
    if (!Array.isArray(cs)) continue;
    for (const c of cs) {
      if (!isObj(c) || typeof c.name !== 'string') continue;
      out.set(`${list}\0${c.name}`, { list, container: c, segs: [...pod, list, containerSeg(c.name)] });
    }
  }
  return out;
}

function images(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  if (!before) return;
  const old = containersOf(before);
  for (const [key, ref] of containersOf(after)) {
    const prev = old.get(key);
    const a = prev?.container.image;
    const b = ref.container.image;
    if (typeof a !== 'string' || typeof b !== 'string' || a === b) continue;
    const ia = parseImage(a);
    const ib = parseImage(b);
    if (ia.repository !== ib.repository || ia.digest || ib.digest || !ia.tag || !ib.tag) continue;
    const va = semver.valid(ia.tag);
    const vb = semver.valid(ib.tag);
    if (!va || !vb || !isDowngrade(va, vb)) continue;
    out.push({
      kind: 'version-downgrade',
      obj: after,
      segs: [...ref.segs, 'image'],
      message: `${after.id} container ${ref.container.name as string}: image ${ia.repository} goes down from ${ia.tag} to ${ib.tag}`,
      hint: `Deploy a tag above ${ia.tag}, or ${ACCEPT_HINT('version-downgrade')}`,
      before: a,
      after: b,
    });
  }
}

// ---------------------------------------------------------------- port-opened

interface Exposure {
  key: string;
  port: number | undefined;
  what: string;
  segs: Seg[];
}

function portOpened(
  obj: DescObject,
  beforeExp: Exposure[],
  afterExp: Exposure[],
  config: DestructiveConfig,
  out: RawFinding[],
): void {
  const old = new Set(beforeExp.map((e) => e.key));
  const allowed = new Set(config['allowed-ports']);
  const reported = new Set<string>();
  for (const e of afterExp) {
    if (old.has(e.key) || reported.has(e.key)) continue;
    reported.add(e.key);
    if (e.port !== undefined && allowed.has(e.port)) continue;
    out.push({
      kind: 'port-opened',
      obj,
      segs: e.segs,
      message: `${obj.id} newly exposes ${e.what}, which is not in allowed-ports (${[...allowed].join(', ') || 'none'})`,
      hint: `Use an allowed port, add it to rules.destructive.allowed-ports in the policy, or ${ACCEPT_HINT('port-opened')}`,
      after: e.port ?? e.what,
    });
  }
}

function portNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

function descriptorExposures(obj: DescObject | undefined): Exposure[] {
  if (!obj) return [];
  const out: Exposure[] = [];
  const b = obj.body;
  const add = (v: unknown, segs: Seg[]) => {
    const port = portNumber(v) ?? (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
    out.push({ key: `port ${String(v)}`, port, what: `port ${String(v)}`, segs });
  };
  if (b.port !== undefined && b.port !== null) add(b.port, ['port']);
  if (Array.isArray(b.ports)) {
    b.ports.forEach((p, i) => {
      add(p, ['ports', i]);
    });
  }
  return out;
}

function descriptorPorts(
  before: DescObject | undefined,
  after: DescObject,
  config: DestructiveConfig,
  out: RawFinding[],
): void {
  portOpened(after, descriptorExposures(before), descriptorExposures(after), config, out);
}

function workloadExposures(obj: DescObject | undefined): Exposure[] {
  const out: Exposure[] = [];
  if (!obj) return out;
  const pod = podSpecSegs(obj.kind);
  const spec = pod ? getIn(obj.body, pod) : undefined;
  const hostNetwork = isObj(spec) && spec.hostNetwork === true;
  for (const ref of containersOf(obj).values()) {
    const ports = ref.container.ports;
    if (!Array.isArray(ports)) continue;
    for (const p of ports) {
      if (!isObj(p)) continue;
      const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      const segs = [...ref.segs, 'ports', containerPortSeg(p)];
      const host = portNumber(p.hostPort);
      if (host !== undefined) {
        out.push({
          key: `host ${host}/${proto}`,
          port: host,
          what: `hostPort ${host}/${proto}`,
          segs: [...segs, 'hostPort'],
        });
      } else if (hostNetwork) {
        const cp = portNumber(p.containerPort);
        out.push({
          key: `host ${cp}/${proto}`,
          port: cp,
          what: `port ${cp}/${proto} on the node's network (hostNetwork)`,
          segs: [...segs, 'containerPort'],
        });
      }
    }
  }
  return out;
}

function workloadPorts(
  before: DescObject | undefined,
  after: DescObject,
  config: DestructiveConfig,
  out: RawFinding[],
): void {
  if (!podSpecSegs(after.kind)) return;
  portOpened(after, workloadExposures(before), workloadExposures(after), config, out);
}

function serviceExposures(obj: DescObject | undefined): Exposure[] {
  const out: Exposure[] = [];
  if (obj?.kind !== 'Service' || !isObj(obj.body.spec)) return out;
  const spec = obj.body.spec;
  const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
  const external = Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0;
  if (!Array.isArray(spec.ports)) return out;
  for (const p of spec.ports) {
    if (!isObj(p)) continue;
    const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
    const port = portNumber(p.port);
    const segs: Seg[] = ['spec', 'ports', servicePortSeg(p)];
    if (type === 'NodePort' || type === 'LoadBalancer') {
      const np = portNumber(p.nodePort);
      out.push({
        key: `node ${np ?? `auto:${port}`}/${proto}`,
        port: np,
        what:
          np !== undefined
            ? `NodePort ${np}/${proto}`
            : `a NodePort (assigned by the cluster) for port ${port}/${proto}`,
        segs: [...segs, np !== undefined ? 'nodePort' : 'port'],
      });
    }
    if (type === 'LoadBalancer') {
      out.push({
        key: `lb ${port}/${proto}`,
        port,
        what: `port ${port}/${proto} on a LoadBalancer`,
        segs: [...segs, 'port'],
      });
    }
    if (external) {
      out.push({
        key: `ext ${port}/${proto}`,
        port,
        what: `port ${port}/${proto} on externalIPs`,
        segs: [...segs, 'port'],
      });
    }
  }
  return out;
}

function serviceExposure(
  before: DescObject | undefined,
  after: DescObject,
  config: DestructiveConfig,
  out: RawFinding[],
): void {
  if (after.kind !== 'Service') return;
  portOpened(after, serviceExposures(before), serviceExposures(after), config, out);
}

// ---------------------------------------------------------------- healthcheck-removed

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
    hint: `Keep the health check, or ${ACCEPT_HINT('healthcheck-removed')}`,
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
      if (a.failureThreshold !== 0 && b.failureThreshold === 0) {
        health(
          after,
          [...ref.segs, probe, 'failureThreshold'],
          `container ${name} ${probe} failureThreshold drops to 0`,
          a.failureThreshold,
          0,
          out,
        );
      }
      if (a.timeoutSeconds !== 0 && b.timeoutSeconds === 0) {
        health(
          after,
          [...ref.segs, probe, 'timeoutSeconds'],
          `container ${name} ${probe} timeoutSeconds drops to 0`,
          a.timeoutSeconds,
          0,
          out,
        );
      }
    }
  }
}

// ---------------------------------------------------------------- firewall

interface Peer {
  cidr?: Cidr;
  except: Cidr[];
  /** Selectors, compared by their canonical JSON. */
  selector?: string;
}

interface PortSpec {
  protocol: string;
  port?: string;
  endPort?: number;
}

interface Rule {
  /** 'any' when the rule has no `from`/`to`: every source or destination. */
  peers: Peer[] | 'any';
  ports: PortSpec[] | 'any';
  segs: Seg[];
  raw: unknown;
}

function peerCovers(a: Peer, b: Peer): boolean {
  if (a.selector !== undefined || b.selector !== undefined) return a.selector === b.selector;
  if (!a.cidr || !b.cidr || !contains(a.cidr, b.cidr)) return false;
  // Everything `a` excludes that overlaps `b` must be excluded by `b` too.
  return a.except.every(
    (x) => x.end < (b.cidr as Cidr).start || x.start > (b.cidr as Cidr).end || b.except.some((y) => contains(y, x)),
  );
}

function portCovers(a: PortSpec, b: PortSpec): boolean {
  if (a.protocol !== b.protocol) return false;
  if (a.port === undefined) return true;
  if (b.port === undefined) return false;
  if (a.port === b.port && (a.endPort ?? 0) >= (b.endPort ?? 0)) return true;
  const an = Number(a.port);
  const bn = Number(b.port);
  if (!Number.isInteger(an) || !Number.isInteger(bn)) return false;
  return an <= bn && (a.endPort ?? an) >= (b.endPort ?? bn);
}

function ruleCovers(a: Rule, b: Rule): boolean {
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

function oldPeers(rules: Rule[]): Peer[] {
  return rules.flatMap((r) => (r.peers === 'any' ? [] : r.peers));
}

function peerCidrs(rules: Rule[]): Cidr[] {
  const out: Cidr[] = [];
  for (const r of rules) if (r.peers !== 'any') for (const p of r.peers) if (p.cidr) out.push(p.cidr);
  return out;
}

/** Why an allowing rule that no old rule covers is a widening, or undefined when it is merely new. */
function widening(rule: Rule, old: Rule[], direction: string): { why: string; before?: unknown } | undefined {
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

function compareRules(
  obj: DescObject,
  direction: 'ingress' | 'egress',
  before: Rule[] | undefined,
  after: Rule[],
  denyAll: boolean,
  out: RawFinding[],
): void {
  const old = before ?? [];
  for (const r of after) {
    if (old.some((o) => ruleCovers(o, r))) continue;
    const w = widening(r, old, direction);
    if (!w) continue;
    out.push({
      kind: 'firewall-widened',
      obj,
      segs: r.segs,
      message: `${obj.id}: ${w.why}`,
      hint: `Keep the ${direction} rule as narrow as it was, or ${ACCEPT_HINT('firewall-widened')}`,
      before: w.before,
      after: r.raw,
    });
  }
  if (!before) return;
  if (denyAll && before.length > 0) {
    out.push({
      kind: 'firewall-narrowed',
      obj,
      segs: obj.descriptor ? ['firewall', direction] : ['spec', direction],
      message: `${obj.id}: the ${direction} policy becomes deny-all (every allowing rule is removed)`,
      hint: `Keep the rules that allowed traffic, or ${ACCEPT_HINT('firewall-narrowed')}`,
      before: before.map((r) => r.raw),
      after: [],
    });
    return;
  }
  for (const r of before) {
    if (after.some((a) => ruleCovers(a, r))) continue;
    out.push({
      kind: 'firewall-narrowed',
      obj,
      segs: r.segs,
      message: `${obj.id}: an ${direction} rule that allowed traffic is removed or narrowed`,
      hint: `Keep the rule, or ${ACCEPT_HINT('firewall-narrowed')}`,
      before: r.raw,
    });
  }
}

function cidrPeer(v: unknown): Peer | undefined {
  const c = tryParseCidr(v);
  return c ? { cidr: c, except: [] } : undefined;
}

function descriptorRules(obj: DescObject | undefined, direction: 'ingress' | 'egress'): Rule[] | undefined {
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

function descriptorFirewall(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  for (const dir of ['ingress', 'egress'] as const) {
    const b = descriptorRules(before, dir);
    const a = descriptorRules(after, dir) ?? [];
    compareRules(after, dir, b, a, a.length === 0, out);
  }
}

function npPeers(list: unknown): Peer[] | 'any' {
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

function npPorts(list: unknown): PortSpec[] | 'any' {
  if (!Array.isArray(list) || list.length === 0) return 'any';
  return list.filter(isObj).map((p) => ({
    protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
    port: p.port === undefined ? undefined : String(p.port),
    endPort: typeof p.endPort === 'number' ? p.endPort : undefined,
  }));
}

function npPolicy(
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

function networkPolicy(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  for (const dir of ['ingress', 'egress'] as const) {
    const b = npPolicy(before, dir);
    const a = npPolicy(after, dir);
    if (!a) continue;
    if (!b) {
      // A new policy isolates the pods it selects: only a deny-all one is worth flagging.
      if (a.applies && a.rules.length === 0 && dir === 'ingress') {
        out.push({
          kind: 'firewall-narrowed',
          obj: after,
          segs: ['spec'],
          message: `${after.id}: a new deny-all ${dir} policy`,
          hint: `Allow the traffic the selected pods need, or ${ACCEPT_HINT('firewall-narrowed')}`,
          after: after.body.spec,
        });
      }
      continue;
    }
    // A direction the policy no longer governs is open: every peer is allowed.
    const anyRule: Rule = { peers: 'any', ports: 'any', segs: ['spec', 'policyTypes'], raw: 'all traffic' };
    const beforeRules = b.applies ? b.rules : [anyRule];
    const afterRules = a.applies ? a.rules : [anyRule];
    if (!b.applies && !a.applies) continue;
    compareRules(after, dir, beforeRules, afterRules, a.applies && a.rules.length === 0, out);
  }
}

// ---------------------------------------------------------------- limits-exceeded

export interface Demand {
  obj: DescObject;
  perReplica: { cpu?: Quantity; memory?: Quantity };
  replicas: number;
  note?: string;
  segs: Seg[];
}

const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** What one service asks for: per replica (requests, else limits) and how many replicas. */
export function demandOf(obj: DescObject): Demand | undefined {
  const b = obj.body;
  if (obj.descriptor) {
    if (!isObj(b.resources)) return undefined;
    const r = b.resources;
    const replicas = typeof r.replicas === 'number' && Number.isInteger(r.replicas) && r.replicas >= 0 ? r.replicas : 1;
    return {
      obj,
      perReplica: { cpu: tryParseQuantity(r.cpu), memory: tryParseQuantity(r.memory) },
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
  for (const ref of containersOf(obj, ['containers']).values()) {
    const res = isObj(ref.container.resources) ? ref.container.resources : {};
    for (const r of ['cpu', 'memory'] as const) {
      const q =
        tryParseQuantity(isObj(res.requests) ? res.requests[r] : undefined) ??
        tryParseQuantity(isObj(res.limits) ? res.limits[r] : undefined);
      if (q) per[r] = addQuantity(per[r] ?? ZERO_QUANTITY, q);
    }
  }
  return {
    obj,
    perReplica: per,
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
export function limitsFindings(
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
            hint: `Lower requests or replicas, raise rules.destructive.capacity.${r}, or ${ACCEPT_HINT('limits-exceeded')}`,
            before: formatQuantity(was),
            after: formatQuantity(now),
          });
        }
      }
    }
    const perMax = configQuantity(max?.[r], `max-per-service.${r}`);
    if (perMax) {
      for (const d of afterList) {
        const q = d.perReplica[r];
        if (!q || compareQuantity(q, perMax) <= 0) continue;
        const prev = before.get(d.obj.key)?.perReplica[r];
        if (prev && compareQuantity(q, prev) <= 0) continue;
        out.push({
          kind: 'limits-exceeded',
          obj: d.obj,
          segs: d.segs,
          message: `${d.obj.id} asks for ${formatQuantity(q)} ${r} per replica, above max-per-service ${formatQuantity(perMax)}`,
          hint: `Lower the ${r} request, raise rules.destructive.max-per-service.${r}, or ${ACCEPT_HINT('limits-exceeded')}`,
          before: prev ? formatQuantity(prev) : undefined,
          after: formatQuantity(q),
        });
      }
    }
  }
  return out;
}
