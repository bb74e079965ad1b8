import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/descriptors/plan.js';
import { readDescriptorInput } from '../../src/descriptors/read.js';
import { RENDER_KEY, renderAt, renderTargets } from '../../src/descriptors/render.js';
import { UsageError } from '../../src/errors.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';
import { config } from './helpers.js';

const hasKubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;

const renderDirs = () =>
  readdirSync(tmpdir())
    .filter((d) => d.startsWith('gitops-render-'))
    .sort();

describe('renderAt', () => {
  let repo: TestRepo;
  let git: Git;
  let first: string;
  let second: string;
  let dirsBefore: string[];

  beforeAll(() => {
    dirsBefore = renderDirs();
    repo = TestRepo.create();
    first = repo.commit('first', {
      files: {
        'k8s/a.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n',
        'k8s/b.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {ports: [{port: 80}]}\n',
      },
    });
    repo.remove('k8s/b.yaml');
    second = repo.commit('second: drop b');
    git = new Git(repo.dir);
  });

  afterAll(() => {
    expect(renderDirs()).toEqual(dirsBefore);
  });

  it('runs the command in the tree at the revision and returns its output', () => {
    const out = renderAt(git, first, 'cat k8s/*.yaml', 30);
    expect([...out.keys()]).toEqual([RENDER_KEY]);
    expect(out.get(RENDER_KEY)).toBe(
      'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\napiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {ports: [{port: 80}]}\n',
    );
  });

  it('feeds the plan: rendered output at both revisions is compared', () => {
    const cmd = 'for f in k8s/*.yaml; do echo ---; cat "$f"; done';
    const p = buildPlan({
      before: renderAt(git, first, cmd, 30),
      after: renderAt(git, second, cmd, 30),
      config: config(),
    });
    expect(p.objects.map((o) => [o.id, o.action, o.file])).toEqual([['Service/b', 'delete', RENDER_KEY]]);
    expect(p.findings.map((f) => f.kind)).toEqual(['service-removed']);
  });

  it('does not see the work tree, only the revision', () => {
    repo.write('k8s/uncommitted.yaml', 'x: 1\n');
    expect(renderAt(git, second, 'ls k8s', 30).get(RENDER_KEY)).toBe('a.yaml\n');
  });

  it('a failing command is a UsageError naming the command, the status and the stderr tail', () => {
    let error: unknown;
    try {
      renderAt(git, first, 'echo partial; echo "kustomize: bad overlay" >&2; exit 3', 30);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toContain('render command `echo partial; echo "kustomize: bad overlay" >&2; exit 3` failed');
    expect(message).toContain('exit status 3');
    expect(message).toContain('kustomize: bad overlay');
  });

  it('a command that runs too long is stopped, with its children, and reported', () => {
    const started = Date.now();
    let error: unknown;
    try {
      // The background sleep holds the output pipe: only killing the process group ends it.
      renderAt(git, first, 'sleep 30 & echo waiting >&2; sleep 30', 1);
    } catch (e) {
      error = e;
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /^render command `sleep 30 & echo waiting >&2; sleep 30` timed out after 1s/,
    );
    expect((error as Error).message).toContain('waiting');
  });

  it('does not pass tokens to the command', () => {
    process.env.GITHUB_TOKEN = 'ghp_secret';
    try {
      expect(renderAt(git, first, `echo "[$\{GITHUB_TOKEN:-none}]"`, 30).get(RENDER_KEY)).toBe('[none]\n');
    } finally {
      delete process.env.GITHUB_TOKEN;
    }
  });

  it('cleans up its temporary folder', () => {
    const out = renderAt(git, first, 'pwd', 30).get(RENDER_KEY)!.trim();
    expect(out).toContain('gitops-render-');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the render tree and its environment', () => {
  let repo: TestRepo;
  let git: Git;
  let head: string;
  const base = {
    'k8s/base/kustomization.yaml': 'resources: [svc.yaml]\n',
    'k8s/base/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n',
    'k8s/prod/kustomization.yaml': 'namespace: prod\nresources: [../base]\n',
  };

  beforeAll(() => {
    repo = TestRepo.create();
    repo.commit('base', { files: base });
    repo.commit('attributes that git archive would obey', {
      files: {
        '.gitattributes': 'k8s/base/svc.yaml export-ignore\nversion.txt export-subst\n',
        'version.txt': '$Format:%H$\n',
      },
    });
    execFileSync('ln', ['-s', '/etc/passwd', join(repo.dir, 'k8s/leak.yaml')]);
    head = repo.commit('a symlink', { files: {} });
    git = new Git(repo.dir);
  });

  it('writes exactly what git holds: no export-ignore, no export-subst, no symlinks', () => {
    const r = renderTargets(git, head, new Map([['', 'cat version.txt k8s/base/svc.yaml; ls k8s']]), {
      timeoutSeconds: 30,
      allowRemote: false,
    });
    const out = r.files.get(RENDER_KEY)!;
    expect(out).toContain('$Format:%H$');
    expect(out).toContain('kind: Service');
    expect(out).not.toContain('leak.yaml');
    expect(r.refused).toEqual([{ path: 'k8s/leak.yaml', what: 'symlink' }]);
  });

  it('passes only an allowlisted environment, with its own HOME', () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_WORKSPACE: '/ws',
      ACTIONS_RUNTIME_URL: 'http://x',
      NPM_CONFIG_USERCONFIG: '/npmrc',
    });
    try {
      const out = renderAt(git, head, 'env | cut -d= -f1 | sort | tr "\\n" " "; echo; echo "$HOME"', 30).get(
        RENDER_KEY,
      )!;
      const [names, home] = out.split('\n');
      expect(
        names!
          .trim()
          .split(' ')
          .filter((n) => !['PWD', 'SHLVL', '_', 'OLDPWD'].includes(n)),
      ).toEqual(expect.arrayContaining(['HOME', 'PATH']));
      expect(names).not.toMatch(/GITHUB_|ACTIONS_|NPM_CONFIG/);
      expect(home).toContain('gitops-render-');
    } finally {
      for (const k of ['GITHUB_WORKSPACE', 'ACTIONS_RUNTIME_URL', 'NPM_CONFIG_USERCONFIG']) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it.runIf(hasKubectl)('renders a kustomize overlay with kubectl kustomize, per target', () => {
    const cfg = config({ render: { 'k8s/prod': 'kubectl kustomize k8s/prod' } });
    const input = readDescriptorInput(git, cfg, undefined, head, false);
    expect([...input.after.keys()]).toContain('k8s/prod/<render>');
    expect([...input.after.keys()]).not.toContain('k8s/base/svc.yaml');
    const p = buildPlan({ before: new Map(), after: input.after, config: cfg });
    expect(p.objects.map((o) => [o.id, o.target])).toEqual([['Service/prod/web', 'k8s/prod']]);
  });

  it('refuses remote bases unless allowed, and compares the files instead', () => {
    const remote = repo.commit('a remote base', {
      files: { 'k8s/prod/kustomization.yaml': 'resources: [../base, "https://github.com/org/repo//base?ref=v1"]\n' },
    });
    const cfg = config({ render: 'touch ran; kubectl kustomize k8s/prod' });
    const input = readDescriptorInput(git, cfg, head, remote, false);
    expect(input.notes.map((n) => [n.kind, n.severity, n.file])).toEqual([
      ['render', 'error', 'k8s/prod/kustomization.yaml'],
      ['render', 'warning', 'k8s/leak.yaml'],
    ]);
    expect(input.notes[0]!.message).toMatch(/remote base https:\/\/github.com\/org\/repo/);
    expect([...input.after.keys()]).toContain('k8s/base/svc.yaml');
  });

  it('does not run on a fork’s head unless the policy opts in', () => {
    const cfg = config({ render: 'echo ran' });
    const skipped = readDescriptorInput(git, cfg, undefined, head, true);
    expect(skipped.notes.map((n) => [n.kind, n.severity])).toEqual([['render', 'warning']]);
    expect(skipped.notes[0]!.message).toMatch(/fork/);
    expect(skipped.after.has(RENDER_KEY)).toBe(false);
    const opted = readDescriptorInput(
      git,
      config({ render: 'echo ran', 'render-untrusted': true }),
      undefined,
      head,
      true,
    );
    expect(opted.after.get(RENDER_KEY)).toBe('ran\n');
  });
});
