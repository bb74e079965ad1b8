import { DESTRUCTIVE_KINDS, type DestructiveConfig, type DestructiveKind } from '../config/types.js';
import type { Finding } from '../policy/finding.js';
import { parsedFile } from './cache.js';
import { type Change, diffObjects, formatPath } from './diff.js';
import { fluxSubstitutions, substituteObject, substitutionsFor } from './flux-substitute.js';
import { DESCRIPTOR_KIND, objectKey } from './identity.js';
import { KIND_CHECKS } from './kinds/index.js';
import type { Pair, PlanView, RawFinding } from './kinds/types.js';
import { type DescObject, type LoadProblem, lineOf, type ParsedFile, placeObject } from './load.js';
import type { DescriptorInput } from './read.js';
import { assignTargets, type TargetMap } from './targets.js';

/**
 * The plan: what changes between the descriptors at `from` (deployed) and at `to` (requested),
 * object by object within each target, and which of those changes are destructive. Pure: no git,
 * no printing.
 */
export interface PlanChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface PlanObject {
  id: string;
  kind: string;
  file: string;
  /** The target the object deploys with: a kustomize root, a folder, or an all-in-one file. */
  target: string;
  action: 'create' | 'update' | 'delete';
  changes: PlanChange[];
}

export interface IgnoredFile {
  file: string;
  reason: string;
}

export interface Plan {
  objects: PlanObject[];
  findings: Finding[];
  summary: { add: number; change: number; destroy: number; destructive: number };
  /** Files at `to` (or documents in them) that are not objects, and why. */
  ignored?: IgnoredFile[];
  /** The targets at `to`. */
  targets?: string[];
}

export interface PlanInput {
  before: Map<string, string>;
  after: Map<string, string>;
  config: DestructiveConfig;
  /** Kind → short sha of the commit whose `Allow-Destructive:` trailer accepted it. */
  accepted?: Map<DestructiveKind, string>;
  /**
   * The files the range changes. A problem in any other file is a warning, named once: it was
   * there before the push and cannot be the push's fault. Undefined: every file counts as changed.
   */
  touched?: Set<string>;
  /** Blob ids by path, so a file is parsed once per content (see `cache.ts`). */
  blobs?: { before?: Map<string, string>; after?: Map<string, string> };
  /** Findings about how the files were read (a render refused or skipped), listed first. */
  notes?: Finding[];
  /**
   * Reads these files' texts ahead, in one batch, before their findings' lines are looked up: a
   * file the parse cache knew is read from git only then, and one process per file would cost a
   * warm plan with findings in 50 files 50 git processes.
   */
  prefetch?: (files: Array<{ file: string; after: boolean }>) => void;
}

/**
 * The plan of what `readDescriptorInput` read (see read.ts), then the parsed files kept in the
 * disk cache for the next run: the one way every door (check, plan, rollback, notices) plans.
 */
export function planRead(input: DescriptorInput, config: DestructiveConfig, accepted?: PlanInput['accepted']): Plan {
  const plan = buildPlan({
    before: input.before,
    after: input.after,
    blobs: input.blobs,
    touched: input.touched,
    notes: input.notes,
    prefetch: input.prefetch,
    config,
    accepted,
  });
  input.persist?.();
  return plan;
}

const KINDS = new Set<string>(DESTRUCTIVE_KINDS);

/** Kinds kustomize's `namespace:` does not touch: they live outside namespaces. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
  'RuntimeClass',
  'CSIDriver',
  'ClusterIssuer',
  DESCRIPTOR_KIND,
]);

interface Side {
  objects: Map<string, DescObject>;
  problems: LoadProblem[];
  /** Files that did not parse; their objects are neither created nor deleted by the plan. */
  unreadable: Set<string>;
  targets: TargetMap;
  parsed: Map<string, ParsedFile>;
  duplicates: Array<{ kept: DescObject; dropped: DescObject }>;
}

function parseSide(
  files: Map<string, string>,
  blobs: Map<string, string> | undefined,
): Omit<Side, 'objects' | 'duplicates'> {
  const targets = assignTargets(files.keys(), files);
  const parsed = new Map<string, ParsedFile>();
  const problems: LoadProblem[] = [...targets.problems];
  const unreadable = new Set<string>();
  for (const path of [...targets.placements.keys()].sort()) {
    // The text is fetched only for a file not parsed yet (see `BlobTexts`).
    const file = parsedFile(path, () => files.get(path) as string, blobs?.get(path));
    parsed.set(path, file);
    problems.push(...file.problems);
    if (file.unreadable) unreadable.add(path);
  }
  return { targets, parsed, problems, unreadable };
}

/**
 * Each object's identity apart from its target (group, kind, namespace, name), by parsed file: an
 * unchanged file is one ParsedFile on both sides, and its identities are made once.
 */
const identitiesByFile = new WeakMap<ParsedFile, string[]>();

function identities(file: ParsedFile): string[] {
  let ids = identitiesByFile.get(file);
  if (!ids) {
    ids = file.objects.map((o) => objectKey('', o.group, o.kind, o.namespace, o.name));
    identitiesByFile.set(file, ids);
  }
  return ids;
}

/** Plain folders where two files define the same object: alternatives, one target per file. */
function splitFolders(sides: Array<Omit<Side, 'objects' | 'duplicates'>>): Set<string> {
  const split = new Set<string>();
  for (const side of sides) {
    // Target → identity → the first file that defines it.
    const owners = new Map<string, Map<string, string>>();
    for (const [path, file] of side.parsed) {
      for (const p of side.targets.placements.get(path) ?? []) {
        if (!p.plain || split.has(p.target)) continue;
        let owner = owners.get(p.target);
        if (!owner) {
          owner = new Map();
          owners.set(p.target, owner);
        }
        for (const id of identities(file)) {
          const first = owner.get(id);
          if (first === undefined) owner.set(id, path);
          else if (first !== path) {
            split.add(p.target);
            break;
          }
        }
      }
    }
  }
  return split;
}

/** The namespace an object is applied into: its target's (kustomize's `namespace:`), else its own. */
function appliedNamespace(raw: DescObject, namespace: string | undefined): string {
  return namespace !== undefined && !CLUSTER_SCOPED.has(raw.kind) ? namespace : raw.namespace;
}

/**
 * Placed objects by parsed file, then by target and namespace. A file unchanged between the
 * revisions is one ParsedFile on both sides (cache.ts), so its objects are placed once and the
 * same placed objects stand on both sides: placing 2,000 unchanged services twice was a tenth of
 * a warm plan, with its garbage. Nothing changes a placed object after this.
 */
const placedByFile = new WeakMap<ParsedFile, Map<string, DescObject[]>>();

function placedObjects(file: ParsedFile, target: string, namespace: string | undefined): DescObject[] {
  let byPlace = placedByFile.get(file);
  if (!byPlace) {
    byPlace = new Map();
    placedByFile.set(file, byPlace);
  }
  const key = namespace === undefined ? `${target}\0` : `${target}\0=${namespace}`;
  let placed = byPlace.get(key);
  if (!placed) {
    placed = file.objects.map((raw) => placeObject(raw, target, appliedNamespace(raw, namespace)));
    byPlace.set(key, placed);
  }
  return placed;
}

function placeSide(side: Omit<Side, 'objects' | 'duplicates'>, split: Set<string>): Side {
  const objects = new Map<string, DescObject>();
  const duplicates: Side['duplicates'] = [];
  const add = (obj: DescObject) => {
    const kept = objects.get(obj.key);
    if (kept) duplicates.push({ kept, dropped: obj });
    else objects.set(obj.key, obj);
  };
  // A folder a Flux Kustomization applies with post-build variables deploys once per such
  // Kustomization, with its variables put in (see flux-substitute.ts).
  const flux = fluxSubstitutions(side.parsed, side.targets.roots.keys());
  // Files in path order, documents in file order: the first definition wins, whatever the commit,
  // so the plan never flips between two copies of one object.
  for (const path of [...side.parsed.keys()].sort()) {
    const file = side.parsed.get(path) as ParsedFile;
    for (const p of side.targets.placements.get(path) ?? []) {
      const target = p.plain && split.has(p.target) ? path : p.target;
      const subs = substitutionsFor(flux, p.target);
      if (subs.length === 0) {
        for (const obj of placedObjects(file, target, p.namespace)) add(obj);
        continue;
      }
      for (const raw of file.objects) {
        for (const sub of subs) {
          const obj = substituteObject(raw, sub);
          add(placeObject(obj, `${target} (Flux ${sub.via})`, appliedNamespace(obj, p.namespace)));
        }
      }
    }
  }
  return { ...side, objects, duplicates };
}

interface Entry {
  before?: DescObject;
  after?: DescObject;
  changes: Change[];
}

/**
 * Pairs the objects of both sides: by key first; then an object whose namespace became explicit
 * (`''` → the one it was applied into) in the same target; then an object that moved to another
 * target, when exactly one copy left and one arrived. Each step only where it is unambiguous.
 */
function pairObjects(before: Side, after: Side): Entry[] {
  const entries: Entry[] = [];
  const lostBefore: DescObject[] = [];
  const newAfter: DescObject[] = [];
  for (const [key, a] of after.objects) {
    const b = before.objects.get(key);
    // The same placed object on both sides (an unchanged file, see `placedObjects`): no change.
    if (b === a) continue;
    if (b) entries.push(diffEntry(b, a));
    else if (!before.unreadable.has(a.file)) newAfter.push(a);
  }
  for (const [key, b] of before.objects) {
    if (!after.objects.has(key) && !after.unreadable.has(b.file)) lostBefore.push(b);
  }
  const matchUnique = (key: (o: DescObject) => string, fits: (b: DescObject, a: DescObject) => boolean) => {
    const byKey = (list: DescObject[]) => {
      const m = new Map<string, DescObject[]>();
      for (const o of list) {
        const k = key(o);
        m.set(k, [...(m.get(k) ?? []), o]);
      }
      return m;
    };
    const lost = byKey(lostBefore);
    const found = byKey(newAfter);
    for (const [k, bs] of lost) {
      const as = found.get(k);
      if (bs.length !== 1 || as?.length !== 1) continue;
      const [b] = bs as [DescObject];
      const [a] = as as [DescObject];
      if (!fits(b, a)) continue;
      entries.push(diffEntry(b, a));
      lostBefore.splice(lostBefore.indexOf(b), 1);
      newAfter.splice(newAfter.indexOf(a), 1);
    }
  };
  const sameName = (o: DescObject) => `${o.target}\0${o.group}\0${o.kind}\0${o.name}`;
  matchUnique(sameName, (b, a) => b.namespace === '' || a.namespace === '');
  // A folder that became a kustomize base deploys its files through every overlay that lists it:
  // each new copy from the same file is the object it was, not a creation.
  const identity = (o: DescObject) => `${o.group}\0${o.kind}\0${o.namespace}\0${o.name}`;
  const lostBySource = new Map<string, DescObject[]>();
  for (const b of lostBefore) {
    const k = `${identity(b)}\0${b.file}`;
    lostBySource.set(k, [...(lostBySource.get(k) ?? []), b]);
  }
  const paired = new Set<DescObject>();
  for (const a of [...newAfter]) {
    const bs = lostBySource.get(`${identity(a)}\0${a.file}`);
    if (bs?.length !== 1) continue;
    const b = bs[0] as DescObject;
    entries.push(diffEntry(b, a));
    paired.add(b);
    newAfter.splice(newAfter.indexOf(a), 1);
  }
  for (const b of paired) lostBefore.splice(lostBefore.indexOf(b), 1);
  matchUnique(identity, () => true);
  for (const a of newAfter) entries.push({ after: a, changes: [] });
  for (const b of lostBefore) entries.push({ before: b, changes: [] });
  return entries.filter((e) => !e.before || !e.after || e.changes.length > 0);
}

function diffEntry(b: DescObject, a: DescObject): Entry {
  // Cached objects compare by their bodies' hashes, so an unchanged file's bodies are never read.
  if (a.stored && b.stored ? a.stored.hash === b.stored.hash : a.body === b.body) {
    return { before: b, after: a, changes: [] };
  }
  return { before: b, after: a, changes: diffObjects(a.kind, a.descriptor, b.body, a.body) };
}

export function buildPlan(input: PlanInput): Plan {
  const { config } = input;
  const rawBefore = parseSide(input.before, input.blobs?.before);
  const rawAfter = parseSide(input.after, input.blobs?.after);
  const split = splitFolders([rawBefore, rawAfter]);
  const before = placeSide(rawBefore, split);
  const after = placeSide(rawAfter, split);
  const touched = (file: string) => !input.touched || input.touched.has(file);

  const findings: Finding[] = [...(input.notes ?? [])];
  const named = new Set<string>();
  const problem = (p: LoadProblem, severity: 'error' | 'warning', note: string) => {
    const id = `${p.file}\0${p.message}`;
    if (named.has(id)) return;
    named.add(id);
    findings.push(problemFinding(p, severity, note));
  };
  // At `to`, a problem in a file the push changes fails closed; one in a file it does not change
  // was there before the push, so it warns (once) and blocks nothing.
  for (const p of after.problems) {
    if (touched(p.file)) problem(p, 'error', 'at the requested revision; the gate fails closed');
    else problem(p, 'warning', 'in a file this push does not change');
  }
  input.prefetch?.(after.duplicates.flatMap((d) => [d.kept, d.dropped].map((o) => ({ file: o.file, after: true }))));
  for (const d of after.duplicates) {
    const p = duplicateProblem(d.kept, d.dropped);
    if (touched(d.kept.file) || touched(d.dropped.file)) problem(p, 'error', 'at the requested revision');
    else problem(p, 'warning', 'in files this push does not change');
  }
  // At `from` the deployed state is what it is; only a problem the push leaves in place is news.
  const atTo = new Set(after.problems.map((p) => `${p.file}\0${p.message}`));
  for (const p of before.problems) {
    if (touched(p.file) && !atTo.has(`${p.file}\0${p.message}`) && input.after.has(p.file)) {
      problem(p, 'warning', 'at the deployed revision');
    }
  }

  const entries = pairObjects(before, after);
  const where = (e: Entry) => (e.after ?? e.before) as DescObject;
  entries.sort((x, y) => {
    const a = where(x);
    const b = where(y);
    return (
      cmp(a.file, b.file) ||
      a.index - b.index ||
      (a.item ?? 0) - (b.item ?? 0) ||
      cmp(a.target, b.target) ||
      cmp(a.id, b.id)
    );
  });

  const view: PlanView = {
    pairs: entries,
    before: [...before.objects.values()],
    after: [...after.objects.values()],
    config,
  };
  const checks = Object.values(KIND_CHECKS);
  const raw: RawFinding[] = [];
  for (const e of entries) for (const c of checks) if (c.pair) raw.push(...c.pair(e as Pair, view));
  for (const c of checks) if (c.plan) raw.push(...c.plan(view));

  input.prefetch?.(raw.map((r) => ({ file: r.obj.file, after: after.objects.get(r.obj.key) === r.obj })));
  const made: Finding[] = [];
  for (const r of raw) {
    const f = destructiveFinding(r, config, input.accepted);
    if (f) made.push(f);
  }
  nameTargets(made);
  findings.push(...made);
  const destructive = made.length;

  const objects: PlanObject[] = entries.map((e) => {
    const o = where(e);
    return {
      id: o.id,
      kind: o.kind,
      file: o.file,
      target: o.target,
      action: e.before && e.after ? 'update' : e.after ? 'create' : 'delete',
      changes: e.changes.map((c) => {
        const pc: PlanChange = { path: c.path };
        if ('before' in c) pc.before = c.before;
        if ('after' in c) pc.after = c.after;
        return pc;
      }),
    };
  });
  const ignored: IgnoredFile[] = [];
  for (const [file, reason] of after.targets.ignored) ignored.push({ file, reason });
  for (const [file, parsed] of after.parsed) for (const reason of parsed.ignored) ignored.push({ file, reason });
  for (const path of input.after.keys()) {
    if (!after.targets.placements.has(path) && !after.targets.ignored.has(path)) {
      ignored.push({ file: path, reason: 'not part of any target' });
    }
  }
  ignored.sort((a, b) => cmp(a.file, b.file));
  const targets = new Set<string>();
  for (const o of after.objects.values()) targets.add(o.target);
  return {
    objects,
    findings,
    summary: {
      add: objects.filter((o) => o.action === 'create').length,
      change: objects.filter((o) => o.action === 'update').length,
      destroy: objects.filter((o) => o.action === 'delete').length,
      destructive,
    },
    ignored,
    targets: [...targets].sort(),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function duplicateProblem(kept: DescObject, dropped: DescObject): LoadProblem {
  return {
    kind: 'invalid',
    file: dropped.file,
    line: lineOf(dropped, []),
    object: dropped.id,
    message: `${dropped.id} is defined twice in target ${dropped.target}: in ${kept.file} line ${lineOf(kept, [])} and again here; the plan compares the first (by file path)`,
    hint: 'Each object (group, kind, namespace, name) may appear once in what one target deploys; remove or rename one of them.',
  };
}

function problemFinding(p: LoadProblem, severity: 'error' | 'warning', note: string): Finding {
  const f: Finding = {
    rule: 'destructive',
    kind: p.kind,
    severity,
    message: `${p.message} (${note})`,
    hint: p.hint,
    file: p.file,
  };
  if (p.line !== undefined) f.line = p.line;
  if (p.object !== undefined) f.object = p.object;
  if (p.path !== undefined) f.path = p.path;
  return f;
}

function destructiveFinding(
  r: RawFinding,
  config: DestructiveConfig,
  accepted: Map<DestructiveKind, string> | undefined,
): Finding | undefined {
  const configured = config.severity[r.kind] ?? 'error';
  if (configured === 'off' || !KINDS.has(r.kind)) return undefined;
  const by = accepted?.get(r.kind);
  const f: Finding = {
    rule: 'destructive',
    kind: r.kind,
    severity: by ? 'warning' : configured,
    message: r.message,
    hint: by ? `Accepted by the Allow-Destructive: trailer of ${by}.` : r.hint,
    file: r.obj.file,
    line: lineOf(r.obj, r.segs),
    object: r.obj.id,
    path: formatPath(r.segs),
    before: r.before,
    after: r.after,
  };
  if (r.obj.descriptor) f.service = r.obj.name;
  if (r.obj.target) f.target = r.obj.target;
  if (by) f.acceptedBy = by;
  return f;
}

/**
 * One object deployed by several targets (a base shared by a staging and a production overlay)
 * gives one finding per target, each true; alike word for word, they would read as a duplicate.
 * Where that happens, each message names its target.
 */
function nameTargets(findings: Finding[]): void {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.kind}\0${f.object}\0${f.message}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((f) => f.target)).size < 2) continue;
    for (const f of group) if (f.target) f.message = `${f.message} (in ${f.target})`;
  }
}
