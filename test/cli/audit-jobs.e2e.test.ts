/**
 * `audit --jobs`: worker threads change how fast a large run goes, never what it says. The same folder audited
 * in this thread and in three workers gives the same bytes on every output, the same exit code, the same files.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, fixture, runCli } from '../support/cli.js';

/** Brands that differ (figures scaled per file, a channel's figures dropped), invalid files and CRLF files among them. */
function brands(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-jobs-'));
  const text = readFileSync(example('maison-lumiere.yaml'), 'utf8');
  for (let i = 0; i < count; i++) {
    let varied = text.replace(/^(\s+(?:posts|reach|reactions|comments|shares|clicks): )(\d+)/gm, (_m, key: string, n: string) => `${key}${Math.round(Number(n) * (0.5 + ((i * 7 + n.length) % 10) / 10))}`);
    varied = varied.replace('name: Maison Lumière', `name: Maison Lumière ${i}`);
    if (i % 4 === 1) varied = varied.replace(/^( {4}metrics:\n(?: {6}.*\n)+)(?=\n {2}- id: youtube)/m, '');
    if (i % 5 === 2) varied = varied.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, `brand-${String(i).padStart(3, '0')}.yaml`), varied);
  }
  copyFileSync(fixture('invalid', 'many-problems.yaml'), join(dir, 'brand-004b.yaml'));
  copyFileSync(example('boulangerie-martin.yaml'), join(dir, 'brand-010b.yaml'));
  return dir;
}

describe('audit --jobs (built binary)', () => {
  const dir = brands(14);
  const env = { SMSCORE_TODAY: '2026-06-01', COLUMNS: '100' };

  test.each([
    ['text with a gate', ['--min-score', '60', '--fail-on', 'major']],
    ['quiet, French', ['--quiet', '--lang', 'fr', '--min-readiness', '50']],
    ['verbose', ['-v']],
    ['GitHub annotations with a gate', ['-f', 'github', '--min-score', '70']],
  ])('%s: one thread and three workers say the same', (_label, args) => {
    const one = runCli(['audit', dir, '--no-config', '-j', '1', ...args], { env });
    const three = runCli(['audit', dir, '--no-config', '-j', '3', ...args], { env });
    expect(one.status).toBe(2); // the invalid file
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(three).toEqual(one);
  }, 60_000);

  test('report files are the same too: json, sarif, junit, markdown, with a gate', () => {
    const out = mkdtempSync(join(tmpdir(), 'smscore-jobs-out-'));
    const formats = ['json', 'sarif', 'junit', 'markdown'];
    const run = (jobs: string) => runCli(['audit', dir, '--no-config', '--min-score', '65', '-j', jobs,
      ...formats.flatMap((f) => ['-f', f, '-o', join(out, `r${jobs}.${f}`)])], { env });
    const one = run('1');
    const three = run('3');
    expect(one.status).toBe(2);
    expect(three).toEqual(one);
    for (const f of formats) expect({ f, text: readFileSync(join(out, `r3.${f}`), 'utf8') }).toEqual({ f, text: readFileSync(join(out, `r1.${f}`), 'utf8') });
    expect(JSON.parse(readFileSync(join(out, 'r3.json'), 'utf8')).summary).toMatchObject({ files: 16, invalid: 1 });
  }, 60_000);

  test('a repository with its configuration (thresholds, overrides, waivers, its own pack): the same', () => {
    const cwd = example('strategy-repo');
    const one = runCli(['audit', 'brands', '-j', '1', '-f', 'markdown'], { cwd, env });
    const two = runCli(['audit', 'brands', '-j', '2', '-f', 'markdown'], { cwd, env });
    expect(one.stdout).toContain('Waivers');
    expect(two).toEqual(one);
  }, 60_000);

  test('a wrong --jobs is a usage error', () => {
    for (const bad of ['-1', 'two', '1.5', '100']) {
      const r = runCli(['audit', example('minimal.yaml'), '--no-config', '--jobs', bad]);
      expect({ bad, status: r.status }).toEqual({ bad, status: 2 });
      expect(r.stderr).toMatch(/--jobs.*whole number/);
    }
  });
});
