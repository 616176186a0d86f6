import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { decimalsIn, decimalText, groupedText, parseNumber, signedChange } from '../../src/i18n/numbers.js';

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

  describe('parseNumber: numbers as a person types them', () => {
    const value = (text: string, locale: 'en' | 'fr') => {
      const r = parseNumber(text, locale);
      return r.ok ? r.value : r.problem;
    };

    test('French: spaces of every kind group thousands, the comma is the decimal mark', () => {
      for (const text of ['1500', '1 500', '1\u00a0500', '1\u202f500', '1\u2009500', ' 1 500 ']) expect(value(text, 'fr')).toBe(1500);
      expect(value('1 091 500', 'fr')).toBe(1091500);
      expect(value('12,5', 'fr')).toBe(12.5);
      expect(value('1,500', 'fr')).toBe(1.5);
      expect(value('1 500,25', 'fr')).toBe(1500.25);
      expect(value('1.500,5', 'fr')).toBe(1500.5);
      expect(value(',5', 'fr')).toBe(0.5);
    });

    test('English: commas (or spaces) group thousands, the point is the decimal mark', () => {
      expect(value('1,500', 'en')).toBe(1500);
      expect(value('1,091,500', 'en')).toBe(1091500);
      expect(value('1 500', 'en')).toBe(1500);
      expect(value('12.5', 'en')).toBe(12.5);
      expect(value('1.500', 'en')).toBe(1.5);
      expect(value('1,500.75', 'en')).toBe(1500.75);
      expect(value('.5', 'en')).toBe(0.5);
    });

    test('the other language\'s decimal mark is read as one when nothing else can be meant', () => {
      expect(value('12.5', 'fr')).toBe(12.5);
      expect(value('0.25', 'fr')).toBe(0.25);
      expect(value('12,5', 'en')).toBe(12.5);
      expect(value('1,500.5', 'fr')).toBe(1500.5);
    });

    test('signs: minus, the real minus sign, plus; zero is never negative', () => {
      expect([value('-1 500', 'fr'), value('\u22123', 'fr'), value('- 3', 'en'), value('+7', 'en')]).toEqual([-1500, -3, -3, 7]);
      expect(Object.is(value('-0', 'en'), 0)).toBe(true);
    });

    test('what could be read two ways is refused with both readings, never guessed', () => {
      expect(parseNumber('1.500', 'fr')).toEqual({ ok: false, problem: 'ambiguous', readings: [1500, 1.5] });
      expect(parseNumber('-2.250', 'fr')).toEqual({ ok: false, problem: 'ambiguous', readings: [-2250, -2.25] });
    });

    test('refused: empty, percent signs, bad groups, two decimal marks, exponents, letters, other digits, too large', () => {
      expect(value('', 'fr')).toBe('empty');
      expect(value('   ', 'en')).toBe('empty');
      expect(value('12,5 %', 'fr')).toBe('percent');
      expect(value('12%', 'en')).toBe('percent');
      expect(value('15 00', 'fr')).toBe('groups');
      expect(value('1,5,0', 'en')).toBe('groups');
      expect(value('1 500,000,5', 'fr')).toBe('groups');
      expect(value('1.500,000,5', 'fr')).toBe('invalid');
      expect(value('1,5 00', 'fr')).toBe('invalid');
      for (const text of ['1e3', 'abc', '12 €', '5.', '1..5', '1  500', '--5', '0x10', '\u0661\u0662', 'Infinity', 'NaN', '-']) expect(value(text, 'en')).toBe('invalid');
      expect(value('9'.repeat(400), 'en')).toBe('too-large');
    });

    test('reads back what the same module writes, in both languages', () => {
      fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('en' as const, 'fr' as const), (n, locale) => {
        expect(value(groupedText(n, locale), locale)).toBe(n);
      }));
      fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom('en' as const, 'fr' as const), (n, locale) => {
        const text = decimalText(n, locale);
        // JavaScript writes very small numbers with an exponent, which a person does not type.
        fc.pre(!/e/.test(text));
        const r = parseNumber(text, locale);
        // A French 0.5 written « 0,5 » is read back; a thousands-looking « 1.500 » cannot occur with a decimal comma.
        expect(r).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }));
    });
  });
});
