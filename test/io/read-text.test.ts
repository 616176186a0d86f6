import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { decode, READ_LIMITS, readText } from '../../src/io/read-text.js';
import { fuzz } from '../support/fuzz.js';

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

  test('refuses a FIFO without waiting for a writer, and a device without reading it (issue 20)', () => {
    const fifo = join(dir, 'fifo.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Opened without O_NONBLOCK, this call would wait forever for a writer.
    const r = readText(fifo, READ_LIMITS.pack);
    expect(r).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'load.not-a-file', location: { file: fifo, line: 1, col: 1 } }) });
    expect(readText('/dev/zero', READ_LIMITS.config)).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'load.not-a-file' }) });
  });

  test('each kind of file has its limit, and says which kind it is', () => {
    const f = join(dir, 'config.yaml');
    writeFileSync(f, 'x'.repeat(READ_LIMITS.config.maxBytes + 1));
    const r = readText(f, READ_LIMITS.config);
    expect(r).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'load.too-large', args: { size: '1.0', limit: '1.0', kind: 'config' } }) });
    // The same file is small for a brand file.
    expect(readText(f).ok).toBe(true);
    expect(Object.values(READ_LIMITS).map((l) => l.kind).sort()).toEqual(['answers', 'baseline', 'brand', 'config', 'export', 'export', 'mapping', 'pack']);
  });

  test('reads a file of exactly the limit, and one larger than its first buffer', () => {
    const f = join(dir, 'exact.yaml');
    writeFileSync(f, 'a'.repeat(100));
    expect(readText(f, 100)).toEqual({ ok: true, text: 'a'.repeat(100) });
    expect(readText(f, 99).ok).toBe(false);
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

  test('decodes a Uint8Array that is not a Buffer, and a view into a larger buffer', () => {
    const whole = new TextEncoder().encode('xxa: é→😀\n');
    expect(decode('u8', whole.subarray(2))).toEqual({ ok: true, text: 'a: é→😀\n' });
    expect(decode('u8', Uint8Array.from(whole))).toEqual({ ok: true, text: 'xxa: é→😀\n' });
  });
});

/** What decoding gave before the fast path (utf8Text): the fatal decoder, then one more byte-order mark dropped. */
function reference(bytes: Uint8Array): { ok: true; text: string } | { ok: false } {
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return { ok: false };
  }
}

describe('UTF-8 decoding gives exactly what the fatal decoder gives', () => {
  // Valid sequences of every length, byte-order marks, and the ways UTF-8 goes wrong: stray continuation bytes,
  // truncated sequences, overlong forms, encoded surrogates, code points past U+10FFFF, bytes never used.
  const pieces = [
    'a', 'b: 1\n', ' ', 'é', 'Lumière', '→', '«»', '😀', '中', '\u2028', '\ufeff',
  ].map((t) => Buffer.from(t)).concat([
    [0xef, 0xbb, 0xbf], [0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xe0, 0x80, 0xaf],
    [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe],
  ].map((b) => Buffer.from(b)));
  const piece = fc.constantFrom(...pieces);

  test.each([
    ['pure ASCII', 'a: 1\nb: two\n'],
    ['accents', 'nom: Maison Lumière\n'],
    ['a byte-order mark', '\ufeffa: é\n'],
    ['two byte-order marks', '\ufeff\ufeffa: é\n'],
    ['a byte-order mark alone', '\ufeff'],
    ['astral characters', 'emoji: 😀😀\n'],
  ])('%s', (_name, text) => {
    const bytes = Buffer.from(text);
    expect(decode('f', bytes)).toEqual(reference(bytes));
  });

  test('on random mixes of valid and broken sequences', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const bytes = Buffer.concat(parts);
      // Other checks come first for these: UTF-16 byte-order marks.
      fc.pre(!(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
      const got = decode('f', bytes);
      const want = reference(bytes);
      if (want.ok) expect(got).toEqual(want);
      else expect(got.ok ? 'ok' : got.diagnostic.code).toBe('load.invalid-utf8');
    }), fuzz(2000, 53));
  });
});

