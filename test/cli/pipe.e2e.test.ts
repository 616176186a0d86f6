/**
 * `smscore … | head`: the reader closes standard output early (EPIPE). The rest of the run must still happen —
 * report files written and committed, no temporary file left — and the exit code is the run's own (0 when all
 * went well): a real shell pipe to `head`, with more output than a pipe holds so that the close is certain.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, fixture } from '../support/cli.js';

/** Runs `smscore <args> | head -n <lines>` in `cwd`; returns smscore's exit code (PIPESTATUS) and what head printed. */
function piped(args: string, cwd: string, lines = 2): { status: number; head: string; stderr: string } {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `"${process.execPath}" "${BIN}" ${args} | head -n ${lines}; exit \${PIPESTATUS[0]}`], {
    cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' }, timeout: 60_000,
  });
  return { status: r.status ?? -1, head: r.stdout, stderr: r.stderr };
}

const EXAMPLES = join(ROOT, 'examples');

describe('standard output closed early by its reader', () => {
  test('`audit … -o out.json -f text | head -2`: exit 0, out.json written whole, no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-pipe-'));
    // About 190 KB of text on standard output: far more than a pipe holds, so head closes it mid-report.
    const r = piped(`audit "${EXAMPLES}" --verbose -o out.json -f text`, dir);
    expect(r.head.split('\n')).toHaveLength(3);
    expect(r.stderr).toContain('skipped'); // --verbose's list, on standard error: nothing else
    expect(r.stderr).not.toMatch(/error|EPIPE/i);
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['out.json']);
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { files: unknown[] };
    expect(report.files).toHaveLength(7);
  });

  test('the run\'s own exit code is kept: a missed threshold still exits 1, an invalid file 2, both reports complete', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-pipe-'));
    const failed = piped(`audit "${EXAMPLES}" --verbose --min-score 99 -f text -f markdown -o summary.md`, dir);
    expect(failed.status).toBe(1);
    expect(readdirSync(dir)).toEqual(['summary.md']);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('Client en cours');
    copyFileSync(fixture('invalid', 'wrong-type.yaml'), join(dir, 'wrong-type.yaml'));
    // JSON on standard output holds its body in a scratch file until its head is known: that is dropped too.
    const invalid = piped(`audit "${EXAMPLES}" wrong-type.yaml -f json -f sarif -o r.sarif`, dir, 1);
    expect(invalid.head).toBe('{\n');
    expect(invalid.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['r.sarif', 'summary.md', 'wrong-type.yaml']);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  test('standard error closed too (`2>&1 | head -1`): the exit code still says an input was invalid, the report is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-pipe-'));
    copyFileSync(fixture('invalid', 'wrong-type.yaml'), join(dir, 'wrong-type.yaml'));
    const r = piped(`audit "${EXAMPLES}" wrong-type.yaml --verbose -f text -f json -o out.json 2>&1`, dir, 1);
    expect(r.head).toMatch(/^skipped /);
    expect(r.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'wrong-type.yaml']);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { files: unknown[] }).files).toHaveLength(8);
  });

  test('standard output that fails (a full disk, /dev/full): exit 2 and one clear line, report files complete, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-pipe-'));
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `"${process.execPath}" "${BIN}" audit "${EXAMPLES}" -f text -f json -o out.json > /dev/full`], {
      cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' }, timeout: 60_000,
    });
    expect(r.stderr).toBe('smscore: cannot write to standard output (ENOSPC): what was meant for it is incomplete; report files, if any, are complete.\n');
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { files: unknown[] }).files).toHaveLength(7);
  });

  test('other commands: `questions | head -1` exits 0 without a word on standard error', () => {
    const r = piped('questions --format markdown', ROOT, 1);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.head).toMatch(/^## /);
  });
});
