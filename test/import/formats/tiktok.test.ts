/**
 * TikTok Studio's exports: Content.csv (lifetime figures per video), Overview.csv (the account's figures per day),
 * FollowerHistory.csv (the follower count per day), their yearless localised dates and the years inferred for them,
 * and the audience files recognised and skipped. Fixtures: test/fixtures/import/tiktok/ (invented figures of a
 * French brand, BOM, every field quoted, no trailing newline; ZIPs written by test/fixtures/import/make-video-zips.mjs).
 *
 * Tables are opened with openExport (the provisional CSV reader on this branch); the ZIPs' entries are compared
 * with the CSVs through yauzl, and the ZIP's name is given to the reader as the table's `container`, as the ZIP
 * reader will. The export's own date (the file's, or today's) is set on each table so that results never depend on
 * when the fixtures were checked out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { makeTranslator } from '../../../src/i18n/translate.js';
import { TIKTOK_CONTENT, TIKTOK_FOLLOWER_HISTORY, TIKTOK_FORMATS, TIKTOK_OVERVIEW, tiktokContainer } from '../../../src/import/formats/tiktok.js';
import type { Contribution, ExportFormat, ExportTable, ReadContext } from '../../../src/import/model.js';
import { openExport } from '../../../src/import/read/index.js';
import { ROOT } from '../../support/cli.js';
import { detectLocal } from './detect-local.js';
import { recognisedAs } from './video-detect.js';
import { zipEntries } from './zip-entries.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'import', 'tiktok');
const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const Q4 = { start: '2025-10-01', end: '2025-12-31' };
const t = makeTranslator(TIKTOK_CONTENT.messages);

/** A fixture as a table: `modified` is the export's date as the file says it (undefined: the file says none). */
async function open(file: string, modified: string | undefined, over: Partial<ExportTable> = {}): Promise<ExportTable> {
  const { tables, problems } = await openExport(join(FIXTURES, file));
  expect(problems).toEqual([]);
  const table: ExportTable = { ...tables[0]!, ...over };
  if (modified) table.modified = new Date(`${modified}T09:30:00Z`);
  else delete table.modified;
  return table;
}

async function read(format: ExportFormat, file: string, modified: string | undefined, ctx: Partial<ReadContext> = {}, over: Partial<ExportTable> = {}): Promise<Contribution> {
  const table = await open(file, modified, over);
  expect(recognisedAs(table)).toBe(format.id);
  return format.read!(table, { row: 0, cells: table.head[0]!.cells }, { today: '2026-06-30', ...ctx });
}

const note = (c: Contribution, key: string) => c.notes.find((n) => n.key === key);
const warnings = (c: Contribution) => c.notes.filter((n) => n.level === 'warning').map((n) => n.key);
const sum = (c: Contribution, k: 'reactions' | 'comments' | 'shares' | 'impressions') => c.posts!.reduce((s, p) => s + (p[k] ?? 0), 0);

describe('tiktok-content: Content.csv, one video a row, lifetime figures', () => {
  test('English month names; the year from the export date (Time, "March 3"): December 18 is 2025’s', async () => {
    const c = await read(TIKTOK_CONTENT, 'en/Content.csv', '2026-03-03', { period: Q1 });
    expect(c.posts!.map((p) => [p.line, p.id, p.date])).toEqual([
      [2, '7476001234567890123', '2026-03-01'],
      [3, '7475001234567890124', '2026-02-28'],
      [4, '7470001234567890125', '2026-02-14'],
      [5, '7460001234567890126', '2026-01-20'],
    ]);
    expect([c.rows, c.kept, c.outsidePeriod]).toEqual([5, 4, 1]); // line 6, 2025-12-18
    expect(note(c, 'note.content-year-file')?.args).toEqual({ date: '2026-03-03' });
    expect(c.account).toBe('maisonlumiere'); // from the videos' links
  });

  test('likes → reactions, comments, shares, views → impressions; "undefined" is a missing figure, not a zero', async () => {
    const c = await read(TIKTOK_CONTENT, 'en/Content.csv', '2026-03-03', { period: Q1 });
    expect(sum(c, 'reactions')).toBe(1520 + 830 + 412 + 305); // 3 067
    expect(sum(c, 'comments')).toBe(48 + 21 + 9); // 78, line 4 has none
    expect(sum(c, 'shares')).toBe(75 + 40 + 12 + 6); // 133
    expect(sum(c, 'impressions')).toBe(40210 + 22950 + 9870 + 7400); // 80 430
    expect(c.posts![2]).toEqual({ line: 4, id: '7470001234567890125', date: '2026-02-14', reactions: 412, shares: 12, impressions: 9870 });
    expect(c.missingCells).toEqual([{ line: 4, column: 'Total comments' }]);
    expect(c.rejected).toEqual([]);
    expect(c.ignoredColumns).toEqual([{ column: 'Time', why: 'ignored.time' }, { column: 'Video title', why: 'ignored.title' }]);
    expect(c.unknownColumns).toEqual([]);
    expect(c.totals).toBeUndefined();
  });

  test('a caption holding a formula reaches nothing the report shows', async () => {
    const c = await read(TIKTOK_CONTENT, 'en/Content.csv', '2026-03-03', { period: Q1 });
    expect(JSON.stringify({ ...c, table: undefined, format: undefined })).not.toMatch(/HYPERLINK|evil|printemps/);
  });

  test('without a file date, today dates the export; a file dated after today is not believed', async () => {
    const none = await read(TIKTOK_CONTENT, 'en/Content.csv', undefined, { period: Q1, today: '2026-03-05' });
    expect(note(none, 'note.content-year-today')?.args).toEqual({ date: '2026-03-03' });
    const future = await read(TIKTOK_CONTENT, 'en/Content.csv', '2027-01-01', { period: Q1, today: '2026-03-05' });
    expect(note(future, 'note.content-year-today')?.args).toEqual({ date: '2026-03-03' });
    expect(future.posts!.map((p) => p.date)).toEqual(none.posts!.map((p) => p.date));
  });

  test('French month names; exported on 3 January, the December posts are 2025’s', async () => {
    const all = await read(TIKTOK_CONTENT, 'fr/Content.csv', '2026-01-03');
    expect(all.posts!.map((p) => p.date)).toEqual(['2026-01-02', '2025-12-31', '2025-12-24', '2025-12-01']);
    const c = await read(TIKTOK_CONTENT, 'fr/Content.csv', '2026-01-03', { period: Q4 });
    expect([c.kept, c.outsidePeriod]).toEqual([3, 1]);
    expect([sum(c, 'reactions'), sum(c, 'comments'), sum(c, 'shares'), sum(c, 'impressions')])
      .toEqual([980 + 1105 + 720, 55 + 38 + 19, 41 + 60 + 25, 26780 + 31040 + 18800]); // 2 805, 112, 126, 76 620
  });

  test('rows rejected with their line: a month no table knows, a figure that is not a number, a cell short, 29 February 2026; a link that is not one', async () => {
    const c = await read(TIKTOK_CONTENT, 'rejects/Content.csv', '2026-03-03');
    expect(c.rejected).toEqual([
      { line: 3, code: 'bad-date', column: 'Post time', value: 'Febtober 3' },
      { line: 4, code: 'not-a-number', column: 'Total likes', value: '12k' },
      { line: 5, code: 'wrong-cell-count', value: '7/8' },
      { line: 6, code: 'bad-date', column: 'Post time', value: 'February 29' },
    ]);
    expect(c.posts!.map((p) => [p.line, p.id, p.date])).toEqual([[2, '7476001234567890140', '2026-03-02'], [7, '7476001234567890145', '2026-02-27'], [8, undefined, '2026-03-01']]);
    expect(c.missingCells).toEqual([{ line: 7, column: 'Total shares' }]);
    expect([c.rows, c.kept]).toEqual([7, 3]);
    // Line 8's link is a formula, not a video's address: the post is counted, with no id, and the text goes nowhere.
    expect(JSON.stringify({ ...c, table: undefined, format: undefined })).not.toMatch(/HYPERLINK|evil/);
  });

  test('Content_<handle>.zip holds Content.csv stored, as TikTok writes it; the handle comes from its name', async () => {
    const entries = await zipEntries(join(FIXTURES, 'Content_maisonlumiere.zip'));
    expect([...entries.keys()]).toEqual(['Content.csv']);
    expect(entries.get('Content.csv')!.method).toBe(0);
    const bytes = entries.get('Content.csv')!.data;
    expect(bytes.equals(readFileSync(join(FIXTURES, 'en', 'Content.csv')))).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes[bytes.length - 1]).toBe(0x22); // no trailing newline: the last byte is a closing quote
    const c = await read(TIKTOK_CONTENT, 'en/Content.csv', '2026-03-03', { period: Q1 }, { container: 'Content_maisonlumiere.zip', entry: 'Content.csv' });
    expect(c.account).toBe('maisonlumiere');
    expect(c.kept).toBe(4);
  });
});

describe('tiktok-overview: Overview.csv, the account’s figures per day', () => {
  test('the period’s days summed (a negative day included); a period longer than the export says so', async () => {
    const c = await read(TIKTOK_OVERVIEW, 'en/Overview.csv', '2026-03-03', { period: Q1 });
    expect(c.totals).toEqual({
      impressions: 1200 + 1350 + 980 + 2100 + 3050 + 5400 + 2750, // 16 830 video views
      reactions: 80 + 95 + 60 + 150 + 210 + 380 + 190, // 1 165
      comments: 5 + 7 - 1 + 12 + 18 + 25 + 9, // 75
      shares: 3 + 4 + 2 + 9 + 14 + 20 + 8, // 60
    });
    expect(c.span).toEqual({ start: '2026-02-24', end: '2026-03-02' });
    expect(note(c, 'warning.partial-period')?.args).toEqual({ start: '2026-02-24', end: '2026-03-02', periodStart: '2026-01-01', periodEnd: '2026-03-31', days: 7 });
    expect(note(c, 'note.year-file')?.args).toEqual({ anchor: '2026-03-03' });
    expect(c.ignoredColumns).toEqual([{ column: 'Profile Views', why: 'ignored.profile-views' }, { column: 'New followers', why: 'ignored.new-followers' }]);
    expect([c.rows, c.kept, c.outsidePeriod, c.rejected, c.missingCells]).toEqual([7, 7, 0, [], []]);
    expect(c.posts).toBeUndefined();
  });

  test('only the period’s days are summed; the others are counted outside it', async () => {
    const c = await read(TIKTOK_OVERVIEW, 'en/Overview.csv', '2026-03-03', { period: { start: '2026-02-25', end: '2026-02-28' } });
    expect(c.totals).toEqual({ impressions: 1350 + 980 + 2100 + 3050, reactions: 95 + 60 + 150 + 210, comments: 7 - 1 + 12 + 18, shares: 4 + 2 + 9 + 14 });
    expect([c.kept, c.outsidePeriod]).toEqual([4, 3]);
    expect(warnings(c)).toEqual([]);
  });

  test('French dates across 31 December → 1 January, the first day from the ZIP’s name; "undefined" is a missing day', async () => {
    const over = { container: 'Overview_2025-12-28_1767571200_maisonlumiere.zip', entry: 'Overview.csv' };
    const c = await read(TIKTOK_OVERVIEW, 'fr/Overview.csv', undefined, {}, over);
    expect(c.span).toEqual({ start: '2025-12-28', end: '2026-01-04' });
    expect(note(c, 'note.year-zip')?.args).toEqual({ first: '2025-12-28' });
    expect(c.totals).toEqual({
      impressions: 900 + 1100 + 1500 + 2600 + 3900 + 1800 + 1250 + 1000, // 14 050
      reactions: 70 + 85 + 120 + 200 + 310 + 140 + 95 + 72, // 1 092
      comments: 4 + 6 + 9 + 15 + 22 - 2 + 3, // 57: 2 January has none
      shares: 2 + 3 + 5 + 11 + 17 + 6 + 4 + 2, // 50
    });
    expect(c.missingCells).toEqual([{ line: 7, column: 'Comments' }]);
    expect(note(c, 'warning.missing-days')).toEqual({ key: 'warning.missing-days', args: { count: 1, column: 'Comments' }, level: 'warning' });
    expect(c.account).toBe('maisonlumiere');

    const q1 = await read(TIKTOK_OVERVIEW, 'fr/Overview.csv', undefined, { period: Q1 }, over);
    expect(q1.totals).toEqual({ impressions: 3900 + 1800 + 1250 + 1000, reactions: 310 + 140 + 95 + 72, comments: 22 - 2 + 3, shares: 17 + 6 + 4 + 2 });
    expect([q1.kept, q1.outsidePeriod]).toEqual([4, 4]);
    expect(note(q1, 'warning.partial-period')?.args).toEqual({ start: '2026-01-01', end: '2026-01-04', periodStart: '2026-01-01', periodEnd: '2026-03-31', days: 4 });
  });

  test('the same file alone, dated the day after its last row, gets the same years backward', async () => {
    const c = await read(TIKTOK_OVERVIEW, 'fr/Overview.csv', '2026-01-05');
    expect(c.span).toEqual({ start: '2025-12-28', end: '2026-01-04' });
    expect(note(c, 'note.year-file')?.args).toEqual({ anchor: '2026-01-05' });
  });

  test('the Overview ZIP holds Overview.csv stored', async () => {
    const entries = await zipEntries(join(FIXTURES, 'Overview_2025-12-28_1767571200_maisonlumiere.zip'));
    expect([...entries].map(([name, e]) => [name, e.method, e.data.equals(readFileSync(join(FIXTURES, 'fr', 'Overview.csv')))])).toEqual([['Overview.csv', 0, true]]);
  });
});

describe('tiktok-follower-history: FollowerHistory.csv, the follower count per day', () => {
  test('followers at the first and last day of the period that have a count; each day other than the period’s own said', async () => {
    const c = await read(TIKTOK_FOLLOWER_HISTORY, 'en/FollowerHistory.csv', '2026-03-03', { period: Q1 });
    expect(c.totals).toEqual({ followers: { start: 10210, end: 10282 } });
    expect(c.notes.filter((n) => n.level === 'warning')).toEqual([
      { key: 'warning.followers-start', args: { date: '2026-02-24' }, level: 'warning' },
      { key: 'warning.followers-end', args: { date: '2026-03-02' }, level: 'warning' },
    ]);
    expect(c.missingCells).toEqual([{ line: 4, column: 'Followers' }]); // "undefined", 26 February
    expect(c.ignoredColumns).toEqual([{ column: 'Difference in followers from previous day', why: 'ignored.difference' }]);
  });

  test('a day without a count ("undefined") is passed over, never read as zero followers', async () => {
    const c = await read(TIKTOK_FOLLOWER_HISTORY, 'en/FollowerHistory.csv', '2026-03-03', { period: { start: '2026-02-26', end: '2026-03-02' } });
    expect(c.totals).toEqual({ followers: { start: 10224, end: 10282 } }); // 27 February's count: the 26th has none
    expect(warnings(c)).toEqual(['warning.followers-start']);
    expect([c.kept, c.outsidePeriod]).toEqual([5, 2]);
    const none = await read(TIKTOK_FOLLOWER_HISTORY, 'en/FollowerHistory.csv', '2026-03-03', { period: { start: '2026-02-26', end: '2026-02-26' } });
    expect(none.totals).toEqual({});
    expect(warnings(none)).toEqual(['warning.no-followers']);
  });

  test('French dates across the new year, read backward from the file’s date', async () => {
    const c = await read(TIKTOK_FOLLOWER_HISTORY, 'fr/FollowerHistory.csv', '2026-01-03', { period: Q4 });
    expect(c.span).toEqual({ start: '2025-12-30', end: '2025-12-31' });
    expect(c.totals).toEqual({ followers: { start: 10050, end: 10061 } });
    expect(warnings(c)).toEqual(['warning.followers-start']); // the export starts on 30 December, not 1 October
    expect([c.kept, c.outsidePeriod]).toEqual([2, 2]);
  });
});

describe('the Followers ZIP and the audience files', () => {
  test('each entry is recognised; only FollowerHistory.csv is read, the others are skipped with a reason', async () => {
    const entries = await zipEntries(join(FIXTURES, 'Followers_maisonlumiere.zip'));
    expect([...entries.keys()]).toEqual(['FollowerHistory.csv', 'FollowerActivity.csv', 'FollowerGender.csv', 'FollowerTopTerritories.csv']);
    const found: [string, string | undefined, boolean][] = [];
    for (const [name, entry] of entries) {
      expect([name, entry.method, entry.data.equals(readFileSync(join(FIXTURES, 'en', name)))]).toEqual([name, 0, true]);
      const id = recognisedAs(await open(join('en', name), '2026-03-03'));
      found.push([name, id, TIKTOK_FORMATS.find((f) => f.id === id)?.read !== undefined]);
    }
    expect(found).toEqual([
      ['FollowerHistory.csv', 'tiktok-follower-history', true],
      ['FollowerActivity.csv', 'tiktok-follower-activity', false],
      ['FollowerGender.csv', 'tiktok-follower-gender', false],
      ['FollowerTopTerritories.csv', 'tiktok-follower-territories', false],
    ]);
  });

  test('Viewers.csv is recognised and skipped: viewers per day do not add up to a reach', async () => {
    const table = await open('en/Viewers.csv', '2026-03-03');
    expect(recognisedAs(table)).toBe('tiktok-viewers');
    const viewers = TIKTOK_FORMATS.find((f) => f.id === 'tiktok-viewers')!;
    expect(viewers.read).toBeUndefined();
    expect(t('en', viewers.skipped!)).toMatch(/cannot be added up/);
  });

  test.each(['en/Content.csv', 'fr/Content.csv', 'en/Overview.csv', 'fr/Overview.csv', 'en/FollowerHistory.csv', 'fr/FollowerHistory.csv'])('%s is told from every other format', async (file) => {
    const table = await open(file, '2026-03-03');
    // No other signature fits its header at all (as ./detect-local.ts's openDetected requires of signatures).
    expect(detectLocal(table).map((m) => m.format.id)).toEqual([`tiktok-${file.includes('Content') ? 'content' : file.includes('Overview') ? 'overview' : 'follower-history'}`]);
  });
});

describe('the ZIP names', () => {
  test.each([
    ['Overview_2025-12-28_1767571200_maisonlumiere.zip', { first: '2025-12-28', handle: 'maisonlumiere' }],
    ['Overview_2026-01-01_1767571200_maison_lumiere (1).zip', { first: '2026-01-01', handle: 'maison_lumiere' }],
    ['Content_maisonlumiere.zip', { handle: 'maisonlumiere' }],
    ['Followers_maison.lumiere.zip', { handle: 'maison.lumiere' }],
    ['Viewers_maisonlumiere.zip', { handle: 'maisonlumiere' }],
    ['Content 2026-01-01_2026-03-31 Maison Lumière.zip', {}],
    ['Content_`rm -rf`.zip', {}], // a handle is letters, digits, _ and .: anything else is not taken as one
    [undefined, {}],
  ])('%s', (name, expected) => {
    expect(tiktokContainer(name)).toEqual(expected);
  });
});

describe('messages', () => {
  test('dates in words, French with its no-break spaces', () => {
    expect(t('fr', 'note.year-zip', { first: '2025-12-28' })).toBe('les dates n’ont pas d’année\u00a0: le premier jour, le 28 décembre 2025, vient du nom du ZIP, et l’année change là où le mois revient en arrière');
    expect(t('en', 'warning.partial-period', { start: '2026-01-01', end: '2026-01-04', periodStart: '2026-01-01', periodEnd: '2026-03-31', days: 4 }))
      .toBe('the export covers 1 January 2026 → 4 January 2026, only part of the period 1 January 2026 → 31 March 2026: its totals are those of 4 days; download the period’s dates in TikTok Studio');
    expect(t('fr', 'warning.missing-days', { count: 1, column: 'Comments' })).toBe('un jour n’a pas de chiffre pour «\u00a0Comments\u00a0»\u00a0: son total ne compte que les jours qui en ont un');
    expect(t('fr', 'warning.missing-days', { count: 12, column: 'Comments' })).toMatch(/^12 jours n’ont pas de chiffre/);
  });
});
