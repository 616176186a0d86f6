import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { dateText, decimalText, groupedText, numbersIn, numberText, percentText, periodText, signedChange } from '../../src/i18n/numbers.js';
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
});
