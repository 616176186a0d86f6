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
