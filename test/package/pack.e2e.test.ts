/**
 * The package as a user gets it: `npm pack` (once per run, in a copy of this checkout's files so that its build does
 * not touch the dist/ the other tests run), the tarball installed in an empty folder without the network (npm
 * --offline, from the cache that the project's own `npm install` filled, with the dependency versions of our lockfile;
 * and in a network namespace with no network at all where the machine allows it), then the README's commands, the
 * documents that messages, --help and the README name, `import` and `require`, run from there.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../support/cli.js';
import { must, run, type Ran } from './run.js';

interface LockEntry { version?: string; resolved?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; [key: string]: unknown }
interface Manifest { name: string; version: string; license: string; bugs: { url: string }; scripts?: Record<string, string>; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> }

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const TARBALL = `${manifest.name}-${manifest.version}.tgz`;
const PACKAGE_TIMEOUT = 300_000;

/**
 * A lockfile for the user's folder: the tarball, and its dependencies at the versions and addresses of our own
 * package-lock.json (those the project's `npm install` put in the npm cache), paths and all. An install from a
 * lockfile needs no registry metadata, which that install does not cache.
 */
function consumerLock(): object {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const packages = lock.packages;
  const found = new Map<string, LockEntry>();
  const resolve = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[path]) return path;
      if (!base) return undefined;
    }
  };
  const visit = (from: string, deps: Record<string, string>, optional: Record<string, string>) => {
    for (const name of Object.keys(deps)) {
      const path = resolve(from, name);
      if (path === undefined) {
        if (name in optional) continue;
        throw new Error(`package-lock.json has no ${name} for ${from || 'the root'}`);
      }
      if (found.has(path)) continue;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = packages[path]!;
      found.set(path, entry);
      const opt = entry.optionalDependencies ?? {};
      visit(path, { ...entry.dependencies, ...opt }, opt);
    }
  };
  visit('', manifest.dependencies, {});
  return {
    name: 'consumer', lockfileVersion: 3, requires: true,
    packages: {
      '': { name: 'consumer', dependencies: { smscore: `file:${TARBALL}` } },
      'node_modules/smscore': {
        version: manifest.version, resolved: `file:${TARBALL}`, license: manifest.license,
        dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines,
      },
      ...Object.fromEntries(found),
    },
  };
}

/** No network at all for a command: a network namespace of its own (root, or unprivileged user namespaces). */
const offline = (() => {
  for (const prefix of [['unshare', '--net'], ['unshare', '--map-root-user', '--net']]) {
    if (run(prefix[0]!, [...prefix.slice(1), 'true'], { cwd: ROOT }).status === 0) return prefix;
  }
  return [];
})();
const noNetwork = (command: string, args: string[], cwd: string): Ran => {
  const [first, ...rest] = [...offline, command, ...args];
  return run(first!, rest, { cwd });
};

let work = '';
let user = '';
let installed = '';
let packed: Ran;
let install: Ran;
let copyManifestAfter = '';
let files: string[] = [];
const smscore = (...args: string[]) => noNetwork('npx', ['--offline', 'smscore', ...args], user);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'smscore-pack-'));
  // The checkout's files as git sees them (committed or not, less what .gitignore leaves out), and its node_modules.
  const copy = join(work, 'checkout');
  const listed = must('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT }).stdout.split('\0');
  for (const file of listed) {
    if (!file || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

  packed = run('npm', ['pack', '--pack-destination', work], { cwd: copy, timeout: PACKAGE_TIMEOUT });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  copyManifestAfter = readFileSync(join(copy, 'package.json'), 'utf8');
  files = must('tar', ['tzf', join(work, TARBALL)], { cwd: work }).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));

  user = join(work, 'user');
  mkdirSync(user);
  copyFileSync(join(work, TARBALL), join(user, TARBALL));
  writeFileSync(join(user, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, dependencies: { smscore: `file:${TARBALL}` } }, null, 2)}\n`);
  writeFileSync(join(user, 'package-lock.json'), JSON.stringify(consumerLock(), null, 2));
  install = noNetwork('npm', ['install', '--offline', '--no-audit', '--no-fund'], user);
  if (install.status !== 0) throw new Error(`npm install --offline of the tarball failed:\n${install.output}`);
  installed = join(user, 'node_modules', 'smscore');
}, PACKAGE_TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  test('npm pack builds first and prints only the tarball\'s name; package.json is left as it was', () => {
    expect(packed.stdout).toBe(`${TARBALL}\n`);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/bundle/smscore.cjs', 'bin/smscore.cjs']));
    expect(copyManifestAfter).toBe(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  });

  test('it ships LICENSE (MIT), the docs and SECURITY.md, and no sources', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'SECURITY.md', 'README.md', 'docs/CI.md', 'docs/QUESTIONNAIRE.md']));
    expect(files.filter((f) => /^(src|test|scripts|node_modules)\//.test(f) || f.startsWith('.'))).toEqual([]);
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the smscore authors\n/);
  });

  test('installs quietly, without the network: no prepare step, no build, no install script to approve', () => {
    expect(install.output).toMatch(/added \d+ packages/);
    expect(install.output).not.toMatch(/prepare|prepack|> smscore|install-scripts|warn|error/i);
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
    expect(pkg.scripts?.prepare).toBeUndefined();
    expect(pkg.bugs.url).toBe(manifest.bugs.url);
    expect(readdirSync(installed)).not.toContain('src');
  });
});

describe('the README\'s commands, from the folder it is installed in', () => {
  test('npx smscore --version and --help', () => {
    const version = smscore('--version');
    expect([version.status, version.stdout.trim()]).toEqual([0, manifest.version]);
    const help = smscore('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: smscore');
  });

  test('npx smscore audit the shipped example; questions; schema --path', () => {
    const audit = smscore('audit', 'node_modules/smscore/examples/maison-lumiere.yaml');
    expect([audit.status, audit.stderr]).toEqual([0, '']);
    expect(audit.stdout).toContain('Maison Lumière');
    const questions = smscore('questions');
    expect([questions.status, questions.stderr]).toEqual([0, '']);
    expect(questions.stdout).toContain('customer-needs');
    const schema = smscore('schema', '--path');
    expect(schema.status).toBe(0);
    expect(schema.stdout.trim()).toBe(join(installed, 'schemas', 'brand.schema.json'));
  });

  test('every document that --help, a message or the README names is in the package', () => {
    const named = new Set<string>();
    const collect = (text: string) => {
      for (const m of text.matchAll(/(?<![\w/.-])((?:docs|examples)\/[\w./-]*\w|SECURITY\.md|LICENSE)/g)) named.add(m[1]!);
    };
    // The installed binary itself (what npx runs, without npx's own second per call).
    const bin = join(user, 'node_modules', '.bin', 'smscore');
    for (const command of ['', 'audit', 'explain', 'questions', 'validate', 'questionnaire', 'import', 'schema']) {
      collect(noNetwork(bin, [...(command ? [command] : []), '--help'], user).stdout);
    }
    // Messages: every text of the shipped code (the bundle holds them all).
    collect(readFileSync(join(installed, 'dist', 'bundle', 'smscore.cjs'), 'utf8'));
    for (const m of readFileSync(join(installed, 'README.md'), 'utf8').matchAll(/\]\(([^)#:\s]+)(?:#[^)]*)?\)/g)) named.add(m[1]!);
    expect([...named]).toEqual(expect.arrayContaining(['docs/CI.md', 'docs/QUESTIONNAIRE.md', 'docs/IMPORT.md', 'SECURITY.md']));
    expect([...named].filter((path) => !existsSync(join(installed, path))).sort()).toEqual([]);
  });

  test('import(\'smscore\') and require(\'smscore\') give the same API, with no warning', () => {
    const example = 'node_modules/smscore/examples/maison-lumiere.yaml';
    const check = (m: string) => `const r = ${m}.audit(${JSON.stringify(example)}); console.log(r.ok, typeof ${m}.validate, r.result.scores.overall.score > 0);`;
    const imported = run(process.execPath, ['--input-type=module', '-e', `const m = await import('smscore'); ${check('m')}`], { cwd: user });
    const required = run(process.execPath, ['-e', `const m = require('smscore'); ${check('m')}`], { cwd: user });
    expect([imported.status, imported.stdout, imported.stderr]).toEqual([0, 'true function true\n', '']);
    expect([required.status, required.stdout, required.stderr]).toEqual([0, 'true function true\n', '']);
  });
});
