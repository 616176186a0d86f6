/**
 * YouTube Studio's Table data.csv (and its ZIP), read into the period's totals: the Total row taken and checked
 * against the video rows, posts counted among the videos published within the export's range, the range read from
 * the ZIP's name. Fixtures: test/fixtures/import/youtube/ (invented figures of a French brand; ZIP written by
 * test/fixtures/import/make-video-zips.mjs).
 *
 * Tables are opened with openExport (the provisional CSV reader on this branch); the ZIP's entries are compared with
 * the CSVs through yauzl, and its name is given to the reader as the table's `container`, as the ZIP reader will.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { makeTranslator } from '../../../src/i18n/translate.js';
import { YOUTUBE_FORMATS, YOUTUBE_TABLE, youtubeContainer } from '../../../src/import/formats/youtube.js';
import type { Contribution, ExportTable, ReadContext } from '../../../src/import/model.js';
import { openExport } from '../../../src/import/read/index.js';
import { ROOT } from '../../support/cli.js';
import { detectLocal } from './detect-local.js';
import { recognisedAs } from './video-detect.js';
import { zipEntries } from './zip-entries.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'import', 'youtube');
const ZIP = 'Content 2026-01-01_2026-03-31 Maison Lumière.zip';
const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const TODAY = '2026-04-02';
/** The module's words, as the import report prints them. */
const tYoutube = makeTranslator(YOUTUBE_TABLE.messages);

async function open(file: string, over: Partial<ExportTable> = {}): Promise<ExportTable> {
  const { tables, problems } = await openExport(join(FIXTURES, file));
  expect(problems).toEqual([]);
  expect(tables).toHaveLength(1);
  return { ...tables[0]!, ...over };
}

async function read(file: string, ctx: Partial<ReadContext> = {}, over: Partial<ExportTable> = {}): Promise<Contribution> {
  const table = await open(file, over);
  expect(detectLocal(table).map((m) => m.format.id)).toEqual(['youtube-table']);
  return YOUTUBE_TABLE.read!(table, { row: 0, cells: table.head[0]!.cells }, { today: TODAY, ...ctx });
}

const keys = (c: Contribution) => c.notes.map((n) => n.key);
const note = (c: Contribution, key: string) => c.notes.find((n) => n.key === key);
/** What the contribution says, without the table it came from (its rows hold the titles). */
const said = (c: Contribution) => JSON.stringify({ ...c, table: undefined, format: undefined });

describe('youtube-table: Table data.csv with the older impression names, from its ZIP', () => {
  const zipped = { container: ZIP, entry: 'Table data.csv' };

  test('the Total row is the period total, and the five video rows add up to it', async () => {
    const c = await read('old-names/Table data.csv', { period: Q1 }, zipped);
    // By hand, the five video rows (lines 3–7):
    const impressions = 51230 + 40110 + 9050 + 12400 + 0; // 112 790
    const likes = 140 + 96 + 12 + 30 + 2; // 280
    const comments = 22 + 9 + 1 + 4 + 0; // 36
    const shares = 15 + 31 + 0 + 2 + 0; // 48
    expect([impressions, likes, comments, shares]).toEqual([112790, 280, 36, 48]); // the Total row's figures
    expect(c.totals).toEqual({ impressions, reactions: likes, comments, shares, posts: 3 });
    expect(note(c, 'note.total-checked')).toEqual({ key: 'note.total-checked', args: { columns: 'Impressions, Likes, Comments added, Shares' } });
    expect(c.notes.filter((n) => n.level === 'warning')).toEqual([]);
  });

  test('posts are the videos published within the range: not the older one, not the private one without a date', async () => {
    const c = await read('old-names/Table data.csv', { period: Q1 }, zipped);
    // Jan 8, Feb 14 and Mar 30, 2026 are within 2026-01-01 → 2026-03-31; Dec 2, 2025 is older; one has no date.
    expect(note(c, 'note.posts')?.args).toEqual({ posts: 3, videos: 5, start: '2026-01-01', end: '2026-03-31' });
    expect(note(c, 'note.no-publish-time')?.args).toEqual({ count: 1 });
    expect([c.rows, c.kept, c.outsidePeriod, c.rejected, c.missingCells]).toEqual([5, 5, 0, [], []]);
  });

  test('the channel and the dates come from the ZIP name; what is not imported says why', async () => {
    const c = await read('old-names/Table data.csv', { period: Q1 }, zipped);
    expect(c.account).toBe('Maison Lumière');
    expect(c.span).toEqual(Q1);
    expect(c.ignoredColumns).toEqual([
      { column: 'Video title', why: 'ignored.title' },
      { column: 'Duration', why: 'ignored.duration' },
      { column: 'Views', why: 'ignored.views' },
      { column: 'Watch time (hours)', why: 'ignored.watch-time' },
      { column: 'Subscribers', why: 'ignored.subscribers' }, // -2 on one row: a net change, never a count
      { column: 'Impressions click-through rate (%)', why: 'ignored.ctr' },
    ]);
    expect(c.unknownColumns).toEqual([]);
  });

  test('a title holding a formula, and the ids with a leading space, reach nothing the report shows', async () => {
    const c = await read('old-names/Table data.csv', { period: Q1 }, zipped);
    expect(said(c)).not.toMatch(/HYPERLINK|evil|Ambre/);
    expect(c.rejected).toEqual([]); // " -Lm4bQx9TzA" is a video like the others
  });

  test('a period other than the export’s dates is said in a warning; the figures stay those of the export’s dates', async () => {
    const january = { start: '2026-01-01', end: '2026-01-31' };
    const c = await read('old-names/Table data.csv', { period: january }, zipped);
    expect(note(c, 'warning.range-differs')).toEqual({
      key: 'warning.range-differs', level: 'warning',
      args: { start: '2026-01-01', end: '2026-03-31', periodStart: '2026-01-01', periodEnd: '2026-01-31' },
    });
    expect(c.span).toEqual(Q1);
    expect(c.totals?.impressions).toBe(112790);
    expect(c.totals?.posts).toBe(3); // counted over the export's dates, like its figures
  });

  test('Table data.csv alone: its dates are unknown, taken as the period’s with a warning', async () => {
    const c = await read('old-names/Table data.csv', { period: Q1 });
    expect(note(c, 'warning.range-unknown')).toEqual({ key: 'warning.range-unknown', level: 'warning', args: Q1 });
    expect(c.account).toBeUndefined();
    expect(c.span).toBeUndefined();
    expect(c.totals?.posts).toBe(3);
  });

  test('alone and without a period: no post count, and it says why', async () => {
    const c = await read('old-names/Table data.csv');
    expect(c.totals).toEqual({ impressions: 112790, reactions: 280, comments: 36, shares: 48 });
    expect(keys(c)).toContain('note.no-range');
  });
});

describe('youtube-table: current Studio names (Thumbnail impressions), the ZIP as downloaded', () => {
  test('the ZIP holds the three CSVs as Studio writes them (deflated, UTF-8 without BOM)', async () => {
    const entries = await zipEntries(join(FIXTURES, ZIP));
    expect([...entries.keys()]).toEqual(['Table data.csv', 'Chart data.csv', 'Totals.csv']);
    for (const [name, entry] of entries) {
      expect([name, entry.method]).toEqual([name, 8]);
      expect(entry.data.equals(readFileSync(join(FIXTURES, 'new-names', name)))).toBe(true);
      expect(entry.data[0]).not.toBe(0xef);
    }
  });

  test('thumbnail impressions are the impressions; the default block’s other columns are left with reasons', async () => {
    const c = await read('new-names/Table data.csv', { period: Q1 }, { container: ZIP, entry: 'Table data.csv' });
    const impressions = 61200 + 42100 + 38900 + 1300; // 143 500, the Total row
    // Mar 12 and Jan 22, 2026 within the range; Nov 18, 2025 older; one without a date.
    expect(c.totals).toEqual({ impressions, posts: 2 });
    expect(note(c, 'note.total-checked')?.args).toEqual({ columns: 'Thumbnail impressions' });
    expect(c.ignoredColumns.map((i) => [i.column, i.why])).toEqual([
      ['Video title', 'ignored.title'], ['Duration', 'ignored.duration'], ['Average view duration', 'ignored.retention'],
      ['Stayed to watch (%)', 'ignored.retention'], ['Unique viewers', 'ignored.viewers'], ['Views', 'ignored.views'],
      ['Watch time (hours)', 'ignored.watch-time'], ['Subscribers', 'ignored.subscribers'],
      ['Thumbnail click-through rate (%)', 'ignored.ctr'],
    ]);
    expect([c.rows, c.kept, c.rejected.length, c.missingCells.length]).toEqual([4, 4, 0, 0]);
    expect(c.account).toBe('Maison Lumière');
  });
});

describe('youtube-table: a truncated export (Studio lists about 500 rows at most)', () => {
  test('the Total row is kept, each difference is a warning, and the post count may be short', async () => {
    const c = await read('truncated/Table data.csv', { period: Q1 });
    // The three rows add up to far less than the Total row: videos are missing from the file.
    const rows = { impressions: 512300 + 401000 + 124000, likes: 1400 + 900 + 300, comments: 220 + 95 + 40, shares: 150 + 210 + 20 };
    expect(rows).toEqual({ impressions: 1037300, likes: 2600, comments: 355, shares: 380 });
    expect(c.totals).toEqual({ impressions: 2450000, reactions: 5400, comments: 610, shares: 820, posts: 2 });
    expect(c.notes.filter((n) => n.key === 'note.total-differs').map((n) => [n.args, n.level])).toEqual([
      [{ column: 'Impressions', rows: rows.impressions, total: 2450000 }, 'warning'],
      [{ column: 'Likes', rows: rows.likes, total: 5400 }, 'warning'],
      [{ column: 'Comments added', rows: rows.comments, total: 610 }, 'warning'],
      [{ column: 'Shares', rows: rows.shares, total: 820 }, 'warning'],
    ]);
    expect(note(c, 'note.posts-truncated')).toEqual({ key: 'note.posts-truncated', args: { posts: 2 }, level: 'warning' });
    expect(keys(c)).not.toContain('note.total-checked');
  });
});

describe('youtube-table: a file re-saved by a spreadsheet (no Total row, a date it rewrote, a stray comma)', () => {
  test('the rows’ sums are taken and said so; each bad row is rejected with its line, each empty cell is missing', async () => {
    const c = await read('resaved/Table data.csv', { period: Q1 });
    expect(c.rejected).toEqual([
      { line: 2, code: 'bad-date', column: 'Video publish time', value: '3-Jun-26' },
      { line: 4, code: 'wrong-cell-count', value: '9/8' },
    ]);
    expect(c.missingCells).toEqual([{ line: 3, column: 'Likes' }]);
    // Lines 3 and 5 are kept: 40 100 + 9 050 impressions; Likes only on line 5.
    expect(c.totals).toEqual({ impressions: 40100 + 9050, reactions: 12, comments: 9 + 1, shares: 21 + 0, posts: 2 });
    expect(note(c, 'note.no-total')?.level).toBe('warning');
    expect([c.rows, c.kept]).toEqual([4, 2]);
  });
});

describe('Chart data.csv and Totals.csv', () => {
  test.each([['new-names/Chart data.csv', 'youtube-chart'], ['new-names/Totals.csv', 'youtube-totals']])('%s is recognised as %s and skipped with a reason', async (file, id) => {
    const table = await open(file);
    expect(recognisedAs(table)).toBe(id);
    // Chart data.csv's header (Date, …, Views) fits the Totals signature too: the chart's, more specific, wins alone.
    expect(detectLocal(table).map((m) => m.format.id)).toEqual([id]);
    const format = YOUTUBE_FORMATS.find((f) => f.id === id)!;
    expect(format.read).toBeUndefined();
    expect(tYoutube('en', format.skipped!)).toMatch(/Table data\.csv/);
    expect(tYoutube('fr', format.skipped!)).toMatch(/Table data\.csv/);
  });

  test('Table data.csv is told from Chart data.csv even when the chart has a Duration column', async () => {
    const table = await open('new-names/Chart data.csv');
    const withDuration = { ...table, head: [{ line: 1, cells: ['Date', 'Content', 'Video title', 'Video publish time', 'Duration', 'Views'] }] };
    expect(recognisedAs(withDuration)).toBe('youtube-chart');
  });
});

describe('the ZIP name', () => {
  test.each([
    [ZIP, { range: Q1, channel: 'Maison Lumière' }],
    ['Content 2025-06-15_2026-06-15 Nick Nascimento (1).zip', { range: { start: '2025-06-15', end: '2026-06-15' }, channel: 'Nick Nascimento' }],
    ['Content 2026-01-01_2026-03-31 Maison Lumière', { range: Q1, channel: 'Maison Lumière' }],
  ])('%s', (name, expected) => {
    expect(youtubeContainer(name)).toEqual(expected);
  });

  test.each(['Content 2026-02-30_2026-03-31 X.zip', 'Content 2026-03-31_2026-01-01 X.zip', 'Content_maison.zip', undefined])('not a YouTube export’s name: %s', (name) => {
    expect(youtubeContainer(name)).toBeUndefined();
  });
});

describe('messages', () => {
  test('dates in words and numbers as each language writes them, French with its no-break spaces', () => {
    const text = tYoutube('fr', 'warning.range-differs', { start: '2026-01-01', end: '2026-03-31', periodStart: '2026-01-01', periodEnd: '2026-01-31' });
    expect(text).toBe('l’export couvre du 1er janvier 2026 au 31 mars 2026 (d’après le nom du ZIP), mais la période importée va du 1er janvier 2026 au 31 janvier 2026\u00a0: ses chiffres sont ceux du 1er janvier 2026 au 31 mars 2026, pas ceux de la période\u202f; exportez les dates de la période dans Studio');
    expect(tYoutube('en', 'note.posts', { posts: 1204, videos: 1500, ...Q1 })).toBe('1,204 of 1,500 videos were published within 1 January 2026 → 31 March 2026 and are counted as posts; the others are older videos whose activity within the range is in the figures');
    expect(tYoutube('fr', 'note.total-differs', { column: 'Impressions', rows: 1037300, total: 2450000 })).toMatch(/^les lignes des vidéos totalisent 1\u202f037\u202f300 pour «\u00a0Impressions\u00a0», la ligne Total indique 2\u202f450\u202f000\u00a0: /);
  });
});
