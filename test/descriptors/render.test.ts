import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/descriptors/plan.js';
import { RENDER_KEY, renderAt } from '../../src/descriptors/render.js';
import { UsageError } from '../../src/errors.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';
import { config } from './helpers.js';

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
