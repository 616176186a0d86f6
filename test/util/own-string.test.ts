import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ownString } from '../../src/util/own-string.js';
import { fuzz } from '../support/fuzz.js';

describe('ownString', () => {
  test('the same UTF-16 code units, lone surrogates and controls included', () => {
    for (const s of ['', 'Maison Lumière «\u00a0été\u00a0»', '\ud800 lone', 'a\u0000b\n"\\', '😀'.repeat(50)]) expect(ownString(s)).toBe(s);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => ownString(s) === s), fuzz(100, 301));
  });
});
