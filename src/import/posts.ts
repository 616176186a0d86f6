/**
 * The reader every per-post export shares: given which header names hold which post figure (data, per format),
 * it streams the table's rows into PostRecords and says what it left out and why. Rows are never shifted: a row
 * with more cells than the header, a figure that is not a number, a date that does not exist is rejected with its
 * line; an empty cell is a missing figure for that post, never a zero.
 */
import type { Period } from '../model/brand.js';
import { parseDateAs, spanOf, type DateLayout } from './dates.js';
import type { Contribution, ExportFormat, ExportTable, PostRecord, ReadContext, RowProblem } from './model.js';

/** The figures a per-post export can give, and the post's id. */
export const POST_COLUMNS = [
  'id', 'date', 'month', 'type', 'paid', 'followers', 'reach', 'impressions', 'reactions', 'comments', 'shares', 'saves',
  'clicks', 'engagedUsers', 'interactions',
] as const;
export type PostColumn = (typeof POST_COLUMNS)[number];

export interface PostLayout {
  /** Accepted header names per figure, in every UI language the format is known in. */
  columns: Partial<Record<PostColumn, string[]>>;
  /** Known columns not imported: header name → a key of the format's messages saying why. */
  ignored?: Record<string, string>;
  /** How `date` cells are written; or a function for layouts of its own (yearless dates). */
  date?: DateLayout | ((raw: string) => string | undefined);
  /** Rows shorter than the header are padded with empty cells (Meta omits trailing empty cells). */
  ragged?: boolean;
  /** Cell values that mean "no figure" besides the empty cell (`-`, `undefined`, `N/A`), compared without case. */
  blanks?: string[];
  /** Values of `paid` that mean a paid post (compared without case); default 1, true, yes, oui, paid, sponsored. */
  paidValues?: string[];
  /** Rows to pass over without counting them (a `Total` row): given the row's cell for each found column. */
  skip?: (cell: (column: PostColumn) => string | undefined) => boolean;
}

const NUMERIC: PostColumn[] = ['followers', 'reach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks', 'engagedUsers', 'interactions', 'month'];
const DEFAULT_PAID = ['1', 'true', 'yes', 'oui', 'paid', 'sponsored'];

/** Where each column is: the first header cell that matches one of its names, trimmed, without regard to case. */
export function columnIndexes<K extends string>(header: readonly string[], columns: Partial<Record<K, string[]>>): Map<K, number> {
  const lower = header.map((h) => h.replace(/^\ufeff/, '').trim().toLowerCase());
  const index = new Map<K, number>();
  for (const [field, names] of Object.entries(columns) as [K, string[]][]) {
    const i = lower.findIndex((h) => names.some((n) => n.toLowerCase() === h));
    if (i !== -1) index.set(field, i);
  }
  return index;
}

/**
 * The header cells no figure uses, sorted: those the format knows and leaves out (with the key of why), and the
 * others. Cells are compared trimmed, without a byte-order mark, without regard to case.
 */
export function sortHeader(cells: readonly string[], used: ReadonlySet<number>, ignored: Readonly<Record<string, string>> = {}): { ignoredColumns: { column: string; why: string }[]; unknownColumns: string[] } {
  const ignoredNames = new Map(Object.entries(ignored).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const ignoredColumns: { column: string; why: string }[] = [];
  const unknownColumns: string[] = [];
  cells.forEach((raw, i) => {
    const h = raw.replace(/^\ufeff/, '').trim();
    if (used.has(i) || h === '') return;
    const why = ignoredNames.get(h.toLowerCase());
    if (why) ignoredColumns.push({ column: h, why });
    else unknownColumns.push(h);
  });
  return { ignoredColumns, unknownColumns };
}

export type PostReading = Omit<Contribution, 'table' | 'format'> & { posts: PostRecord[]; found: PostColumn[] };

/**
 * Reads a per-post table whose header is at `header.row` (0-based among the table's rows; rows before it are
 * notes). Posts dated outside `ctx.period` are counted in `outsidePeriod` and left out.
 */
export async function readPostTable(table: ExportTable, header: { row: number; cells: string[] }, layout: PostLayout, ctx: ReadContext): Promise<PostReading> {
  const index = columnIndexes(header.cells, layout.columns);
  const used = new Set(index.values());
  const { ignoredColumns, unknownColumns } = sortHeader(header.cells, used, layout.ignored);
  const blanks = new Set(['', ...(layout.blanks ?? []).map((b) => b.toLowerCase())]);
  const paidValues = new Set((layout.paidValues ?? DEFAULT_PAID).map((v) => v.toLowerCase()));
  const width = header.cells.length;

  const rejected: RowProblem[] = [];
  const missingCells: { line: number; column: string }[] = [];
  const posts: PostRecord[] = [];
  let rows = 0;
  let outsidePeriod = 0;
  let position = -1;
  rows: for await (const row of table.rows()) {
    position++;
    if (position <= header.row) continue;
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (layout.skip && layout.skip((column) => { const i = index.get(column); return i === undefined ? undefined : row.cells[i]?.trim(); })) continue;
    rows++;
    if (row.cells.length > width || (row.cells.length < width && !layout.ragged)) {
      rejected.push({ line: row.line, code: 'wrong-cell-count', value: `${row.cells.length}/${width}` });
      continue;
    }
    const post: PostRecord = { line: row.line };
    for (const [field, i] of index) {
      const raw = (row.cells[i] ?? '').trim();
      const column = header.cells[i]!.trim();
      if (blanks.has(raw.toLowerCase())) {
        if (field !== 'date' && field !== 'type' && field !== 'id' && field !== 'paid') missingCells.push({ line: row.line, column });
        continue;
      }
      if (NUMERIC.includes(field)) {
        const n = parseNumber(raw);
        if (n === undefined) { rejected.push({ line: row.line, code: 'not-a-number', column, value: raw }); continue rows; }
        (post as unknown as Record<string, number>)[field] = n;
      } else if (field === 'paid') {
        post.paid = paidValues.has(raw.toLowerCase());
      } else if (field === 'date') {
        const d = typeof layout.date === 'function' ? layout.date(raw) : parseDateAs(raw, layout.date);
        if (!d) { rejected.push({ line: row.line, code: 'bad-date', column, value: raw }); continue rows; }
        post.date = d;
      } else if (field === 'type') {
        post.type = raw;
      } else if (field === 'id') {
        post.id = raw;
      }
    }
    if (post.reach !== undefined && post.impressions !== undefined && post.impressions < post.reach) {
      // One of the two figures is wrong and nothing says which: the row is left out of every total.
      rejected.push({ line: row.line, code: 'impressions-below-reach', value: `${post.impressions} < ${post.reach}` });
      continue;
    }
    if (ctx.period && !inPeriod(post, ctx.period)) { outsidePeriod++; continue; }
    posts.push(post);
  }
  const span = spanOf(posts.map((p) => p.date));
  return {
    posts, found: [...index.keys()], rows, kept: posts.length, outsidePeriod, rejected, missingCells, ignoredColumns, unknownColumns,
    notes: [...table.notes], ...(span ? { span } : {}),
  };
}

/** A PostReading as the Contribution of one table. */
export function postContribution(table: ExportTable, format: ExportFormat, reading: PostReading, account?: string): Contribution {
  const { found: _found, ...rest } = reading;
  return { table, format, ...rest, ...(account ? { account } : {}) };
}

export function inPeriod(post: { date?: string; month?: number }, period: Period): boolean {
  if (post.date) return post.date >= period.start && post.date <= period.end;
  if (post.month !== undefined) return monthsOf(period).has(post.month);
  return true;
}

/** The months (1–12) a period covers: month-only exports (no year) are matched on them. */
function monthsOf(period: Period): Set<number> {
  const out = new Set<number>();
  let [y, m] = period.start.split('-').map(Number) as [number, number];
  const [ey, em] = period.end.split('-').map(Number) as [number, number];
  for (let i = 0; i < 12 && (y < ey || (y === ey && m <= em)); i++) {
    out.add(m);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * A figure as exports write it: "1234", "1234.0", "-2", "0.0464", "1,234" and "1 234" (thousands separators of
 * re-saved files), "12,5" (a decimal comma), "5.02%" (the % is dropped: the caller knows the unit). Undefined
 * when it is not a number.
 */
export function parseNumber(raw: string): number | undefined {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A daily series (one row per day, no post): which header names hold the date and each figure to sum. */
export interface DailyLayout<K extends string> {
  date: string[];
  figures: Record<K, string[]>;
  /** How the date cells are written. */
  dateAs: DateLayout | ((raw: string) => string | undefined);
  /** Known columns not summed: header name → a key of the format's messages saying why. */
  ignored?: Record<string, string>;
}

export type DailyReading<K extends string> = Omit<Contribution, 'table' | 'format'> & { sums: Record<K, number> };

/**
 * Sums a daily series over the period (issue 24: LinkedIn's new followers, X's account overview). Rows are checked
 * as per-post rows are: a date that does not exist or a figure that is not a number rejects the row with its line;
 * an empty cell is a missing figure, never a zero; days outside `ctx.period` are counted and left out.
 */
export async function readDailySums<K extends string>(table: ExportTable, header: { row: number; cells: string[] }, layout: DailyLayout<K>, ctx: ReadContext): Promise<DailyReading<K>> {
  const keys = Object.keys(layout.figures) as K[];
  const index = columnIndexes<K | '$date'>(header.cells, { ...layout.figures, $date: layout.date } as Partial<Record<K | '$date', string[]>>);
  const used = new Set(index.values());
  const { ignoredColumns, unknownColumns } = sortHeader(header.cells, used, layout.ignored);
  const sums = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const rejected: RowProblem[] = [];
  const missingCells: { line: number; column: string }[] = [];
  const dates: string[] = [];
  let rows = 0;
  let outsidePeriod = 0;
  let position = -1;
  rows: for await (const row of table.rows()) {
    position++;
    if (position <= header.row || row.cells.every((c) => c.trim() === '')) continue;
    rows++;
    const columnOf = (key: K | '$date') => header.cells[index.get(key)!]!.trim();
    const dateAt = index.get('$date');
    const rawDate = dateAt === undefined ? '' : (row.cells[dateAt] ?? '').trim();
    const date = typeof layout.dateAs === 'function' ? layout.dateAs(rawDate) : parseDateAs(rawDate, layout.dateAs);
    if (!date) { rejected.push({ line: row.line, code: 'bad-date', ...(dateAt === undefined ? {} : { column: columnOf('$date') }), value: rawDate }); continue; }
    const figures: Partial<Record<K, number>> = {};
    for (const key of keys) {
      const i = index.get(key);
      if (i === undefined) continue;
      const raw = (row.cells[i] ?? '').trim();
      if (raw === '') { missingCells.push({ line: row.line, column: columnOf(key) }); continue; }
      const value = parseNumber(raw);
      if (value === undefined) { rejected.push({ line: row.line, code: 'not-a-number', column: columnOf(key), value: raw }); continue rows; }
      figures[key] = value;
    }
    if (ctx.period && (date < ctx.period.start || date > ctx.period.end)) { outsidePeriod++; continue; }
    dates.push(date);
    for (const key of Object.keys(figures) as K[]) sums[key] += figures[key]!;
  }
  const span = spanOf(dates);
  return {
    sums, rows, kept: dates.length, outsidePeriod, rejected, missingCells, ignoredColumns, unknownColumns,
    notes: [...table.notes], ...(span ? { span } : {}),
  };
}
