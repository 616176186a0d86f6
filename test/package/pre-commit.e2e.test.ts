/**
 * The pre-commit hook (.pre-commit-hooks.yaml) installed for real, by pre-commit 3 (Debian's) and 4 (PyPI's): each
 * clones a fresh `git clone` of this checkout's HEAD — what is committed, not the working tree — installs it with npm
 * as it installs every node hook (npm reaches the registry for the dependencies; the npm cache makes it quicker), and
 * runs it in a throwaway strategy repository. `bash .ci/run` installs both; under `npm test`, a missing one skips its
 * tests with one line. It runs once per CI run, on the machine's Node (.ci/run).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, example } from '../support/cli.js';
import { describeWith, inCI } from '../support/system-tool.js';
import { must, run, userEnv } from './run.js';

/** The pre-commit of PATH (Debian's is 3.x) and the one .ci/run puts in a virtual environment (4.x). */
const CANDIDATES = ['pre-commit', join(ROOT, '.ci', '.pre-commit-4', 'bin', 'pre-commit')];
const PINNED_4 = /^PRE_COMMIT_4=([\d.]+)$/m.exec(readFileSync(join(ROOT, '.ci', 'run'), 'utf8'))?.[1] ?? '4';
const INSTALL: Record<number, string> = {
  3: 'sudo apt-get install -y pre-commit',
  4: `python3 -m venv .ci/.pre-commit-4 && .ci/.pre-commit-4/bin/pip install pre-commit==${PINNED_4}`,
};
const found = new Map<number, string>();
for (const exe of CANDIDATES) {
  const version = /pre-commit (\d+)\./.exec(run(exe, ['--version'], { cwd: ROOT }).stdout)?.[1];
  if (version !== undefined && !found.has(Number(version))) found.set(Number(version), exe);
}
const missing = [3, 4].filter((major) => !found.has(major));
if (missing.length > 0 && !inCI()) {
  process.stderr.write(`skipped: the pre-commit hook's tests with pre-commit ${missing.join(' and ')} (not installed; to run them: ${missing.map((m) => INSTALL[m]).join('; ')}; they also need the npm registry)\n`);
}

const INSTALL_TIMEOUT = 900_000;
const CONFIG = 'version: 1\nlang: en\n';
const WORKFLOW = 'name: ci\non: push\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx smscore audit brands\n';

let shared: { dir: string; clone: string; rev: string } | undefined;
/** One clone of HEAD for both versions. */
function smscoreClone(): { clone: string; rev: string } {
  if (!shared) {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-pre-commit-'));
    const clone = join(dir, 'smscore');
    must('git', ['clone', '--quiet', ROOT, clone], { cwd: dir });
    shared = { dir, clone, rev: must('git', ['rev-parse', 'HEAD'], { cwd: clone }).stdout.trim() };
  }
  return shared;
}
afterAll(() => {
  if (shared) rmSync(shared.dir, { recursive: true, force: true });
});

for (const major of [3, 4]) {
  const exe = found.get(major);
  const suite = exe !== undefined ? describe : inCI()
    ? describeWith({ name: `pre-commit ${major}`, found: false, install: INSTALL[major]!, tests: 'the pre-commit hook\'s tests' })
    : describe.skip;

  suite(`the pre-commit hook, installed by pre-commit ${major}`, () => {
    let home = '';
    let repo = '';
    const env = () => userEnv({ PRE_COMMIT_HOME: home });
    const preCommit = (args: string[]) => run(exe!, args, { cwd: repo, env: env(), timeout: INSTALL_TIMEOUT });

    beforeAll(() => {
      home = mkdtempSync(join(tmpdir(), `smscore-pre-commit-${major}-home-`));
      repo = mkdtempSync(join(tmpdir(), `smscore-pre-commit-${major}-repo-`));
      must('git', ['init', '--quiet'], { cwd: repo });
      mkdirSync(join(repo, 'brands'));
      mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
      mkdirSync(join(repo, 'questions'));
      copyFileSync(example('minimal.yaml'), join(repo, 'brands', 'minimal.yaml'));
      copyFileSync(example('strategy-repo/questions/agency-pack.yaml'), join(repo, 'questions', 'agency-pack.yaml'));
      writeFileSync(join(repo, 'smscore.config.yaml'), CONFIG);
      writeFileSync(join(repo, '.github', 'workflows', 'ci.yml'), WORKFLOW);
      must('git', ['add', '.'], { cwd: repo });
      must('git', ['commit', '--quiet', '-m', 'brands'], { cwd: repo });
    }, 60_000);
    afterAll(() => {
      for (const dir of [home, repo]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('try-repo: pre-commit installs the hook from a clone, audits the brand file, leaves out the other YAML', () => {
      // The hook's exclude leaves out the configuration and the workflow; smscore itself skips the question pack
      // (--only-brand-files), which has no `smscore: 1` at its top.
      const { clone } = smscoreClone();
      const r = preCommit(['try-repo', clone, 'smscore', '--files', 'brands/minimal.yaml', 'questions/agency-pack.yaml', 'smscore.config.yaml', '.github/workflows/ci.yml']);
      expect({ status: r.status, output: r.output }).toEqual({ status: 0, output: expect.stringMatching(/^smscore audit\.+Passed$/m) });
    }, INSTALL_TIMEOUT);

    test('a repo: entry at a rev, narrowed to brands/: passes, then an invalid brand file fails the commit, located', () => {
      const { clone, rev } = smscoreClone();
      // A strategy repository's configuration, as docs/CI.md shows it (a local path for the URL).
      writeFileSync(join(repo, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${JSON.stringify(clone)}\n    rev: ${rev}\n    hooks:\n      - id: smscore\n        files: ^brands/\n`);
      must('git', ['add', '.pre-commit-config.yaml'], { cwd: repo });
      const passing = preCommit(['run', '--all-files']);
      expect({ status: passing.status, output: passing.output }).toEqual({ status: 0, output: expect.stringMatching(/^smscore audit\.+Passed$/m) });

      writeFileSync(join(repo, 'brands', 'minimal.yaml'), readFileSync(example('minimal.yaml'), 'utf8').replace(/^brand:$/m, 'brand:\n  colour: blue'));
      must('git', ['add', '.'], { cwd: repo });
      const failing = preCommit(['run', '--files', 'brands/minimal.yaml']);
      expect(failing.status).toBe(1);
      expect(failing.output).toMatch(/^smscore audit\.+Failed$/m);
      expect(failing.output).toMatch(/brands\/minimal\.yaml:\d+:\d+ +error +unknown key "colour"/);
    }, INSTALL_TIMEOUT);
  });
}

