/**
 * Yearless dates in an interface's language (TikTok Studio), and the years they are given.
 */
import { describe, expect, test } from '@jest/globals';
import { MONTH_NAMES, onOrBefore, parseMonthDay, yearsBackward, yearsForward } from '../../src/import/dates-localised.js';

describe('parseMonthDay', () => {
  test.each([
    ['February 28', 2, 28], ['March 1', 3, 1], ['28 May', 5, 28], ['Sept 3', 9, 3], ['Dec 24th', 12, 24],
    ['28 mai', 5, 28], ['1 janvier', 1, 1], ['1er janvier', 1, 1], ['31 décembre', 12, 31], ['13 févr.', 2, 13], ['5 août', 8, 5],
    ['28 de mayo', 5, 28], ['13 de septiembre', 9, 13],
    ['28. Mai', 5, 28], ['3. März', 3, 3], ['13. Dez.', 12, 13],
    ['28 maggio', 5, 28], ['13 ago', 8, 13],
    ['28 de maio', 5, 28], ['2 de março', 3, 2],
    ['28 maj', 5, 28], ['13 augusti', 8, 13],
    ['28 апреля', 4, 28], ['1 января', 1, 1], ['13 сент.', 9, 13],
    ['18 tháng Tám', 8, 18], ['2 tháng Mười Hai', 12, 2], ['18 tháng 8', 8, 18], ['13 thg 9', 9, 13],
    ['9月13日', 9, 13], ['12月1日', 12, 1], ['9월 13일', 9, 13],
  ])('%s', (raw, month, day) => {
    expect(parseMonthDay(raw)).toEqual({ month, day });
  });

  test('the same day written in decomposed Unicode (é as e + accent) and with a no-break space', () => {
    expect(parseMonthDay('31 de\u0301cembre')).toEqual({ month: 12, day: 31 });
    expect(parseMonthDay('31\u00a0décembre')).toEqual({ month: 12, day: 31 });
  });

  test.each(['Febtober 3', '3 brumaire', '2026-03-01', '13月1日', '32 mai', '0 mai', 'mai', '', '=HYPERLINK("x")', '18 tháng Mười Ba', '18 tháng 13'])(
    'not a known month and day, never guessed: %s', (raw) => {
      expect(parseMonthDay(raw)).toBeUndefined();
    });

  // Intl writes each month of each language as its interface does; the table must read every one of them.
  test.each(['en', 'fr', 'es', 'de', 'it', 'pt', 'sv', 'ru', 'vi', 'ja', 'zh', 'ko'])('every month as Intl writes it in %s', (locale) => {
    for (let m = 0; m < 12; m++) {
      const text = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, m, 13));
      expect([text, parseMonthDay(text)]).toEqual([text, { month: m + 1, day: 13 }]);
    }
  });

  test('a name two languages share means the same month in both', () => {
    // The table is one map: a clash would have silently kept the last language's month. Rebuild it per name.
    const seen = new Map<string, number>();
    for (const [name, month] of MONTH_NAMES) {
      expect([name, seen.get(name) ?? month]).toEqual([name, month]);
      seen.set(name, month);
    }
    expect(MONTH_NAMES.get('mars')).toBe(3); // French and Swedish
    expect(MONTH_NAMES.get('mai')).toBe(5); // French, German, Portuguese abbreviation
    expect(MONTH_NAMES.get('ago')).toBe(8); // Spanish, Italian, Portuguese
    expect(MONTH_NAMES.get('set')).toBe(9); // Spanish, Italian, Portuguese
  });
});

describe('the year of a yearless day', () => {
  test('on or before the export date: a day after it belongs to the previous year', () => {
    expect(onOrBefore({ month: 3, day: 1 }, '2026-03-03')).toBe('2026-03-01');
    expect(onOrBefore({ month: 3, day: 3 }, '2026-03-03')).toBe('2026-03-03');
    expect(onOrBefore({ month: 3, day: 4 }, '2026-03-03')).toBe('2025-03-04');
    expect(onOrBefore({ month: 12, day: 18 }, '2026-03-03')).toBe('2025-12-18');
    expect(onOrBefore({ month: 12, day: 31 }, '2026-01-03')).toBe('2025-12-31');
  });

  test('29 February exists only in a leap year: undefined otherwise, never moved to another day', () => {
    expect(onOrBefore({ month: 2, day: 29 }, '2028-03-01')).toBe('2028-02-29');
    expect(onOrBefore({ month: 2, day: 29 }, '2026-03-03')).toBeUndefined();
    expect(onOrBefore({ month: 4, day: 31 }, '2026-05-01')).toBeUndefined();
  });

  test('forward from a known first day: the year changes where the month goes back (31 December → 1 January)', () => {
    const days = [{ month: 12, day: 30 }, { month: 12, day: 31 }, { month: 1, day: 1 }, { month: 1, day: 2 }];
    expect(yearsForward(days, '2025-12-30')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    // A first row earlier in the year than the named first day can only be in the next year.
    expect(yearsForward([{ month: 1, day: 2 }], '2025-12-30')).toEqual(['2026-01-02']);
  });

  test('backward from the export date: a year-long series ending yesterday starts a year earlier', () => {
    // 365 days ending 2 December 2026, exported on 3 December 2026: the first row, "December 3", is 2025's.
    const days: { month: number; day: number }[] = [];
    for (let t = Date.UTC(2025, 11, 3); t <= Date.UTC(2026, 11, 2); t += 86_400_000) {
      const d = new Date(t);
      days.push({ month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
    const years = yearsBackward(days, '2026-12-03');
    expect(years.length).toBe(365);
    expect([years[0], years[28], years[29], years[364]]).toEqual(['2025-12-03', '2025-12-31', '2026-01-01', '2026-12-02']);
    // Each day taken on its own against the export date would put "December 3" in 2026, after the series' end.
    expect(onOrBefore(days[0]!, '2026-12-03')).toBe('2026-12-03');
  });

  test('backward: the last day after the export date belongs to the previous year', () => {
    expect(yearsBackward([{ month: 12, day: 30 }, { month: 12, day: 31 }], '2026-03-03')).toEqual(['2025-12-30', '2025-12-31']);
    expect(yearsBackward([], '2026-03-03')).toEqual([]);
  });
});
