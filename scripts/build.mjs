// Builds the two committed bundles with @vercel/ncc: the Action (dist/index.js, ESM, so dist/ gets
// a package.json of {"type":"module"}) and the CLI the hooks run: dist/cli/index.js is
// src/cli/launcher.cjs, which runs dist/cli/bundle.js with V8's code cache. That needs CommonJS,
// so dist/cli/ has a package.json of {"type":"commonjs"}. The bundles carry their dependencies:
// nothing under node_modules is resolved at start-up.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build-validator.mjs')], { stdio: 'inherit' });

async function bundle(entry, outDir, { esm = true, file = 'index.js' } = {}) {
  const { code, assets } = await ncc(join(root, entry), {
    esm,
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  rmSync(join(root, outDir), { recursive: true, force: true });
  mkdirSync(join(root, outDir), { recursive: true });
  writeFileSync(join(root, outDir, file), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    const path = join(root, outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, asset.source);
  }
}

// The Action first: its step cleans dist/ as a whole, and the CLI then lands in dist/cli/.
await bundle('src/action/index.ts', 'dist');
await bundle('src/cli/index.ts', 'dist/cli', { esm: false, file: 'bundle.js' });
copyFileSync(join(root, 'src/cli/launcher.cjs'), join(root, 'dist/cli/index.js'));
writeFileSync(join(root, 'dist/package.json'), '{ "type": "module" }\n');
writeFileSync(join(root, 'dist/cli/package.json'), '{ "type": "commonjs" }\n');
chmodSync(join(root, 'dist/cli/index.js'), 0o755);
