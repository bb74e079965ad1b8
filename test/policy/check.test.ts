import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { runCheck } from '../../src/policy/check.js';
import { gitRecordReader, writeDeploy } from '../../src/record/git-store.js';
import { NO_RECORD } from '../../src/record/types.js';
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

const ZERO = '0'.repeat(40);
const BILLING = 'service: billing\nversion: 1.0.0\nport: 8080\n';

/** The remote as actions/checkout leaves it: `refs/remotes/origin/<branch>`, and no origin/HEAD. */
function publish(repo: TestRepo, branch: string, rev = branch): void {
  repo.git('update-ref', `refs/remotes/origin/${branch}`, repo.sha(rev));
}

/**
 * A repository whose remote has `main` (the default branch, with the policy) and `staging`.
 * `originHead` adds `refs/remotes/origin/HEAD`, as `git clone` does; the CLI and hooks rely on it.
 */
function setup(options: { policy?: string; originHead?: boolean; files?: Record<string, string> } = {}) {
  const repo = TestRepo.create();
  const base = repo.commit('OPS-1: policy', { files: { '.gitops.yml': options.policy ?? POLICY, ...options.files } });
  repo.git('branch', 'staging');
  publish(repo, 'main');
  publish(repo, 'staging');
  if (options.originHead !== false) {
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  }
  const git = new Git(repo.dir);
  return { repo, git, base, record: gitRecordReader(git) };
}

const rules = (r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule).sort();

describe('runCheck against real repositories', () => {
  it('promote-from uses real ancestry: commits on staging (as the remote has it) pass, a sneaked commit blocks', async () => {
    const { repo, git, base } = setup();
    repo.checkout('staging');
    repo.commit('OPS-2: via staging');
    publish(repo, 'staging');
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
    expect(bad.findings).toEqual([expect.objectContaining({ rule: 'promote-from', commit: sneaked })]);
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
    // The policy is the remote's default branch's: the new file counts once origin/main has it.
    publish(repo, 'main');
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

  it('a new branch reads the policy from the default branch and checks merge-base(default, to)..to', async () => {
    const { repo, git, base } = setup();
    repo.checkout('parked', true);
    const parked = repo.commit('no key, parked on another branch first');
    repo.checkout('preview/x', true);
    const own = repo.commit('no key either');
    const r = await runCheck({ git, ref: 'refs/heads/preview/x', from: ZERO, to: own, defaultBranch: 'main' });
    expect(r.range).toMatchObject({ kind: 'create', from: base });
    // The parked commit is in the range: a branch made elsewhere first does not hide it.
    expect(r.commits.map((c) => c.sha)).toEqual([own, parked]);
    expect(r.configSource).toBe('.gitops.yml at origin/main');
    expect(r.baseline).toMatchObject({ source: 'merge-base', sha: base });
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
    const feature = await runCheck({ git, ref: 'refs/heads/feature/z', from: base, to: ZERO });
    expect(feature.decision).toBe('skip');
    const staging = await runCheck({ git, ref: 'refs/heads/staging', from: base, to: ZERO });
    expect(staging.decision).toBe('block');
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
    expect(rules(r)).toEqual(['committers', 'committers', 'jira']);
    expect(r.decision).toBe('block');
    // Building 10,000 commits is most of the time, and this machine may be shared: room, not a hang.
  }, 240_000);
});

describe('the policy comes from the protected default branch', () => {
  it('never from the pushed commit, a guessed branch name or a local branch the push created', async () => {
    // The default is main; an attacker pushes a new branch `master` whose policy lets anyone in.
    const { repo, git } = setup({ originHead: false });
    repo.checkout('master', true);
    const evil = repo.commit('takeover', {
      as: 'eve@evil.org',
      files: { '.gitops.yml': POLICY.replace('"*@example.com"', '"*"').replace('staging] }', 'staging, master] }') },
    });
    const r = await runCheck({ git, ref: 'refs/heads/master', from: ZERO, to: evil, defaultBranch: 'main' });
    expect(r.configSource).toBe('.gitops.yml at origin/main');
    // Under main's policy `master` deploys nowhere: message rules only, and the key is missing.
    expect(r.environment).toBeNull();
    expect(rules(r)).toEqual(['jira']);
    // Locally, with no origin/HEAD and no init.defaultBranch, nothing is guessed: the embedded default, said so.
    const local = await runCheck({ git, ref: 'refs/heads/master', from: ZERO, to: evil });
    expect(local.configSource).toMatch(/^embedded default/);
    expect(local.notes.join('\n')).toContain('git remote set-head origin --auto');
  });

  it('a default branch the clone lacks fails closed with the fix', async () => {
    const { repo, git } = setup({ originHead: false });
    await expect(
      runCheck({ git, ref: 'refs/heads/staging', from: repo.sha(), to: repo.sha(), defaultBranch: 'trunk' }),
    ).rejects.toThrow(/default branch "trunk" is not in this clone/);
  });

  it('a push to the default branch is judged by the policy at its last deploy, not by the pushed commit', async () => {
    const { repo, git, base, record } = setup({ policy: POLICY.replace('promote-from: staging', '') });
    writeDeploy(git, { environment: 'production', sha: base, status: 'success', at: '2026-01-01T00:00:00Z' });
    // A push that GitHub accepted although it was blocked: it loosened the committers.
    const loosened = repo.commit('OPS-9: loosen', {
      as: 'eve@evil.org',
      files: { '.gitops.yml': POLICY.replace('"*@example.com"', '"*"').replace('promote-from: staging', '') },
    });
    const next = repo.commit('OPS-10: looks innocent', { as: 'eve@evil.org' });
    // The runner's checkout: origin/main already holds the pushed commit.
    publish(repo, 'main');
    const r = await runCheck({ git, ref: 'refs/heads/main', from: loosened, to: next, defaultBranch: 'main', record });
    expect(r.configSource).toBe(`.gitops.yml at ${base.slice(0, 7)}`);
    expect(r.notes.join('\n')).toContain('policy is the one at its last successful deploy (production');
    expect(new Set(r.findings.filter((f) => f.rule === 'committers').map((f) => f.commit))).toEqual(
      new Set([next, loosened]),
    );
    // Without a record the push's `before` is the named fallback.
    const fallback = await runCheck({ git, ref: 'refs/heads/main', from: base, to: loosened, defaultBranch: 'main' });
    expect(fallback.configSource).toBe(`.gitops.yml at ${base.slice(0, 7)}`);
    expect(fallback.notes.join('\n')).toContain("the push's previous tip");
  });

  it('a push that breaks the policy is blocked at FILE:LINE:COL; a broken policy on main falls back to the last valid one, and the repair passes', async () => {
    const { repo, git, base } = setup();
    repo.checkout('staging');
    const broken = POLICY.replace('jira: { projects: [OPS] }', 'jira: { projects: [OPS], scpoe: each }');
    const typo = repo.commit('OPS-11: tweak jira', { as: 'lead@example.com', files: { '.gitops.yml': broken } });
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: base, to: typo });
    expect(r.decision).toBe('block');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'policy-change', file: '.gitops.yml', line: 8, severity: 'error' }),
    ]);
    expect(r.findings[0]!.message).toMatch(/^\.gitops\.yml:8:\d+: .*scpoe/);

    // An admin bypassed the check, and main holds the broken file: nothing locks up.
    repo.checkout('main');
    repo.git('merge', '-q', '--ff-only', 'staging');
    publish(repo, 'main');
    repo.checkout('staging');
    const next = repo.commit('OPS-12: unrelated work');
    const after = await runCheck({ git, ref: 'refs/heads/staging', from: typo, to: next });
    expect(after.configSource).toBe(`.gitops.yml at ${base.slice(0, 7)} (last valid)`);
    expect(after.notes.join('\n')).toMatch(/does not validate .*the last valid version, from commit/);
    expect(after.decision).toBe('deploy');
    const repair = repo.commit('OPS-13: fix the typo', { as: 'lead@example.com', files: { '.gitops.yml': POLICY } });
    const fixed = await runCheck({ git, ref: 'refs/heads/staging', from: next, to: repair });
    expect(fixed.findings).toEqual([]);
    expect(fixed.decision).toBe('deploy');
  });
});

describe('the baseline is the record: a push that did not deploy stays in the next range', () => {
  it('a clean push after a blocked one is still blocked for the first push', async () => {
    const { repo, git, base, record } = setup();
    writeDeploy(git, { environment: 'staging', sha: base, status: 'success', at: '2026-01-01T00:00:00Z' });
    repo.checkout('staging');
    const bad = repo.commit('no key');
    expect((await runCheck({ git, ref: 'refs/heads/staging', from: base, to: bad, record })).decision).toBe('block');
    // GitHub accepted the push all the same; the next push is clean.
    const clean = repo.commit('OPS-20: clean');
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: bad, to: clean, record });
    expect(r.baseline).toMatchObject({ sha: base, source: 'git-ref' });
    expect(r.commits.map((c) => c.sha)).toEqual([clean, bad]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'jira', commit: bad })]);
    expect(r.decision).toBe('block');
    // The contrast: judged from `before`, as before the record, it would deploy.
    const unrecorded = await runCheck({ git, ref: 'refs/heads/staging', from: bad, to: clean, record: NO_RECORD });
    expect(unrecorded.decision).toBe('deploy');
    expect(unrecorded.baseline).toMatchObject({ source: 'before', note: expect.stringContaining('fallback') });
    expect(unrecorded.notes.join('\n')).toContain('no deploy of staging is recorded');
  });

  it('a clean push after a [skip deploy] push that carried a destructive change is blocked by the plan', async () => {
    const { repo, git, base, record } = setup({ files: { 'deploy/billing.yml': BILLING } });
    writeDeploy(git, { environment: 'staging', sha: base, status: 'success', at: '2026-01-01T00:00:00Z' });
    repo.checkout('staging');
    repo.remove('deploy/billing.yml');
    const skipped = repo.commit('OPS-21: drop billing [skip deploy]');
    const first = await runCheck({ git, ref: 'refs/heads/staging', from: base, to: skipped, record });
    expect(first.decision).not.toBe('deploy');
    const clean = repo.commit('OPS-22: clean');
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: skipped, to: clean, record });
    expect(r.plan?.summary.destroy).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'destructive', kind: 'service-removed' })]);
    expect(r.decision).toBe('block');
    const unrecorded = await runCheck({ git, ref: 'refs/heads/staging', from: skipped, to: clean });
    expect(unrecorded.decision).toBe('deploy');
  });

  it('a clean push after a recorded failed deploy is still blocked for the failed one', async () => {
    const { repo, git, base, record } = setup();
    writeDeploy(git, { environment: 'staging', sha: base, status: 'success', at: '2026-01-01T00:00:00Z' });
    repo.checkout('staging');
    const bad = repo.commit('outsider work', { as: 'eve@evil.org' });
    writeDeploy(git, { environment: 'staging', sha: bad, status: 'failure', at: '2026-01-01T01:00:00Z' });
    const clean = repo.commit('OPS-23: clean');
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: bad, to: clean, record });
    expect(r.baseline?.sha).toBe(base);
    // The outsider's commit: its author and its committer, and its missing key.
    expect(rules(r)).toEqual(['committers', 'committers', 'jira']);
    expect(r.decision).toBe('block');
  });

  it('a rollback (deployed not an ancestor of to) checks merge-base..to and plans deployed against to', async () => {
    const { repo, git, base, record } = setup();
    repo.checkout('staging');
    const added = repo.commit('OPS-24: add billing', { files: { 'deploy/billing.yml': BILLING } });
    writeDeploy(git, { environment: 'staging', sha: added, status: 'success', at: '2026-01-01T00:00:00Z' });
    repo.git('reset', '-q', '--hard', base);
    const rollback = repo.commit('OPS-25: roll back');
    const r = await runCheck({ git, ref: 'refs/heads/staging', from: added, to: rollback, record });
    expect(r.range).toMatchObject({ kind: 'force', from: added, to: rollback });
    expect(r.commits.map((c) => c.sha)).toEqual([rollback]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'destructive', kind: 'service-removed' })]);
  });

  it('a recorded deploy missing from the clone is fetched by the door, or fails closed', async () => {
    const { repo, git } = setup();
    const missing = 'e'.repeat(40);
    const record = {
      ...NO_RECORD,
      lastSuccess: async () => ({
        environment: 'staging',
        sha: missing,
        status: 'success' as const,
        at: '',
        source: 'github-deployments' as const,
      }),
    };
    const asked: string[] = [];
    await expect(
      runCheck({
        git,
        ref: 'refs/heads/staging',
        from: repo.sha(),
        to: repo.sha(),
        record,
        fetchCommit: (sha) => asked.push(sha) < 0,
      }),
    ).rejects.toThrow(/the last deploy of staging eeeeeeeeeeee is not in this clone/);
    expect(asked).toEqual([missing]);
  });
});

describe('tags deploy from the environment protected branch', () => {
  function tagged() {
    const s = setup({ policy: POLICY.replace('promote-from: staging', '') });
    const { repo } = s;
    repo.checkout('feature', true);
    repo.commit('OPS-30: one');
    repo.checkout('main');
    const first = repo.merge('feature', "Merge branch 'feature'");
    repo.tag('v1.0.0');
    publish(repo, 'main');
    return { ...s, first };
  }

  it('with no record: the previous release tag on the branch, never a tag planted off it', async () => {
    const { repo, git, first } = tagged();
    repo.checkout('side', true);
    const planted = repo.commit('OPS-31: off the branch');
    repo.tag('v1.0.5');
    repo.checkout('feature');
    repo.commit('OPS-32: two');
    repo.checkout('main');
    const second = repo.merge('feature', "Merge branch 'feature' again");
    publish(repo, 'main');
    repo.tag('v1.1.0');
    const r = await runCheck({ git, ref: 'refs/tags/v1.1.0', from: ZERO, to: second, version: true });
    expect(r.environment).toBe('production');
    expect(r.baseline).toMatchObject({ source: 'previous-tag', sha: first });
    expect(r.notes.join('\n')).toContain('previous release tag v1.0.0 on main');
    expect(r.commits.map((c) => c.sha)).not.toContain(planted);
    expect(r.commits[0]?.sha).toBe(second);
    expect(r.decision).toBe('deploy');
  });

  it('the first tag, with nothing recorded, is checked as all its history, and says so', async () => {
    const { git, first } = tagged();
    const r = await runCheck({ git, ref: 'refs/tags/v1.0.0', from: ZERO, to: first, version: true });
    expect(r.baseline).toMatchObject({ source: 'none' });
    expect(r.notes.join('\n')).toContain('every commit of the tag');
    expect(r.commits).toHaveLength(3);
    expect(r.version?.version).toBe('1.0.0');
  });

  it('a tag on a commit that is not on the branch blocks, unless the environment opts out', async () => {
    const { repo, git, base } = tagged();
    repo.checkout('side', true);
    const off = repo.commit('OPS-33: off the branch');
    repo.tag('v2.0.0');
    const r = await runCheck({ git, ref: 'refs/tags/v2.0.0', from: ZERO, to: off });
    expect(r.decision).toBe('block');
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'promote-from', commit: off })]);
    expect(r.findings[0]!.message).toContain('not on main');
    const lax = `${POLICY.replace('promote-from: staging', 'tags-from-any-branch: true')}`;
    repo.checkout('main');
    repo.commit('OPS-34: lax policy', { as: 'lead@example.com', files: { '.gitops.yml': lax } });
    publish(repo, 'main');
    const ok = await runCheck({ git, ref: 'refs/tags/v2.0.0', from: ZERO, to: off });
    expect(ok.findings).toEqual([]);
    expect(base).toBeDefined();
  });

  it('a recorded deploy is the baseline of the next tag', async () => {
    const { repo, git, first, record } = tagged();
    writeDeploy(git, { environment: 'production', sha: first, status: 'success', at: '2026-01-01T00:00:00Z' });
    repo.checkout('feature');
    repo.commit('OPS-35: three');
    repo.checkout('main');
    const next = repo.merge('feature', "Merge branch 'feature' three");
    publish(repo, 'main');
    repo.tag('v1.2.0');
    const r = await runCheck({ git, ref: 'refs/tags/v1.2.0', from: ZERO, to: next, record });
    expect(r.baseline).toMatchObject({ source: 'git-ref', sha: first });
    expect(r.commits).toHaveLength(2);
  });
});

describe('promote-from reads the record', () => {
  const POLICY_FLOW = `environments:
  acceptance: { branches: ["release/*"] }
  production: { branches: [main], promote-from: acceptance }
rules:
  jira: false
  committers: false
  branches: { merge-only: [] }
`;

  it('a deleted release branch voids no promotion; a commit only on a matching branch is not promoted', async () => {
    const { repo, git, base, record } = setup({ policy: POLICY_FLOW });
    repo.checkout('release/1.0', true);
    const rc = repo.commit('release work');
    publish(repo, 'release/1.0');
    writeDeploy(git, { environment: 'acceptance', sha: rc, status: 'success', at: '2026-01-01T00:00:00Z' });
    // The release is finished: merged, and its branch deleted on the remote and here.
    repo.checkout('main');
    const merged = repo.merge('release/1.0');
    repo.git('update-ref', '-d', 'refs/remotes/origin/release/1.0');
    repo.git('branch', '-D', 'release/1.0');
    const ok = await runCheck({ git, ref: 'refs/heads/main', from: base, to: merged, record });
    expect(ok.findings).toEqual([]);
    // Anyone can push release/evil: matching the glob is not a deploy of acceptance.
    repo.checkout('release/evil', true);
    const sneaked = repo.commit('never deployed to acceptance');
    publish(repo, 'release/evil');
    repo.checkout('main');
    const tip = repo.merge('release/evil');
    const bad = await runCheck({ git, ref: 'refs/heads/main', from: merged, to: tip, record });
    expect(bad.findings).toEqual([expect.objectContaining({ rule: 'promote-from', commit: sneaked })]);
    expect(bad.findings[0]!.message).toContain('1 recorded deploy');
  });
});
