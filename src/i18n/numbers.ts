/**
 * Numbers as readers of each language write them: a decimal point and commas between thousands in English
 * (4.68, 1,091,500), a decimal comma and narrow no-break spaces in French (4,68, 1 091 500). Only texts for people
 * use these; machine formats (JSON, SARIF properties, baselines) keep plain JavaScript numbers.
 *
 * Written out rather than taken from Intl: its output depends on the ICU data a Node build carries, and the same
 * file must give the same report on every machine.
 */
import type { Locale } from './translate.js';

const THOUSANDS: Record<Locale, string> = { en: ',', fr: '\u202f' };

/** A number as JavaScript writes it (String), with the language's decimal mark. */
export function decimalText(value: number | string, locale: Locale): string {
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** Every decimal number inside a text written with JavaScript's decimal point (a worked formula, say). */
export function decimalsIn(text: string, locale: Locale): string {
  return locale === 'fr' ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}

/** A whole number (rounded) with thousands separators: 1,091,500 or 1 091 500. */
export function groupedText(value: number, locale: Locale): string {
  const rounded = Math.round(value);
  const digits = plainDigits(Math.abs(rounded));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += THOUSANDS[locale];
    out += digits[i];
  }
  return (rounded < 0 ? '-' : '') + out;
}

/** The shortest digits that JavaScript writes for a whole number, written out in full from 1e21 on (as Intl does). */
function plainDigits(whole: number): string {
  const text = String(whole);
  const exp = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  if (!exp) return text;
  const mantissa = exp[1]! + (exp[2] ?? '');
  return mantissa + '0'.repeat(Number(exp[3]) + 1 - mantissa.length);
}

/** A change with its sign and one decimal: +2.6, −1.9 (a real minus sign), 0.0. */
export function signedChange(change: number, locale: Locale): string {
  const rounded = Math.round(change * 10) / 10;
  const text = rounded > 0 ? `+${rounded.toFixed(1)}` : rounded < 0 ? `−${Math.abs(rounded).toFixed(1)}` : '0.0';
  return decimalText(text, locale);
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
