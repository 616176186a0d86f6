/**
 * The dates platform exports write, read into YYYY-MM-DD. Each reader names the layout it expects; nothing here
 * guesses between day-first and month-first, because 03/04/2026 is both.
 *
 *   iso           2026-03-04, 2026-03-04T10:00:00, 2026-03-04 16:00 +0000
 *   MM/DD/YYYY    03/04/2026, "03/04/2026 22:00" (Meta, LinkedIn)
 *   DD/MM/YYYY    04/03/2026 (re-saved French files, generic mappings)
 *   Mon D, YYYY   "Oct 2, 2025", "Sun, Aug 30, 2026" (YouTube, X)
 */

export type DateLayout = 'iso' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'Mon D, YYYY';

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parseDateAs(raw: string, layout: DateLayout = 'iso'): string | undefined {
  const s = raw.trim();
  let y: number; let m: number; let d: number;
  if (layout === 'iso') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
    if (!iso) return undefined;
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (layout === 'MM/DD/YYYY' || layout === 'DD/MM/YYYY') {
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[ T])/.exec(s);
    if (!slash) return undefined;
    if (layout === 'MM/DD/YYYY') [m, d, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    else [d, m, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  } else {
    // An optional weekday, then "Oct 2, 2025" (month names in English, as these exports write them).
    const named = /^(?:[A-Za-z]{3,9},\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(s);
    if (!named) return undefined;
    const month = MONTHS_EN.indexOf(named[1]!.slice(0, 3).toLowerCase());
    if (month === -1) return undefined;
    [y, m, d] = [Number(named[3]), month + 1, Number(named[2])];
  }
  return validDate(y, m, d);
}

/** YYYY-MM-DD if that day exists, else undefined (no 31 April, no 29 February 2026). */
export function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The first and last of a list of YYYY-MM-DD dates. */
export function spanOf(dates: Iterable<string | undefined>): { start: string; end: string } | undefined {
  let start: string | undefined; let end: string | undefined;
  for (const d of dates) {
    if (d === undefined) continue;
    if (start === undefined || d < start) start = d;
    if (end === undefined || d > end) end = d;
  }
  return start && end ? { start, end } : undefined;
}

/**
 * An RFC 3339 timestamp ("2025-01-01T10:15:30.123456789Z", "…+02:00"; Google Takeout writes 0 to 9 fraction
 * digits, more than Date.parse is sure to take) as milliseconds since 1970, or undefined if it is not one or names a
 * day that does not exist.
 */
export function parseTimestamp(raw: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/.exec(raw.trim());
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  const [h, min, sec] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (h > 23 || min > 59 || sec > 60) return undefined;
  const offset = /^[Zz]$/.test(m[8]!) ? 0 : (m[8]!.startsWith('-') ? -1 : 1) * (Number(m[8]!.slice(1, 3)) * 60 + Number(m[8]!.slice(4, 6)));
  const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, min, sec, ms) - offset * 60_000;
}
