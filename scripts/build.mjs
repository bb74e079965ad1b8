// Builds the two committed bundles with @vercel/ncc: the Action (dist/index.js) and the CLI the
// hooks run (dist/cli/index.js). Both are ESM, so dist/ gets a package.json of {"type":"module"}.
// The bundles carry their dependencies: nothing under node_modules is resolved at start-up.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build-validator.mjs')], { stdio: 'inherit' });

async function bundle(entry, outDir) {
  const { code, assets } = await ncc(join(root, entry), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  rmSync(join(root, outDir), { recursive: true, force: true });
  mkdirSync(join(root, outDir), { recursive: true });
  writeFileSync(join(root, outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    const path = join(root, outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, asset.source);
  }
}

// The Action first: its step cleans dist/ as a whole, and the CLI then lands in dist/cli/.
await bundle('src/action/index.ts', 'dist');
await bundle('src/cli/index.ts', 'dist/cli');
writeFileSync(join(root, 'dist/package.json'), '{ "type": "module" }\n');
chmodSync(join(root, 'dist/cli/index.js'), 0o755);
