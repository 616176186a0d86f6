import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { dateText, decimalText, groupedText, numbersIn, numberText, parseNumber, percentText, periodText, signedChange } from '../../src/i18n/numbers.js';
import type { Locale } from '../../src/i18n/translate.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** The Intl locale whose forms smscore writes (dates: en-GB's day-month-year order). */
const INTL: Record<Locale, { number: string; date: string }> = { en: { number: 'en', date: 'en-GB' }, fr: { number: 'fr', date: 'fr' } };
const LOCALES: Locale[] = ['en', 'fr'];

/** Figures as reports hold them: whole counts, and values rounded to at most four decimals, of any sign. */
const figure = fc.oneof(
  fc.integer({ min: -1e12, max: 1e15 }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e11 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => n / 10 ** d),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 10000) / 10000),
).filter((x) => !Object.is(x, -0));

describe('numbers for people, checked against Intl (CLDR as Node ships it)', () => {
  test('this Node carries full ICU with CLDR\'s French forms (else the differential tests below prove nothing)', () => {
    expect(new Intl.NumberFormat('fr').format(1091500)).toBe(`1${NNBSP}091${NNBSP}500`);
    expect(new Intl.NumberFormat('fr', { style: 'percent' }).format(0.92)).toBe(`92${NBSP}%`);
  });

  test.each(LOCALES)('numberText writes every figure as Intl.NumberFormat("%s") does', (locale) => {
    const intl = new Intl.NumberFormat(INTL[locale].number, { maximumFractionDigits: 20 });
    fc.assert(fc.property(figure, (x) => numberText(x, locale) === intl.format(x)), { numRuns: 5000 });
    for (const x of [0, 7, 999, 1000, 1091500, -1234, 1058.94, 0.0001, 1e-7, 123456789.123, 2 ** 53, 1e21, 2 ** 80, 1.5e300]) {
      expect(numberText(x, locale)).toBe(intl.format(x));
    }
  });

  test.each(LOCALES)('percentText writes every percent as Intl.NumberFormat("%s", { style: "percent" }) does', (locale) => {
    const intl = new Intl.NumberFormat(INTL[locale].number, { style: 'percent', maximumFractionDigits: 20 });
    // Intl takes a fraction: given as a decimal string, so that dividing by 100 adds no binary noise.
    fc.assert(fc.property(figure, (x) => percentText(x, locale) === intl.format(`${x}e-2` as unknown as number)), { numRuns: 3000 });
  });

  test.each(LOCALES)('dateText writes every day of 2016–2031 as Intl.DateTimeFormat("%s", long month) does, bar « 1er »', (locale) => {
    const intl = new Intl.DateTimeFormat(INTL[locale].date, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2016, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const ours = dateText(iso, locale);
      // French writes the first of a month as an ordinal (« le 1er mars »); CLDR keeps the cardinal.
      expect(locale === 'fr' ? ours.replace(/^1er /, '1 ') : ours).toBe(intl.format(new Date(t)));
    }
  });

  test('signedChange agrees with Intl on digits, and writes a real minus sign', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(INTL[locale].number, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
      fc.assert(fc.property(fc.integer({ min: -1e7, max: 1e7 }), (tenths) => {
        const x = tenths / 10;
        return signedChange(x, locale) === intl.format(x).replace('-', '−');
      }), { numRuns: 2000 });
    }
  });
});

describe('numbers for people, per language', () => {
  test('grouping and decimal marks: 1,091,500 and 1 091 500 (narrow no-break spaces); 1,058.94 and 1 058,94', () => {
    expect([numberText(1091500, 'en'), numberText(1091500, 'fr')]).toEqual(['1,091,500', `1${NNBSP}091${NNBSP}500`]);
    expect([numberText(1058.94, 'en'), numberText(1058.94, 'fr')]).toEqual(['1,058.94', `1${NNBSP}058,94`]);
    expect([decimalText(4.68, 'en'), decimalText(4.68, 'fr'), decimalText(12, 'fr'), decimalText('-0.5', 'fr'), decimalText('n/m', 'fr'), decimalText('1.0', 'fr'), decimalText('1234.50', 'fr')]).toEqual(['4.68', '4,68', '12', '-0,5', 'n/m', '1,0', `1${NNBSP}234,50`]);
    expect([groupedText(-1234.4, 'fr'), groupedText(999.5, 'en')]).toEqual([`-1${NNBSP}234`, '1,000']);
  });

  test('percents: 92% in English, 92 % (a no-break space, as CLDR writes it) in French', () => {
    expect([percentText(92, 'en'), percentText(92, 'fr'), percentText(4.6837, 'fr')]).toEqual(['92%', `92${NBSP}%`, `4,6837${NBSP}%`]);
  });

  test('changes: sign, one decimal, a real minus sign, grouped when large', () => {
    expect([2.64, -1.94, 0.04, -0.04, 0, 13.75, 1234.56].map((c) => signedChange(c, 'en'))).toEqual(['+2.6', '−1.9', '0.0', '0.0', '0.0', '+13.8', '+1,234.6']);
    expect(signedChange(2.64, 'fr')).toBe('+2,6');
  });

  test('numbers inside a worked formula; ids, dates, versions and ends of sentences untouched', () => {
    const text = '(215460 − 205820) / 205820 × 100 = 4.6837. Period 2026-01-01, v1.2, tiktok2 4.69/9.38 × 1617720, store-2024 Q3';
    expect(numbersIn(text, 'en')).toBe('(215,460 − 205,820) / 205,820 × 100 = 4.6837. Period 2026-01-01, v1.2, tiktok2 4.69/9.38 × 1,617,720, store-2024 Q3');
    expect(numbersIn(text, 'fr')).toBe(`(215${NNBSP}460 − 205${NNBSP}820) / 205${NNBSP}820 × 100 = 4,6837. Period 2026-01-01, v1.2, tiktok2 4,69/9,38 × 1${NNBSP}617${NNBSP}720, store-2024 Q3`);
  });

  test('dates in words: 31 March 2026, 31 mars 2026, 1er janvier 2026; anything else as written', () => {
    expect([dateText('2026-03-31', 'en'), dateText('2026-03-31', 'fr'), dateText('2026-01-01', 'fr'), dateText('2026-01-01', 'en')])
      .toEqual(['31 March 2026', '31 mars 2026', '1er janvier 2026', '1 January 2026']);
    expect([dateText('2026-13-01', 'fr'), dateText('Q1', 'fr'), dateText('2026-1-1', 'en')]).toEqual(['2026-13-01', 'Q1', '2026-1-1']);
    expect(periodText('2026-01-01', '2026-03-31', 'fr')).toBe('1er janvier 2026 → 31 mars 2026');
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
