import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearParsedFiles } from '../../src/descriptors/cache.js';
import {
  type PlanCache,
  readCachedFile,
  writeCachedFiles,
  writeCachedFolder,
} from '../../src/descriptors/disk-cache.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { type ReadOptions, readDescriptorInput } from '../../src/descriptors/read.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';
import { config } from './helpers.js';

const deployment = (name: string, image: string) =>
  `# ${name}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec:\n  ports: [{port: 80}]\n`;

/** Two folders; the push downgrades an image in one file of `k8s/a` and removes a Service from `k8s/b`. */
function setup() {
  const repo = TestRepo.create();
  repo.commit('fleet', {
    files: {
      'k8s/a/one.yaml': deployment('one', 'web:1.4.0'),
      'k8s/a/two.yaml': deployment('two', 'api:2.1.0'),
      'k8s/b/three.yaml': `${deployment('three', 'db:3.0.0')}---\n${service('three')}`,
      'k8s/b/four.yaml': deployment('four', 'queue:1.0.0'),
    },
  });
  const from = repo.git('rev-parse', 'HEAD');
  repo.commit('release', {
    files: { 'k8s/a/two.yaml': deployment('two', 'api:2.0.0'), 'k8s/b/three.yaml': deployment('three', 'db:3.0.0') },
  });
  const to = repo.git('rev-parse', 'HEAD');
  return { repo, from, to, cacheDir: join(repo.dir, '.git', 'gitops-action', 'plan-cache') };
}

/** One plan as `check` makes it, recording the blobs it reads from git. */
function plan(dir: string, from: string, to: string, options: ReadOptions = {}) {
  clearParsedFiles();
  const git = new Git(dir);
  const read: string[] = [];
  let catFiles = 0;
  const exec = git.execGit.bind(git);
  git.execGit = (args, opts) => {
    if (args[0] === 'cat-file' && typeof opts?.input === 'string') {
      catFiles++;
      read.push(...opts.input.split('\n').filter(Boolean));
    }
    return exec(args, opts);
  };
  const input = readDescriptorInput(git, config(), from, to, false, options);
  const result = buildPlan({ ...input, config: config() });
  input.persist?.();
  return { result, read, catFiles };
}

describe('the plan with its parse cache', () => {
  it('plans the same from the cache, reading from git only the text a finding quotes', () => {
    const { repo, from, to } = setup();
    const blob = (rev: string, path: string) => repo.git('rev-parse', `${rev}:${path}`);
    const cold = plan(repo.dir, from, to);
    expect(cold.result.findings.map((f) => [f.kind, f.file, f.line])).toEqual([
      ['version-downgrade', 'k8s/a/two.yaml', 11],
      ['service-removed', 'k8s/b/three.yaml', 13],
    ]);
    expect(cold.read).toContain(blob(to, 'k8s/b/four.yaml'));

    const warm = plan(repo.dir, from, to);
    expect(warm.result).toEqual(cold.result);
    // Only the files whose findings need a line; never the unchanged ones.
    expect(new Set(warm.read)).toEqual(
      new Set([blob(to, 'k8s/a/two.yaml'), blob(from, 'k8s/b/three.yaml')].filter((b) => cold.read.includes(b))),
    );
    expect(warm.read).not.toContain(blob(to, 'k8s/b/four.yaml'));
    expect(warm.read).not.toContain(blob(to, 'k8s/a/one.yaml'));
  });

  it('reads the texts of every file with a finding in one git process, not one each', () => {
    const repo = TestRepo.create();
    const names = ['a', 'b', 'c', 'd', 'e'];
    repo.commit('fleet', {
      files: Object.fromEntries(names.map((n) => [`k8s/${n}/app.yaml`, deployment(n, `${n}:2.0.0`)])),
    });
    const from = repo.git('rev-parse', 'HEAD');
    repo.commit('downgrade all', {
      files: Object.fromEntries(names.map((n) => [`k8s/${n}/app.yaml`, deployment(n, `${n}:1.0.0`)])),
    });
    const to = repo.git('rev-parse', 'HEAD');
    const cold = plan(repo.dir, from, to);
    const warm = plan(repo.dir, from, to);
    expect(warm.result).toEqual(cold.result);
    expect(warm.result.findings.map((f) => [f.kind, f.file, f.line])).toEqual(
      names.map((n) => ['version-downgrade', `k8s/${n}/app.yaml`, 11]),
    );
    // The five texts at `to`, where the findings are, and only those.
    expect(new Set(warm.read)).toEqual(new Set(names.map((n) => repo.git('rev-parse', `${to}:k8s/${n}/app.yaml`))));
    expect(warm.catFiles).toBe(1);
  });

  it('ignores entries written without the user’s key, so a forged entry cannot hide a deletion', () => {
    const { repo, from, to, cacheDir } = setup();
    const honest = plan(repo.dir, from, to).result;
    // A forger who knows the format but not the key: every file of both revisions "holds nothing".
    const forger: PlanCache = { dir: cacheDir, key: randomBytes(32) };
    const nothing = { objects: [], problems: [], unreadable: false, ignored: [] };
    for (const rev of [from, to]) {
      for (const folder of ['k8s/a', 'k8s/b']) {
        const files = new Map<string, string>();
        for (const line of repo.git('ls-tree', '-z', '--full-tree', rev, `${folder}/`).split('\0').filter(Boolean)) {
          const path = line.slice(line.indexOf('\t') + 1);
          const blob = line.split(' ')[2]!.split('\t')[0]!;
          files.set(path, blob);
          writeCachedFiles(forger, [{ path, blob, file: nothing, text: repo.git('cat-file', 'blob', blob) }]);
          // The forged entry is in place and reads as "nothing" for whoever holds the forger's key.
          expect(readCachedFile(forger, path, blob, () => '')?.objects).toEqual([]);
        }
        writeCachedFolder(forger, folder, repo.git('rev-parse', `${rev}:${folder}`), files);
      }
    }
    expect(plan(repo.dir, from, to).result).toEqual(honest);
  });

  it('reads an unchanged file’s body only when a check needs it: from its own entry, or from git when that is gone', () => {
    const repo = TestRepo.create();
    const web = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: app, image: 'web:1.0.0'}]\n`;
    const policy = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web-only}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: front}}}]}]\n`;
    repo.commit('fleet', {
      files: { 'k8s/a/web.yaml': web, 'k8s/a/policy.yaml': policy, 'k8s/a/other.yaml': service('other') },
    });
    const from = repo.git('rev-parse', 'HEAD');
    repo.git('rm', '-q', 'k8s/a/policy.yaml');
    repo.commit('drop the policy');
    const to = repo.git('rev-parse', 'HEAD');
    const webBlob = repo.git('rev-parse', `${to}:k8s/a/web.yaml`);
    const cacheDir = join(repo.dir, '.git', 'gitops-action', 'plan-cache');

    const cold = plan(repo.dir, from, to).result;
    // The deleted policy left web open: the check read web's labels, in a file the push did not touch.
    expect(cold.findings.map((f) => f.kind)).toContain('firewall-widened');
    const warm = plan(repo.dir, from, to);
    expect(warm.result).toEqual(cold);
    expect(warm.read).not.toContain(webBlob);

    // Only the folder indexes left (bodies live in the files' own entries): web's body comes from git.
    let removed = 0;
    for (const sub of readdirSync(cacheDir)) {
      for (const name of readdirSync(join(cacheDir, sub))) {
        const path = join(cacheDir, sub, name);
        if (!readFileSync(path, 'utf8').includes('"folder":')) {
          rmSync(path);
          removed++;
        }
      }
    }
    expect(removed).toBeGreaterThan(0);
    const pruned = plan(repo.dir, from, to);
    expect(pruned.result).toEqual(cold);
    expect(pruned.read).toContain(webBlob);
  });

  it('is neither read nor written when turned off (as the Action does)', () => {
    const { repo, from, to, cacheDir } = setup();
    const off = plan(repo.dir, from, to, { cache: false });
    expect(existsSync(cacheDir)).toBe(false);
    const on = plan(repo.dir, from, to);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
    expect(on.result).toEqual(off.result);
    // Off again: every file is read from git, whatever the cache holds.
    expect(plan(repo.dir, from, to, { cache: false }).read.length).toBe(off.read.length);
  });
});
