import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import {
  gitRecordReader,
  parseRecordMessage,
  readLog,
  recordedEnvironments,
  writeDeploy,
} from '../../src/record/git-store.js';
import { TestRepo } from '../support/repo.js';

function repoWithCommits(n: number): { repo: TestRepo; git: Git; shas: string[] } {
  const repo = TestRepo.create();
  const shas: string[] = [];
  for (let i = 0; i < n; i++) {
    repo.write(`f${i}.txt`, `${i}\n`);
    shas.push(repo.commit(`c${i}`));
  }
  return { repo, git: new Git(repo.dir), shas };
}

describe('the git-ref deploy record', () => {
  it('moves refs/deployments/<env> only after a success, and logs every deploy newest first', async () => {
    const { repo, git, shas } = repoWithCommits(3);
    writeDeploy(git, {
      environment: 'production',
      sha: shas[0]!,
      status: 'success',
      at: '2026-01-01T10:00:00Z',
      version: '1.0.0',
    });
    writeDeploy(git, { environment: 'production', sha: shas[1]!, status: 'failure', at: '2026-01-02T10:00:00Z' });
    expect(repo.git('rev-parse', 'refs/deployments/production').trim()).toBe(shas[0]);
    writeDeploy(git, {
      environment: 'production',
      sha: shas[2]!,
      status: 'success',
      at: '2026-01-03T10:00:00Z',
      by: 'Dev <dev@example.com>',
    });
    expect(repo.git('rev-parse', 'refs/deployments/production').trim()).toBe(shas[2]);
    const log = readLog(git, 'production');
    expect(log.map((d) => [d.sha, d.status, d.at])).toEqual([
      [shas[2], 'success', '2026-01-03T10:00:00Z'],
      [shas[1], 'failure', '2026-01-02T10:00:00Z'],
      [shas[0], 'success', '2026-01-01T10:00:00Z'],
    ]);
    expect(log[2]!.version).toBe('1.0.0');
    expect(readLog(git, 'production', { since: '2026-01-02T00:00:00Z' })).toHaveLength(2);
    const reader = gitRecordReader(git);
    expect((await reader.lastSuccess('production'))?.sha).toBe(shas[2]);
    expect(await reader.lastSuccess('staging')).toBeUndefined();
    expect(recordedEnvironments(git)).toEqual(['production']);
  });

  it('is idempotent: the same deploy recorded twice is one record', () => {
    const { git, shas } = repoWithCommits(1);
    const a = writeDeploy(git, { environment: 'qa', sha: shas[0]!, status: 'success' });
    const b = writeDeploy(git, { environment: 'qa', sha: shas[0]!, status: 'success' });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(readLog(git, 'qa')).toHaveLength(1);
  });

  it('keeps untrusted text on one line and refuses environment names that are not ref-safe', () => {
    const { git, shas } = repoWithCommits(1);
    const { deploy } = writeDeploy(git, {
      environment: 'qa',
      sha: shas[0]!,
      status: 'success',
      by: 'Eve\nStatus: failure\nDeployed-Sha: 0000000000000000000000000000000000000000',
    });
    expect(readLog(git, 'qa')[0]).toMatchObject({ status: 'success', sha: shas[0], by: deploy.by });
    for (const bad of ['../x', 'a b', '', 'x.lock', '-rf']) {
      expect(() => writeDeploy(git, { environment: bad, sha: shas[0]!, status: 'success' })).toThrow(/cannot name/);
    }
  });

  it('ignores messages that are not records', () => {
    expect(parseRecordMessage('hello\n\nStatus: success\n')).toBeUndefined();
  });
});
