#!/usr/bin/env node
'use strict';
// The `smscore` binary. It runs the CLI bundled in one CommonJS file (dist/bundle/smscore.cjs) with the V8 code cache
// made for that file at build time (scripts/build-bundle.mjs): a cold run deserialises the bytecode of the functions
// it needs instead of parsing and compiling them, which is most of what a cold run used to spend beyond bare Node
// (docs/PERFORMANCE.md, "Bundle and code cache"). CommonJS because an ES-module entry costs Node's ESM loader on
// every start. The cache is only an accelerator: without it, or with another Node, the same code runs, compiled; with
// another Node than the build's, the first run leaves a cache of its own for the next ones (ownCacheDir).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const bundleDir = path.join(__dirname, '..', 'dist', 'bundle');
const bundleFile = path.join(bundleDir, 'smscore.cjs');

/** What names a cache: this exact bundle text (its id, on its first line), this V8, this architecture. */
function cacheKeyFor(source) {
  const id = /^\/\/ smscore bundle ([0-9a-f]+)\n/.exec(source);
  return id ? `smscore.${id[1]}.${process.versions.v8}.${process.arch}` : undefined;
}

/**
 * The user's own cache, for a Node other than the build's (a package built on Node 20, run on Node 24): made after a
 * run, on this machine, in a per-user folder. Not a shared temporary folder: a cache is code, and one planted by
 * another account would run as this one. The cache holds what the run that made it compiled, so a command that
 * compiles more (LEVELS) makes it again, at most once per level.
 */
const LEVELS = { validate: 1, audit: 2 };

function ownCacheDir() {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'smscore');
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ? path.join(process.env.LOCALAPPDATA, 'smscore') : undefined;
  let home;
  try {
    // Throws without HOME for an account with no entry in the password database (containers run as any uid).
    home = require('node:os').homedir();
  } catch {
    return undefined;
  }
  return path.join(home, ...(process.platform === 'darwin' ? ['Library', 'Caches'] : ['.cache']), 'smscore');
}

/** Whether a folder can hold code this account runs: its own, writable by no one else (POSIX; Windows' is per user). */
function safeDir(dir) {
  const st = fs.statSync(dir);
  if (!st.isDirectory()) return false;
  if (typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** The own cache of the highest level for this bundle, V8 and architecture; undefined when there is none. */
function readOwnCache(dir, key) {
  try {
    if (!safeDir(dir)) return undefined;
  } catch {
    return undefined;
  }
  for (let level = 2; level >= 0; level--) {
    try {
      return { level, data: fs.readFileSync(path.join(dir, `${key}.${level}.cache`)) };
    } catch {
      // none at this level
    }
  }
  return undefined;
}

/**
 * Writes the script's cache whole, then renames it into place; any failure only means no cache next time. `refused`:
 * the level of a cache V8 refused (damaged, or made by another build of V8), removed so that it is not read again.
 */
function writeOwnCache(dir, key, level, script, refused) {
  const file = path.join(dir, `${key}.${level}.cache`);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    if (refused !== undefined) fs.rmSync(path.join(dir, `${key}.${refused}.cache`), { force: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!safeDir(dir)) return;
    fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(tmp, file);
    // The lower levels of this key are superseded. Caches of other builds (or Nodes) are dropped 30 days after they
    // were made, so that upgrades do not pile them up; a build still in use makes its own again on its next run.
    // Temporary files left by a run killed while writing go after a day.
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
      if (!name.startsWith('smscore.') || name === path.basename(file)) continue;
      const other = path.join(dir, name);
      const stale = name.endsWith('.tmp') ? now - 86_400_000 : name.endsWith('.cache') ? now - 30 * 86_400_000 : -Infinity;
      const superseded = name.startsWith(`${key}.`) && name.endsWith('.cache') && Number(name.slice(key.length + 1, -'.cache'.length)) < level;
      if (superseded || fs.statSync(other).mtimeMs < stale) fs.rmSync(other, { force: true });
    }
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to do: the cache is only an accelerator
    }
  }
}

/**
 * Loads the bundle; undefined when there is none (a build stopped after tsc). `cache: false` compiles it without the
 * shipped cache (the build's training run does, to make one). `worker: true` for an audit worker thread
 * (dist/bundle/audit-worker.cjs): it uses the caches like the command, but leaves making the user's own to the
 * command's thread. Returns its exports, the compiled script (whose cache can be made after a run) and how it was
 * loaded.
 */
function load({ cache = true, worker = false } = {}) {
  if (!fs.existsSync(bundleFile)) return undefined;
  if (cache && !worker && process.argv.includes('--debug')) {
    // --debug prints the stack of an internal error: Node's own loader, with source maps, makes its lines those of
    // src/ (a script compiled through vm gets no source map). Speed does not matter there.
    process.setSourceMapsEnabled(true);
    return { exports: require(bundleFile), status: 'source maps (--debug)' };
  }
  const source = fs.readFileSync(bundleFile, 'utf8');
  const key = cacheKeyFor(source);
  const cacheFile = key && path.join(bundleDir, `${key}.cache`);
  // NODE_DISABLE_COMPILE_CACHE is Node's own switch for its compile cache (Node 22+); it turns these off too.
  const allowed = cache && !process.env.NODE_DISABLE_COMPILE_CACHE;
  let cachedData;
  if (allowed && cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // No cache from the build for this Node: the user's own, if an earlier run made one.
  const ownDir = allowed && key && !cachedData ? ownCacheDir() : undefined;
  const own = ownDir ? readOwnCache(ownDir, key) : undefined;
  if (own) cachedData = own.data;
  // CommonJS's wrapper, on the first line so that line numbers in stack traces stay the file's, plus one parameter:
  // import() inside a script compiled from a code cache fails on Node 20, so ES modules (the questionnaire's
  // prompts) are imported from here, in an ordinary module, for the bundle.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __smscoreLoaderImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundleFile, cachedData });
  const kind = own ? 'own code cache' : 'code cache';
  const status = cachedData ? `${kind} ${script.cachedDataRejected ? 'rejected' : 'used'}` : 'no code cache';
  if (ownDir && !worker) {
    // Made at exit, when the run has compiled what it needed: when there was none, when it was refused, or when
    // this command compiles more than the one that made it.
    const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
    const level = command !== undefined && Object.hasOwn(LEVELS, command) ? LEVELS[command] : 0;
    const refused = own && script.cachedDataRejected ? own.level : undefined;
    if (!own || refused !== undefined || level > own.level) process.once('exit', () => writeOwnCache(ownDir, key, level, script, refused));
  }
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
