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
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return text;
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

/** What a person typed for a number, read per language; why not when it cannot be read without guessing. */
export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; problem: 'empty' | 'invalid' | 'groups' | 'percent' | 'too-large' }
  /** Read two ways in the language (a French « 1.500 »): the thousands reading, then the decimal one. */
  | { ok: false; problem: 'ambiguous'; readings: [number, number] };

const DECIMAL_MARK: Record<Locale, string> = { en: '.', fr: ',' };

/**
 * A number as a person types it: « 1 500 », « 1 500 » (no-break spaces), « 12,5 », « 1.500,5 » in French;
 * "1,500", "12.5", "1 500" in English. The language's decimal mark is always a decimal mark; spaces of any kind
 * group thousands; the other mark groups thousands when it is followed by groups of three digits, and is a
 * decimal mark typed out of habit when it appears once followed by some other count of digits (« 12.5 » in
 * French, "12,5" in English: there is no other way to read them). What stays two-way (a French « 1.500 »: 1500
 * or 1.5?) is refused rather than guessed, and so is a percent sign (is « 12 % » 12 or 0.12?). No exponents,
 * no digits other than 0–9.
 */
export function parseNumber(text: string, locale: Locale): ParsedNumber {
  let s = text.trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (s.endsWith('%')) return { ok: false, problem: 'percent' };
  let sign = 1;
  const signed = /^([+\-\u2212])\s*/.exec(s);
  if (signed) {
    if (signed[1] !== '+') sign = -1;
    s = s.slice(signed[0].length);
  }
  // Digit runs and the single marks between them (every space is one kind of mark: a thousands space).
  const tokens = /^(\d*)((?:[.,\s]\d+)*)$/.exec(s);
  if (!tokens || s === '') return { ok: false, problem: 'invalid' };
  const runs = [tokens[1]!];
  const seps: string[] = [];
  for (const m of tokens[2]!.matchAll(/([.,\s])(\d+)/g)) {
    seps.push(/\s/.test(m[1]!) ? ' ' : m[1]!);
    runs.push(m[2]!);
  }
  if (runs[0] === '' && seps.length === 0) return { ok: false, problem: 'invalid' };

  // Which mark, if any, is the decimal one: always the last mark.
  const marks = seps.filter((c) => c !== ' ');
  const last = marks.length > 0 ? marks[marks.length - 1]! : undefined;
  let decimalAt = -1;
  if (last !== undefined && marks.filter((c) => c === last).length === 1) {
    const at = seps.lastIndexOf(last);
    const after = runs[at + 1]!;
    const otherKind = marks.some((c) => c !== last);
    if (otherKind || last === DECIMAL_MARK[locale] || after.length !== 3 || runs[0] === '') {
      decimalAt = at;
    } else if (locale === 'fr') {
      // « 1.500 »: thousands in some writings, a decimal point in others.
      const grouped = readNumber(sign, runs.join(''), '');
      const decimal = readNumber(sign, runs.slice(0, at + 1).join(''), after);
      if (grouped !== undefined && decimal !== undefined) return { ok: false, problem: 'ambiguous', readings: [grouped, decimal] };
      return { ok: false, problem: 'invalid' };
    }
  } else if (last !== undefined && marks.some((c) => c !== last)) {
    // Two kinds of mark, the last one repeated (« 1.500,000,5 »): no reading.
    return { ok: false, problem: 'invalid' };
  }
  if (decimalAt >= 0 && decimalAt !== seps.length - 1) return { ok: false, problem: 'invalid' };

  // The whole part: a first group of 1–3 digits, then groups of three, all with the same mark.
  const wholeSeps = decimalAt >= 0 ? seps.slice(0, decimalAt) : seps;
  const wholeRuns = decimalAt >= 0 ? runs.slice(0, decimalAt + 1) : runs;
  if (wholeSeps.length > 0) {
    if (new Set(wholeSeps).size > 1 || wholeRuns[0] === '' || wholeRuns[0]!.length > 3 || wholeRuns.slice(1).some((r) => r.length !== 3)) {
      return { ok: false, problem: 'groups' };
    }
  }
  const value = readNumber(sign, wholeRuns.join(''), decimalAt >= 0 ? runs[decimalAt + 1]! : '');
  return value === undefined ? { ok: false, problem: 'too-large' } : { ok: true, value };
}

function readNumber(sign: number, whole: string, fraction: string): number | undefined {
  const value = sign * Number(`${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}`);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value;
}
