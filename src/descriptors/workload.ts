import { CONTAINER_LISTS, containerSeg, isObj, type Obj, podSpecSegs, type Seg } from './diff.js';
import { type DescObject, getIn } from './load.js';

/** The containers of a workload (or a pod), by list and name, with the path to each. */
export interface ContainerRef {
  list: string;
  container: Obj;
  segs: Seg[];
}

export function containersOf(
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

export function portNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The labels of the pods a workload makes (its pod template's, or a Pod's own). */
export function podLabels(obj: DescObject): Record<string, string> | undefined {
  const pod = podSpecSegs(obj.kind);
  if (!pod) return undefined;
  const meta = obj.kind === 'Pod' ? obj.body.metadata : getIn(obj.body, [...pod.slice(0, -1), 'metadata']);
  const labels = isObj(meta) && isObj(meta.labels) ? meta.labels : {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) out[k] = String(v);
  return out;
}

/** Kubernetes' label selector (`matchLabels` and `matchExpressions`); `{}` selects everything. */
export function selects(selector: unknown, labels: Record<string, string>): boolean {
  if (!isObj(selector)) return false;
  if (isObj(selector.matchLabels)) {
    for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== String(v)) return false;
  }
  if (Array.isArray(selector.matchExpressions)) {
    for (const e of selector.matchExpressions) {
      if (!isObj(e) || typeof e.key !== 'string') return false;
      const values = Array.isArray(e.values) ? e.values.map(String) : [];
      const has = e.key in labels;
      const value = labels[e.key];
      const ok =
        e.operator === 'In'
          ? has && values.includes(value as string)
          : e.operator === 'NotIn'
            ? !has || !values.includes(value as string)
            : e.operator === 'Exists'
              ? has
              : e.operator === 'DoesNotExist'
                ? !has
                : false;
      if (!ok) return false;
    }
  }
  return true;
}
