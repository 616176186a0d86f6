import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../support/cli.js';

function run(args: string[]): Promise<number | null> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: 'ignore' });
    child.on('close', (code) => resolvePromise(code));
  });
}

describe('concurrent runs', () => {
  test('eight audits writing the same reports at once leave complete files and no debris', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-concurrent-'));
    const json = join(dir, 'report.json');
    const md = join(dir, 'report.md');
    const files = ['examples/maison-lumiere.yaml', 'examples/boulangerie-martin.yaml'];
    const codes = await Promise.all(Array.from({ length: 8 }, (_, i) => run(['audit', files[i % 2]!, '-o', json, '-o', md])));
    expect(codes).toEqual(Array(8).fill(0));
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.formatVersion).toBe(1);
    expect(readFileSync(md, 'utf8')).toMatch(/^## (Maison Lumière|Boulangerie Martin)/);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.md']);
    // Nothing touched the brand files themselves.
    expect(readFileSync(join(ROOT, files[0]!), 'utf8')).toContain('smscore: 1');
  }, 60_000);

  test('killing the process at any moment never leaves a truncated report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-kill-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, '{"previous": true}');
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [BIN, 'audit', 'examples', '-f', 'json', '-o', out], { cwd: ROOT, stdio: 'ignore' });
      // Listened to from the start: a fast run (Node 22+ with its compile cache) may end before the kill.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, 40 + i * 25));
      child.kill('SIGKILL');
      await closed;
      const text = readFileSync(out, 'utf8');
      const parsed = JSON.parse(text) as { previous?: boolean; formatVersion?: number };
      expect(parsed.previous === true || parsed.formatVersion === 1).toBe(true);
    }
  }, 60_000);
});
