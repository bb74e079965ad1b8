import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { knownRefShas } from '../../src/git/range.js';
import { runCheck } from '../../src/policy/check.js';
import { appendCommits } from '../support/fast-import.js';
import { TestRepo } from '../support/repo.js';

const POLICY = `admins: [lead@example.com]
environments:
  staging:    { branches: [staging] }
  production: { branches: [main], tags: ["v*"], promote-from: staging }
  preview:    { branches: ["preview/*"], deploy: false }
rules:
  committers: { allow: ["*@example.com"] }
  jira: { projects: [OPS] }
`;

function setup() {
  const repo = TestRepo.create();
  const base = repo.commit('OPS-1: policy', { files: { '.gitops.yml': POLICY } });
  repo.git('branch', 'staging');
  return { repo, git: new Git(repo.dir), base };
}

describe('runCheck against real repositories', () => {
  it('promote-from uses real ancestry: commits through staging pass, a sneaked commit blocks', async () => {
    const { repo, git, base } = setup();
    repo.checkout('staging');
    repo.commit('OPS-2: via staging');
    repo.checkout('feature', true);
    const sneaked = repo.commit('OPS-3: never on staging');
    repo.checkout('main');
    repo.merge('staging');
    const good = await runCheck({ git, ref: 'refs/heads/main', from: base, to: repo.sha() });
    expect(good.findings).toEqual([]);
    expect(good.decision).toBe('deploy');
    const tip = repo.merge('feature');
    const bad = await runCheck({ git, ref: 'refs/heads/main', from: base, to: tip });
    expect(bad.decision).toBe('block');
    expect(bad.findings).toEqual([expect.objectContaining({ rule: 'branches', commit: sneaked })]);
  });

  it('merge-only on main, where the file names it (it is no default: a convention): a direct commit blocks', async () => {
    const { repo, git, base: first } = setup();
    const direct0 = repo.commit('OPS-4: typed on main');
    // Without branches.merge-only in the file, a direct commit is fine.
    const lax = await runCheck({ git, ref: 'refs/heads/main', from: first, to: direct0 });
    expect(lax.findings.filter((f) => f.message.includes('merges only'))).toEqual([]);
    const base = repo.commit('OPS-1: merge-only', {
      as: 'lead@example.com',
      files: { '.gitops.yml': `${POLICY}  branches: { merge-only: [main] }\n` },
    });
    const direct = repo.commit('OPS-4: typed on main');
    const r = await runCheck({ git, ref: 'refs/heads/main', from: base, to: direct });
    expect(r.findings.filter((f) => f.message.includes('merges only')).map((f) => f.commit)).toEqual([direct]);
  });

  it('policy-change: a non-admin editing the policy blocks, an admin passes', async () => {
    const { repo, git, base } = setup();
    repo.checkout('staging');
    const edit = repo.commit('OPS-5: loosen', { files: { '.gitops.yml': `${POLICY}# more\n` } });
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: base, to: edit });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'policy-change', commit: edit })]);
    repo.git('reset', '-q', '--hard', base);
    const adminEdit = repo.commit('OPS-6: admin edit', {
      as: 'lead@example.com',
      files: { '.gitops.yml': `${POLICY}# x\n` },
    });
    expect((await runCheck({ git, ref: 'refs/heads/staging', from: base, to: adminEdit })).findings).toEqual([]);
  });

  it('a new branch reads the policy from the default branch and checks only its own commits', async () => {
    const { repo, git } = setup();
    repo.checkout('preview/x', true);
    const own = repo.commit('no key');
    const r = await runCheck({
      git,
      ref: 'refs/heads/preview/x',
      from: '0'.repeat(40),
      to: own,
      known: knownRefShas(git, ['refs/heads'], ['refs/heads/preview/x']),
    });
    expect(r.range.kind).toBe('create');
    expect(r.commits.map((c) => c.sha)).toEqual([own]);
    expect(r.configSource).toMatch(/^\.gitops\.yml at refs\/heads\/main$/);
    expect(r.decision).toBe('block');
  });

  it('deploy: false makes an environment check-only', async () => {
    const { repo, git, base } = setup();
    repo.checkout('preview/y', true);
    const c = repo.commit('OPS-7: fine');
    const r = await runCheck({ git, ref: 'refs/heads/preview/y', from: base, to: c });
    expect(r).toMatchObject({
      decision: 'skip',
      environment: 'preview',
      skipReason: expect.stringContaining('check-only'),
    });
  });

  it('a deleted branch is nothing to deploy; an environment branch is blocked', async () => {
    const { git, base } = setup();
    const feature = await runCheck({ git, ref: 'refs/heads/feature/z', from: base, to: '0'.repeat(40) });
    expect(feature.decision).toBe('skip');
    const staging = await runCheck({ git, ref: 'refs/heads/staging', from: base, to: '0'.repeat(40) });
    expect(staging.decision).toBe('block');
  });

  it('a tag push checks the tagged commit for the tag environment', async () => {
    const { repo, git } = setup();
    repo.checkout('staging');
    repo.commit('OPS-8: release');
    repo.checkout('main');
    const tip = repo.merge('staging');
    repo.tag('v1.0.0');
    const r = await runCheck({ git, ref: 'refs/tags/v1.0.0', from: '0'.repeat(40), to: tip, version: true });
    expect(r).toMatchObject({ environment: 'production', decision: 'deploy' });
    expect(r.commits.map((c) => c.sha)).toEqual([tip]);
    expect(r.version?.version).toBe('1.0.0');
  });

  it('a range of 10,000 commits is read with one git log and every commit is judged', async () => {
    const { repo, git, base } = setup();
    repo.checkout('staging');
    const tip = appendCommits(
      repo,
      'staging',
      10_000,
      (i) => (i === 5_000 ? 'no key here' : `OPS-${i + 10}: change ${i}`),
      (i) => (i === 7_000 ? 'eve@evil.org' : 'dev@example.com'),
    );
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: base, to: tip });
    expect(r.commits).toHaveLength(10_000);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['committers', 'committers', 'jira']);
    expect(r.decision).toBe('block');
  });
});
