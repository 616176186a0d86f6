/**
 * The importer on a real brand's Facebook Insights export (test/fixtures/import/facebook-metrics/SOURCE.md): every
 * figure it produces is checked against values computed here independently, with a plain split of the file. Run
 * twice: through the first pipeline (parseCsv + readPosts) and through the platform-export one (openExport + the
 * `facebook` format of src/import/formats/legacy.ts), which must give the same figures.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, median, readPosts, type Aggregate } from '../../src/import/aggregate.js';
import { parseCsv } from '../../src/import/csv.js';
import { FACEBOOK } from '../../src/import/formats.js';
import { FACEBOOK as FACEBOOK_EXPORT } from '../../src/import/formats/legacy.js';
import type { PostRecord, RowProblem } from '../../src/import/model.js';
import { openExport } from '../../src/import/read/index.js';
import { ROOT } from '../support/cli.js';

const file = join(ROOT, 'test/fixtures/import/facebook-metrics/dataset_Facebook.csv');
const text = readFileSync(file, 'utf8');

/** The independent reading: split lines and cells, nothing else. */
const lines = text.split('\r\n').filter((l) => l !== '');
const header = lines[0]!.split(';');
const col = (name: string) => header.indexOf(name);
const raw = lines.slice(1).map((l, i) => ({ line: i + 2, cells: l.split(';') }));
const num = (cells: string[], name: string) => (cells[col(name)] === '' ? undefined : Number(cells[col(name)]));
const impossible = raw.filter((r) => num(r.cells, 'Total Impressions')! < num(r.cells, 'Total Reach')!).map((r) => r.line);
const kept = raw.filter((r) => !impossible.includes(r.line));
const total = (name: string) => kept.reduce((s, r) => s + (num(r.cells, name) ?? 0), 0);

/** What either pipeline gives, in the same words. */
interface Reading {
  headerCells: number;
  rows: number;
  posts: PostRecord[];
  rejected: RowProblem[];
  missingCells: { line: number; column: string }[];
  ignoredColumns: { column: string }[];
  unknownColumns: string[];
  outsidePeriod: number;
}

const PIPELINES: [string, (period?: { start: string; end: string }) => Promise<Reading>, string[]][] = [
  ['parseCsv + readPosts', async (period) => {
    const table = parseCsv(text);
    expect(table.delimiter).toBe(';');
    return { headerCells: table.header.length, rows: table.rows.length + table.malformed.length, ...readPosts(table, FACEBOOK, period) };
  }, ['Paid', 'like', 'share']],
  // A blank `Paid` is not a missing figure there (the share of paid posts counts the posts that say, below).
  ['openExport + the facebook format', async (period) => {
    const { tables: [table] } = await openExport(file);
    const contribution = await FACEBOOK_EXPORT.read!(table!, { row: 0, cells: table!.head[0]!.cells }, { today: '2026-12-03', ...(period ? { period } : {}) });
    return { headerCells: table!.head[0]!.cells.length, ...contribution, posts: contribution.posts! };
  }, ['like', 'share']],
];

describe.each(PIPELINES)('importing the Facebook metrics data set (500 real posts, 2014): %s', (_name, read, figureColumns) => {
  let reading: Reading;
  let metrics: Aggregate['metrics'];
  let stats: Aggregate['stats'];
  beforeAll(async () => {
    reading = await read();
    ({ metrics, stats } = aggregate(reading.posts));
  });

  test('reads the semicolon-separated, CRLF file with its shortened header', () => {
    expect(reading.headerCells).toBe(19);
    expect(reading.rows).toBe(500);
    expect(reading.rejected.filter((r) => r.code === 'wrong-cell-count')).toEqual([]);
  });

  test('the physically impossible rows are reported with their line numbers and left out', () => {
    expect(impossible).toHaveLength(4);
    expect(reading.rejected).toEqual(impossible.map((line) => expect.objectContaining({ line, code: 'impressions-below-reach' })));
    expect(reading.posts).toHaveLength(496);
    expect(metrics.posts).toBe(496);
  });

  test('empty cells are reported and count as missing, never as zero', () => {
    const empty = raw.flatMap((r) => r.cells.map((c, i) => (c === '' ? { line: r.line, column: header[i] } : null)).filter(Boolean));
    expect(reading.missingCells).toEqual(empty.filter((e) => figureColumns.includes(e!.column!)));
    expect(stats.missing.shares).toBe(kept.filter((r) => r.cells[col('share')] === '').length);
    expect(stats.missing.paid).toBe(kept.filter((r) => r.cells[col('Paid')] === '').length);
  });

  test('sums of additive counts: likes, comments, shares, impressions', () => {
    expect(metrics.reactions).toBe(total('like'));
    expect(metrics.comments).toBe(total('comment'));
    expect(metrics.shares).toBe(total('share'));
    expect(metrics.impressions).toBe(total('Total Impressions'));
  });

  test('reach is not summed: the median reach per post is stored', () => {
    const reaches = kept.map((r) => num(r.cells, 'Total Reach')!);
    const sorted = [...reaches].sort((a, b) => a - b);
    const expected = (sorted[247]! + sorted[248]!) / 2;
    expect(median(reaches)).toBe(expected);
    expect(metrics.medianPostReach).toBe(Math.round(expected));
    expect(metrics.reach).toBeUndefined();
  });

  test('share of paid posts, among the posts that say', () => {
    const known = kept.filter((r) => r.cells[col('Paid')] !== '');
    const paid = known.filter((r) => r.cells[col('Paid')] === '1').length;
    expect(stats.paidPosts).toBe(paid);
    expect(stats.paidShare).toBeCloseTo(paid / known.length, 10);
  });

  test('followers: page likes at the oldest and at the newest post', () => {
    // Newest first in the file: the first data row is the newest post of December, the last the oldest of January.
    const january = kept.filter((r) => num(r.cells, 'Post Month') === 1);
    const december = kept.filter((r) => num(r.cells, 'Post Month') === 12);
    expect(metrics.followers).toEqual({ start: num(january.at(-1)!.cells, 'Page total likes'), end: num(december[0]!.cells, 'Page total likes') });
  });

  test('the columns it does not import are listed with the reason', () => {
    expect(reading.unknownColumns).toEqual([]);
    expect(reading.ignoredColumns.map((c) => c.column)).toEqual(expect.arrayContaining(['Category', 'Consumptions', 'Post Weekday']));
  });

  test('a period keeps only its months (the export has months, no year)', async () => {
    const q1 = await read({ start: '2014-01-01', end: '2014-03-31' });
    const expected = kept.filter((r) => [1, 2, 3].includes(num(r.cells, 'Post Month')!)).length;
    expect(q1.posts).toHaveLength(expected);
    expect(q1.outsidePeriod).toBe(496 - expected);
  });
});
