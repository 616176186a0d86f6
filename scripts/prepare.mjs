// npm's `prepare` step. npm runs it after `npm install` in a checkout, and for a git dependency (a strategy
// repository's `github:…#tag`, pre-commit's hook install) in the clone it made, after installing the clone's
// devDependencies: there, the package is built, since dist/ is not in git. Anywhere else (an installed package, with
// dist/ shipped and no src/), it does nothing and says nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStamp } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, '.git')) || !existsSync(join(root, 'src'))) process.exit(0);

// What the build imports (scripts/build-*.mjs, tsc).
const BUILD_TOOLS = ['ajv', 'esbuild', 'typescript', 'yaml'];
const requireHere = createRequire(join(root, 'package.json'));
const missing = () => BUILD_TOOLS.filter((name) => {
  try {
    requireHere.resolve(`${name}/package.json`);
    return false;
  } catch {
    return true;
  }
});

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (missing().length > 0) {
  if (process.env.npm_config_global !== 'true') {
    // `npm install --omit=dev` in a checkout: nothing to build with, and installing what was left out would defeat it.
    process.stderr.write(`smscore: not built: ${missing().join(', ')} not installed (run npm install, then npm run build)\n`);
    process.exit(0);
  }
  // `npm install -g <git URL>` (pre-commit 4's way of installing a node hook): npm hands its --global on to the
  // install it runs in the clone, which then installs nothing in the clone, so this step finds no devDependencies.
  // They are installed here, into the clone only, as npm would have done for a git dependency of a project.
  run('npm', ['install', '--global=false', '--include=dev', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--loglevel=error']);
}

const stamp = buildStamp(root);
if (stamp.fresh) process.exit(0);
run('npm', ['run', 'build', '--silent']);
stamp.record();
