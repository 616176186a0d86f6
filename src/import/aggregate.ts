/**
 * From an export's rows to a channel's metrics for the period. What can be summed is summed (impressions,
 * reactions, comments, shares, saves, clicks: each display or action counts once); what cannot is not: reach
 * counts unique people per post, so a period's reach is not the sum of its posts' reach — the median reach per
 * post is stored instead (docs/METHODOLOGY.md, "Importing platform exports").
 */
import type { Metrics } from '../model/brand.js';
import type { CsvTable } from './csv.js';
import type { PostRecord } from './model.js';
import { inPeriod } from './posts.js';
import type { DateFormat, IgnoredReason, ImportFormat, PostField } from './formats.js';

export type { PostRecord } from './model.js';

export type RowProblemCode = 'not-a-number' | 'impressions-below-reach' | 'bad-date' | 'wrong-cell-count';

export interface RowProblem {
  line: number;
  code: RowProblemCode;
  column?: string;
  value?: string;
}

export interface ImportReading {
  /** Rows read and kept, in file order. */
  posts: PostRecord[];
  /** Rows left out, with the reason; they never shift other rows' columns. */
  rejected: RowProblem[];
  /** Empty cells of known columns: the row is kept, that figure is missing for it. */
  missingCells: { line: number; column: string }[];
  /** Header cells that no field uses (reported, ignored). */
  unknownColumns: string[];
  /** Known columns deliberately not imported, with why. */
  ignoredColumns: { column: string; why: IgnoredReason }[];
  /** Fields found in the header. */
  found: PostField[];
  /** Rows outside the requested period. */
  outsidePeriod: number;
}

const NUMERIC: PostField[] = ['followers', 'reach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks', 'engagedUsers', 'interactions', 'month'];

export function readPosts(table: CsvTable, format: ImportFormat, period?: { start: string; end: string }): ImportReading {
  const lower = table.header.map((h) => h.toLowerCase());
  const index = new Map<PostField, number>();
  for (const [field, names] of Object.entries(format.columns) as [PostField, string[]][]) {
    const i = lower.findIndex((h) => names.some((n) => n.toLowerCase() === h));
    if (i !== -1) index.set(field, i);
  }
  const used = new Set(index.values());
  const ignoredNames = new Map(Object.entries(format.ignored ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const unknownColumns: string[] = [];
  const ignoredColumns: { column: string; why: IgnoredReason }[] = [];
  table.header.forEach((h, i) => {
    if (used.has(i)) return;
    const why = ignoredNames.get(h.toLowerCase());
    if (why) ignoredColumns.push({ column: h, why });
    else unknownColumns.push(h);
  });

  const rejected: RowProblem[] = table.malformed.map((m) => ({ line: m.line, code: 'wrong-cell-count', value: `${m.found}/${m.expected}` }));
  const missingCells: { line: number; column: string }[] = [];
  const posts: PostRecord[] = [];
  let outsidePeriod = 0;
  rows: for (const row of table.rows) {
    const post: PostRecord = { line: row.line };
    for (const [field, i] of index) {
      const raw = (row.cells[i] ?? '').trim();
      const column = table.header[i]!;
      if (raw === '') {
        if (field !== 'date' && field !== 'type') missingCells.push({ line: row.line, column });
        continue;
      }
      if (NUMERIC.includes(field)) {
        const n = parseNumber(raw);
        if (n === undefined) { rejected.push({ line: row.line, code: 'not-a-number', column, value: raw }); continue rows; }
        (post as unknown as Record<string, number>)[field] = n;
      } else if (field === 'paid') {
        post.paid = /^(1|true|yes|oui|paid)$/i.test(raw);
      } else if (field === 'date') {
        const d = parseDate(raw, format.dateFormat);
        if (!d) { rejected.push({ line: row.line, code: 'bad-date', column, value: raw }); continue rows; }
        post.date = d;
      } else if (field === 'type') {
        post.type = raw;
      }
    }
    if (post.reach !== undefined && post.impressions !== undefined && post.impressions < post.reach) {
      // One of the two figures is wrong and nothing says which: the row is left out of every total.
      rejected.push({ line: row.line, code: 'impressions-below-reach', value: `${post.impressions} < ${post.reach}` });
      continue;
    }
    if (period && !inPeriod(post, period)) { outsidePeriod++; continue; }
    posts.push(post);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { posts, rejected, missingCells, unknownColumns, ignoredColumns, found: [...index.keys()], outsidePeriod };
}

export interface Aggregate {
  metrics: Metrics;
  /** Figures shown in the import report but not stored in the brand file. */
  stats: { posts: number; paidPosts: number; paidShare: number | null; missing: Partial<Record<PostField, number>> };
}

/**
 * Sums of additive counts, the median reach per post, followers at the first and last post, and how many posts
 * carried each per-post figure when some did not.
 */
export function aggregate(posts: readonly PostRecord[]): Aggregate {
  const metrics: Metrics = { posts: posts.length };
  const missing: Partial<Record<PostField, number>> = {};
  const sum = (field: 'impressions' | 'reactions' | 'comments' | 'shares' | 'saves' | 'clicks') => {
    const values = posts.map((p) => p[field]).filter((v): v is number => v !== undefined);
    if (values.length < posts.length) missing[field] = posts.length - values.length;
    if (values.length > 0) metrics[field] = Math.round(values.reduce((a, b) => a + b, 0));
  };
  for (const f of ['impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks'] as const) sum(f);
  const reaches = posts.map((p) => p.reach).filter((v): v is number => v !== undefined);
  if (reaches.length < posts.length) missing.reach = posts.length - reaches.length;
  if (reaches.length > 0) metrics.medianPostReach = Math.round(median(reaches));
  const withFollowers = posts.filter((p) => p.followers !== undefined);
  if (withFollowers.length > 0) {
    const ordered = chronological(withFollowers);
    metrics.followers = { start: Math.round(ordered[0]!.followers!), end: Math.round(ordered.at(-1)!.followers!) };
  }
  // Per-post figures some posts did not carry: how many did, so that per-post rates divide by them (METHODOLOGY
  // §10). Last, so that the other metrics are written in the order they always were.
  for (const f of ['reactions', 'comments', 'shares'] as const) {
    const missed = missing[f];
    if (missed !== undefined && missed < posts.length) metrics.postsWith = { ...metrics.postsWith, [f]: posts.length - missed };
  }
  const paidKnown = posts.filter((p) => p.paid !== undefined);
  const paidPosts = paidKnown.filter((p) => p.paid).length;
  if (paidKnown.length < posts.length) missing.paid = posts.length - paidKnown.length;
  return {
    metrics,
    stats: { posts: posts.length, paidPosts, paidShare: paidKnown.length ? paidPosts / paidKnown.length : null, missing },
  };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Oldest first: by date, else by month; within a month, Insights lists the newest post first, so file order is
 * reversed. Without dates or months, file order is taken as newest first too.
 */
function chronological(posts: readonly PostRecord[]): PostRecord[] {
  return [...posts].sort((a, b) => {
    const ka = a.date ?? (a.month !== undefined ? String(a.month).padStart(2, '0') : '');
    const kb = b.date ?? (b.month !== undefined ? String(b.month).padStart(2, '0') : '');
    return ka < kb ? -1 : ka > kb ? 1 : b.line - a.line;
  });
}

/** "1,234", "1 234", "1234.5": thousands separators are tolerated, decimals with a dot or a lone comma. */
export function parseNumber(raw: string): number | undefined {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export function parseDate(raw: string, format: DateFormat = 'iso'): string | undefined {
  let y: number; let m: number; let d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(raw);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slash && format === 'MM/DD/YYYY') [m, d, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  else if (slash) [d, m, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
