// Whether dist/ is a finished build of this very commit, clean, by this Node: then prepare and prepack need not build
// again (npm runs prepare twice for a git dependency, and pre-commit 3 runs `npm install` then `npm pack`, each of
// which builds). Any build removes the stamp first (scripts/build-validators.mjs), so a build stopped half-way never
// passes for a finished one; outside a git checkout, or with a change to the build's inputs not committed, there is no stamp.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildStamp(root) {
  const file = join(root, 'dist', '.prepared');
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', 'HEAD');
  // The build's inputs only: pre-commit 3 puts its node environment inside the clone it builds.
  const status = git('status', '--porcelain', '--', 'src', 'scripts', 'schemas', 'catalog', 'benchmarks', 'package.json', 'package-lock.json', 'tsconfig.json');
  const stamp = head.status === 0 && status.status === 0 && status.stdout === '' ? `${head.stdout.trim()} ${process.version}\n` : undefined;
  return {
    fresh: stamp !== undefined && existsSync(file) && readFileSync(file, 'utf8') === stamp,
    /** After a build that succeeded. */
    record() {
      rmSync(file, { force: true });
      if (stamp !== undefined) writeFileSync(file, stamp);
    },
  };
}
