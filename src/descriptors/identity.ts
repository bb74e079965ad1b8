/**
 * Who an object is, to the cluster: its API group, kind, namespace and name, within the target it
 * deploys with. The API version is not part of it, and neither is the old group of a kind that
 * Kubernetes moved: a Deployment written as `extensions/v1beta1` and as `apps/v1` is one object
 * (the API server serves both from one storage), so the move is an update, never a delete plus a
 * create.
 */

/** The kind given to service descriptors in the plan. */
export const DESCRIPTOR_KIND = 'ServiceDescriptor';

/** `<old group>/<kind>` → the group the kind lives in now. */
const MOVED: Record<string, string> = {
  'extensions/Deployment': 'apps',
  'extensions/DaemonSet': 'apps',
  'extensions/ReplicaSet': 'apps',
  'extensions/StatefulSet': 'apps',
  'extensions/Ingress': 'networking.k8s.io',
  'extensions/IngressClass': 'networking.k8s.io',
  'extensions/NetworkPolicy': 'networking.k8s.io',
  'extensions/PodSecurityPolicy': 'policy',
  'events.k8s.io/Event': '',
};

/** The group an object of `kind` written with `group` has today. */
export function canonicalGroup(group: string, kind: string): string {
  return MOVED[`${group}/${kind}`] ?? group;
}

/** `apps/v1` → `apps`; `v1` → `` (the core group). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function objectId(group: string, kind: string, namespace: string, name: string): string {
  if (kind === DESCRIPTOR_KIND) return `descriptor/${name}`;
  return `${kind}${group ? `.${group}` : ''}/${namespace ? `${namespace}/` : ''}${name}`;
}

/** The map key of an object in one target; `\0` cannot appear in any of the parts. */
export function objectKey(target: string, group: string, kind: string, namespace: string, name: string): string {
  return `${target}\0${group}\0${kind}\0${namespace}\0${name}`;
}
