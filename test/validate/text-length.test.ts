/** String lengths for the generated validators (src/validate/text-length.cjs): always ajv's own count. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { fuzz } from '../support/fuzz.js';

const require = createRequire(import.meta.url);
const { codePointLength } = require('../../src/validate/text-length.cjs') as { codePointLength: (s: string) => number };
const ucs2length = (require('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

describe('codePointLength counts as ajv does', () => {
  test.each([
    '', 'a', 'Maison Lumière', '«→≥≈–»', '😀', 'a😀b', '😀😀', '\ud83d', '\ude00', 'x\ud83dy', '\ude00\ud83d', '\ud83d\ud83d\ude00',
    'é'.repeat(10001), '😀'.repeat(5001),
  ])('%j', (text) => {
    expect(codePointLength(text)).toBe(ucs2length(text));
  });

  test('on random texts mixing ASCII, accents, symbols and lone or paired surrogates', () => {
    const unit = fc.constantFrom(0x61, 0x20, 0xe9, 0x2192, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xfeff);
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), (codes) => {
      const text = String.fromCharCode(...codes);
      expect(codePointLength(text)).toBe(ucs2length(text));
    }), fuzz(500, 41));
  });
});

test('the generated validators count lengths with it, not with ajv\'s helper', () => {
  const dir = join(import.meta.dirname, '../../src/generated');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('-validator.cjs'))) {
    const code = readFileSync(join(dir, name), 'utf8');
    expect(code).not.toContain('ucs2length');
    expect(code).toContain('require("./text-length.cjs").codePointLength');
  }
});
