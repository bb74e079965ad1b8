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
const BUILD_HASHES = {"114.index.js":"85793e80fe8e5a46","200.index.js":"12687674887073d6","204.index.js":"a7016314f7ec3efc","218.index.js":"3bd76445563be6cd","243.index.js":"7947cecefe831c6e","253.index.js":"e02ea041e2151419","282.index.js":"cd8f1b4838106671","285.index.js":"92b744f30242770c","308.index.js":"c894d1f36b6eb87f","322.index.js":"265633b383188d60","356.index.js":"59c1b479a0df83ce","380.index.js":"edd85b7f1f477bb8","39.index.js":"9d8cc0912d1742c4","484.index.js":"f502cc5f023a59c3","485.index.js":"d2458586ee64d89d","513.index.js":"316ab809b6136c68","542.index.js":"553714ef9c52b0eb","58.index.js":"a55f784d833bbdde","6.index.js":"28b91ba2eff5dd56","623.index.js":"dcf2c69e74c14beb","739.index.js":"3319b3b94a4ade77","748.index.js":"b2ddfc658aaa6ab6","75.index.js":"05ee27415188d228","81.index.js":"89369c9fca767743","815.index.js":"2549f7635b303c58","875.index.js":"cc2ba0a3520e9640","88.index.js":"fce79785792e40a7","912.index.js":"f6770a74505dfa80","943.index.js":"a300a1a111152b50","945.index.js":"f76e2e5b5e806c4f","977.index.js":"0c37c4d0ce0e3798","bundle.js":"4e0a4978f1259a06"};
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
