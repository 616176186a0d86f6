#!/usr/bin/env node
'use strict';
// The `smscore` binary. It runs the CLI bundled in one CommonJS file (dist/bundle/smscore.cjs) with the V8 code cache
// made for that file at build time (scripts/build-bundle.mjs): a cold run deserialises the bytecode of the functions
// it needs instead of parsing and compiling them, which is most of what a cold run used to spend beyond bare Node
// (docs/PERFORMANCE.md, "Bundle and code cache"). CommonJS because an ES-module entry costs Node's ESM loader on
// every start. The cache is only an accelerator: without it, or with another Node, the same code runs, compiled.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, enableCompileCache } = require('node:module');

const bundleDir = path.join(__dirname, '..', 'dist', 'bundle');
const bundleFile = path.join(bundleDir, 'smscore.cjs');

/** The cache made for this exact bundle text (named on its first line) by this V8 on this architecture. */
function cacheFileFor(source) {
  const id = /^\/\/ smscore bundle ([0-9a-f]+)\n/.exec(source);
  return id ? path.join(bundleDir, `smscore.${id[1]}.${process.versions.v8}.${process.arch}.cache`) : undefined;
}

/**
 * Loads the bundle; undefined when there is none (a build stopped after tsc). `cache: false` compiles it without the
 * shipped cache (the build's training run does, to make one). Returns its exports, the compiled script (whose cache
 * can be made after a run) and how it was loaded.
 */
function load({ cache = true } = {}) {
  if (!fs.existsSync(bundleFile)) return undefined;
  if (cache && process.argv.includes('--debug')) {
    // --debug prints the stack of an internal error: Node's own loader, with source maps, makes its lines those of
    // src/ (a script compiled through vm gets no source map). Speed does not matter there.
    process.setSourceMapsEnabled(true);
    return { exports: require(bundleFile), status: 'source maps (--debug)' };
  }
  const source = fs.readFileSync(bundleFile, 'utf8');
  const cacheFile = cacheFileFor(source);
  // NODE_DISABLE_COMPILE_CACHE is Node's own switch for its compile cache (Node 22+); it turns this one off too.
  const allowed = cache && !process.env.NODE_DISABLE_COMPILE_CACHE;
  let cachedData;
  if (allowed && cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  if (allowed && !cachedData && typeof enableCompileCache === 'function') {
    // Another Node than the build's (Node 22+): its own compile cache does the same job, in its own folder.
    enableCompileCache();
    return { exports: require(bundleFile), cacheFile, status: "Node's compile cache" };
  }
  // CommonJS's wrapper, on the first line so that line numbers in stack traces stay the file's, plus one parameter:
  // import() inside a script compiled from a code cache fails on Node 20, so ES modules (the questionnaire's
  // prompts) are imported from here, in an ordinary module, for the bundle.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __smscoreLoaderImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundleFile, cachedData });
  const status = cachedData ? (script.cachedDataRejected ? 'code cache rejected' : 'code cache used') : 'no code cache';
  const mod = { exports: {} };
  const importModule = (specifier) => import(specifier);
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(bundleFile), mod, bundleFile, bundleDir, importModule);
  return { exports: mod.exports, script, cacheFile, status };
}

if (require.main === module) {
  const loaded = load();
  if (process.env.SMSCORE_DEBUG_START) {
    process.stderr.write(`smscore: start-up: ${loaded ? `bundle, ${loaded.status}` : 'no bundle, dist/cli/main.js'}\n`);
  }
  // Without a bundle (a build stopped after tsc), the unbundled ES modules do the same job, more slowly.
  if (loaded) loaded.exports.main(process.argv);
  else import('../dist/cli/main.js');
} else {
  module.exports = { load };
}
