/**
 * The JSON report of a brand of many channels is written in parts (its element alone runs to MB; 90 MB for the
 * bench's 2,000 channels): the bytes are those of the whole report, to standard output, to a file, and when the
 * element is made in a worker thread. Peak memory is judged by `npm run bench` (≤ 250 MB for the large file).
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, example, ROOT } from '../support/cli.js';
import { manyChannelsBrand } from '../support/large-brand.js';

function audit(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'audit', '--no-config', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' }, maxBuffer: 256 << 20, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the JSON report of a large brand file (built binary)', () => {
  test('written in parts: the same bytes as JSON.stringify of the report, to standard output and to a file, one thread or two', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-json-large-'));
    manyChannelsBrand(80, dir);
    copyFileSync(example('maison-lumiere.yaml'), join(dir, 'mid.yaml'));
    copyFileSync(example('minimal.yaml'), join(dir, 'small.yaml'));
    const out = audit([dir, '-f', 'json', '--jobs', '1']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { summary: { files: number }; files: { file: string; scores: { channels: unknown[] } }[] };
    expect(report.summary.files).toBe(3);
    expect(report.files.find((f) => f.file.endsWith('large.yaml'))!.scores.channels).toHaveLength(80);
    expect(out.stdout).toBe(JSON.stringify(report, null, 2) + '\n');
    const file = join(dir, 'report.json');
    expect(audit([dir, '-f', 'json', '-o', file, '--jobs', '1']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
    // Made in a worker thread, the large element crosses to the writing thread as data, and is written in parts there.
    expect(audit([dir, '-f', 'json', '--jobs', '2']).stdout).toBe(out.stdout);
  }, 60_000);
});
