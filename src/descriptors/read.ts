import { join } from 'node:path';
import { cacheKey } from '../config/cache.js';
import type { DestructiveConfig } from '../config/types.js';
import type { Git } from '../git/git.js';
import type { Finding } from '../policy/finding.js';
import { BlobTexts } from './blob-texts.js';
import { hasParsedFile, primeParsedFile, takeFreshParsedFiles } from './cache.js';
import { type PlanCache, readCachedFile, readCachedFolder, writeCachedFiles, writeCachedFolder } from './disk-cache.js';
import { type RenderResult, renderTargets } from './render.js';
import { assignTargets, KUSTOMIZATION_NAMES } from './targets.js';
import { listPlanFiles, listPlanSides, type PlanListing, readBlobs } from './tree.js';

/** What the plan compares, read from git at both revisions (the edge: git and processes only here). */
export interface DescriptorInput {
  before: Map<string, string>;
  after: Map<string, string>;
  blobs?: { before?: Map<string, string>; after?: Map<string, string> };
  /** Files the range changes; problems elsewhere only warn. */
  touched?: Set<string>;
  /** Findings about the reading itself (a render refused or skipped). */
  notes: Finding[];
  /** Call after the plan is built: keeps what was parsed in the disk cache for the next run. */
  persist?: () => void;
  /** Reads these files' texts (at `to` or at `from`) in one `cat-file`, for the lines of findings. */
  prefetch?: (files: Array<{ file: string; after: boolean }>) => void;
}

export interface ReadOptions {
  /**
   * The parse cache in the git directory (default on). The Action turns it off: on a runner the
   * workspace and the home folder may hold what an earlier job's code wrote.
   */
  cache?: boolean;
}

/** `<git common dir>/gitops-action/plan-cache` with the user's key, or undefined (no cache). */
function openCache(git: Git, options: ReadOptions): PlanCache | undefined {
  if (options.cache === false || process.env.GITOPS_ACTION_PLAN_CACHE === '0') return undefined;
  const common = git.commonDir();
  const key = common ? cacheKey(true) : null;
  return common && key ? { dir: join(common, 'gitops-action', 'plan-cache'), key } : undefined;
}

interface Folder {
  folder: string;
  tree: string;
  files: Map<string, string>;
}

/**
 * Primes the parse cache from disk: a folder's index when its tree is known, else each file's own
 * entry. Returns the folders whose index was missing, to write after the plan.
 */
function primeFromDisk(cache: PlanCache, sides: PlanListing[], textOf: (blob: string) => string): Folder[] {
  const folders = new Map<string, Folder>();
  const loose: Array<[string, string]> = [];
  for (const side of sides) {
    for (const [path, blob] of side.blobs) {
      const slash = path.lastIndexOf('/');
      const folder = slash > 0 ? path.slice(0, slash) : '';
      const tree = side.trees.get(folder);
      if (tree === undefined) {
        loose.push([path, blob]);
        continue;
      }
      const id = `${tree}\0${folder}`;
      const f = folders.get(id) ?? { folder, tree, files: new Map<string, string>() };
      folders.set(id, f);
      f.files.set(path, blob);
    }
  }
  const missed: Folder[] = [];
  for (const f of folders.values()) {
    if ([...f.files].every(([path, blob]) => hasParsedFile(path, blob))) continue;
    const index = readCachedFolder(cache, f.folder, f.tree, f.files, textOf);
    if (index) {
      for (const [path, file] of index) primeParsedFile(path, f.files.get(path) as string, file);
      continue;
    }
    missed.push(f);
    loose.push(...f.files);
  }
  for (const [path, blob] of loose) {
    if (hasParsedFile(path, blob)) continue;
    const file = readCachedFile(cache, path, blob, textOf);
    if (file) primeParsedFile(path, blob, file);
  }
  return missed;
}

const KUSTOMIZATIONS = new Set(KUSTOMIZATION_NAMES);
const isKustomization = (path: string) => KUSTOMIZATIONS.has(path.slice(path.lastIndexOf('/') + 1));

/**
 * Both sides' files. Blobs are read with one `cat-file --batch`, and only those the plan will
 * parse (not in the cache) or that decide targets (kustomizations); any other text is read when
 * something asks for it (the line of a finding).
 */
function readSides(git: Git, from: string | undefined, to: string, globs: string[], options: ReadOptions) {
  const empty: PlanListing = { blobs: new Map(), trees: new Map(), unnamed: [] };
  const [b, a] = from ? listPlanSides(git, from, to, globs) : [empty, listPlanFiles(git, to, globs)];
  const known = new Map<string, string>();
  const textOf = (blob: string) => {
    readBlobs(git, [blob], known);
    return known.get(blob) ?? '';
  };
  takeFreshParsedFiles();
  const cache = openCache(git, options);
  const missed = cache ? primeFromDisk(cache, [b, a], textOf) : [];
  const needed: string[] = [];
  const cached = new Set<string>();
  for (const side of [b, a]) {
    for (const [path, blob] of side.blobs) {
      const hit = hasParsedFile(path, blob);
      if (hit) cached.add(`${blob}\0${path}`);
      if (!hit || isKustomization(path)) needed.push(blob);
    }
  }
  readBlobs(git, needed, known);
  const texts = (side: PlanListing) => {
    const files = new BlobTexts(textOf);
    const blobs = new Map<string, string>();
    for (const [path, blob] of side.blobs) {
      const text = known.get(blob);
      if (text !== undefined) files.set(path, text);
      // A blob a partial clone lacks and the cache does not know: left out, as before.
      else if (cached.has(`${blob}\0${path}`)) files.lazy(path, blob);
      else continue;
      blobs.set(path, blob);
    }
    return { files, blobs };
  };
  const before = texts(b);
  const after = texts(a);
  const prefetch = (files: Array<{ file: string; after: boolean }>) => {
    const blobs = files.map((f) => (f.after ? after : before).blobs.get(f.file));
    readBlobs(
      git,
      blobs.filter((b) => b !== undefined),
      known,
    );
  };
  const persist = cache
    ? () => {
        const fresh = takeFreshParsedFiles().flatMap((e) => {
          const text = known.get(e.blob);
          return text === undefined ? [] : [{ ...e, text }];
        });
        writeCachedFiles(cache, fresh);
        for (const f of missed) writeCachedFolder(cache, f.folder, f.tree, f.files);
      }
    : undefined;
  return { before, after, persist, prefetch, notes: unnamedNotes(git, from, to, b, a) };
}

/**
 * A plan file whose name is not UTF-8 is not read: two such names can decode alike, and then one
 * file would stand in for the other (a push could change one and delete the other to hide the
 * change). kubectl would apply it, so a push that adds, changes or deletes one is an error; one
 * the push leaves alone is a warning, named once.
 */
function unnamedNotes(git: Git, from: string | undefined, to: string, b: PlanListing, a: PlanListing): Finding[] {
  if (b.unnamed.length === 0 && a.unnamed.length === 0) return [];
  const changed = new Set(from ? git.treeChanges(from, to).flatMap((c) => (c.named ? [] : [c.path])) : a.unnamed);
  const notes: Finding[] = [];
  for (const path of new Set([...a.unnamed, ...b.unnamed.filter((p) => changed.has(p))])) {
    const touched = changed.has(path);
    const f: Finding = {
      rule: 'destructive',
      kind: 'unreadable',
      severity: touched ? 'error' : 'warning',
      message: `${JSON.stringify(path)}: the file name is not UTF-8, so the gate cannot tell it from other such names and did not read it (${touched ? 'changed by this push; the gate fails closed' : 'in a file this push does not change'})`,
      hint: 'Rename the file to a UTF-8 name (git mv); kubectl applies it, so the gate must be able to read it.',
      file: path,
    };
    notes.push(f);
  }
  return notes;
}

function note(severity: 'error' | 'warning', message: string, hint: string, file?: string): Finding {
  const f: Finding = { rule: 'destructive', kind: 'render', severity, message, hint };
  if (file) f.file = file;
  return f;
}

export function readDescriptorInput(
  git: Git,
  config: DestructiveConfig,
  from: string | undefined,
  to: string,
  untrustedHead: boolean,
  readOptions: ReadOptions = {},
): DescriptorInput {
  const touched = from ? new Set(git.changedFiles(from, to)) : undefined;
  const plain = (): DescriptorInput => {
    const { before, after, persist, prefetch, notes } = readSides(git, from, to, config.descriptors, readOptions);
    return {
      before: before.files,
      after: after.files,
      blobs: { before: before.blobs, after: after.blobs },
      touched,
      notes,
      persist,
      prefetch,
    };
  };
  const render = config.render;
  if (!render) return plain();
  if (untrustedHead && config['render-untrusted'] !== true) {
    const input = plain();
    input.notes.push(
      note(
        'warning',
        'render: not run, because the head of this pull request comes from a fork; the files are compared as they are',
        'A fork’s build files could make the render command run its code with this job’s access. Set rules.destructive.render-untrusted: true in the policy to render anyway.',
      ),
    );
    return input;
  }
  const commands = new Map(typeof render === 'string' ? [['', render]] : Object.entries(render));
  const options = { timeoutSeconds: config['render-timeout'], allowRemote: config['render-allow-remote'] === true };
  const rendered: { before?: RenderResult; after: RenderResult } = {
    before: from ? renderTargets(git, from, commands, options) : undefined,
    after: renderTargets(git, to, commands, options),
  };
  const notes: Finding[] = [];
  for (const e of rendered.after.refused) {
    notes.push(
      note(
        'warning',
        `render: ${e.path} is a ${e.what} and was not written to the render tree`,
        e.what === 'symlink'
          ? 'A symlink could make the render read outside the repository; commit the file itself if the render needs it.'
          : 'Submodules are other repositories; render what this repository holds, or vendor the files.',
        e.path,
      ),
    );
  }
  if (rendered.before?.blocked || rendered.after.blocked) {
    const remote = [...(rendered.after.remote ?? []), ...(rendered.before?.remote ?? [])];
    const input = plain();
    const seen = new Set<string>();
    for (const r of remote) {
      const id = `${r.file}\0${r.entry}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const severity = !touched || touched.has(r.file) ? 'error' : 'warning';
      input.notes.push(
        note(
          severity,
          `render: ${r.file} names the remote base ${r.entry}; the render was not run and the files are compared as they are`,
          'A remote base is fetched at render time and may change without a commit here. Vendor it, pin it, or set rules.destructive.render-allow-remote: true in the policy.',
          r.file,
        ),
      );
    }
    input.notes.push(...notes);
    return input;
  }
  if (typeof render === 'string') {
    return { before: rendered.before?.files ?? new Map(), after: rendered.after.files, touched, notes };
  }
  // Per-target rendering: a rendered folder's files give way to its output; the rest are read as they are.
  const input = plain();
  const folders = [...commands.keys()].map((d) => d.replace(/\/+$/, ''));
  const under = (p: string) => folders.some((d) => d === '' || d === '.' || p === d || p.startsWith(`${d}/`));
  const merge = (files: Map<string, string>, out: Map<string, string> | undefined) => {
    // A base that only rendered targets deploy is in their output already.
    const placed = assignTargets(files.keys(), files).placements;
    const rendered = (p: string) => placed.get(p)?.every((pl) => folders.includes(pl.target)) === true;
    for (const p of [...files.keys()]) if (under(p) || rendered(p)) files.delete(p);
    for (const [k, v] of out ?? []) files.set(k, v);
  };
  merge(input.before, rendered.before?.files);
  merge(input.after, rendered.after.files);
  input.notes.push(...notes);
  return input;
}
