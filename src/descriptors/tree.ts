import type { Git } from '../git/git.js';
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
}

export function listPlanFiles(git: Git, rev: string, globs: string[]): PlanListing {
  const listing = git
    .execGit(['ls-tree', '-r', '-t', '-z', '--full-tree', '--end-of-options', rev])
    .stdout.toString('utf8');
  const oids = new Map<string, string>();
  const folders = new Map<string, string>();
  // Each entry is `<mode> SP <type> SP <oid> TAB <path> NUL`; read by position, since a large
  // repository lists tens of thousands of entries a side.
  for (let at = 0; at < listing.length; ) {
    let end = listing.indexOf('\0', at);
    if (end < 0) end = listing.length;
    const sp1 = listing.indexOf(' ', at);
    const sp2 = listing.indexOf(' ', sp1 + 1);
    const tab = listing.indexOf('\t', sp2 + 1);
    if (sp1 > at && sp2 > sp1 && tab > sp2 && tab < end) {
      const type = listing.slice(sp1 + 1, sp2);
      const oid = listing.slice(sp2 + 1, tab);
      const path = listing.slice(tab + 1, end);
      if (type === 'tree') folders.set(path, oid);
      // Symlinks and submodules are not manifests kubectl reads from this repository.
      else if (type === 'blob' && listing.slice(at, sp1) !== '120000') oids.set(path, oid);
    }
    at = end + 1;
  }
  const blobs = new Map<string, string>();
  const trees = new Map<string, string>();
  for (const p of planPaths([...oids.keys()], globs)) {
    blobs.set(p, oids.get(p) as string);
    const slash = p.lastIndexOf('/');
    if (slash > 0) {
      const dir = p.slice(0, slash);
      const tree = folders.get(dir);
      if (tree) trees.set(dir, tree);
    }
  }
  return { blobs, trees };
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
