/**
 * Issue 20, items 1, 2, 3 and 13, end to end: every file smscore reads (brand, config, pack, baseline, answers,
 * mapping, export) refuses what is not a regular file and what is too large, without hanging; recursive aliases are
 * a located exit 2 through each of them; a file with thousands of problems lists a hundred and says how many more.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, runCli as run, type CliRun } from '../support/cli.js';

/** Wide enough that no message is wrapped. */
const runCli = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun =>
  run(args, { ...options, env: { COLUMNS: '300', ...options.env } });

/** No stack trace, no JavaScript noise, a documented exit code (not 3, the internal error). */
function expectClean(r: CliRun): void {
  expect(r.status).not.toBeNull(); // null: killed by the timeout, i.e. it hung
  expect([0, 1, 2]).toContain(r.status);
  for (const out of [r.stdout, r.stderr]) {
    expect(out).not.toMatch(/\n\s+at .+[(:]\d+/);
    expect(out).not.toMatch(/\bundefined\b|\[object Object\]|NaN|circular|Maximum call stack/i);
    expect(out).not.toContain('internal error');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'smscore-hostile-load-'));
const BRAND = join(dir, 'brand.yaml');
const BRAND_TEXT = 'smscore: 1\nbrand: { name: Boucle }\nchannels:\n  - id: x\n    platform: facebook\n';
writeFileSync(BRAND, BRAND_TEXT);
const FIFO = join(dir, 'pipe.yaml');
if (spawnSync('mkfifo', [FIFO]).status !== 0) throw new Error('mkfifo failed');
// Where imports write: never the export itself, which smscore refuses before reading anything.
const INTO = join(dir, 'into.yaml');
writeFileSync(INTO, BRAND_TEXT);
const SELF = join(dir, 'self.yaml');
writeFileSync(SELF, 'answers: &a\n  q: *a\n');
/** An answer that contains itself: the questionnaire overflowed its stack on it (exit 3). */
const SELF_ANSWER = join(dir, 'self-answer.yaml');
writeFileSync(SELF_ANSWER, 'presence-rationale: &a\n  x: *a\n');
const MERGE = join(dir, 'merge.yaml');
writeFileSync(MERGE, 'version: 1\nthresholds: &T\n  minScore: 10\n  <<: *T\n');

describe('one guarded reader for every file smscore reads', () => {
  // Each of these read /dev/zero until memory ran out, or waited forever on a FIFO.
  const reads: [string, (file: string) => string[]][] = [
    ['--pack', (f) => ['questions', '--pack', f]],
    ['--config', (f) => ['audit', '--config', f, BRAND]],
    ['--baseline', (f) => ['audit', '--no-config', '--baseline', f, BRAND]],
    ['questionnaire --answers', (f) => ['questionnaire', BRAND, '--answers', f]],
    ['import --mapping', (f) => ['import', 'generic', BRAND, '--mapping', f, '--into', INTO, '--channel', 'x', '--dry-run']],
    ['the export of import', (f) => ['import', 'facebook', f, '--into', BRAND, '--channel', 'x', '--dry-run']],
  ];

  test.each(reads)('%s: /dev/zero and a FIFO are refused at once, exit 2, with the file named', (_name, args) => {
    for (const file of ['/dev/zero', FIFO]) {
      const r = runCli(args(file), { cwd: dir });
      expectClean(r);
      expect(r.status).toBe(2);
      expect(r.stdout + r.stderr).toContain(`${file}:1:1`);
      expect(r.stdout + r.stderr).toMatch(/not a regular file/);
    }
  });

  test('`packs: [/dev/zero]` and a FIFO in a configuration do not hang the audit', () => {
    const repo = join(dir, 'packs-repo');
    mkdirSync(repo);
    copyFileSync(BRAND, join(repo, 'b.yaml'));
    // /dev/zero is outside the repository, so the config may not name it at all; a FIFO inside it is read guarded.
    writeFileSync(join(repo, 'smscore.config.yaml'), 'version: 1\npacks: [/dev/zero]\n');
    const outside = runCli(['audit', 'b.yaml'], { cwd: repo });
    expectClean(outside);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('smscore.config.yaml:2:9  error  "/dev/zero" is outside the configuration\'s folder');
    const fifo = join(repo, 'pack.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) throw new Error('mkfifo failed');
    writeFileSync(join(repo, 'smscore.config.yaml'), 'version: 1\npacks: [pack.yaml]\n');
    const r = runCli(['audit', 'b.yaml'], { cwd: repo });
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${fifo}:1:1  cannot read the question pack: this is not a regular file`);
  });

  test('a pack, a configuration and a mapping have their own size limit, said in words', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `questions: []\n# ${'x'.repeat(1024 * 1024)}\n`);
    const pack = runCli(['questions', '--pack', big]);
    expectClean(pack);
    expect(pack.status).toBe(2);
    expect(pack.stderr).toContain('big.yaml:1:1  cannot read the question pack: the file is 1.0 MB; smscore reads question packs up to 1.0 MB');
    const config = runCli(['validate', '--config', big, BRAND], {});
    expectClean(config);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('the file is 1.0 MB; smscore reads configuration files up to 1.0 MB');
    const fr = runCli(['validate', '--lang', 'fr', '--config', big, BRAND], {});
    expect(fr.stderr).toContain('le fichier fait 1,0 Mo\u202f; smscore lit des fichiers de configuration de 1,0 Mo au plus');
  });
});

describe('recursive aliases are refused where the file is loaded, whichever file it is', () => {
  test('a brand file: located, exit 2, and in a multi-file audit the other brands are still reported', () => {
    const brand = join(dir, 'self-brand.yaml');
    writeFileSync(brand, 'smscore: 1\nbrand: { name: Boucle }\nanswers: &a\n  q: *a\n');
    const one = runCli(['audit', brand]);
    expectClean(one);
    expect(one.status).toBe(2);
    expect(one.stdout + one.stderr).toContain(`${brand}:4:6  error  the alias *a sits inside the value it names (&a)`);
    const many = runCli(['audit', '--no-config', '-q', brand, example('minimal.yaml'), example('maison-lumiere.yaml')]);
    expectClean(many);
    expect(many.status).toBe(2);
    expect(many.stdout).toMatch(/Maison Lumière: overall \d+/);
    expect(many.stdout.split('\n').filter((l) => /: overall /.test(l))).toHaveLength(2);
  });

  test('--config, with the merge key inside its own anchor', () => {
    const r = runCli(['audit', '--config', MERGE, BRAND]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${MERGE}:4:7  error  the alias *T sits inside the value it names (&T)`);
  });

  test('--pack', () => {
    const r = runCli(['questions', '--pack', SELF]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${SELF}:2:6  the question pack cannot be loaded: the alias *a sits inside the value it names`);
  });

  test('questionnaire --answers (a stack overflow before)', () => {
    const r = runCli(['questionnaire', BRAND, '--answers', SELF_ANSWER]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${SELF_ANSWER}:2:6  error  the alias *a sits inside the value it names`);
    expect(readFileSync(BRAND, 'utf8')).toBe(BRAND_TEXT);
  });

  test('--baseline is JSON: a trailing comma there is located invalid JSON', () => {
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, '{\n  "formatVersion": 1,\n  "files": [],\n}\n');
    const r = runCli(['audit', '--no-config', '--baseline', baseline, BRAND]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${baseline}:4:1  error  the file is not valid JSON: the problem is here`);
  });
});

describe('messages (item 13)', () => {
  test('--pack deep.yaml says what is wrong, never a bare code like "(load.too-deep)"', () => {
    const deep = join(dir, 'deep.yaml');
    writeFileSync(deep, 'questions:\n' + Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 4 + 2)}a${i}:`).join('\n') + '\n');
    const r = runCli(['questions', '--pack', deep]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the question pack cannot be loaded: the file nests values more than 64 levels deep');
    expect(r.stderr).not.toMatch(/\((load|yaml)\.[a-z-]+\)/);
  });

  test('an import mapping that cannot be read is worded, not a bare code', () => {
    const r = runCli(['import', 'generic', BRAND, '--mapping', join(dir, 'nope.yaml'), '--into', INTO, '--channel', 'x', '--dry-run']);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.yaml:1:1  error  file not found');
  });
});

describe('a file with thousands of problems (item 3)', () => {
  const keys = join(dir, 'keys.yaml');
  writeFileSync(keys, 'smscore: 1\nbrand:\n  name: X\n' + Array.from({ length: 5000 }, (_, i) => `  nmae${i}: x\n`).join(''));

  test('lists the first 100, then says how many more, in English and French; the exit code stays 2', () => {
    const en = runCli(['validate', keys], {});
    expectClean(en);
    expect(en.status).toBe(2);
    expect(en.stdout.match(/ error {2}unknown key "nmae\d+"/g)).toHaveLength(100);
    expect(en.stdout).toContain('error  … and 4,900 more problems in this file, not listed: smscore lists the first 100  (validate.more)');
    const fr = runCli(['validate', '--lang', 'fr', keys], {});
    expect(fr.status).toBe(2);
    expect(fr.stdout).toContain('erreur  … et 4\u202f900 autres problèmes dans ce fichier, non listés\u00a0: smscore liste les 100 premiers');
    // The closing count is the file's, not the list's: 5,000 errors, not 101.
    expect(en.stdout).toContain('1 file checked: 0 valid, 1 invalid (5,000 errors, 0 warnings)');
    const audit = runCli(['audit', keys]);
    expect(audit.stderr).toContain('not audited, the file has 5,000 errors');
  });

  test('the JSON report carries the same 101 diagnostics, the last one counting the rest', () => {
    const r = runCli(['validate', '-f', 'json', keys]);
    expect(r.status).toBe(2);
    const diagnostics = JSON.parse(r.stdout).files[0].diagnostics as { code: string; args: Record<string, number> }[];
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[100]).toEqual(expect.objectContaining({ code: 'validate.more', args: { count: 4900, errors: 4900, warnings: 0, max: 100 } }));
  });

  test('a configuration with too many problems is capped the same way', () => {
    const config = join(dir, 'many.config.yaml');
    writeFileSync(config, 'version: 1\n' + Array.from({ length: 300 }, (_, i) => `tresholds${i}: 1\n`).join(''));
    const r = runCli(['validate', '--config', config, BRAND], {});
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr.match(/ error {2}unknown key "tresholds\d+"/g)).toHaveLength(100);
    expect(r.stderr).toContain('… and 200 more problems in this file');
  });
});
