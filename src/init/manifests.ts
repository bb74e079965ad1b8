/**
 * Where a repository keeps what it deploys, read from its file list (and, for `init`, from the
 * files' contents). Pure: the caller lists the tree and reads the blobs.
 */
export interface ManifestLayout {
  /** Folders holding a `kustomization.yaml`: what `kustomize build` (and Argo CD, Flux) deploy. */
  kustomizeRoots: string[];
  /** Helm chart folders (a `Chart.yaml`): objects only once rendered. */
  charts: string[];
  /** Folders of plain Kubernetes YAML (`apiVersion` + `kind`), outside charts. */
  plainFolders: string[];
  /** The top-level folders the destructive gate should read, as `dir/` (`.` for the root). */
  roots: string[];
  /**
   * The descriptor globs: `root/**` for each root, except a root that holds a Helm chart, whose
   * folders are listed one by one so the chart's templates (not YAML until rendered) stay out;
   * every YAML file (`**`) in a repository of app folders (see `appFolders`).
   */
  globs: string[];
  /** The top-level folders are apps, so every YAML file is watched. */
  appFolders?: boolean;
}

/** The folders the embedded default always watches, as the contract names them. */
export const CONVENTIONAL_ROOTS = ['deploy', 'k8s'];

/** Names that, as a top-level folder, hold manifests in the GitOps repositories we have seen. */
const MANIFEST_NAMES = new Set(['deploy', 'k8s', 'kubernetes', 'manifests', 'kustomize']);

const YAML = /\.ya?ml$/i;
const KUSTOMIZATION = /(^|\/)kustomization\.ya?ml$/i;
const CHART = /(^|\/)Chart\.ya?ml$/;

/** Tooling folders whose YAML is never a deployment (CI, editors, dependencies). */
function ignored(path: string): boolean {
  return (
    /^(\.github|\.gitlab|\.circleci|\.husky|\.vscode|docs?)\//.test(path) ||
    path.startsWith('.') ||
    // Test data at any depth: argo-cd keeps Kubernetes YAML in util/…/testdata/ and
    // reposerver/…/testdata/, fixtures that are made to be odd and are never applied.
    /(^|\/)(testdata|test|tests|e2e|fixtures|__tests__|node_modules|vendor|third_party)\//.test(path)
  );
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

function topOf(path: string): string {
  const i = path.indexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

/** A file of Kubernetes objects: at least one document with both `apiVersion:` and `kind:` at its top level. */
export function looksLikeKubernetes(text: string): boolean {
  return text.split(/^---\s*$/m).some((doc) => /^apiVersion:\s*\S/m.test(doc) && /^kind:\s*\S/m.test(doc));
}

/**
 * The layout from the file list alone (the embedded default, at run time: no blob is read) or with
 * contents (`init`). Without contents, a folder counts when it holds a kustomization or bears a
 * conventional name.
 */
export function detectManifests(files: string[], contents?: Map<string, string>): ManifestLayout {
  const kustomizeRoots = new Set<string>();
  const charts = new Set<string>();
  const plain = new Set<string>();
  for (const f of files) {
    if (ignored(f)) continue;
    if (KUSTOMIZATION.test(f)) kustomizeRoots.add(dirOf(f));
    if (CHART.test(f)) charts.add(dirOf(f));
  }
  const inChart = (f: string) => [...charts].some((c) => f.startsWith(`${c}/`));
  for (const f of files) {
    if (ignored(f) || !YAML.test(f) || inChart(f) || KUSTOMIZATION.test(f)) continue;
    const text = contents?.get(f);
    const byName = MANIFEST_NAMES.has(topOf(f));
    if (text !== undefined ? looksLikeKubernetes(text) : byName) plain.add(dirOf(f));
  }
  const roots = new Set<string>();
  for (const d of [...kustomizeRoots, ...plain]) roots.add(d === '.' ? '.' : topOf(`${d}/x`));
  const folders = new Set(files.filter((f) => !ignored(f) && f.includes('/')).map(topOf));
  if (appFolders(roots, folders)) {
    return {
      kustomizeRoots: [...kustomizeRoots].sort(),
      charts: [...charts].sort(),
      plainFolders: [...plain].sort(),
      roots: [...roots].sort(),
      globs: [...ANY_YAML],
      appFolders: true,
    };
  }
  const globs: string[] = [];
  for (const root of [...roots].sort()) {
    const chartInside = root === '.' || [...charts].some((c) => c === root || c.startsWith(`${root}/`));
    if (!chartInside) {
      globs.push(...descriptorGlobs([root]));
      continue;
    }
    const inRoot = (d: string) => root === '.' || d === root || d.startsWith(`${root}/`);
    for (const d of [...new Set([...kustomizeRoots, ...plain])].filter(inRoot).sort()) {
      globs.push(d === '.' ? '*.y?(a)ml' : `${d}/*.y?(a)ml`);
    }
  }
  return {
    kustomizeRoots: [...kustomizeRoots].sort(),
    charts: [...charts].sort(),
    plainFolders: [...plain].sort(),
    roots: [...roots].sort(),
    globs,
    appFolders: false,
  };
}

/** Every YAML file of the tree. */
export const ANY_YAML = ['**/*.y?(a)ml'];

/**
 * A repository of app folders (an Argo CD examples repository, one folder per app at the top, or
 * manifests at the root): the next app arrives in a top-level folder nobody can name yet, and a
 * glob per existing folder would never read it. Three roots at least, and at least half of the
 * top-level folders, so a repository with `kubernetes/` beside `src/`, `docs/` and `scripts/`
 * keeps its narrow globs.
 */
function appFolders(roots: Set<string>, folders: Set<string>): boolean {
  if (roots.has('.')) return true;
  return roots.size >= 3 && roots.size * 2 >= folders.size;
}

/** The descriptor globs for a set of root folders: every YAML file below each. */
export function descriptorGlobs(roots: string[]): string[] {
  return roots.map((r) => (r === '.' ? '*.y?(a)ml' : `${r}/**/*.y?(a)ml`));
}

/** YAML files worth reading to tell Kubernetes objects from other YAML (bounded, for big trees). */
export function candidateYaml(files: string[], limit = 2000): string[] {
  return files.filter((f) => YAML.test(f) && !ignored(f)).slice(0, limit);
}
