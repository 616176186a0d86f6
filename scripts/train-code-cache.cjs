// The build's training run (scripts/build-bundle.mjs): loads the bundle as the binary does, runs the commands that
// start-up matters most for on the shipped example, then writes V8's code cache of every function they compiled.
// Output goes nowhere: only the compiled code is kept.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { load } = require('../bin/smscore.cjs');

const example = path.join(__dirname, '..', 'examples', 'maison-lumiere.yaml');
const runs = [
  ['--version'],
  ['validate', example],
  ['audit', example],
];

async function main() {
  const loaded = load({ cache: false });
  if (!loaded) throw new Error('there is no bundle: run scripts/build-bundle.mjs');
  const { exports, script, cacheFile } = loaded;
  if (!script || !cacheFile) throw new Error('the bundle has no id line: rebuild it with scripts/build-bundle.mjs');
  for (const args of runs) await exports.main([process.execPath, 'smscore', ...args]);
  // Written whole, then renamed: a half-written cache must never be found by a run.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, script.createCachedData());
  fs.renameSync(tmp, cacheFile);
  process.exitCode = 0;
}

main().catch((err) => {
  process.stderr.write(`train-code-cache: ${err.stack || err}\n`);
  process.exitCode = 1;
});
