// npm's `prepack` (`node scripts/pack.mjs before`) and `postpack` (`… after`) steps, for `npm pack` and `npm publish`.
// before: builds (unless dist/ is already the finished build of this clean commit: scripts/build-stamp.mjs), so that
// a tarball always holds the dist/ of the sources it ships; then takes the `prepare` script
// out of package.json for the time of the packing (the pattern of husky's pinst), since an installed package has
// nothing to prepare and npm 11 lists a tarball's `prepare` among the install scripts a user should approve.
// after: puts package.json back, byte for byte. A pack stopped in between leaves the copy beside it, and the next
// pack puts it back first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStamp } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'package.json');
const saved = join(root, '.package.json.prepack');
const step = process.argv[2];

if (existsSync(saved)) renameSync(saved, manifest);
if (step === 'before') {
  const stamp = buildStamp(root);
  if (!stamp.fresh) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) process.exit(build.status ?? 1);
    stamp.record();
  }
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(saved, text);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step !== 'after') {
  process.stderr.write('usage: node scripts/pack.mjs before|after\n');
  process.exit(2);
}
