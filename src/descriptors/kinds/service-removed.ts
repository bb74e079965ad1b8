import type { DescObject } from '../load.js';
import { podLabels, selects } from '../workload.js';
import { acceptHint, type KindCheck } from './types.js';

/**
 * Deleting these takes something away that a rollback of the manifest alone does not bring back:
 * traffic, running work, or data. Namespaces, CRDs and volumes are here rather than in a kind of
 * their own (`data-loss` was considered): to the person who pushed, each is "this goes away", and
 * the message says what goes with it.
 */
const REMOVED: Record<string, string> = {
  Deployment: 'its pods stop',
  StatefulSet: 'its pods stop',
  DaemonSet: 'its pods stop on every node',
  ReplicaSet: 'its pods stop',
  ReplicationController: 'its pods stop',
  CronJob: 'its schedule stops',
  Service: 'traffic to it stops',
  Ingress: 'traffic through it stops',
  NetworkPolicy: 'the pods it selected lose its rules',
  Namespace: 'every object in the namespace is deleted with it',
  CustomResourceDefinition: 'every custom resource of that type is deleted with it',
  PersistentVolumeClaim: 'its volume, and the data on it, may be deleted (reclaim policy)',
  PersistentVolume: 'the data on it may be lost (reclaim policy)',
};

/** GitOps controllers' own objects: deleting one prunes everything it deployed. */
const CONTROLLERS: Record<string, string> = {
  'helm.toolkit.fluxcd.io/HelmRelease': 'Flux uninstalls the release',
  'kustomize.toolkit.fluxcd.io/Kustomization': 'Flux prunes everything it applied (with prune: true)',
  'argoproj.io/Application': 'Argo CD deletes what it deployed (with a resources finalizer)',
  'argoproj.io/ApplicationSet': 'Argo CD deletes the Applications it generated',
};

function consequence(obj: DescObject): string | undefined {
  if (obj.descriptor) return '';
  return REMOVED[obj.kind] ?? CONTROLLERS[`${obj.group}/${obj.kind}`];
}

export const serviceRemoved: KindCheck = {
  kind: 'service-removed',
  summary:
    'a service descriptor, a workload, Service, Ingress or NetworkPolicy, a Namespace, CRD, PersistentVolumeClaim or PersistentVolume, or a Flux HelmRelease/Kustomization or Argo CD Application is deleted',
  pair({ before, after }) {
    if (!before || after) return [];
    const what = consequence(before);
    if (what === undefined) return [];
    return [
      {
        kind: 'service-removed',
        obj: before,
        segs: [],
        message: `${before.id} is deleted${what ? `: ${what}` : ''}`,
        hint: `Restore it in ${before.file}, or ${acceptHint('service-removed')}`,
        before: before.descriptor ? before.name : before.id,
      },
    ];
  },
};

/** True when every workload a NetworkPolicy selected (in its target and namespace) is deleted too. */
export function selectedAllDeleted(policy: DescObject, before: DescObject[], after: Set<string>): boolean {
  const spec = policy.body.spec as Record<string, unknown> | undefined;
  const selector = spec?.podSelector ?? {};
  const selected: DescObject[] = [];
  for (const o of before) {
    if (o.target !== policy.target || o.namespace !== policy.namespace) continue;
    const labels = podLabels(o);
    if (labels && selects(selector, labels)) selected.push(o);
  }
  return selected.length > 0 && selected.every((o) => !after.has(o.key));
}
