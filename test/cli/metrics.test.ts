import { beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { writeDeploy } from '../../src/record/git-store.js';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

describe('gitops-action metrics (built CLI)', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    await ensureBuilt();
    repo = TestRepo.create();
    const git = new Git(repo.dir);
    // The test repository's clock: commits one minute apart from 2026-01-01T00:00Z.
    const a = repo.commit('OPS-1: a');
    const b = repo.commit('OPS-2: b');
    const c = repo.commit('OPS-3: c <b>|x</b>');
    writeDeploy(git, { environment: 'production', sha: a, status: 'success', at: '2026-01-01T01:00:00Z' });
    writeDeploy(git, { environment: 'production', sha: c, status: 'failure', at: '2026-01-02T00:00:00Z' });
    writeDeploy(git, { environment: 'production', sha: c, status: 'success', at: '2026-01-02T06:00:00Z' });
    writeDeploy(git, { environment: 'staging', sha: b, status: 'success', at: '2026-01-01T02:00:00Z' });
  }, 300_000);

  it('prints every recorded environment as text, and one as JSON with the figures', () => {
    const window = ['--since', '2026-01-01', '--until', '2026-01-08'];
    const text = runCli(['metrics', ...window], { cwd: repo.dir, env: TEST_ENV });
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^production: 2026-01-01 to 2026-01-08 \(7 days\)/m);
    expect(text.stdout).toMatch(/^staging: /m);
    expect(text.stdout).toMatch(/change failure rate {4}33\.3% \(1 of 3 deploys\) {3}low/);
    const json = runCli(['metrics', '--env', 'production', ...window, '--format', 'json'], {
      cwd: repo.dir,
      env: TEST_ENV,
    });
    const m = JSON.parse(json.stdout).environments[0];
    expect(m.deploymentFrequency).toMatchObject({ deploys: 2, days: 7 });
    // b and c (authored 00:02 and 00:03 on Jan 1) shipped at Jan 2 06:00; a is the baseline.
    expect(m.leadTime.commits).toBe(2);
    expect(m.leadTime.medianMs).toBe((30 * 60 - 2.5) * 60_000);
    expect(m.timeToRestore.medianMs).toBe(6 * 3_600_000);
  });

  it('writes the job-summary markdown', () => {
    const md = runCli(
      ['metrics', '--env', 'production', '--since', '2026-01-01', '--until', '2026-01-08', '--format', 'markdown'],
      {
        cwd: repo.dir,
        env: TEST_ENV,
      },
    );
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('### DORA metrics');
    expect(md.stdout).toContain('| Change failure rate | 33.3% (1 of 3 deploys) | low |');
  });

  it('rejects a bad window, format or environment with exit 2 and the fix', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--since', 'yesterday'], /--since "yesterday" is neither a length like 90d nor a date/],
      [['--format', 'xml'], /--format must be text, json or markdown/],
      [['--env', '../x'], /cannot name a deploy record/],
      [['--since', '2026-02-01', '--until', '2026-01-01'], /--since is not before --until/],
      [['--frobnicate'], /metrics has no option --frobnicate/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['metrics', ...args], { cwd: repo.dir, env: TEST_ENV });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('fix:');
    }
    const empty = TestRepo.create();
    empty.commit('OPS-1: x');
    const none = runCli(['metrics'], { cwd: empty.dir, env: TEST_ENV });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no deploy record in this repository/);
    const help = runCli(['metrics', '--help'], { cwd: empty.dir, env: TEST_ENV });
    expect(help.stdout).toContain('--since WHEN');
  });
});
