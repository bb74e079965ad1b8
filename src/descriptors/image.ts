import semver from 'semver';

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

/**
 * A tag read as a version: full semver, or the one- and two-part versions registries use
 * (`7`, `1.25`, `v0.2`, `1.25-alpine`), with the missing parts as zero. `redis:7` is read as 7.0.0:
 * it floats to the newest 7.x, but written after `7.2` it is a step back all the same.
 */
export function tagVersion(tag: string): string | undefined {
  const exact = semver.valid(tag);
  if (exact) return exact;
  const m = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(-[0-9A-Za-z][0-9A-Za-z.-]*)?$/.exec(tag);
  if (!m) return undefined;
  return semver.valid(`${Number(m[1])}.${Number(m[2] ?? 0)}.${Number(m[3] ?? 0)}${m[4] ?? ''}`) ?? undefined;
}

/** Lower in semver, and not merely another variant (`1.2.3` → `1.2.3-alpine`) of the same release. */
export function isDowngrade(before: string, after: string): boolean {
  if (!semver.lt(after, before)) return false;
  const flavour = (v: string) =>
    (semver.prerelease(v) ?? [])
      .filter((p) => typeof p === 'string')
      .join('.')
      .replace(/\d+/g, '');
  if (flavour(before) === flavour(after)) return true;
  return new semver.SemVer(after).compareMain(before) < 0;
}
