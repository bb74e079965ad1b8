import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/build.js';
import { TEST_ENV, TestRepo } from '../support/repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const POLICY = `environments:
  production: { branches: [main] }
  testing: { branches: [develop] }
rules:
  committers: { allow: ["*@example.com"] }
  jira: { projects: [OPS] }
  branches: false
`;

function repoWithPolicy(policy = POLICY): { repo: TestRepo; base: string } {
  const repo = TestRepo.create();
  const base = repo.commit('OPS-1: policy', { files: { '.gitops.yml': policy } });
  return { repo, base };
}

const check = (repo: TestRepo, args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(['check', ...args], { cwd: repo.dir, env: { ...TEST_ENV, ...env } });

describe('gitops-action check', () => {
  it('deploys a clean push and prints the decision, the environment and the counts', () => {
    const { repo, base } = repoWithPolicy();
    repo.commit('OPS-2: feature');
    const r = check(repo, ['--from', base, '--ref', 'main']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^gitops-action DEPLOY main → production/);
    expect(r.stdout).toContain('1 commit checked, 0 errors, 0 warnings.');
  });

  it('blocks with exit 1 and names the commit, its subject and the fix', () => {
    const { repo, base } = repoWithPolicy();
    const bad = repo.commit('no ticket', { as: 'eve@evil.org' });
    const r = check(repo, ['--from', base, '--ref', 'main']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`✖ error committers ${bad.slice(0, 7)} "no ticket"`);
    expect(r.stdout).toContain(`✖ error jira ${bad.slice(0, 7)} "no ticket"`);
    expect(r.stdout).toContain('fix: ');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--format json prints one object with the contract keys', () => {
    const { repo, base } = repoWithPolicy();
    const head = repo.commit('OPS-3: x');
    const r = check(repo, ['--from', base, '--ref', 'main', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    for (const key of ['decision', 'environment', 'version', 'bump', 'from', 'to', 'commits', 'findings', 'plan']) {
      expect(json).toHaveProperty(key);
    }
    expect(json).toMatchObject({ decision: 'deploy', environment: 'production', from: base, to: head });
    expect(json.commits).toEqual([expect.objectContaining({ sha: head, subject: 'OPS-3: x' })]);
  });

  it('--format markdown escapes commit text', () => {
    const { repo, base } = repoWithPolicy();
    repo.commit('OPS-4: <img src=x onerror=alert(1)> | *bold* [link](http://evil)');
    const r = check(repo, ['--from', base, '--ref', 'main', '--format', 'markdown']);
    expect(r.status).toBe(0);
    // Escaped markdown renders the characters literally: no tag, no link, no emphasis, no new cell.
    expect(r.stdout).not.toMatch(/(?<!\\)<img/);
    expect(r.stdout).not.toContain('[link](http://evil)');
    expect(r.stdout).toContain('\\<img src=x onerror=alert\\(1\\)\\> \\| \\*bold\\*');
  });

  it('colour only with a TTY or FORCE_COLOR, never with NO_COLOR', () => {
    const { repo, base } = repoWithPolicy();
    repo.commit('no ticket');
    expect(check(repo, ['--from', base, '--ref', 'main'], { NO_COLOR: '' }).stdout).not.toMatch(/\x1b\[/);
    expect(check(repo, ['--from', base, '--ref', 'main'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toMatch(
      /\x1b\[31m/,
    );
    expect(check(repo, ['--from', base, '--ref', 'main'], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toMatch(
      /\x1b\[/,
    );
  });

  it('an empty range is a skip, not an error', () => {
    const { repo, base } = repoWithPolicy();
    const r = check(repo, ['--from', base, '--to', base, '--ref', 'main']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SKIP');
    expect(r.stdout).toContain('no new commits');
  });

  it('a 1 MB message and a message that is not UTF-8 are checked, not crashed on', () => {
    const { repo, base } = repoWithPolicy();
    repo.commit(`OPS-5: big\n\n${'lorem ipsum '.repeat(90_000)}`);
    const tree = repo.git('write-tree');
    const sha = execFileSync('git', ['commit-tree', tree, '-p', 'HEAD'], {
      cwd: repo.dir,
      env: TEST_ENV,
      input: Buffer.from('OPS-6: caf\xe9 \xff\xfe\n', 'latin1'),
    })
      .toString()
      .trim();
    repo.git('update-ref', 'refs/heads/main', sha);
    const r = check(repo, ['--from', base, '--ref', 'main', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).commits).toHaveLength(2);
  });

  it('hostile branch names never reach a shell', () => {
    const { repo, base } = repoWithPolicy();
    const marker = join(repo.dir, 'pwned');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: these are shell words on purpose, never expanded
    for (const name of ['feat/$(touch${IFS}pwned)', 'feat/`touch${IFS}pwned`', `feat/it's"quoted"`]) {
      repo.git('branch', name);
      const r = check(repo, ['--from', base, '--to', name, '--ref', name]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('SKIP');
    }
    const spaced = check(repo, ['--from', base, '--ref', 'main; touch pwned']);
    expect(spaced.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    ['not YAML', 'rules: { jira: [\n', /^gitops-action: error: \.gitops\.yml at [0-9a-f]{7}:\d+:\d+: not valid YAML/],
    ['an unknown key', 'rulez: {}\n', /\.gitops\.yml at [0-9a-f]{7}:1:1: unknown key "rulez" in the top level/],
    [
      'a wrong type',
      'rules:\n  committers:\n    allow: "*@example.com"\n',
      /:3:12: rules\.committers\.allow must be a list, not "\*@example\.com"/,
    ],
  ])('a config that is %s exits 2 naming the file, line and column', (_what, policy, message) => {
    const { repo, base } = repoWithPolicy(policy);
    repo.commit('OPS-1: x');
    const r = check(repo, ['--from', base, '--ref', 'main']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--config reads a file from disk, and a missing one is exit 2', () => {
    const { repo, base } = repoWithPolicy();
    repo.commit('no ticket');
    repo.write(
      '../lax.yml',
      'environments: { production: { branches: [main] } }\nrules: { jira: false, committers: false, branches: false }\n',
    );
    expect(check(repo, ['--from', base, '--ref', 'main', '--config', '../lax.yml']).status).toBe(0);
    const missing = check(repo, ['--from', base, '--ref', 'main', '--config', 'nope.yml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('config file nope.yml does not exist');
  });

  it('a --from or --to that does not exist is exit 2 with the fix', () => {
    const { repo } = repoWithPolicy();
    const r = check(repo, ['--from', 'nope', '--ref', 'main']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown revision "nope"');
    expect(r.stderr).toContain('fix: ');
    expect(check(repo, ['--to', 'deadbeef', '--ref', 'main']).status).toBe(2);
  });

  it('a range missing from a shallow clone is exit 2 naming fetch-depth: 0', () => {
    const { repo } = repoWithPolicy();
    const old = repo.sha();
    for (let i = 0; i < 3; i++) repo.commit(`OPS-${10 + i}: x`);
    const holder = TestRepo.create();
    holder.git('clone', '-q', '--depth=1', `file://${repo.dir}`, 'c');
    const r = runCli(['check', '--from', old, '--ref', 'main'], { cwd: join(holder.dir, 'c'), env: TEST_ENV });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('fetch-depth: 0');
  });

  it('an unknown flag, format or command is exit 2 with the usage pointer', () => {
    const { repo } = repoWithPolicy();
    expect(runCli(['check', '--frm', 'x'], { cwd: repo.dir, env: TEST_ENV })).toMatchObject({ status: 2 });
    expect(runCli(['check', '--format', 'yaml'], { cwd: repo.dir, env: TEST_ENV }).stderr).toContain(
      '--format must be',
    );
    expect(runCli(['deploy'], { cwd: repo.dir, env: TEST_ENV }).stderr).toContain('unknown command "deploy"');
    expect(runCli(['--help'], { cwd: repo.dir, env: TEST_ENV })).toMatchObject({ status: 0 });
  });

  it('outside a repository is exit 2', () => {
    const dir = TestRepo.create().dir;
    const r = runCli(['check'], { cwd: join(dir, '.git'), env: TEST_ENV });
    expect(r.status).toBe(2);
  });
});

describe('trusted policy', () => {
  it('a push that edits the policy to allow its own author is still judged by the old policy', () => {
    const { repo, base } = repoWithPolicy();
    repo.commit('OPS-7: allow me', {
      as: 'eve@evil.org',
      files: { '.gitops.yml': POLICY.replace('"*@example.com"', '"*@example.com", "eve@evil.org"') },
    });
    const r = check(repo, ['--from', base, '--ref', 'main', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(r.status).toBe(1);
    expect(json.findings.map((f: { rule: string }) => f.rule).sort()).toEqual([
      'committers',
      'committers',
      'policy-change',
    ]);
  });
});
