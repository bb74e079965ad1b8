import semver from 'semver';
import { isDowngrade, parseImage, tagVersion } from '../image.js';
import type { DescObject } from '../load.js';
import { containersOf } from '../workload.js';
import { acceptHint, type KindCheck, type RawFinding } from './types.js';

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
    hint: `Deploy a version above ${a}, or ${acceptHint('version-downgrade')}`,
    before: a,
    after: b,
  });
}

function images(before: DescObject | undefined, after: DescObject, out: RawFinding[]): void {
  if (!before) return;
  const old = containersOf(before);
  for (const [key, ref] of containersOf(after)) {
    const a = old.get(key)?.container.image;
    const b = ref.container.image;
    if (typeof a !== 'string' || typeof b !== 'string' || a === b) continue;
    const ia = parseImage(a);
    const ib = parseImage(b);
    if (ia.repository !== ib.repository || ia.digest || ib.digest || !ia.tag || !ib.tag) continue;
    const va = tagVersion(ia.tag);
    const vb = tagVersion(ib.tag);
    if (!va || !vb || !isDowngrade(va, vb)) continue;
    out.push({
      kind: 'version-downgrade',
      obj: after,
      segs: [...ref.segs, 'image'],
      message: `${after.id} container ${ref.container.name as string}: image ${ia.repository} goes down from ${ia.tag} to ${ib.tag}`,
      hint: `Deploy a tag above ${ia.tag}, or ${acceptHint('version-downgrade')}`,
      before: a,
      after: b,
    });
  }
}

export const versionDowngrade: KindCheck = {
  kind: 'version-downgrade',
  summary:
    'a descriptor `version`, or an image tag within the same repository, goes down (tags read as versions with missing parts as zero: `1.25` → `1.24`, `7.2` → `7`)',
  pair({ before, after }) {
    if (!after) return [];
    const out: RawFinding[] = [];
    if (after.descriptor) descriptorVersion(before, after, out);
    else images(before, after, out);
    return out;
  },
};
