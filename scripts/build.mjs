// Builds the two committed bundles with @vercel/ncc: the Action (dist/index.js, ESM, so dist/ gets
// a package.json of {"type":"module"}) and the CLI the hooks run: dist/cli/index.js is
// src/cli/launcher.cjs, which runs dist/cli/bundle.js with V8's code cache. That needs CommonJS,
// so dist/cli/ has a package.json of {"type":"commonjs"}. The bundles carry their dependencies:
// nothing under node_modules is resolved at start-up.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// The launcher keys its code cache by each file's content hash, written into it here.
const hashes = Object.fromEntries(
  readdirSync(join(root, 'dist/cli'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(root, 'dist/cli', f)))
        .digest('hex')
        .slice(0, 16),
    ]),
);
const launcher = readFileSync(join(root, 'src/cli/launcher.cjs'), 'utf8');
if (!launcher.includes('const BUILD_HASHES = {};')) throw new Error('src/cli/launcher.cjs lost its BUILD_HASHES line');
writeFileSync(
  join(root, 'dist/cli/index.js'),
  launcher.replace('const BUILD_HASHES = {};', `const BUILD_HASHES = ${JSON.stringify(hashes)};`),
);
writeFileSync(join(root, 'dist/package.json'), '{ "type": "module" }\n');
writeFileSync(join(root, 'dist/cli/package.json'), '{ "type": "commonjs" }\n');
chmodSync(join(root, 'dist/cli/index.js'), 0o755);
