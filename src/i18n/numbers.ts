/**
 * Numbers, percents and dates as readers of each language write them: a decimal point, commas between thousands,
 * "92%" and "31 March 2026" in English; a decimal comma, narrow no-break spaces (U+202F) between thousands, a
 * no-break space (U+00A0) before the percent sign, "31 mars 2026" in French. These are CLDR's forms, the ones Intl.NumberFormat and
 * Intl.DateTimeFormat give for "en"/"en-GB" and "fr"; test/i18n/numbers.test.ts checks them against Intl over
 * thousands of values. Only texts for people use them; machine formats (JSON, SARIF properties, baselines, YAML)
 * keep plain JavaScript numbers and ISO dates.
 *
 * Written out rather than delegated to Intl at run time: Intl's output depends on the ICU data the Node build
 * carries (a Node built with small-icu or without Intl writes French numbers in English, and CLDR revisions move
 * spaces and abbreviations: U+00A0 became U+202F in French grouping in CLDR 34, "Sep" became "Sept" in en-GB),
 * and the same brand file must give the same report, byte for byte, on every machine and in the golden tests.
 */
import type { Locale } from './translate.js';

/** CLDR's grouping separator: a comma in English, a narrow no-break space in French. */
const THOUSANDS: Record<Locale, string> = { en: ',', fr: '\u202f' };
const DECIMAL: Record<Locale, string> = { en: '.', fr: ',' };
/** What stands between a figure and its percent sign: nothing in English, a no-break space in French (CLDR's U+00A0). */
const PERCENT_GAP: Record<Locale, string> = { en: '', fr: '\u00a0' };

/**
 * A number with the language's decimal mark and thousands separator, every digit JavaScript gives it kept
 * (1091500 → 1,091,500 or 1 091 500; 1058.94 → 1,058.94 or 1 058,94): callers round first. A negative number
 * takes a hyphen-minus, as Intl writes it. Thousands are grouped from 1,000 on, as CLDR does for both languages.
 */
export function numberText(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole, fraction] = plainDecimal(Math.abs(value));
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += THOUSANDS[locale];
    out += whole[i];
  }
  return (value < 0 ? '-' : '') + out + (fraction ? DECIMAL[locale] + fraction : '');
}

/**
 * A number as numberText writes it. A text that reads as a number (a message argument, "1.0") keeps the digits
 * it was written with, trailing zeros included, with the language's marks ("1,0"; "1 234,50"); any other text
 * is returned unchanged.
 */
export function decimalText(value: number | string, locale: Locale): string {
  if (typeof value === 'number') return numberText(value, locale);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  return m[1]! + numberText(Number(m[2]), locale) + (m[3] !== undefined ? DECIMAL[locale] + m[3] : '');
}

/** A whole number (rounded) with thousands separators: 1,091,500 or 1 091 500. */
export function groupedText(value: number, locale: Locale): string {
  return numberText(Math.round(value), locale);
}

/** A figure in percent (92 → "92%" or "92 %", a no-break space), every digit it has kept; callers round first. */
export function percentText(value: number, locale: Locale): string {
  return numberText(value, locale) + PERCENT_GAP[locale] + '%';
}

/** A change with its sign and one decimal: +2.6, −1.9 (a real minus sign), 0.0; +1,234.5 for a large one. */
export function signedChange(change: number, locale: Locale): string {
  const tenths = Math.round(Math.abs(change) * 10);
  const sign = tenths === 0 ? '' : change > 0 ? '+' : '−';
  const whole = numberText(Math.floor(tenths / 10), locale);
  return `${sign}${whole}${DECIMAL[locale]}${tenths % 10}`;
}

/**
 * Every number inside a text the code wrote with JavaScript's digits (a worked formula, a derivation rule):
 * "(215460 − 205820) / 205820 × 100 = 4.6837" becomes "(215 460 − 205 820) / 205 820 × 100 = 4,6837" in French.
 * Digits that belong to a word or an id (instagram2, Q1, 2026-01-01, v1.2.3) are left as they are.
 */
export function numbersIn(text: string, locale: Locale): string {
  return text.replace(/(?<![\p{L}\p{N}_.]|[\p{L}\p{N}]-)\d+(?:\.\d+)?(?![\p{L}\p{N}_\-]|\.\d)/gu, (n) => numberText(Number(n), locale));
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/**
 * A calendar date (YYYY-MM-DD, as brand files and configurations hold them) in words: "31 March 2026" (the
 * day-month-year order of en-GB, unambiguous on both sides of the Atlantic), "31 mars 2026", and "1er janvier 2026"
 * as French writes the first of a month (CLDR's "1 janvier" is the one place this departs from Intl). Any other
 * text is returned unchanged, so a date the user wrote oddly is still shown as written.
 */
export function dateText(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[locale][Number(m[2]) - 1] : undefined;
  const day = m ? Number(m[3]) : 0;
  if (!m || !month || day < 1 || day > 31) return iso;
  return `${locale === 'fr' && day === 1 ? '1er' : day} ${month} ${m[1]}`;
}

/** A period from one date to another: "1 January 2026 → 31 March 2026". */
export function periodText(start: string, end: string, locale: Locale): string {
  return `${dateText(start, locale)} → ${dateText(end, locale)}`;
}

/** The digits of a non-negative finite number in plain decimal notation, split at the point: 1e21 → ["1000…0", ""]. */
function plainDecimal(x: number): [string, string] {
  const text = String(x);
  const exp = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exp) {
    const [whole = '0', fraction = ''] = text.split('.');
    return [whole, fraction];
  }
  const digits = exp[1]! + (exp[2] ?? '');
  const point = Number(exp[3]) + 1; // digits before the decimal point
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  return [digits.slice(0, point), digits.slice(point)];
}
