import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HUSKY_HOOKS } from '../../src/cli/init.js';
import { CLI, ROOT } from './build.js';
import { TEST_ENV, TestRepo } from './repo.js';

/**
 * A developer's clone with gitops-action and husky "installed" (node_modules/.bin links to the
 * built CLI and to husky), `npx husky` run, and the one-line hooks in .husky/, pushing to a bare
 * repository in another temporary folder.
 */
export function huskyClone(options: { objectFormat?: 'sha1' | 'sha256'; policy: string }): {
  dev: TestRepo;
  origin: TestRepo;
} {
  const origin = TestRepo.create({ bare: true, objectFormat: options.objectFormat });
  const dev = TestRepo.create({ objectFormat: options.objectFormat });
  dev.git('remote', 'add', 'origin', origin.dir);
  const bin = join(dev.dir, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(CLI, join(bin, 'gitops-action'));
  symlinkSync(join(ROOT, 'node_modules', 'husky'), join(dev.dir, 'node_modules', 'husky'));
  symlinkSync(join(ROOT, 'node_modules', 'husky', 'bin.js'), join(bin, 'husky'));
  writeFileSync(join(dev.dir, '.gitignore'), 'node_modules/\n');
  execFileSync('npx', ['--no-install', 'husky'], { cwd: dev.dir, env: { ...TEST_ENV, npm_config_offline: 'true' } });
  for (const [hook, line] of Object.entries(HUSKY_HOOKS)) dev.write(`.husky/${hook}`, line);
  dev.commit('OPS-1: policy and hooks', { files: { '.gitops.yml': options.policy } });
  return { dev, origin };
}

export interface PushResult {
  status: number;
  stderr: string;
}

/** A real `git push`, which runs the pre-push hook. */
export function push(repo: TestRepo, args: string[], env: NodeJS.ProcessEnv = {}): PushResult {
  try {
    const stderr = execFileSync('git', ['push', ...args], {
      cwd: repo.dir,
      env: { ...TEST_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return { status: 0, stderr };
  } catch (err) {
    const e = err as { status: number; stderr: string };
    return { status: e.status, stderr: e.stderr };
  }
}
