#!/usr/bin/env node
// The CLI's first file (dist/cli/index.js): it runs the bundle beside it, with V8's code cache.
//
// Why: the hooks sit in every push and commit, and compiling the bundle's JavaScript was a third
// of their start-up (bench/RESULTS.md). V8 can save what it compiled and load it next time, but
// Node 20 offers that only through vm.Script's cachedData (module.enableCompileCache is Node 22),
// and only for scripts: so the CLI is bundled as CommonJS, and this launcher compiles the bundle
// and each chunk it loads with the cache, writing a cache only after a run that missed it.
//
// The cache lives in .cache/ beside the bundle, never in a shared folder: whoever can write it
// could run code, so it must be exactly as writable as the bundle itself. A folder that cannot
// be written means no cache, never an error. A cache is used only under its key: the node
// version, the architecture, and the file's content hash, which scripts/build.mjs writes into
// BUILD_HASHES below (V8's own check compares little more than the source's length, and npm gives
// every file the same mtime). A file without a hash is compiled without a cache.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const CACHE_DIR = path.join(__dirname, '.cache');
/** File name to content hash, filled in by scripts/build.mjs. */
const BUILD_HASHES = {"120.index.js":"93dec1afedf7415f","196.index.js":"65f1aba387f1cae8","313.index.js":"86e994f148465266","477.index.js":"743f488fad832bea","485.index.js":"8daba41b53ee3ea0","513.index.js":"7d29df4ed6cdcc5e","646.index.js":"48ada508bbdc524f","698.index.js":"5c96a95f4333912e","815.index.js":"cd5b04bb353706b7","882.index.js":"54a4f311092d1c74","922.index.js":"8eb4b6aa619b8849","939.index.js":"7f5ef4eff3ab5cd6","943.index.js":"3d140a0da1c416f9","946.index.js":"31e992885ca7000f","bundle.js":"16ce704621771465"};
const misses = [];

/** Compiles and runs one CommonJS file of the bundle; `request` resolves chunks the same way. */
function load(file) {
  const source = fs.readFileSync(file, 'utf8');
  const name = path.basename(file);
  const hash = BUILD_HASHES[name];
  const key = `${process.version}|${process.arch}|${hash}\n`;
  const cacheFile = path.join(CACHE_DIR, `${name}.v8`);
  let cachedData;
  try {
    const blob = hash ? fs.readFileSync(cacheFile) : undefined;
    const newline = blob ? blob.indexOf(10) : -1;
    if (newline > 0 && blob.toString('utf8', 0, newline + 1) === key) cachedData = blob.subarray(newline + 1);
  } catch {
    // No cache yet.
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (hash && (!cachedData || script.cachedDataRejected)) misses.push({ script, cacheFile, key });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, request, module, file, path.dirname(file));
  return module.exports;
}

/** The bundle asks for node's built-ins and, by relative path, for its own chunks. */
function request(id) {
  return id.startsWith('./') ? load(path.join(__dirname, id)) : require(id);
}

process.on('exit', () => {
  if (misses.length === 0) return;
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    for (const { script, cacheFile, key } of misses) {
      // Created after the run, so the cache holds the functions this command actually compiled.
      // Written aside and renamed, so a hook running at the same time reads all of it or none.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, Buffer.concat([Buffer.from(key), script.createCachedData()]));
        fs.renameSync(temporary, cacheFile);
      } finally {
        fs.rmSync(temporary, { force: true });
      }
    }
  } catch {
    // A read-only install: no cache, and nothing else changes.
  }
});

load(path.join(__dirname, 'bundle.js'));
