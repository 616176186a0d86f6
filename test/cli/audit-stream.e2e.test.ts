/**
 * Reports are streamed to their files: what a user sees is the same as before streaming (checked against the
 * whole-report renderers in test/render/stream.test.ts), and a run that stops half-way leaves the existing
 * report as it was and no temporary file behind.
 */
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, example, fixture, ROOT, runCli } from '../support/cli.js';

/** A folder of brand files: copies of the mid-size example, and an invalid file among them. */
function brands(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-stream-'));
  for (let i = 0; i < count; i++) copyFileSync(example('maison-lumiere.yaml'), join(dir, `brand-${String(i).padStart(3, '0')}.yaml`));
  copyFileSync(fixture('invalid', 'many-problems.yaml'), join(dir, 'brand-001b.yaml'));
  return dir;
}

describe('streamed reports (built binary)', () => {
  test('standard output and a file get the same bytes, every format', () => {
    const dir = brands(1); // two files: the JSON report stays under runCli's 1 MB of output
    const out = mkdtempSync(join(tmpdir(), 'smscore-stream-out-'));
    for (const format of ['text', 'json', 'markdown', 'sarif', 'junit', 'github']) {
      const toStdout = runCli(['audit', dir, '--no-config', '--min-score', '60', '-f', format]);
      const toFile = runCli(['audit', dir, '--no-config', '--min-score', '60', '-f', format, '-o', join(out, `report.${format}`)]);
      expect({ format, status: toStdout.status }).toEqual({ format, status: 2 }); // the invalid file
      expect(toFile.status).toBe(2);
      expect(readFileSync(join(out, `report.${format}`), 'utf8')).toBe(toStdout.stdout);
    }
    expect(readdirSync(out).sort()).toEqual(['report.github', 'report.json', 'report.junit', 'report.markdown', 'report.sarif', 'report.text']);
  }, 60_000);

  test('interrupted half-way (Ctrl-C): exit 130, the existing reports untouched, no temporary file left', async () => {
    const dir = brands(60);
    const out = mkdtempSync(join(tmpdir(), 'smscore-stream-int-'));
    const text = join(out, 'report.txt');
    const json = join(out, 'report.json');
    writeFileSync(text, 'the previous text report\n');
    writeFileSync(json, '{"previous": true}\n');
    const child = spawn(process.execPath, [BIN, 'audit', dir, '--no-config', '-f', 'text', '-o', text, '-f', 'json', '-o', json], {
      cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Wait until the text report's temporary file holds a few brands: the run is half-way.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const temp = readdirSync(out).find((f) => f.startsWith('.report.txt.'));
      if (temp && statSync(join(out, temp)).size > 20_000) break;
      if (Date.now() > deadline) throw new Error('the run never got going');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toContain(`Interrupted: ${text}, ${json} left unchanged.`);
    expect(readFileSync(text, 'utf8')).toBe('the previous text report\n');
    expect(readFileSync(json, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.txt']);
  }, 60_000);

  test('one report that cannot be written: nothing is audited, the other report untouched, no temporary file', () => {
    const out = mkdtempSync(join(tmpdir(), 'smscore-stream-fail-'));
    writeFileSync(join(out, 'report.json'), 'previous');
    mkdirSync(join(out, 'report.md'));
    const r = runCli(['audit', example('maison-lumiere.yaml'), '--no-config', '-o', join(out, 'report.json'), '-o', join(out, 'report.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('report.md (EISDIR); the existing file, if any, is unchanged');
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('previous');
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md']);
  });
});
