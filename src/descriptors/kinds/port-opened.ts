import type { DestructiveConfig } from '../../config/types.js';
import { containerPortSeg, isObj, podSpecSegs, type Seg, servicePortSeg } from '../diff.js';
import { type DescObject, getIn } from '../load.js';
import { containersOf, portNumber } from '../workload.js';
import { acceptHint, type KindCheck, type RawFinding } from './types.js';

interface Exposure {
  key: string;
  port: number | undefined;
  what: string;
  segs: Seg[];
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

/** hostPorts and hostNetwork ports always; container ports too when the policy lists allowed ports. */
function workloadExposures(obj: DescObject | undefined, internal: boolean): Exposure[] {
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
      const cp = portNumber(p.containerPort);
      if (host !== undefined) {
        out.push({
          key: `host ${host}/${proto}`,
          port: host,
          what: `hostPort ${host}/${proto}`,
          segs: [...segs, 'hostPort'],
        });
      } else if (hostNetwork) {
        out.push({
          key: `host ${cp}/${proto}`,
          port: cp,
          what: `port ${cp}/${proto} on the node's network (hostNetwork)`,
          segs: [...segs, 'containerPort'],
        });
      } else if (internal && cp !== undefined) {
        out.push({
          key: `container ${cp}/${proto}`,
          port: cp,
          what: `container port ${cp}/${proto}`,
          segs: [...segs, 'containerPort'],
        });
      }
    }
  }
  return out;
}

function serviceExposures(obj: DescObject | undefined, internal: boolean): Exposure[] {
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
    const np = portNumber(p.nodePort);
    if ((type === 'NodePort' || type === 'LoadBalancer') && np !== undefined) {
      out.push({ key: `node ${np}/${proto}`, port: np, what: `NodePort ${np}/${proto}`, segs: [...segs, 'nodePort'] });
    } else if (type === 'NodePort') {
      // The cluster picks the number, so no one can list it: the Service port stands for it.
      out.push({
        key: `node auto:${port}/${proto}`,
        port,
        what: `a NodePort (assigned by the cluster) for port ${port}/${proto}`,
        segs: [...segs, 'port'],
      });
    }
    // A LoadBalancer's cluster-assigned NodePort is how the balancer reaches the nodes, not a port
    // anyone chose: the LoadBalancer port below is what is exposed.
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
    if (internal && type !== 'LoadBalancer' && type !== 'ExternalName') {
      out.push({ key: `svc ${port}/${proto}`, port, what: `Service port ${port}/${proto}`, segs: [...segs, 'port'] });
    }
  }
  return out;
}

function exposures(obj: DescObject | undefined, config: DestructiveConfig): Exposure[] {
  if (!obj) return [];
  if (obj.descriptor) return descriptorExposures(obj);
  const internal = config['internal-ports'] === true && config['allowed-ports'].length > 0;
  if (obj.kind === 'Service') return serviceExposures(obj, internal);
  if (podSpecSegs(obj.kind)) return workloadExposures(obj, internal);
  return [];
}

export const portOpened: KindCheck = {
  kind: 'port-opened',
  summary:
    'a descriptor port, hostPort, hostNetwork port, NodePort, LoadBalancer or externalIPs port (and, with `internal-ports`, a container or Service port) is newly exposed outside `allowed-ports`',
  pair({ before, after }, { config }) {
    if (!after) return [];
    const out: RawFinding[] = [];
    const old = new Set(exposures(before, config).map((e) => e.key));
    const allowed = new Set(config['allowed-ports']);
    const reported = new Set<string>();
    for (const e of exposures(after, config)) {
      if (old.has(e.key) || reported.has(e.key)) continue;
      reported.add(e.key);
      if (e.port !== undefined && allowed.has(e.port)) continue;
      out.push({
        kind: 'port-opened',
        obj: after,
        segs: e.segs,
        message: `${after.id} newly exposes ${e.what}, which is not in allowed-ports (${[...allowed].join(', ') || 'none'})`,
        hint: `Use an allowed port, add it to rules.destructive.allowed-ports in the policy, or ${acceptHint('port-opened')}`,
        after: e.port ?? e.what,
      });
    }
    return out;
  },
};
