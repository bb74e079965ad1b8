import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';
import { TEST_ENV } from '../support/repo.js';

/**
 * The README's quick start, scripted as a new user runs it: a fresh repository, the packed
 * package installed with husky, `init --husky`, the setup committed and pushed (never refused),
 * then a bad push refused, and a teammate's clone that gets the hooks from `npm ci` alone.
 */
const work = mkdtempSync(join(tmpdir(), 'gitops-adoption-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let tarball = '';
beforeAll(async () => {
  await ensureBuilt();
  const out = execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: ROOT, encoding: 'utf8' });
  tarball = join(work, out.trim().split('\n').pop()!);
}, 300_000);

// The user's npm cache (TEST_ENV pins HOME to an empty folder): packages install as on a laptop.
const env = {
  ...TEST_ENV,
  npm_config_cache: process.env.npm_config_cache ?? join(homedir(), '.npm'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function sh(cwd: string, cmd: string, args: string[]): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function ok(cwd: string, cmd: string, args: string[]): string {
  const r = sh(cwd, cmd, args);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.out}`);
  return r.out;
}

describe('adoption in a fresh repository, as the README says', () => {
  it('goes from npm i -D to a correctly refused bad push, without refusing the setup', { timeout: 300_000 }, () => {
    const app = join(work, 'app');
    const origin = join(work, 'origin.git');
    ok(work, 'git', ['init', '-q', '-b', 'main', app]);
    ok(work, 'git', ['init', '-q', '--bare', '-b', 'main', origin]);
    ok(app, 'git', ['remote', 'add', 'origin', origin]);
    writeFileSync(join(app, '.gitignore'), 'node_modules/\n');

    const install = ok(app, 'npm', ['i', '-D', '--prefer-offline', tarball, 'husky']);
    expect(install).not.toContain('EBADENGINE');
    const init = ok(app, 'npx', ['--no-install', 'gitops-action', 'init', '--husky']);
    expect(init).toContain('created .gitops.yml');
    expect(init).toContain('"prepare": "husky"');
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).scripts.prepare).toBe('husky');
    expect(ok(app, 'git', ['config', 'core.hooksPath']).trim()).toBe('.husky/_');

    // The setup commit and its first push go through the hooks, and pass.
    ok(app, 'git', ['add', '-A']);
    ok(app, 'git', ['commit', '-q', '-m', 'chore: adopt gitops-action']);
    const first = sh(app, 'git', ['push', '-q', '-u', 'origin', 'main']);
    expect(first.out).not.toContain('blocked');
    expect(first.status).toBe(0);

    // A deploy that adds a service passes; one that deletes it is refused before it leaves.
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { ports: [{ port: 80 }] }\n';
    execFileSync('mkdir', ['-p', join(app, 'k8s')]);
    writeFileSync(join(app, 'k8s', 'web.yaml'), svc);
    ok(app, 'git', ['add', '-A']);
    ok(app, 'git', ['commit', '-q', '-m', 'deploy web']);
    expect(sh(app, 'git', ['push', '-q', 'origin', 'main']).status).toBe(0);
    rmSync(join(app, 'k8s', 'web.yaml'));
    ok(app, 'git', ['commit', '-q', '-am', 'remove web']);
    const bad = sh(app, 'git', ['push', '-q', 'origin', 'main']);
    expect(bad.status).not.toBe(0);
    expect(bad.out).toContain('service-removed');
    expect(bad.out).toContain('push blocked');

    // A teammate's clone gets the hooks from npm ci alone (prepare: husky).
    const mate = join(work, 'mate');
    ok(work, 'git', ['clone', '-q', origin, mate]);
    ok(mate, 'npm', ['ci', '--prefer-offline']);
    expect(ok(mate, 'git', ['config', 'core.hooksPath']).trim()).toBe('.husky/_');
  });
});
