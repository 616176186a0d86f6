import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT, fixture, runCli } from '../support/cli.js';

interface Case { file: string; exit: number; code: string | null; at?: string }
const cases = parse(readFileSync(fixture('hostile', 'expected.yaml'), 'utf8')) as Case[];

/** What every run must respect, whatever the input: no stack trace, no JavaScript noise, a documented exit code. */
function expectClean(r: { status: number | null; stdout: string; stderr: string }): void {
  expect(r.status).not.toBeNull(); // null: killed by the timeout
  expect([0, 1, 2]).toContain(r.status);
  for (const out of [r.stdout, r.stderr]) {
    expect(out).not.toMatch(/\n\s+at .+[(:]\d+/);
    expect(out).not.toMatch(/\bundefined\b|\[object Object\]|NaN/);
    expect(out).not.toContain('internal error');
    // Node's own warnings (a library's process.emitWarning) are noise to a user and a CI log.
    expect(out).not.toMatch(/\(node:\d+\) \w*Warning/);
  }
}

describe('a corpus of hostile brand files (test/fixtures/hostile)', () => {
  // One run of each command over the whole corpus: per-file outcomes are in the JSON reports, and a single
  // crash anywhere would show in the shared stdout and stderr.
  const files = cases.map((c) => `test/fixtures/hostile/files/${c.file}`);
  const validate = runCli(['validate', '--format', 'json', ...files]);
  const audit = runCli(['audit', '--format', 'json', ...files]);
  const validated = new Map<string, { valid: boolean; diagnostics: { code: string; line: number; col: number; message: string }[] }>(
    (JSON.parse(validate.stdout).files as { file: string }[]).map((f) => [f.file, f as never]),
  );
  const audited = new Map<string, { valid: boolean }>((JSON.parse(audit.stdout).files as { file: string; valid: boolean }[]).map((f) => [f.file, f]));

  test('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  test('both runs end cleanly, with exit 2 since the corpus holds invalid files', () => {
    for (const r of [validate, audit]) {
      expectClean(r);
      expect(r.status).toBe(2);
    }
  });

  test.each(cases.map((c) => [c.file, c] as const))('%s', (_name, c) => {
    const rel = `test/fixtures/hostile/files/${c.file}`;
    const v = validated.get(rel)!;
    expect(v.valid).toBe(c.exit === 0);
    if (c.code === null) {
      expect(v.diagnostics).toEqual([]);
    } else {
      expect(v.diagnostics[0]).toEqual(expect.objectContaining({ code: c.code }));
      expect(`${v.diagnostics[0]!.line}:${v.diagnostics[0]!.col}`).toBe(c.at);
      expect(v.diagnostics[0]!.message.length).toBeGreaterThan(10);
    }
    // The same file through the audit: audited when valid, refused (never crashed on) when not.
    expect(audited.get(rel)?.valid).toBe(c.exit === 0);
  });

  test('each exit code is the documented one when a file is checked alone', () => {
    for (const c of cases.filter((x) => ['11-empty.yaml', '17-impossible-figures.yaml', '08-alias-bomb.yaml', '38-unicode-and-rtl.yaml'].includes(x.file))) {
      const r = runCli(['validate', `test/fixtures/hostile/files/${c.file}`]);
      expectClean(r);
      expect(r.status).toBe(c.exit);
    }
  });
});

describe('hostile inputs that cannot live in git', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-hostile-'));

  test('a 50 MB file is refused by its size, quickly and without reading it into YAML', () => {
    const big = join(dir, 'huge.yaml');
    writeFileSync(big, 'smscore: 1\nbrand: { name: X }\nanswers:\n' + '  k: "' + 'x'.repeat(50 * 1024 * 1024) + '"\n');
    const r = runCli(['validate', big], { env: { COLUMNS: '160' } });
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/huge\.yaml:1:1 {2}error {2}the file is 50\.0 MB; smscore reads brand files up to 20\.0 MB {2}\(load\.too-large\)/);
  });

  test('a directory given to validate is scanned, as audit scans it: each hostile file in it refused, located', () => {
    const r = runCli(['validate', dir]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/huge\.yaml:1:1 {2}error {2}the file is 50\.0 MB/);
  });

  test('a missing file', () => {
    const r = runCli(['audit', join(dir, 'nope.yaml')]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('file not found');
  });

  test('an unreadable file (run as an unprivileged user when the tests run as root)', () => {
    const file = join(dir, 'secret.yaml');
    writeFileSync(file, 'smscore: 1\nbrand: { name: X }\n');
    chmodSync(file, 0o000);
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    // Root reads everything, so the case is played as the `nobody` user through setpriv.
    const r = asRoot
      ? spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, 'validate', file], {
        encoding: 'utf8', cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', COLUMNS: '160' }, timeout: 30_000,
      })
      : spawnSync(process.execPath, [BIN, 'validate', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '160' } });
    expectClean(r as never);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('cannot read the file (EACCES)');
  });

  test('a symlink loop inside a scanned folder, and paths with spaces and non-Latin letters', () => {
    const repo = join(dir, 'dépôt des marques');
    mkdirSync(join(repo, 'марки'), { recursive: true });
    writeFileSync(join(repo, 'марки', 'café ondine.yaml'), 'smscore: 1\nbrand: { name: Café Ondine }\n');
    symlinkSync(repo, join(repo, 'марки', 'boucle'));
    const r = runCli(['audit', '-q', repo], { env: { COLUMNS: '160' } });
    expectClean(r);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('Café Ondine: overall not measured');
  });

  test('a malformed configuration and a malformed question pack are located errors', () => {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'b.yaml'), 'smscore: 1\nbrand: { name: X }\n');
    writeFileSync(join(repo, 'smscore.config.yaml'), 'version: 1\nthresholds: [60]\n');
    const config = runCli(['audit', 'b.yaml'], { cwd: repo, env: { COLUMNS: '160' } });
    expectClean(config);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('smscore.config.yaml:2:13  error  expected a mapping of keys to values, found a list');
    writeFileSync(join(repo, 'smscore.config.yaml'), 'version: 1\npacks: [pack.yaml]\n');
    writeFileSync(join(repo, 'pack.yaml'), 'questions:\n  - id: x\n    answeredWhen: { check: eval, code: "process.exit(7)" }\n');
    const pack = runCli(['audit', 'b.yaml'], { cwd: repo });
    expectClean(pack);
    expect(pack.status).toBe(2);
    expect(pack.stderr).toMatch(/pack\.yaml:\d+:\d+/);
  });

  test('a question pack cannot pull a schema from the network', () => {
    const pack = join(dir, 'remote.yaml');
    writeFileSync(pack, '$ref: "https://example.org/evil.json"\nquestions: []\n');
    const r = runCli(['questions', '--pack', pack]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/remote\.yaml:1:1/);
  });

  test('a FIFO given as a brand file does not hang the tool', () => {
    const fifo = join(dir, 'pipe.yaml');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status).toBe(0);
    const r = runCli(['validate', fifo]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('this is not a regular file');
    const dev = runCli(['validate', '/dev/zero']);
    expect(dev.status).toBe(2);
    expect(dev.stdout).toContain('this is not a regular file');
  });
});

