/**
 * Meta Business Suite's exports (src/import/formats/meta.ts), read from fixtures written from the documented
 * layouts (docs/IMPORT.md; an invented coffee roaster, « Brûlerie Sauvanne »): each is recognised as itself, and
 * its totals, rejected rows, missing cells and line numbers are those computed by hand below.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate } from '../../../src/import/aggregate.js';
import { EXPORT_FORMATS } from '../../../src/import/formats/index.js';
import { LEGACY_FORMATS } from '../../../src/import/formats/legacy.js';
import { FACEBOOK_CONTENT, INSTAGRAM_CONTENT, META_FORMATS, META_MESSAGES, PAGE_METRIC } from '../../../src/import/formats/meta.js';
import type { Contribution, ExportFormat, ExportRow, ExportTable } from '../../../src/import/model.js';
import { ROOT } from '../../support/cli.js';
import { detected, matching, openFixture, readAs, signatureRow } from './meta-support.js';

const FB_EN = 'meta/facebook-en/Mar-01-2026_Mar-31-2026_7302958164420385.csv';
const FB_EN_LOWER = 'meta/facebook-en-lowercase/Apr-01-2026_Apr-30-2026_7302958164420391.csv';
const FB_SV = 'meta/facebook-sv/Feb-01-2026_Feb-28-2026_7302958164420377.csv';
const IG_EN = 'meta/instagram-en/Mar-01-2026_Mar-31-2026_8417730295516604.csv';
const IG_MULTI = 'meta/instagram-multi-account/Feb-01-2026_Feb-28-2026_8417730295516611.csv';
const PAGE = 'meta/page-metric/facebook-follows.csv';

const bytes = (path: string) => readFileSync(join(ROOT, 'test/fixtures/import', path));

/** An in-memory table, for the cases no export of Meta's would hold twice in one fixture. */
function table(rows: string[][]): ExportTable {
  const all: ExportRow[] = rows.map((cells, i) => ({ line: i + 1, cells }));
  return { source: 'mem.csv', file: 'mem.csv', name: 'mem.csv', head: all.slice(0, 12), rows: async function* () { yield* all; }, notes: [] };
}

/** What a reading gives, posts aside: the table and the format are not compared. */
function summary(c: Contribution) {
  return { rows: c.rows, kept: c.kept, rejected: c.rejected, missingCells: c.missingCells, account: c.account, span: c.span, notes: c.notes, unknownColumns: c.unknownColumns };
}

describe('every fixture is detected as its own format, and no other Meta layout claims it', () => {
  test.each([
    [FB_EN, 'meta-facebook-content'], [FB_EN_LOWER, 'meta-facebook-content'], [FB_SV, 'meta-facebook-content'],
    [IG_EN, 'meta-instagram-content'], [IG_MULTI, 'meta-instagram-content'], [PAGE, 'meta-page-metric'],
  ])('%s → %s', async (path, id) => {
    const t = await openFixture(path);
    expect(detected(EXPORT_FORMATS, t)).toEqual([id]);
    expect(matching([...META_FORMATS, ...LEGACY_FORMATS], t)).toEqual([id]);
  });

  test('Content exports carry the name Business Suite gives them; the signature says so (a hint, not a proof)', () => {
    for (const path of [FB_EN, FB_EN_LOWER, FB_SV, IG_EN, IG_MULTI]) {
      const name = path.split('/').at(-1)!;
      expect(FACEBOOK_CONTENT.signature.names!.some((re) => re.test(name))).toBe(true);
      expect(FACEBOOK_CONTENT.signature.names!.some((re) => re.test(`FB Brûlerie ${name}`))).toBe(true);
    }
    expect(FACEBOOK_CONTENT.signature.names!.some((re) => re.test('dataset_Facebook.csv'))).toBe(false);
  });

  test('the files are as Meta writes them: UTF-8 with a byte-order mark, LF, a trailing LF', () => {
    for (const path of [FB_EN, FB_EN_LOWER, FB_SV, IG_EN, IG_MULTI]) {
      const b = bytes(path);
      expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(b.at(-1)).toBe(0x0a);
    }
  });
});

describe('meta-facebook-content', () => {
  // Facebook, English UI, « Reactions, Comments and Shares » (March 2026). Rows start on lines 2 (a caption of
  // three lines), 5 (title and description each with a CRLF: three lines), 8 (two lines: the formula caption),
  // 10, 11 and 12.
  //   line 10: Views blank → impressions missing for that post, never 0
  //   line 11: Views 6020 < Reach 6350 → rejected
  //   kept: lines 2, 5, 8, 10, 12
  //   Views 4210 + 12890 + 2980 + 1530 = 21610 (4 posts of 5)
  //   Reach 3580, 10340, 2475, 1890, 1320 → sorted 1320, 1890, 2475, 3580, 10340 → median 2475
  //   Reactions 152 + 388 + 37 + 64 + 21 = 662; Comments 14 + 41 + 3 + 5 + 0 = 63; Shares 9 + 57 + 6 + 2 + 1 = 75
  //   Link Clicks 15 + 14 + 205 + 6 + 0 = 240 (Total clicks would be 240 + 512 + 301 + 88 + 14 = 1155)
  test('English UI, « Reactions, Comments and Shares »: the hand-computed totals', async () => {
    const c = await readAs(FACEBOOK_CONTENT, await openFixture(FB_EN));
    expect(c.format).toBe(FACEBOOK_CONTENT);
    expect(aggregate(c.posts!).metrics).toEqual({
      posts: 5, impressions: 21610, medianPostReach: 2475, reactions: 662, comments: 63, shares: 75, clicks: 240,
    });
    expect(c.rows).toBe(6);
    expect(c.kept).toBe(5);
    expect(c.rejected.map((r) => ({ code: r.code, value: r.value }))).toEqual([{ code: 'impressions-below-reach', value: '6020 < 6350' }]);
    expect(c.missingCells.map((m) => m.column)).toEqual(['Views']);
    expect(c.account).toBe('Brûlerie Sauvanne');
    expect(c.span).toEqual({ start: '2026-03-02', end: '2026-03-27' });
    expect(c.posts!.map((p) => [p.id, p.type])).toEqual([
      ['1187203356712041', 'Photos'], ['1187203356712042', 'Reels'], ['1187203356712043', 'Links'], ['1187203356712044', 'Photos'],
      ['1187203356712046', 'Text'],
    ]);
    expect(c.unknownColumns).toEqual([]);
    expect(c.notes).toEqual([]);
  });

  test('English UI: line numbers before the first caption holding a CRLF', async () => {
    const c = await readAs(FACEBOOK_CONTENT, await openFixture(FB_EN));
    expect(c.posts![0]!.line).toBe(2);
    expect(c.posts![1]!.line).toBe(5);
  });

  // A CRLF inside a quoted caption is one line break, as every editor counts it: rows after it keep their true line.
  test('English UI: line numbers after captions holding CRLFs', async () => {
    const c = await readAs(FACEBOOK_CONTENT, await openFixture(FB_EN));
    expect(c.posts!.map((p) => p.line)).toEqual([2, 5, 8, 10, 12]);
    expect(c.rejected.map((r) => r.line)).toEqual([11]);
    expect(c.missingCells).toEqual([{ line: 10, column: 'Views' }]);
  });

  // English UI, « Reactions, comments and shares » (April 2026), another month's column set: no Photo Click, four
  // monetisation columns. One line per row, lines 2–6.
  //   line 4: Publish time 04/31/2026, a day that does not exist → rejected
  //   kept: lines 2, 3, 5, 6
  //   Views 3340 + 8870 + 2210 + 15420 = 29840
  //   Reach 2890, 7010, 1980, 11875 → sorted 1980, 2890, 7010, 11875 → median (2890 + 7010) / 2 = 4950
  //   Reactions 118 + 240 + 26 + 512 = 896; Comments 9 + 19 + 2 + 63 = 93; Shares 7 + 33 + 4 + 91 = 135
  //   Link Clicks 30 + 21 + 65 + 47 = 163
  test('English UI, « Reactions, comments and shares » and other columns: the hand-computed totals', async () => {
    const c = await readAs(FACEBOOK_CONTENT, await openFixture(FB_EN_LOWER));
    expect(aggregate(c.posts!).metrics).toEqual({
      posts: 4, impressions: 29840, medianPostReach: 4950, reactions: 896, comments: 93, shares: 135, clicks: 163,
    });
    expect(summary(c)).toEqual({
      rows: 5, kept: 4, rejected: [{ line: 4, code: 'bad-date', column: 'Publish time', value: '04/31/2026 08:30' }], missingCells: [],
      account: 'Brûlerie Sauvanne', span: { start: '2026-04-02', end: '2026-04-29' }, notes: [], unknownColumns: [],
    });
    expect(c.posts!.map((p) => p.line)).toEqual([2, 3, 5, 6]);
    expect(c.ignoredColumns).toEqual(expect.arrayContaining([
      { column: 'Reactions, comments and shares', why: 'ignored.sum-of-columns' },
      { column: 'Approximate content monetization earnings', why: 'ignored.earnings' },
      { column: 'Ad impressions', why: 'ignored.ads' },
    ]));
  });

  // Swedish UI (February 2026): Swedish headers, `Livstid`, post types in two languages (Foton, Videor, Photos,
  // Länkar, Text), a breakdown column at the end, rows of 27, 35, 29, 27 and 25 cells (Meta leaves out trailing
  // empty cells). Rows start on lines 2, 3 (title and description of three lines each: lines 3–7), 8, 9, 10.
  //   line 10 stops before Länkklick → link clicks missing for that post
  //   Visningar 2650 + 9930 + 3105 + 1875 + 940 = 18500
  //   Räckvidd 2240, 8120, 2690, 1610, 905 → sorted 905, 1610, 2240, 2690, 8120 → median 2240
  //   Reaktioner 88 + 301 + 97 + 19 + 12 = 517; Kommentarer 7 + 26 + 12 + 1 + 0 = 46; Delningar 5 + 44 + 3 + 2 + 0 = 54
  //   Länkklick 4 + 23 + 1 + 128 = 156 (4 posts of 5)
  test('Swedish UI, ragged rows, mixed-language post types: the hand-computed totals and line numbers', async () => {
    const t = await openFixture(FB_SV);
    expect(t.head.slice(1).map((r) => r.cells.length)).toEqual([27, 35, 29, 27, 25]);
    const c = await readAs(FACEBOOK_CONTENT, t);
    expect(aggregate(c.posts!).metrics).toEqual({
      posts: 5, impressions: 18500, medianPostReach: 2240, reactions: 517, comments: 46, shares: 54, clicks: 156,
    });
    expect(summary(c)).toEqual({
      rows: 5, kept: 5, rejected: [], missingCells: [{ line: 10, column: 'Länkklick' }],
      account: 'Brûlerie Sauvanne', span: { start: '2026-02-03', end: '2026-02-26' }, notes: [], unknownColumns: [],
    });
    expect(c.posts!.map((p) => [p.line, p.type])).toEqual([[2, 'Foton'], [3, 'Videor'], [8, 'Photos'], [9, 'Länkar'], [10, 'Text']]);
    expect(c.ignoredColumns).toEqual(expect.arrayContaining([
      { column: 'Reaktioner, kommentarer och delningar', why: 'ignored.sum-of-columns' },
      { column: 'Totalt antal klick', why: 'ignored.total-clicks' },
      { column: '3-sekunders videovisningar efter främsta målgrupp (M, 25-34)', why: 'ignored.breakdown' },
    ]));
  });

  test('each known column is either read or ignored with a reason, in the English and Swedish UIs alike', async () => {
    for (const path of [FB_EN, FB_EN_LOWER, FB_SV]) {
      const t = await openFixture(path);
      const c = await readAs(FACEBOOK_CONTENT, t);
      expect(c.unknownColumns).toEqual([]);
      const read = 9;
      expect(c.ignoredColumns.length + read).toBe(t.head[0]!.cells.length);
    }
  });

  test('clicks are the link clicks, not Total clicks nor Other Clicks (docs/METHODOLOGY.md §10)', async () => {
    const c = await readAs(FACEBOOK_CONTENT, await openFixture(FB_EN));
    const why = Object.fromEntries(c.ignoredColumns.map((i) => [i.column, i.why]));
    expect(why['Total clicks']).toBe('ignored.total-clicks');
    expect(why['Other Clicks']).toBe('ignored.other-clicks');
    expect(why['Matched Audience Targeting Consumption (Photo Click)']).toBe('ignored.photo-clicks');
    expect(c.posts!.map((p) => p.clicks)).toEqual([15, 14, 205, 6, 0]);
  });

  test('a period keeps the posts published in it', async () => {
    const c = await readAs(FACEBOOK_CONTENT, await openFixture(FB_EN), '2026-12-03', { start: '2026-03-01', end: '2026-03-12' });
    expect(c.kept).toBe(3);
    expect(c.outsidePeriod).toBe(2);
  });
});

describe('meta-instagram-content', () => {
  // Instagram, English UI (March 2026). Rows start on lines 2 (two lines), 4 (`"Lifetime"` quoted), 5 (the
  // formula caption with a CRLF: two lines), 7 and 8.
  //   line 7: Comments blank → missing for that post; line 8: Views 7410 < Reach 7820 → rejected
  //   Views 2480 + 18750 + 5320 + 1990 = 28540
  //   Reach 1930, 12420, 3875, 1655 → sorted 1655, 1930, 3875, 12420 → median (1930 + 3875) / 2 = 2902.5, stored 2903
  //   Likes 143 + 611 + 260 + 98 = 1112; Shares 6 + 88 + 12 + 2 = 108; Comments 11 + 37 + 24 = 72 (3 posts of 4)
  //   Saves 19 + 120 + 71 + 8 = 218; Follows (2 + 14 + 3 + 0) not taken
  test('English UI: the hand-computed totals', async () => {
    const c = await readAs(INSTAGRAM_CONTENT, await openFixture(IG_EN));
    expect(c.format).toBe(INSTAGRAM_CONTENT);
    expect(aggregate(c.posts!).metrics).toEqual({
      posts: 4, impressions: 28540, medianPostReach: 2903, reactions: 1112, shares: 108, comments: 72, saves: 218, postsWith: { comments: 3 },
    });
    expect(c.rows).toBe(5);
    expect(c.kept).toBe(4);
    expect(c.rejected.map((r) => ({ code: r.code, value: r.value }))).toEqual([{ code: 'impressions-below-reach', value: '7410 < 7820' }]);
    expect(c.missingCells.map((m) => m.column)).toEqual(['Comments']);
    expect(c.account).toBe('brulerie.sauvanne');
    expect(c.posts!.map((p) => p.type)).toEqual(['IG image', 'IG reel', 'IG carousel', 'IG image']);
    expect(c.posts!.slice(0, 3).map((p) => p.line)).toEqual([2, 4, 5]);
    expect(c.ignoredColumns).toEqual(expect.arrayContaining([{ column: 'Follows', why: 'ignored.follows' }]));
    expect(c.unknownColumns).toEqual([]);
  });

  test('English UI: line numbers after a caption holding a CRLF', async () => {
    const c = await readAs(INSTAGRAM_CONTENT, await openFixture(IG_EN));
    expect(c.missingCells).toEqual([{ line: 7, column: 'Comments' }]);
    expect(c.rejected.map((r) => r.line)).toEqual([8]);
  });

  // Swedish UI, the multi-account quirk (February 2026): the 18 Swedish columns and three English account columns
  // appended. Lines 2 and 6 leave the Swedish account columns empty and fill the English ones (21 cells); lines 3
  // (a caption of three lines: 3–5) and 7 stop at 18 cells, the Swedish account columns filled.
  //   Visningar 2115 + 14260 + 4410 + 1760 = 22545
  //   Räckvidd 1702, 9980, 3320, 1398 → sorted 1398, 1702, 3320, 9980 → median (1702 + 3320) / 2 = 2511
  //   Gilla-markeringar 121 + 488 + 233 + 87 = 929; Delningar 4 + 71 + 10 + 1 = 86; Kommentarer 9 + 30 + 19 + 6 = 64
  //   Sparade objekt 14 + 96 + 58 + 7 = 175
  test('Swedish UI with the English account columns appended: both row shapes read, one account', async () => {
    const t = await openFixture(IG_MULTI);
    expect(t.head.map((r) => r.cells.length)).toEqual([21, 21, 18, 21, 18]);
    const c = await readAs(INSTAGRAM_CONTENT, t);
    expect(aggregate(c.posts!).metrics).toEqual({
      posts: 4, impressions: 22545, medianPostReach: 2511, reactions: 929, shares: 86, comments: 64, saves: 175,
    });
    expect(summary(c)).toEqual({
      rows: 4, kept: 4, rejected: [], missingCells: [], account: 'brulerie.sauvanne',
      span: { start: '2026-02-02', end: '2026-02-23' }, notes: [], unknownColumns: [],
    });
    expect(c.posts!.map((p) => [p.line, p.type])).toEqual([[2, 'IG-bild'], [3, 'IG-reel'], [6, 'IG-carousel'], [7, 'IG-bild']]);
    expect(c.ignoredColumns.filter((i) => i.why === 'ignored.account-name').map((i) => i.column))
      .toEqual(['Kontots användarnamn', 'Kontonamn', 'Account username', 'Account name']);
  });

  test('posts of several accounts in one export: no account is guessed, and a warning says which', async () => {
    const header = [...bytes(IG_MULTI).toString('utf8').replace(/^\ufeff/, '').split('\n')[0]!.split(',')].map((h) => h.replace(/"/g, ''));
    const row = (user: string, english: boolean) => {
      const cells = ['1', '2', english ? '' : user, '', '', '0', '02/02/2026 08:30', '', 'IG-bild', '', 'Livstid', '10', '5', '1', '0', '0', '0', '0'];
      return english ? [...cells, '2', user, ''] : cells;
    };
    const t = table([header, row('brulerie.sauvanne', true), row('sauvanne.pro', false), row('brulerie.sauvanne', false)]);
    const c = await readAs(INSTAGRAM_CONTENT, t);
    expect(c.account).toBeUndefined();
    expect(c.notes).toEqual([{ key: 'note.several-accounts', args: { count: 2, accounts: 'brulerie.sauvanne, sauvanne.pro' }, level: 'warning' }]);
    expect(c.kept).toBe(3);
    const many = await readAs(INSTAGRAM_CONTENT, table([header, ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((u) => row(u, false))]));
    expect(many.notes).toEqual([{ key: 'note.several-accounts', args: { count: 7, accounts: 'a, b, c, d, e, …' }, level: 'warning' }]);
  });
});

describe('what the Content exports hold besides figures', () => {
  test('a row whose Date is not « Lifetime » is read, with a warning that its figures may not be lifetime totals', async () => {
    const header = ['Post ID', 'Account ID', 'Publish time', 'Date', 'Views', 'Reach'];
    const t = table([header, ['1', '2', '03/01/2026 10:00', 'Lifetime', '10', '5'], ['3', '2', '03/02/2026 10:00', '03/02/2026', '8', '4']]);
    const c = await readAs(INSTAGRAM_CONTENT, t);
    expect(c.kept).toBe(2);
    expect(c.notes).toEqual([{ key: 'note.not-lifetime', args: { count: 1 }, level: 'warning' }]);
  });

  test('captions (formulas, line breaks) are never taken into what an import reports', async () => {
    for (const [format, path] of [[FACEBOOK_CONTENT, FB_EN], [INSTAGRAM_CONTENT, IG_EN]] as [ExportFormat, string][]) {
      expect(bytes(path).toString('utf8')).toContain('=HYPERLINK(""http://evil"",""x"")');
      const { table: _t, format: _f, ...rest } = await readAs(format, await openFixture(path));
      const reported = JSON.stringify(rest);
      for (const hostile of ['HYPERLINK', 'evil', '@SUM', 'jasmin']) expect(reported).not.toContain(hostile);
    }
  });
});

describe('meta-page-metric', () => {
  const text = ['sep=,', '"Facebook follows"', '"Date","Primary"', ...[12, 9, 15, 7, 11, 20, 14].map((n, i) => `"2026-03-0${i + 1}T00:00:00","${n}"`)].join('\n') + '\n';

  test('the fixture is UTF-16 LE with a byte-order mark, as Meta writes these downloads (generate.mjs beside it)', () => {
    expect(bytes(PAGE).equals(Buffer.from('\ufeff' + text, 'utf16le'))).toBe(true);
  });

  test('is recognised with its header under the `sep=,` and title lines, and not read: the reason says what to download instead', async () => {
    const t = await openFixture(PAGE);
    expect(signatureRow(PAGE_METRIC, t)).toBe(2);
    expect(PAGE_METRIC.read).toBeUndefined();
    expect(PAGE_METRIC.skipped).toBe('skipped.page-metric');
    expect(META_MESSAGES.en['skipped.page-metric']).toContain('Content export');
  });

  test('is recognised too when a reader took the `sep=,` line as the directive it is', () => {
    expect(signatureRow(PAGE_METRIC, table([['Facebook follows'], ['Date', 'Primary'], ['2026-03-01T00:00:00', '12']]))).toBe(1);
  });
});

describe('the words of every Meta format', () => {
  test('each title, reason and note a format uses exists in English and French', async () => {
    const keys = new Set<string>();
    for (const f of META_FORMATS) {
      keys.add(f.title);
      if (f.skipped) keys.add(f.skipped);
    }
    for (const path of [FB_EN, FB_EN_LOWER, FB_SV]) (await readAs(FACEBOOK_CONTENT, await openFixture(path))).ignoredColumns.forEach((i) => keys.add(i.why));
    for (const path of [IG_EN, IG_MULTI]) (await readAs(INSTAGRAM_CONTENT, await openFixture(path))).ignoredColumns.forEach((i) => keys.add(i.why));
    keys.add('note.not-lifetime').add('note.several-accounts');
    const en = META_MESSAGES.en as Record<string, unknown>;
    const fr = META_MESSAGES.fr as Record<string, unknown>;
    expect([...keys].filter((k) => en[k] === undefined || fr[k] === undefined)).toEqual([]);
  });
});
