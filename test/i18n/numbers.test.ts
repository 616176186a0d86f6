import { describe, expect, test } from '@jest/globals';
import { decimalsIn, decimalText, groupedText, signedChange } from '../../src/i18n/numbers.js';

describe('numbers for people, per language', () => {
  test('decimal marks', () => {
    expect([decimalText(4.68, 'en'), decimalText(4.68, 'fr'), decimalText(12, 'fr'), decimalText('-0.5', 'fr')]).toEqual(['4.68', '4,68', '12', '-0,5']);
  });

  test('thousands: English as toLocaleString("en-US") writes them, French with narrow no-break spaces', () => {
    for (const n of [0, 7, 999, 1000, 1091500, -1234.4, 999999.5, 123456789012, 1e21, 2 ** 60, 2 ** 80, 1.5e300]) {
      expect(groupedText(n, 'en')).toBe(Math.round(n).toLocaleString('en-US'));
    }
    expect(groupedText(1091500, 'fr')).toBe('1\u202f091\u202f500');
    expect(groupedText(-1234.4, 'fr')).toBe('-1\u202f234');
  });

  test('changes: sign, one decimal, a real minus sign', () => {
    expect([2.64, -1.94, 0.04, -0.04, 0, 13.75].map((c) => signedChange(c, 'en'))).toEqual(['+2.6', '−1.9', '0.0', '0.0', '0.0', '+13.8']);
    expect(signedChange(2.64, 'fr')).toBe('+2,6');
  });

  test('decimals inside a worked formula; dates, ranges and ends of sentences untouched', () => {
    const text = '(215460 − 205820) / 205820 × 100 = 4.6837. Period 2026-01-01, v1';
    expect(decimalsIn(text, 'en')).toBe(text);
    expect(decimalsIn(text, 'fr')).toBe('(215460 − 205820) / 205820 × 100 = 4,6837. Period 2026-01-01, v1');
  });
});
