import { resolve } from 'node:path';
import type { DestructiveConfig } from '../config/types.js';
import type { Git } from '../git/git.js';
import type { Finding } from '../policy/finding.js';
import { hasParsedFile, primeParsedFile, takeFreshParsedFiles } from './cache.js';
import { readCached, writeCached } from './disk-cache.js';
import { type RenderResult, renderTargets } from './render.js';
import { assignTargets } from './targets.js';
import { readPlanFiles } from './tree.js';

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
}

/** `<git common dir>/gitops-action/plan-cache`, or undefined where git cannot say. */
function cacheDir(git: Git): string | undefined {
  const r = git.execGit(['rev-parse', '--git-common-dir'], { allowFail: true });
  if (r.status !== 0) return undefined;
  return resolve(git.cwd, r.stdout.toString('utf8').trim(), 'gitops-action', 'plan-cache');
}

/** Primes the parse cache from disk with every file of both sides, and says how to save new ones. */
function useDiskCache(git: Git, input: DescriptorInput, texts: Map<string, string>): void {
  const dir = cacheDir(git);
  if (!dir || process.env.GITOPS_ACTION_PLAN_CACHE === '0') return;
  for (const side of [input.blobs?.before, input.blobs?.after]) {
    for (const [path, blob] of side ?? []) {
      if (hasParsedFile(path, blob)) continue;
      const text = texts.get(blob);
      if (text === undefined) continue;
      const cached = readCached(dir, path, blob, text);
      if (cached) primeParsedFile(path, blob, cached);
    }
  }
  takeFreshParsedFiles();
  input.persist = () => {
    const entries = takeFreshParsedFiles().flatMap((e) => {
      const text = texts.get(e.blob);
      return text === undefined ? [] : [{ ...e, text }];
    });
    writeCached(dir, entries);
  };
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
): DescriptorInput {
  const touched = from ? new Set(git.changedFiles(from, to)) : undefined;
  const known = new Map<string, string>();
  const plain = (): DescriptorInput => {
    const b = from ? readPlanFiles(git, from, config.descriptors, known) : { files: new Map(), blobs: new Map() };
    const a = readPlanFiles(git, to, config.descriptors, known);
    const input: DescriptorInput = {
      before: b.files,
      after: a.files,
      blobs: { before: b.blobs, after: a.blobs },
      touched,
      notes: [],
    };
    useDiskCache(git, input, known);
    return input;
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
