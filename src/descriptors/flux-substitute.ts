import { posix } from 'node:path';
import { isObj, type Obj } from './diff.js';
import { objectId } from './identity.js';
import type { DescObject, ParsedFile } from './load.js';

/**
 * Flux's post-build variable substitution, as kustomize-controller applies it: a Flux
 * `Kustomization` (kustomize.toolkit.fluxcd.io) with `spec.postBuild.substitute` replaces
 * `${VAR}` (and `${VAR:=default}`, `${VAR:-default}`) in what it applies from `spec.path`. The
 * hub-and-spoke layout deploys one folder to several clusters this way (`Namespace/${CLUSTER_NAME}`
 * is `Namespace/staging` in one and `Namespace/production` in the other), and read without it a
 * move to that layout looked like every cluster's namespace being deleted.
 *
 * What is known here is only what the repository says: the inline `substitute:` map and the
 * defaults written in the expressions. Variables from `substituteFrom` (ConfigMaps and Secrets in
 * the cluster) are unknown, so an expression naming one is left as it is written, never guessed.
 * An object annotated `kustomize.toolkit.fluxcd.io/substitute: disabled` is left alone, as Flux
 * leaves it. The path is read as a folder of this repository when the plan has files under it
 * (a source from another repository has none).
 */
export interface FluxSubstitution {
  /** The folder the Kustomization applies (`''` for the repository's root). */
  folder: string;
  vars: ReadonlyMap<string, string>;
  /**
   * False when the Kustomization also has `substituteFrom`: a variable missing here may be set in
   * the cluster, so its expression is left as written even where it has a default.
   */
  complete: boolean;
  /** The Kustomization, as `namespace/name`: it names the target the objects deploy with. */
  via: string;
}

const FLUX_GROUP = 'kustomize.toolkit.fluxcd.io';
/** How many characters substitution may add to one object (values are names, domains, sizes). */
export const GROWTH_BUDGET = 1 << 20;
/** How many Kustomizations may deploy one target with their variables. */
export const MAX_PER_TARGET = 256;
const DISABLED = 'kustomize.toolkit.fluxcd.io/substitute';
/** `${NAME}`, `${NAME:=default}`, `${NAME:-default}`, `${NAME=default}`, `${NAME-default}`. */
const EXPRESSION = /\$\{([A-Za-z_][A-Za-z0-9_]{0,127})(?:(:?[=-])([^}]{0,1024}))?\}/g;

/** The Flux Kustomizations of one revision that substitute variables, with the folder each applies. */
export function fluxSubstitutions(
  parsed: ReadonlyMap<string, ParsedFile>,
  roots: Iterable<string> = [],
): FluxSubstitution[] {
  const found: Array<Omit<FluxSubstitution, 'folder'> & { path: string }> = [];
  for (const file of parsed.values()) {
    for (const o of file.objects) {
      if (o.kind !== 'Kustomization' || o.group !== FLUX_GROUP) continue;
      const spec = isObj(o.body.spec) ? o.body.spec : undefined;
      const postBuild = spec && isObj(spec.postBuild) ? spec.postBuild : undefined;
      const substitute = postBuild && isObj(postBuild.substitute) ? postBuild.substitute : undefined;
      if (!spec || !substitute || typeof spec.path !== 'string') continue;
      const vars = new Map<string, string>();
      for (const [k, v] of Object.entries(substitute)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') vars.set(k, String(v));
      }
      if (vars.size === 0) continue;
      const complete = postBuild?.substituteFrom === undefined;
      found.push({ path: spec.path, vars, complete, via: `${o.namespace || 'default'}/${o.name}` });
    }
  }
  if (found.length === 0) return [];
  // The folders of this revision's plan files and kustomize roots, and every folder above them.
  const folders = new Set<string>();
  const withParents = (folder: string) => {
    for (let d = folder; !folders.has(d); d = parentOf(d)) {
      folders.add(d);
      if (d === '') break;
    }
  };
  for (const path of parsed.keys()) withParents(parentOf(path));
  for (const root of roots) withParents(root);
  const out: FluxSubstitution[] = [];
  for (const { path, ...sub } of found) {
    const folder = normaliseFolder(path);
    if (folder !== undefined && folders.has(folder)) out.push({ folder, ...sub });
  }
  return out;
}

/** The folder holding a path (`''` for the repository's root). */
function parentOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' || d === '/' ? '' : d;
}

/**
 * The substitutions that apply to a target (a kustomize root or a plain folder): those whose path
 * is that folder or holds it. A kustomize root's bases are substituted with it, as Flux
 * substitutes what the whole build put out.
 */
export function substitutionsFor(subs: readonly FluxSubstitution[], folder: string): FluxSubstitution[] {
  if (subs.length === 0) return [];
  const found = subs.filter((s) => s.folder === '' || folder === s.folder || folder.startsWith(`${s.folder}/`));
  // Each one is a copy of every object of the target: past a fleet's worth of clusters, the
  // target is read as written rather than copied without end (bounded work on pushed files).
  return found.length > MAX_PER_TARGET ? [] : found;
}

/**
 * The object as the Kustomization applies it: every string of its body substituted, and its name
 * and namespace read again from the result. The same object when nothing changes.
 */
export function substituteObject(obj: DescObject, sub: Pick<FluxSubstitution, 'vars' | 'complete'>): DescObject {
  const body = obj.body;
  const meta = isObj(body.metadata) ? body.metadata : {};
  const annotations = isObj(meta.annotations) ? meta.annotations : {};
  if (annotations[DISABLED] === 'disabled') return obj;
  let changed = false;
  // Bounded work: a pushed Kustomization chooses the values and a pushed file the references, so
  // a long value referenced many times could grow one object without end. Past the budget the
  // object is left as written (its names unresolved, the cautious reading).
  let budget = GROWTH_BUDGET;
  let overBudget = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (overBudget || !v.includes('${')) return v;
      const s = substitute(v, sub.vars, sub.complete);
      budget -= Math.max(0, s.length - v.length);
      if (budget < 0) overBudget = true;
      if (s !== v) changed = true;
      return s;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isObj(v)) {
      const out: Obj = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  const next = walk(body) as Obj;
  if (!changed || overBudget) return obj;
  const nextMeta = isObj(next.metadata) ? next.metadata : {};
  const name = obj.descriptor ? obj.name : typeof nextMeta.name === 'string' ? nextMeta.name : obj.name;
  const namespace = obj.descriptor
    ? obj.namespace
    : typeof nextMeta.namespace === 'string'
      ? nextMeta.namespace
      : obj.namespace;
  // A new body: what the cache stored about the old one (its hash, its demand) no longer holds.
  const { stored: _stored, ...fields } = obj;
  const id = obj.descriptor ? obj.id : objectId(obj.group, obj.kind, namespace, name);
  return { ...fields, body: next, name, namespace, id };
}

/** One string with the known variables put in; an unknown one without a default stays as written. */
export function substitute(text: string, vars: ReadonlyMap<string, string>, complete = true): string {
  return text.replace(EXPRESSION, (whole, name: string, op: string | undefined, fallback: string | undefined) => {
    const value = vars.get(name);
    if (value === undefined && !complete) return whole;
    if (op === undefined) return value ?? whole;
    // `:=`/`:-` also replace an empty value; `=`/`-` only an unset one.
    if (value !== undefined && (value !== '' || !op.startsWith(':'))) return value;
    return fallback ?? '';
  });
}

function normaliseFolder(path: string): string | undefined {
  const p = posix.normalize(path.trim() || '.');
  if (p.startsWith('../') || p === '..') return undefined;
  const rel = p.replace(/^\/+/, '');
  return rel === '.' || rel === '' ? '' : rel.replace(/\/$/, '');
}
