import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPlanFiles } from '../../src/descriptors/tree.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';

describe('listPlanFiles: the plan files of a revision, from one ls-tree', () => {
  const repo = TestRepo.create();
  repo.commit('files', {
    files: {
      'k8s/app/deploy.yaml': 'kind: Deployment\n',
      'k8s/app/with space.yaml': 'kind: Service\n',
      'k8s/top.yml': 'kind: ConfigMap\n',
      'docs/readme.md': '# not a plan file\n',
      'k8s/notes.txt': 'not yaml\n',
    },
  });
  execFileSync('ln', ['-s', '/etc/passwd', join(repo.dir, 'k8s/leak.yaml')]);
  const head = repo.commit('a symlink', { files: {} });
  const git = new Git(repo.dir);
  const blobOf = (path: string) =>
    execFileSync('git', ['rev-parse', `${head}:${path}`], { cwd: repo.dir, encoding: 'utf8' }).trim();

  it('lists each matching blob with its id and each of their folders with its tree id; never a symlink', () => {
    const listing = listPlanFiles(git, head, ['k8s/**/*.y?(a)ml']);
    expect([...listing.blobs.keys()].sort()).toEqual(['k8s/app/deploy.yaml', 'k8s/app/with space.yaml', 'k8s/top.yml']);
    expect(listing.blobs.get('k8s/app/with space.yaml')).toBe(blobOf('k8s/app/with space.yaml'));
    expect(listing.blobs.get('k8s/top.yml')).toBe(blobOf('k8s/top.yml'));
    expect(Object.fromEntries(listing.trees)).toEqual({ 'k8s/app': blobOf('k8s/app'), k8s: blobOf('k8s') });
  });
});
