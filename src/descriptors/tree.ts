import { type Git, NO_MODE, TREE_MODE, type TreeChange, utf8Fields } from '../git/git.js';
import { planPaths } from './paths.js';

/**
 * The plan's files at one revision, from git's objects: one `ls-tree -r -t` gives every path with
 * its blob id and every folder with its tree id, without reading a blob. The blobs are read later
 * (`readBlobs`), and only those the parse cache does not already know.
 */
export interface PlanListing {
  /** Plan file → blob id. */
  blobs: Map<string, string>;
  /** Folder → tree id, for the folders that hold plan files (not the top of the repository). */
  trees: Map<string, string>;
  /** Plan files whose names are not UTF-8 (decoded with U+FFFD): left out of `blobs`, reported. */
  unnamed: string[];
}

/** Every file (path → blob id) and folder (path → tree id) of one revision, before the globs. */
interface Tree {
  files: Map<string, string>;
  folders: Map<string, string>;
  /**
   * Files whose names are not UTF-8, decoded with U+FFFD (two of them can read alike): kept out of
   * `files`, where one could stand in for another, and reported instead (see read.ts).
   */
  unnamed: string[];
}

const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';

function readTree(git: Git, rev: string): Tree {
  const bytes = git.execGit(['ls-tree', '-r', '-t', '-z', '--full-tree', '--end-of-options', rev]).stdout;
  const listing = bytes.toString('utf8');
  // Only a listing that decoded with a U+FFFD somewhere is checked name by name, in bytes (an
  // entry's mode, type and id are ASCII: whether it is UTF-8 is whether its path is).
  const valid = listing.includes('\uFFFD') ? utf8Fields(bytes) : undefined;
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  const unnamed: string[] = [];
  // Each entry is `<mode> SP <type> SP <oid> TAB <path> NUL`; read by position, since a large
  // repository lists tens of thousands of entries a side.
  for (let at = 0, entry = 0; at < listing.length; entry++) {
    let end = listing.indexOf('\0', at);
    if (end < 0) end = listing.length;
    const sp1 = listing.indexOf(' ', at);
    const sp2 = listing.indexOf(' ', sp1 + 1);
    const tab = listing.indexOf('\t', sp2 + 1);
    if (sp1 > at && sp2 > sp1 && tab > sp2 && tab < end) {
      const oid = listing.slice(sp2 + 1, tab);
      const path = listing.slice(tab + 1, end);
      // Symlinks and submodules are not manifests kubectl reads from this repository.
      const mode = listing.slice(at, sp1);
      if (valid?.[entry] === false) {
        if (isFile(mode)) unnamed.push(path);
      } else if (mode === TREE_MODE) folders.set(path, oid);
      else if (isFile(mode)) files.set(path, oid);
    }
    at = end + 1;
  }
  return { files, folders, unnamed };
}

/**
 * The tree of `to` from the tree of `from` and what changed between them (`diff-tree -r -t`, which
 * the range's changed files come from anyway): a push that changes one file in 8,000 lists the
 * repository once, not twice. The same rules as `readTree`: symlinks and submodules are not files.
 */
function applyChanges(tree: Tree, changes: TreeChange[]): Tree {
  const files = new Map(tree.files);
  const folders = new Map(tree.folders);
  for (const c of changes) {
    if (c.oldMode === TREE_MODE) folders.delete(c.path);
    else files.delete(c.path);
    if (c.newMode === TREE_MODE) folders.set(c.path, c.newId);
    else if (isFile(c.newMode)) {
      files.set(c.path, c.newId);
    }
  }
  return { files, folders, unnamed: tree.unnamed };
}

/**
 * The plan's files of one tree: those the globs choose (`paths`, when they are known already), with
 * the tree ids of their folders.
 */
function planListing(tree: Tree, globs: string[], paths = planPaths([...tree.files.keys()], globs)): PlanListing {
  const blobs = new Map<string, string>();
  const trees = new Map<string, string>();
  for (const p of paths) {
    blobs.set(p, tree.files.get(p) as string);
    const slash = p.lastIndexOf('/');
    if (slash > 0) {
      const dir = p.slice(0, slash);
      const id = tree.folders.get(dir);
      if (id) trees.set(dir, id);
    }
  }
  return { blobs, trees, unnamed: planPaths(tree.unnamed, globs) };
}

export function listPlanFiles(git: Git, rev: string, globs: string[]): PlanListing {
  return planListing(readTree(git, rev), globs);
}

/**
 * Both revisions' plan files: `from` listed, `to` made from it and the range's changes. Where a
 * file name is not UTF-8 (on either side), `to` is listed by itself instead: such names can
 * decode alike, and applying the change of one to the other could drop a file `to` still has.
 */
export function listPlanSides(git: Git, from: string, to: string, globs: string[]): [PlanListing, PlanListing] {
  const before = readTree(git, from);
  const changes = git.treeChanges(from, to);
  const paths = planPaths([...before.files.keys()], globs);
  if (before.unnamed.length > 0 || changes.some((c) => !c.named)) {
    return [planListing(before, globs, paths), planListing(readTree(git, to), globs)];
  }
  const after = applyChanges(before, changes);
  // Which files the plan reads depends only on the paths: when the push adds and removes no file
  // (it changes some), they are the same at both revisions.
  const samePaths = changes.every(
    (c) => c.oldMode !== NO_MODE && c.newMode !== NO_MODE && isFile(c.oldMode) === isFile(c.newMode),
  );
  return [planListing(before, globs, paths), planListing(after, globs, samePaths ? paths : undefined)];
}

/** A mode the plan reads as a file: not a folder, a symlink, a submodule, or nothing. */
function isFile(mode: string): boolean {
  return mode !== TREE_MODE && mode !== SYMLINK_MODE && mode !== GITLINK_MODE && mode !== NO_MODE;
}

/**
 * Reads blobs with one `cat-file --batch` into `into` (blob id → text). A blob a partial clone
 * lacks is left out.
 */
export function readBlobs(git: Git, oids: Iterable<string>, into: Map<string, string>): void {
  const missing = [...new Set(oids)].filter((o) => !into.has(o));
  const found = git.readSpecs(missing);
  missing.forEach((oid, i) => {
    const blob = found[i];
    if (blob) into.set(oid, blob.text);
  });
}
