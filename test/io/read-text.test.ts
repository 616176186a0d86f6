import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, readText } from '../../src/io/read-text.js';

const dir = mkdtempSync(join(tmpdir(), 'smscore-read-'));

describe('readText', () => {
  test('reads UTF-8 and strips a byte-order mark', () => {
    const f = join(dir, 'bom.yaml');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: é\n')]));
    expect(readText(f)).toEqual({ ok: true, text: 'a: é\n' });
  });

  test('decodes UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: ü\n', 'utf16le')]);
    expect(decode('x', le)).toEqual({ ok: true, text: 'a: ü\n' });
  });

  test('refuses a missing file, a directory and a too-large file with their own codes', () => {
    const code = (r: ReturnType<typeof readText>) => (r.ok ? 'ok' : r.diagnostic.code);
    expect(code(readText(join(dir, 'nope.yaml')))).toBe('load.not-found');
    expect(code(readText(dir))).toBe('load.is-directory');
    const big = join(dir, 'big.yaml');
    writeFileSync(big, 'a: 1\n'.repeat(100));
    expect(code(readText(big, 100))).toBe('load.too-large');
  });

  test('refuses binary content and locates the NUL byte', () => {
    const r = decode('bin', Buffer.from('a: 1\nb: \0\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic).toMatchObject({ code: 'load.binary', location: { line: 2, col: 4 } });
  });

  test('refuses invalid UTF-8 and locates the bad byte', () => {
    const r = decode('latin1', Buffer.from([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic).toMatchObject({ code: 'load.invalid-utf8', args: { offset: 7 }, location: { line: 2, col: 4 } });
  });
});
