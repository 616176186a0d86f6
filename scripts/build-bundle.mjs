// Builds the start-up path of the `smscore` binary (docs/PERFORMANCE.md, "Bundle and code cache"):
//   1. dist/bundle/smscore.cjs: the CLI compiled by tsc (dist/), in one CommonJS file, with esbuild;
//   2. dist/bundle/smscore.<id>.<v8>.cache: V8's code cache of that file, taken after a training run, so that a
//      cold run deserialises the bytecode of the functions it needs instead of parsing and compiling them.
// Node 20 has no compile cache of its own (module.enableCompileCache is Node 22), and a CommonJS script is the only
// kind of code whose cache Node 20 can make and use without a flag (vm.Script's cachedData).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outDir = join(dist, 'bundle');
const outFile = join(outDir, 'smscore.cjs');
const ID_PLACEHOLDER = `// smscore bundle ${'0'.repeat(16)}`;

// Loaded from node_modules when needed, never on the paths that the cache speeds up: the yaml library (files outside
// the fast reader's subset, error messages, edits), globs, the questionnaire's prompts, and SheetJS (workbook imports).
const external = ['yaml', 'picomatch', '@inquirer/prompts', '@inquirer/core', '@e965/xlsx'];

// dist/ is ES modules. Three of their idioms mean something else once bundled, and are rewritten per module:
// - `const require = createRequire(import.meta.url)`: dropped, so that esbuild sees each `require('x')` and takes
//   x in (commander, the precompiled validators) instead of leaving it to be found at run time;
// - `import.meta.url`: each module keeps its own address in dist/ (the package root, the audit worker's script),
//   computed from the bundle's folder so that the package can be moved;
// - `import('package')` (the questionnaire's prompts, an ES module): Node 20 loses the dynamic-import hook of a script
//   compiled from a code cache ("A dynamic import callback was not specified"), so the launcher, an ordinary module,
//   imports for the bundle (`__smscoreImport`, from the banner).
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      // Only our own modules: packages' files (ajv's dist/, say) are bundled as they are.
      if (!args.path.startsWith(dist + sep)) return undefined;
      const rel = relative(outDir, args.path).split(sep).join('/');
      const contents = readFileSync(args.path, 'utf8')
        .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
        .replace(/\bimport\.meta\.url\b/g, `__smscoreModuleUrl(${JSON.stringify(rel)})`)
        .replace(/\bimport\((?=['"][^./])/g, '__smscoreImport(');
      return { contents, loader: 'js' };
    });
  },
};

// commander requires node:child_process when it loads, for executable subcommands (`git-style` separate programs),
// which smscore does not have. Node builds that module and its dependencies (net, streams, dgram…) for ≈ 4 ms of
// every start: commander gets a stand-in that requires it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      loader: 'js',
      contents: `let m; const load = () => (m ??= require('node:child_process'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(load(), key),
});`,
    }));
  },
};

// cli-table3, as bundled, with two of its costs removed (scripts/table-speed.cjs, where the reasons are).
const { rememberedWidths, fasterTableCells } = createRequire(import.meta.url)('./table-speed.cjs');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const result = await build({
  entryPoints: [join(dist, 'cli', 'program.js')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  external,
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [keepModuleUrls, lazyChildProcess, rememberedWidths, fasterTableCells],
  // src/cli/bundle.ts: the code knows it runs from the bundle (its audit workers then load the bundle too).
  define: { __SMSCORE_BUNDLE__: 'true' },
  // A map for --debug's stack traces (bin/smscore.cjs), back through tsc's maps to src/; the sources themselves are
  // not copied in: line numbers are what a bug report needs.
  sourcemap: 'linked',
  sourcesContent: false,
  outfile: outFile,
  banner: {
    js: [
      ID_PLACEHOLDER,
      'const __smscoreModuleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
      // Given by bin/smscore.cjs; when Node's own loader runs the bundle (Node 22+), import() works as it is.
      'const __smscoreImport = typeof __smscoreLoaderImport === "function" ? __smscoreLoaderImport : (specifier) => import(specifier);',
    ].join('\n'),
  },
});
const code = result.outputFiles.find((f) => f.path === outFile).text;
const map = result.outputFiles.find((f) => f.path === `${outFile}.map`).text;

// The first line names this exact text: the launcher (bin/smscore.cjs) only uses a cache made for it. V8 itself
// checks the source's length only, and a cache applied to other code would run the wrong bytecode. The id replaces
// a placeholder of the same length, so the source map's lines stay right.
if (!code.startsWith(`${ID_PLACEHOLDER}\n`)) throw new Error('build-bundle: the bundle does not start with its id line');
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(outFile, code.replace(ID_PLACEHOLDER, `// smscore bundle ${id}`));
writeFileSync(`${outFile}.map`, map);

// The worker threads of `audit --jobs` (src/cli/commands/audit.ts): this entry loads the bundle as the binary does,
// with its code cache (bin/smscore.cjs, which then leaves the user's own cache to the main thread), and serves the
// audit job (serveAuditJob, src/cli/program.ts). Without the bundle, the modules of dist/ do the same work.
writeFileSync(join(outDir, 'audit-worker.cjs'), `'use strict';
// The worker thread of \`smscore audit --jobs\` when the command runs from this bundle (made by scripts/build-bundle.mjs).
const { load } = require('../../bin/smscore.cjs');
const loaded = load({ worker: true });
if (process.env.SMSCORE_DEBUG_START) {
  process.stderr.write(\`smscore: worker start-up: \${loaded ? \`bundle, \${loaded.status}\` : 'no bundle, dist/cli/commands/audit-worker.js'}\\n\`);
}
if (loaded) loaded.exports.serveAuditJob();
else import('../cli/commands/audit-worker.js');
`);

// Training run: the launcher loads the bundle as every run does, runs the commonest commands on the shipped
// example, and writes the cache of every function they compiled.
// NODE_OPTIONS is cleared: V8 refuses a cache made under other flags.
const train = spawnSync(process.execPath, [join(root, 'scripts', 'train-code-cache.cjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', NODE_DISABLE_COMPILE_CACHE: '' },
});
if (train.status !== 0) {
  console.error(`build-bundle: the training run failed (exit ${train.status}); the CLI still works, without a code cache.`);
  process.exit(1);
}
const caches = readdirSync(outDir).filter((f) => f.endsWith('.cache'));
if (caches.length !== 1) {
  console.error(`build-bundle: expected one code cache in ${outDir}, found ${caches.length}.`);
  process.exit(1);
}
