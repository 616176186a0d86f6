/**
 * Dates without a year, in the language of the platform's interface (TikTok Studio: "February 28", "28 May",
 * "28 апреля", "18 tháng Tám", "9月13日"), and the year they belong to.
 *
 * Month names come from the table below, written by hand for the languages TikTok Studio is used in here (checked
 * against Intl's names in test/import/dates-localised.test.ts). A name it does not hold is not guessed at: the
 * date is unreadable and the row is rejected with its value.
 *
 * The year is inferred, never assumed (docs/IMPORT.md, TikTok Studio):
 * - a series whose first day is known (TikTok's Overview ZIP names it) runs forward from it, into the next year
 *   when the month goes back (31 December → 1 January);
 * - otherwise the last date is the latest one on or before the export date (a date after it belongs to the
 *   previous year), and the series runs backward from there.
 */
import { dateText, numberText } from '../i18n/numbers.js';
import { format, type Locale, type MessageArgs } from '../i18n/translate.js';
import { validDate } from './dates.js';

export interface MonthDay {
  month: number;
  day: number;
}

/** Month names (lower case) per language, long forms then the usual abbreviations; index + 1 is the month. */
const NAMES: Record<string, string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  fr: [['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'],
    ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc']],
  es: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'],
    ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'],
    ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  it: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'],
    ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
  pt: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'], ['julho', 'jul'],
    ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
  sv: [['januari', 'jan'], ['februari', 'feb'], ['mars'], ['april', 'apr'], ['maj'], ['juni'], ['juli'],
    ['augusti', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
  // Russian writes a day's month in the genitive (28 апреля); the nominative is accepted too.
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'февр', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сент', 'сен'],
    ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'нояб', 'ноя'], ['декабря', 'декабрь', 'дек']],
};

/** Vietnamese names the month by its number, in words (tháng Tám) or digits (tháng 8). */
const VI_NUMBERS = ['một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];

/** Every name → its month (1–12). Built once; a name two languages share means the same month in both (tested). */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  Object.values(NAMES).flatMap((months) => months.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number]))),
);

/** The languages the table covers (for docs and tests). */
export const MONTH_LANGUAGES = [...Object.keys(NAMES), 'vi', 'ja', 'zh', 'ko'] as const;

function monthOf(name: string): number | undefined {
  const n = name.replace(/\.$/, '');
  const vi = /^(?:tháng|thg)\s+(.+)$/.exec(n);
  if (vi) {
    const word = vi[1]!;
    if (/^\d{1,2}$/.test(word)) return Number(word) >= 1 && Number(word) <= 12 ? Number(word) : undefined;
    const i = VI_NUMBERS.indexOf(word);
    return i === -1 ? undefined : i + 1;
  }
  return MONTH_NAMES.get(n);
}

/**
 * A month and a day as TikTok writes them in its interface's language, or undefined when the form or the month
 * name is not one the table knows (never guessed). The day is only checked to be 1–31: the year decides the rest.
 */
export function parseMonthDay(raw: string): MonthDay | undefined {
  const s = raw.normalize('NFC').trim().toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  let month: number | undefined;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\s?月\s?(\d{1,2})\s?日$/.exec(s)) || (m = /^(\d{1,2})\s?월\s?(\d{1,2})\s?일$/.exec(s))) {
    // 9月13日 (Japanese, Chinese), 9월 13일 (Korean).
    month = Number(m[1]);
    day = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
  } else if ((m = /^(?:ngày )?(\d{1,2})(?:\.|er|st|nd|rd|th)? (?:de )?(\p{L}[\p{L}\d .]*?)\.?$/u.exec(s))) {
    // 28 May, 28 mai, 1er mai, 28 de mayo, 28. Mai, 28 апреля, 18 tháng Tám.
    day = Number(m[1]);
    month = monthOf(m[2]!);
  } else if ((m = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?$/u.exec(s))) {
    // February 28, Feb 28.
    month = monthOf(m[1]!);
    day = Number(m[2]);
  } else {
    return undefined;
  }
  if (month === undefined || day < 1 || day > 31) return undefined;
  return { month, day };
}

const key = (md: MonthDay): number => md.month * 100 + md.day;

/**
 * The date a yearless day means, given the export date (YYYY-MM-DD): the latest such day on or before it. A day
 * that does not exist in that year (29 February) is undefined.
 */
export function onOrBefore(md: MonthDay, anchor: string): string | undefined {
  const [y, m, d] = anchor.split('-').map(Number) as [number, number, number];
  const year = key(md) > m * 100 + d ? y - 1 : y;
  return validDate(year, md.month, md.day);
}

/** Years for an ascending series of days whose first day is known (YYYY-MM-DD): forward, a new year each time the month goes back. */
export function yearsForward(days: readonly MonthDay[], first: string): (string | undefined)[] {
  let year = Number(first.slice(0, 4));
  if (days[0] && key(days[0]) < Number(first.slice(5, 7)) * 100 + Number(first.slice(8, 10))) year++;
  return days.map((md, i) => {
    if (i > 0 && key(md) < key(days[i - 1]!)) year++;
    return validDate(year, md.month, md.day);
  });
}

/** Years for an ascending series whose last day is on or before the export date: backward, a year earlier each time the month goes up. */
export function yearsBackward(days: readonly MonthDay[], anchor: string): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(days.length);
  if (days.length === 0) return out;
  const [ay, am, ad] = anchor.split('-').map(Number) as [number, number, number];
  let year = key(days[days.length - 1]!) > am * 100 + ad ? ay - 1 : ay;
  for (let i = days.length - 1; i >= 0; i--) {
    if (i < days.length - 1 && key(days[i]!) > key(days[i + 1]!)) year--;
    out[i] = validDate(year, days[i]!.month, days[i]!.day);
  }
  return out;
}

/**
 * A message template whose dates (YYYY-MM-DD arguments) are written in words in its language, « du 1er janvier 2026
 * au 31 mars 2026 », and whose numbers as the language writes them (1 091 500): what the translator does for a
 * plain template's numbers, plus the dates. `one` is the template for a `count` of one (French: below two).
 */
export function inWords(locale: Locale, template: string, one?: { count: string; template: string }): (args: MessageArgs) => string {
  return (args) => {
    const n = one ? Number(args[one.count]) : NaN;
    const chosen = one && (locale === 'fr' ? n < 2 : n === 1) ? one.template : template;
    return format(chosen, Object.fromEntries(Object.entries(args).map(([name, value]) => [name,
      typeof value === 'number' ? numberText(value, locale) : dateText(String(value), locale)])));
  };
}
