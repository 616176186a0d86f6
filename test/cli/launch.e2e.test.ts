/**
 * The binary's start-up path (bin/smscore.cjs): the bundled CLI with the V8 code cache made for it at build time.
 * The cache only makes a cold run faster: with it, without it, with a cache that does not fit, or with no bundle at
 * all, every run says the same thing. And a cache made for another build of the bundle is never applied to this one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, example, runCli } from '../support/cli.js';

const env = { SMSCORE_DEBUG_START: '1', SMSCORE_TODAY: '2026-06-01', COLUMNS: '100' };
const args = ['audit', example('maison-lumiere.yaml'), '--format', 'json'];
const startLine = (stderr: string) => stderr.split('\n').find((l) => l.startsWith('smscore: start-up:'));
const workerLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('smscore: worker start-up:'));

/** Just enough brand files for two workers (the pool hands them out 8 at a time): copies of the mid-size example. */
function brandFolder(count = 9): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-launch-brands-'));
  const text = readFileSync(example('maison-lumiere.yaml'), 'utf8');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `brand-${String(i).padStart(2, '0')}.yaml`), text.replace('name: Maison Lumière', `name: Maison Lumière ${i}`));
  return dir;
}
const jobsArgs = (folder: string, jobs: number) => ['audit', folder, '--no-config', '--quiet', '-j', String(jobs)];

/** A copy of the installed package whose bin/ and dist/bundle/ can be changed; everything else is linked. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-launch-'));
  for (const name of ['package.json', 'schemas', 'node_modules', 'catalog', 'benchmarks']) symlinkSync(join(ROOT, name), join(dir, name));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  for (const name of readdirSync(join(ROOT, 'dist'))) {
    if (name !== 'bundle') symlinkSync(join(ROOT, 'dist', name), join(dir, 'dist', name), 'dir');
  }
  cpSync(join(ROOT, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), { recursive: true });
  return dir;
}

/** The user cache folder of the runs in package copies: never the real one (XDG_CACHE_HOME, see ownCacheDir). */
const cacheHome = mkdtempSync(join(tmpdir(), 'smscore-cache-home-'));

function runIn(dir: string, extraEnv: Record<string, string> = {}, extraArgs: string[] = [], command: string[] = args) {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'smscore.cjs'), ...command, ...extraArgs], {
    cwd: ROOT, encoding: 'utf8', timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', XDG_CACHE_HOME: cacheHome, ...env, ...extraEnv },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('start-up (built binary)', () => {
  const reference = runCli(args, { env });

  test('runs the bundle with the code cache that the build made for this Node', () => {
    expect(BIN.endsWith(join('bin', 'smscore.cjs'))).toBe(true);
    expect(reference.status).toBe(0);
    expect(startLine(reference.stderr)).toBe('smscore: start-up: bundle, code cache used');
    expect(JSON.parse(reference.stdout).files[0].scores.overall.score).toEqual(expect.any(Number));
  });

  test('audit --jobs: the workers run the bundle with its code cache too, and say what one thread says', () => {
    const folder = brandFolder();
    const one = runCli(jobsArgs(folder, 1), { env });
    const two = runCli(jobsArgs(folder, 2), { env });
    expect(workerLines(one.stderr)).toEqual([]);
    expect(workerLines(two.stderr)).toEqual(Array(2).fill('smscore: worker start-up: bundle, code cache used'));
    expect(one.stdout.split('\n').filter((l) => l.includes('Maison Lumière'))).toHaveLength(9);
    expect([two.status, two.stdout]).toEqual([one.status, one.stdout]);
  }, 60_000);

  test('NODE_DISABLE_COMPILE_CACHE turns the cache off, and nothing else changes', () => {
    const r = runCli(args, { env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(startLine(r.stderr)).toBe('smscore: start-up: bundle, no code cache');
    expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
  });

  test('--debug: an internal error\'s stack names the lines of src/, through the bundle\'s source map', () => {
    // An internal error on purpose: commander is handed an argv whose reading throws.
    const script = `
      const { load } = require(${JSON.stringify(BIN)});
      const { exports: cli, status } = load();
      process.stderr.write('status: ' + status + '\\n');
      const argv = new Proxy(['node', 'smscore', 'audit', '--debug'], { get: (t, k) => { if (k === 'slice') throw new Error('test failure'); return Reflect.get(t, k); } });
      cli.main(argv);`;
    const run = (debug: boolean) => spawnSync(process.execPath, ['-e', script, '--', ...(debug ? ['--debug'] : [])], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const debug = run(true);
    expect(debug.status).toBe(3);
    expect(debug.stderr).toContain('status: source maps (--debug)');
    expect(debug.stderr).toContain('smscore: internal error: test failure');
    expect(debug.stderr).toMatch(/at Object\.main \(.*[\\/]src[\\/]cli[\\/]program\.ts:\d+:\d+\)/);
    const plain = run(false);
    expect(plain.stderr).toContain('status: code cache used');
    // Where to report it: the issues page that package.json names.
    const { bugs } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bugs: { url: string } };
    expect(bugs.url).toMatch(/^https:\/\/github\.com\/.+\/issues$/);
    expect(plain.stderr).toContain(`Please report it at ${bugs.url} with the command you ran`);
    expect(plain.stderr).toMatch(/at Object\.main \(.*[\\/]dist[\\/]bundle[\\/]smscore\.cjs:\d+:\d+\)/);
  });

  describe('in a copy of the package', () => {
    const dir = packageCopy();
    const bundleDir = join(dir, 'dist', 'bundle');
    const cacheFile = () => join(bundleDir, readdirSync(bundleDir).find((f) => f.endsWith('.cache'))!);

    test('the copy runs as the original does, cache included (nothing depends on where the package lies)', () => {
      const r = runIn(dir);
      expect(startLine(r.stderr)).toBe('smscore: start-up: bundle, code cache used');
      expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
    });

    test('a damaged cache is refused by V8 and the run is the same', () => {
      const file = cacheFile();
      const saved = readFileSync(file);
      const damaged = Buffer.from(saved);
      damaged.fill(0x5a, 0, 64);
      writeFileSync(file, damaged);
      try {
        const r = runIn(dir);
        expect(startLine(r.stderr)).toBe('smscore: start-up: bundle, code cache rejected');
        expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
      } finally {
        writeFileSync(file, saved);
      }
    });

    test('a bundle from another build does not get this build\'s cache', () => {
      const file = join(bundleDir, 'smscore.cjs');
      const saved = readFileSync(file, 'utf8');
      // Same length, another id: V8 alone, which checks the length, would have taken the cache.
      writeFileSync(file, saved.replace(/^\/\/ smscore bundle ([0-9a-f])/, (_m, c: string) => `// smscore bundle ${c === '0' ? '1' : '0'}`));
      try {
        const r = runIn(dir);
        expect(startLine(r.stderr)).toBe('smscore: start-up: bundle, no code cache');
        expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
      } finally {
        writeFileSync(file, saved);
      }
    });

    describe('with no cache from the build for this Node (a package built on another Node)', () => {
      const ownCaches = (home: string) => {
        const folder = join(home, 'smscore');
        return existsSync(folder) ? readdirSync(folder).sort() : [];
      };
      const fresh = () => {
        const home = mkdtempSync(join(tmpdir(), 'smscore-own-cache-'));
        return { home, env: { XDG_CACHE_HOME: home } };
      };
      const level = (name: string) => /\.(\d)\.cache$/.exec(name)?.[1];
      // The build's cache is taken away for these tests, as if the package had been built by another Node.
      let buildCache = '';
      let saved = Buffer.alloc(0);
      beforeAll(() => {
        buildCache = cacheFile();
        saved = readFileSync(buildCache);
        rmSync(buildCache);
      });
      afterAll(() => writeFileSync(buildCache, saved));

      test('the first run makes a cache of its own in the user\'s cache folder, and the next runs use it', () => {
        const { home, env: e } = fresh();
        const first = runIn(dir, e);
        expect(startLine(first.stderr)).toBe('smscore: start-up: bundle, no code cache');
        expect([first.status, first.stdout]).toEqual([reference.status, reference.stdout]);
        const made = ownCaches(home);
        expect(made).toHaveLength(1);
        expect(level(made[0]!)).toBe('2');
        // Private to this account: the folder and the file.
        expect(statSync(join(home, 'smscore')).mode & 0o777).toBe(0o700);
        expect(statSync(join(home, 'smscore', made[0]!)).mode & 0o777).toBe(0o600);
        const second = runIn(dir, e);
        expect(startLine(second.stderr)).toBe('smscore: start-up: bundle, own code cache used');
        expect([second.status, second.stdout]).toEqual([reference.status, reference.stdout]);
        expect(ownCaches(home)).toEqual(made);
      });

      test('audit --jobs: the workers use the cache of its own from the next run on, and leave making it to the command', () => {
        const { home, env: e } = fresh();
        const folder = brandFolder();
        const first = runIn(dir, e, [], jobsArgs(folder, 2));
        expect(startLine(first.stderr)).toBe('smscore: start-up: bundle, no code cache');
        expect(workerLines(first.stderr)).toEqual(Array(2).fill('smscore: worker start-up: bundle, no code cache'));
        const made = ownCaches(home);
        expect(made.map(level)).toEqual(['2']);
        const stamp = statSync(join(home, 'smscore', made[0]!)).mtimeMs;
        const second = runIn(dir, e, [], jobsArgs(folder, 2));
        expect(workerLines(second.stderr)).toEqual(Array(2).fill('smscore: worker start-up: bundle, own code cache used'));
        expect([second.status, second.stdout]).toEqual([first.status, first.stdout]);
        expect(ownCaches(home)).toEqual(made);
        expect(statSync(join(home, 'smscore', made[0]!)).mtimeMs).toBe(stamp);
      }, 60_000);

      test('a command that compiles more remakes it, once per level; a lighter one uses it as it is', () => {
        const { home, env: e } = fresh();
        const levels = () => ownCaches(home).map(level);
        expect(runIn(dir, e, [], ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
        expect(levels()).toEqual(['0']);
        runIn(dir, e, [], ['validate', example('maison-lumiere.yaml')]);
        expect(levels()).toEqual(['1']);
        runIn(dir, e);
        expect(levels()).toEqual(['2']);
        const before = ownCaches(home).map((f) => statSync(join(home, 'smscore', f)).mtimeMs);
        const version = runIn(dir, e, [], ['--version']);
        expect(startLine(version.stderr)).toBe('smscore: start-up: bundle, own code cache used');
        expect(ownCaches(home).map((f) => statSync(join(home, 'smscore', f)).mtimeMs)).toEqual(before);
      });

      test('making a cache drops those of other builds after 30 days, and temporary files left by a killed run', () => {
        const { home, env: e } = fresh();
        const folder = join(home, 'smscore');
        mkdirSync(folder, { mode: 0o700 });
        const old = (days: number) => (Date.now() - days * 86_400_000) / 1000;
        const put = (name: string, days: number) => {
          writeFileSync(join(folder, name), 'x');
          utimesSync(join(folder, name), old(days), old(days));
        };
        put('smscore.0123456789abcdef.11.3.244.8-node.38.x64.2.cache', 40);
        put('smscore.fedcba9876543210.11.3.244.8-node.38.x64.2.cache', 5);
        put('smscore.0123456789abcdef.11.3.244.8-node.38.x64.2.cache.42.1.tmp', 2);
        put('notes.txt', 400);
        runIn(dir, e);
        const left = ownCaches(home);
        expect(left.filter((f) => f.includes('0123456789abcdef'))).toEqual([]);
        expect(left).toContain('smscore.fedcba9876543210.11.3.244.8-node.38.x64.2.cache');
        expect(left).toContain('notes.txt');
        expect(left.filter((f) => level(f) === '2')).toHaveLength(2);
      });

      test('a damaged cache of its own is refused, replaced, and the run is the same', () => {
        const { home, env: e } = fresh();
        runIn(dir, e);
        const file = join(home, 'smscore', ownCaches(home)[0]!);
        const damaged = readFileSync(file);
        damaged.fill(0x5a, 0, 64);
        writeFileSync(file, damaged);
        const r = runIn(dir, e);
        expect(startLine(r.stderr)).toBe('smscore: start-up: bundle, own code cache rejected');
        expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
        expect(startLine(runIn(dir, e).stderr)).toBe('smscore: start-up: bundle, own code cache used');
      });

      test('a folder others can write to is neither read nor written; an unusable one changes nothing', () => {
        const { home, env: e } = fresh();
        mkdirSync(join(home, 'smscore'), { mode: 0o777 });
        chmodSync(join(home, 'smscore'), 0o777);
        for (let i = 0; i < 2; i++) {
          const r = runIn(dir, e);
          expect(startLine(r.stderr)).toBe('smscore: start-up: bundle, no code cache');
          expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
        }
        expect(ownCaches(home)).toEqual([]);
        // XDG_CACHE_HOME naming a file: the folder cannot be made.
        const notAFolder = join(home, 'file');
        writeFileSync(notAFolder, '');
        const r = runIn(dir, { XDG_CACHE_HOME: notAFolder });
        expect([r.status, r.stdout, r.stderr.split('\n').filter((l) => !l.startsWith('smscore: start-up:')).join('\n')])
          .toEqual([reference.status, reference.stdout, reference.stderr.split('\n').filter((l) => !l.startsWith('smscore: start-up:')).join('\n')]);
        // No home folder at all (os.homedir() throws for an account unknown to the password database).
        const preload = join(home, 'no-home.cjs');
        writeFileSync(preload, "require('node:os').homedir = () => { throw new Error('uv_os_homedir: ENOENT'); };\n");
        const homeless = spawnSync(process.execPath, ['-r', preload, join(dir, 'bin', 'smscore.cjs'), ...args], {
          cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', ...env },
        });
        expect(startLine(homeless.stderr)).toBe('smscore: start-up: bundle, no code cache');
        expect([homeless.status, homeless.stdout]).toEqual([reference.status, reference.stdout]);
        // NODE_DISABLE_COMPILE_CACHE: no cache of any kind, none made.
        const off = fresh();
        expect(startLine(runIn(dir, { ...off.env, NODE_DISABLE_COMPILE_CACHE: '1' }).stderr)).toBe('smscore: start-up: bundle, no code cache');
        expect(ownCaches(off.home)).toEqual([]);
      });
    });

    test('without a bundle (a build stopped after tsc), the unbundled modules give the same run', () => {
      rmSync(bundleDir, { recursive: true });
      const r = runIn(dir);
      expect(startLine(r.stderr)).toBe('smscore: start-up: no bundle, dist/cli/main.js');
      expect([r.status, r.stdout]).toEqual([reference.status, reference.stdout]);
      const debug = runIn(dir, {}, ['--debug']);
      expect(startLine(debug.stderr)).toBe('smscore: start-up: no bundle, dist/cli/main.js');
      expect([debug.status, debug.stdout]).toEqual([reference.status, reference.stdout]);
      // Workers then run the modules of dist/ as the command does.
      const folder = brandFolder();
      const one = runIn(dir, {}, [], jobsArgs(folder, 1));
      const two = runIn(dir, {}, [], jobsArgs(folder, 2));
      expect(workerLines(two.stderr)).toEqual([]);
      expect([two.status, two.stdout]).toEqual([one.status, one.stdout]);
      expect(one.stdout.split('\n').filter((l) => l.includes('Maison Lumière'))).toHaveLength(9);
    }, 60_000);
  });
});
