import { posix } from 'node:path';
import { isObj, type Obj } from './diff.js';
import { readManifest } from './kubectl-yaml.js';
import type { LoadProblem } from './load.js';

/**
 * Where each file deploys: its *target*, the unit a GitOps tool applies together, as kubectl and
 * kustomize see the tree.
 *
 * - A folder with `kustomization.yaml`, `kustomization.yml` or `Kustomization` (with or without
 *   `kind`) is a kustomize root. What it lists under `resources`, `bases` and `components` is what
 *   it deploys; a root that another root lists is a base (or component), deployed as part of every
 *   root that includes it, never on its own. The top roots are the targets.
 * - What a root lists as patches (every form), configurations, transformers, generators,
 *   validators, replacements, crds, openapi, Helm chart homes or generator files is build input,
 *   not an object.
 * - A folder with `Chart.yaml` is a Helm chart: nothing under it is an object unless rendered.
 * - A file in a kustomize root's own folder that the root does not list is not deployed by it:
 *   ignored. (Deeper folders without a kustomization of their own are plain folders: a repository
 *   with a `kustomization.yaml` at its top does not hide every other folder.)
 * - Any other file deploys with its folder (`kubectl apply -f <folder>`, a Flux path or an Argo CD
 *   app folder): the folder is its target. Where two files of one folder define the same object,
 *   they are alternatives (an all-in-one release file beside its split sources, `install.yaml`
 *   beside `namespace-install.yaml`), and each file of that folder is a target of its own.
 *
 * Pure: it sees the paths and the text of the kustomization files, never the disk.
 */

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const KUSTOMIZATION_SET = new Set(KUSTOMIZATION_NAMES);

export interface Placement {
  target: string;
  /** The namespace kustomize sets on every object of the target (`namespace:`), when it does. */
  namespace?: string;
  /** A plain folder target (no kustomize root), which `splitFolders` may turn into one target per file. */
  plain?: boolean;
}

export interface RemoteResource {
  file: string;
  entry: string;
}

export interface TargetMap {
  placements: Map<string, Placement[]>;
  /** Files that are not objects, with the reason. */
  ignored: Map<string, string>;
  /** Kustomization entries that point outside the repository (URLs, `git::`, `github.com/...`). */
  remote: RemoteResource[];
  problems: LoadProblem[];
  /** Kustomize roots by folder (`''` for the repository root). */
  roots: Map<string, string>;
  charts: string[];
}

/** `resources:` entries kustomize fetches from elsewhere. */
export function isRemoteEntry(entry: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
    /^git::|^git@|^ssh:|^github\.com\/|^gitlab\.com\/|^bitbucket\.org\//i.test(entry) ||
    /\?ref=|\.git(\/\/|$)/.test(entry)
  );
}

function dirOf(path: string): string {
  // A repository path (`a/b/c.yaml`) is cut at its last slash; anything odder goes to posix.dirname.
  // Asked for every file of both revisions, where posix.dirname's checks were a tenth of placing.
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  if (i > 0 && i < path.length - 1 && path[i - 1] !== '/') return path.slice(0, i);
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

function resolveEntry(dir: string, entry: string): string | undefined {
  const p = posix.normalize(posix.join(dir || '.', entry));
  if (p.startsWith('../') || p === '..' || posix.isAbsolute(p)) return undefined;
  return p === '.' ? '' : p.replace(/\/$/, '');
}

interface Root {
  dir: string;
  file: string;
  namespace?: string;
  /** Folders of roots this one deploys (resources, bases, components). */
  children: string[];
  /** Files this one deploys. */
  files: string[];
  /** Files and root folders this one reads as build input, with the field that names them. */
  inputs: Array<{ path: string; field: string }>;
}

const INPUT_FIELDS = ['configurations', 'crds', 'transformers', 'generators', 'validators'];

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function readRoot(dir: string, file: string, text: string, problems: LoadProblem[]): Root {
  const root: Root = { dir, file, children: [], files: [], inputs: [] };
  const read = readManifest(text);
  if (read.error) {
    problems.push({
      kind: 'unreadable',
      file,
      line: read.error.line,
      message: `${file}${read.error.line ? ` line ${read.error.line}` : ''}: YAML syntax error: ${read.error.message}`,
      hint: 'Fix the kustomization; kustomize cannot build it, so what it deploys is not known.',
    });
    return root;
  }
  const body: Obj = isObj(read.docs[0]?.value) ? (read.docs[0]?.value as Obj) : {};
  if (typeof body.namespace === 'string' && body.namespace !== '') root.namespace = body.namespace;
  for (const field of ['resources', 'bases', 'components']) {
    for (const e of strings(body[field])) root.inputs.push({ path: e, field: `@deploy:${field}` });
  }
  const input = (e: unknown, field: string) => {
    if (typeof e === 'string' && !e.includes('\n')) root.inputs.push({ path: e, field });
    else if (isObj(e) && typeof e.path === 'string') root.inputs.push({ path: e.path, field });
  };
  for (const field of [...INPUT_FIELDS, 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'replacements']) {
    const v = body[field];
    if (Array.isArray(v)) for (const e of v) input(e, field);
  }
  if (isObj(body.openapi)) input(body.openapi, 'openapi');
  if (isObj(body.helmGlobals) && typeof body.helmGlobals.chartHome === 'string') {
    input(body.helmGlobals.chartHome, 'helmGlobals.chartHome');
  }
  if (Array.isArray(body.helmCharts) && !isObj(body.helmGlobals)) input('charts', 'helmCharts');
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    const v = body[field];
    if (!Array.isArray(v)) continue;
    for (const g of v) {
      if (!isObj(g)) continue;
      for (const f of [...strings(g.files), ...strings(g.envs), ...(typeof g.env === 'string' ? [g.env] : [])]) {
        input(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f, field);
      }
    }
  }
  return root;
}

export function assignTargets(paths: Iterable<string>, texts: Map<string, string>): TargetMap {
  const all = [...paths].sort();
  const problems: LoadProblem[] = [];
  const remote: RemoteResource[] = [];
  const ignored = new Map<string, string>();
  const placements = new Map<string, Placement[]>();
  const roots = new Map<string, Root>();
  const pathSet = new Set(all);

  for (const p of all) {
    const base = posix.basename(p);
    if (!KUSTOMIZATION_SET.has(base)) continue;
    const dir = dirOf(p);
    const known = roots.get(dir);
    // kustomize refuses a folder with two; the first in its own search order is the one it names.
    if (known && KUSTOMIZATION_NAMES.indexOf(posix.basename(known.file)) < KUSTOMIZATION_NAMES.indexOf(base)) {
      continue;
    }
    roots.set(dir, readRoot(dir, p, texts.get(p) ?? '', problems));
  }
  const charts = all.filter((p) => posix.basename(p) === 'Chart.yaml').map(dirOf);

  // Sort each root's entries into deployed files, deployed roots and inputs.
  const referenced = new Set<string>();
  const inputRoots = new Set<string>();
  const inputFiles = new Map<string, string>();
  for (const root of roots.values()) {
    const raw = root.inputs;
    root.inputs = [];
    for (const { path: entry, field } of raw) {
      if (isRemoteEntry(entry)) {
        remote.push({ file: root.file, entry });
        continue;
      }
      const resolved = resolveEntry(root.dir, entry);
      if (resolved === undefined) continue;
      const deploys = field.startsWith('@deploy:');
      if (roots.has(resolved) && resolved !== root.dir) {
        referenced.add(resolved);
        if (deploys) root.children.push(resolved);
        else inputRoots.add(resolved);
        continue;
      }
      if (deploys) {
        root.files.push(resolved);
      } else {
        root.inputs.push({ path: resolved, field });
        if (!inputFiles.has(resolved)) inputFiles.set(resolved, `${field} of ${root.file}`);
      }
    }
  }

  const place = (file: string, p: Placement) => {
    const list = placements.get(file) ?? [];
    if (!list.some((q) => q.target === p.target)) list.push(p);
    placements.set(file, list);
  };
  const walk = (target: string, dir: string, outerNs: string | undefined, seen: Set<string>) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const root = roots.get(dir) as Root;
    // An overlay's `namespace:` wins over its bases' (kustomize applies the outer transformer last).
    const ns = outerNs ?? root.namespace;
    for (const f of root.files) {
      if (!pathSet.has(f)) continue;
      place(f, ns === undefined ? { target } : { target, namespace: ns });
    }
    for (const c of root.children) walk(target, c, ns, seen);
  };
  for (const dir of [...roots.keys()].sort()) {
    if (referenced.has(dir)) continue;
    walk(dir === '' ? '.' : dir, dir, undefined, new Set());
  }
  // Roots used only as generators or transformers: their files are input too.
  for (const dir of inputRoots) {
    const root = roots.get(dir) as Root;
    for (const f of root.files)
      if (!placements.has(f)) inputFiles.set(f, `resource of ${root.file}, a kustomize plugin root`);
  }

  const rootDirs = [...roots.keys()];
  const within = (file: string, dir: string) => dir === '' || file.startsWith(`${dir}/`);
  for (const f of all) {
    if (placements.has(f)) continue;
    if (KUSTOMIZATION_SET.has(posix.basename(f))) {
      ignored.set(f, 'kustomization (build configuration)');
      continue;
    }
    const input = inputFiles.get(f);
    if (input) {
      ignored.set(f, `kustomize input: ${input}`);
      continue;
    }
    const chart = charts.filter((c) => within(f, c)).sort((a, b) => b.length - a.length)[0];
    if (chart !== undefined) {
      ignored.set(f, `part of the Helm chart in ${chart || '.'} (objects only when rendered)`);
      continue;
    }
    const root = rootDirs.find((d) => dirOf(f) === d);
    if (root !== undefined) {
      ignored.set(f, `not listed by ${roots.get(root)?.file}, so kustomize does not deploy it`);
      continue;
    }
    place(f, { target: dirOf(f) || '.', plain: true });
  }
  return {
    placements,
    ignored,
    remote,
    problems,
    roots: new Map([...roots].map(([d, r]) => [d, r.file])),
    charts,
  };
}
