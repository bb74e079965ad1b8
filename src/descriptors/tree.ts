import type { Git } from '../git/git.js';
import { planPaths } from './paths.js';

/**
 * The plan's files at one revision, read from git's objects: one `ls-tree -r` for the paths and
 * blob ids, and one `cat-file --batch` for the blobs not already read (a blob the other revision
 * shares is read once). Blob ids let the parse cache skip files it has seen.
 */
export interface TreeFiles {
  files: Map<string, string>;
  blobs: Map<string, string>;
}

export function readPlanFiles(git: Git, rev: string, globs: string[], known: Map<string, string>): TreeFiles {
  const listing = git.execGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev]).stdout.toString('utf8');
  const oids = new Map<string, string>();
  for (const line of listing.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode, type, oid] = line.slice(0, tab).split(' ');
    // Symlinks and submodules are not manifests kubectl reads from this repository.
    if (type !== 'blob' || mode === '120000' || !oid) continue;
    oids.set(line.slice(tab + 1), oid);
  }
  const paths = planPaths([...oids.keys()], globs);
  const missing = [...new Set(paths.map((p) => oids.get(p) as string))].filter((o) => !known.has(o));
  if (missing.length > 0) {
    const out = git.execGit(['cat-file', '--batch'], { input: `${missing.join('\n')}\n` }).stdout;
    let pos = 0;
    for (const oid of missing) {
      const eol = out.indexOf(10, pos);
      const header = out.subarray(pos, eol).toString('utf8');
      pos = eol + 1;
      // A blob a partial clone lacks: left out, as `readFiles` does.
      if (header.endsWith(' missing')) continue;
      const size = Number(header.split(' ')[2]);
      known.set(oid, out.subarray(pos, pos + size).toString('utf8'));
      pos += size + 1;
    }
  }
  const files = new Map<string, string>();
  const blobs = new Map<string, string>();
  for (const p of paths) {
    const oid = oids.get(p) as string;
    const text = known.get(oid);
    if (text === undefined) continue;
    files.set(p, text);
    blobs.set(p, oid);
  }
  return { files, blobs };
}
