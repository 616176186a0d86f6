import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEAD_ROWS, type ExportRow, type ExportTable } from '../../../src/import/model.js';
import { ExportReadError, openExport } from '../../../src/import/read/index.js';
import { sniffDelimiter } from '../../../src/import/read/csv.js';
import { makeZip } from '../../support/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'smscore-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function all(t: ExportTable): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const r of t.rows()) rows.push(r);
  return rows;
}

async function one(path: string): Promise<ExportTable> {
  const opened = await openExport(path);
  expect(opened.problems).toEqual([]);
  expect(opened.tables).toHaveLength(1);
  return opened.tables[0]!;
}

// Meta's layout: a byte-order mark, quoting only where needed, captions over several lines (LF, and a CRLF inside
// one), a row without its trailing empty cells, a quote inside an unquoted cell.
const META = '\ufeff"Post ID","Page name",Description,Reach,"Publish time",Date\n'
  + '111,"Maison Lumière","Line one\nline two\n\nline four",5812,"02/06/2026 06:08",Lifetime\n'
  + '112,"Maison Lumière",Short,40,"02/07/2026 09:00"\n'
  + '113,"Maison Lumière","crlf\r\ninside",7,"02/08/2026 10:00",Lifetime\n'
  + '114,Maison 12" screen,x,9,"02/09/2026 11:00",Lifetime\n';

describe('openExport: CSV', () => {
  test('rows keep their true line (multi-line captions counted), ragged rows pass untouched, BOM dropped', async () => {
    const t = await one(file('Feb-01-2026_Feb-28-2026_1931058604954295.csv', META));
    expect(t.name).toBe('Feb-01-2026_Feb-28-2026_1931058604954295.csv');
    expect(t.source).toBe(t.file);
    expect(t.modified?.getTime()).toEqual(expect.any(Number));
    expect(t.notes).toEqual([]);
    const rows = await all(t);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 6, 7, 9]);
    expect(rows[0]!.cells[0]).toBe('Post ID');
    expect(rows[1]!.cells[2]).toBe('Line one\nline two\n\nline four');
    expect(rows[2]!.cells).toEqual(['112', 'Maison Lumière', 'Short', '40', '02/07/2026 09:00']);
    expect(rows[3]!.cells[2]).toBe('crlf\r\ninside');
    expect(rows[4]!.cells[1]).toBe('Maison 12" screen');
  });

  test('head holds the first rows; rows() re-yields them, then streams the rest, once', async () => {
    const lines = ['a,b', ...Array.from({ length: 30 }, (_, i) => `${i},"x\ny"`)];
    const t = await one(file('many.csv', lines.join('\n') + '\n'));
    expect(t.head).toHaveLength(HEAD_ROWS);
    expect(t.head[2]).toEqual({ line: 4, cells: ['1', 'x\ny'] });
    const rows = await all(t);
    expect(rows).toHaveLength(31);
    expect(rows.slice(0, HEAD_ROWS)).toEqual(t.head);
    expect(rows.at(-1)).toEqual({ line: 60, cells: ['29', 'x\ny'] });
    await expect(all(t)).rejects.toThrow(/once/);
  });

  test("a `sep=` first line (Excel's, in Meta page exports) sets the delimiter and stays a row, so lines stay true", async () => {
    const t = await one(file('page.csv', 'sep=;\nDate;Page likes\n2026-02-01;1,5\n'));
    expect((await all(t)).map((r) => [r.line, r.cells])).toEqual([[1, ['sep=', '']], [2, ['Date', 'Page likes']], [3, ['2026-02-01', '1,5']]]);
  });

  test('the delimiter is the one the first line uses most outside quotes: comma, semicolon or tab', async () => {
    expect(sniffDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(sniffDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
    const t = await one(file('tab.csv', 'a\tb\n1\t2\n'));
    expect((await all(t))[1]!.cells).toEqual(['1', '2']);
  });

  test('UTF-16 LE and BE with their byte-order mark (Meta page-level exports) read as UTF-8 does', async () => {
    const text = 'sep=,\n"Page","Réactions"\nMaison,3\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const t = await one(file('utf16.csv', bytes));
      expect((await all(t)).map((r) => r.cells)).toEqual([['sep=', ''], ['Page', 'Réactions'], ['Maison', '3']]);
    }
  });

  test('a character cut between two chunks of the stream is decoded whole', async () => {
    const pad = 'x'.repeat(65535 - 'a,b\n'.length);
    const t = await one(file('cut.csv', `a,b\n${pad}é,1\n`));
    const rows = await all(t);
    expect(rows[1]!.cells[0]!.endsWith('xé')).toBe(true);
  }, 30_000);

  test('a file that is not UTF-8 but reads as Windows-1252 (Excel on Windows) is decoded so, with a note', async () => {
    // “ ” and € are 0x93, 0x94 and 0x80 in Windows-1252, unlike Latin-1.
    const t = await one(file('excel.csv', Buffer.concat([Buffer.from('Titre;Port\xe9e\n', 'latin1'), Buffer.from([0x93]), Buffer.from('Caf\xe9', 'latin1'), Buffer.from([0x94]), Buffer.from(' \xe0 5 ', 'latin1'), Buffer.from([0x80]), Buffer.from(';12\n')])));
    expect(t.notes).toEqual([{ key: 'read.windows-1252', level: 'warning' }]);
    expect((await all(t))[1]!.cells).toEqual(['“Café” à 5 €', '12']);
  });

  test('pure ASCII for the first chunks, then Windows-1252: switched without loss, with the note', async () => {
    const ascii = Array.from({ length: 10_000 }, (_, i) => `${i},plain`).join('\n');
    const t = await one(file('late.csv', Buffer.concat([Buffer.from(`id,text\n${ascii}\n`), Buffer.from('5000,Caf\xe9\n', 'latin1')])));
    const rows = await all(t);
    expect(rows.at(-1)!.cells).toEqual(['5000', 'Café']);
    expect(t.notes).toEqual([{ key: 'read.windows-1252', level: 'warning' }]);
  }, 30_000);

  test('invalid UTF-8 after UTF-8 text ends the stream with a located ExportReadError', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},Lumière`).join('\n');
    const t = await one(file('broken.csv', Buffer.concat([Buffer.from(`id,text\n${rows}\n`), Buffer.from([0x35, 0x2c, 0xff, 0x0a])])));
    const err = await all(t).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ExportReadError);
    expect((err as ExportReadError).diagnostic).toMatchObject({ code: 'export.invalid-encoding', location: { file: t.file, line: 5002 } });
  }, 30_000);

  test('an unclosed quote is a located problem, not a stack trace', async () => {
    const opened = await openExport(file('unclosed.csv', 'a,b\n1,"never closed\n2,3\n'));
    expect(opened.problems).toMatchObject([{ code: 'export.unclosed-quote', location: { line: 2 } }]);
  });
});

describe('openExport: ZIP', () => {
  test('every CSV, workbook or JSON entry at any depth is a table; macOS forks, hidden and other files are skipped', async () => {
    const zip = makeZip([
      { name: 'Overview.csv', data: '\ufeff"Date","Video Views"\n"February 28","12"', method: 0 },
      { name: 'Followers/FollowerHistory.csv', data: '"Date","Followers"\n"March 1","100"\n' },
      { name: 'Followers/', data: '' },
      { name: '__MACOSX/._Overview.csv', data: 'x' },
      { name: '.DS_Store', data: 'x' },
      { name: 'Followers/.hidden.csv', data: 'a\n1\n' },
      { name: 'readme.txt', data: 'hello' },
      { name: 'reviews.json', data: '{"reviews":[]}' },
    ]);
    const opened = await openExport(file('Overview_2026-02-01_1772000000_maison.zip', zip));
    expect(opened.problems).toEqual([]);
    const zipPath = join(dir, 'Overview_2026-02-01_1772000000_maison.zip');
    expect(opened.tables.map((t) => [t.name, t.entry, t.container, t.source, t.file])).toEqual([
      ['Overview.csv', 'Overview.csv', 'Overview_2026-02-01_1772000000_maison.zip', `${zipPath} › Overview.csv`, zipPath],
      ['FollowerHistory.csv', 'Followers/FollowerHistory.csv', 'Overview_2026-02-01_1772000000_maison.zip', `${zipPath} › Followers/FollowerHistory.csv`, zipPath],
      ['reviews.json', 'reviews.json', 'Overview_2026-02-01_1772000000_maison.zip', `${zipPath} › reviews.json`, zipPath],
    ]);
    expect((await all(opened.tables[0]!)).map((r) => r.cells)).toEqual([['Date', 'Video Views'], ['February 28', '12']]);
    expect((await all(opened.tables[1]!)).map((r) => r.line)).toEqual([1, 2]);
    expect(opened.tables[2]!.json).toEqual({ reviews: [] });
  });

  test('a ZIP with no export inside says so', async () => {
    const opened = await openExport(file('empty.zip', makeZip([{ name: 'notes.txt', data: 'x' }])));
    expect(opened.problems.map((p) => p.code)).toEqual(['export.zip-no-table']);
  });
});

describe('openExport: JSON and workbooks', () => {
  test('a JSON document (Google Takeout reviews, with a BOM) is parsed into `json`, with no rows', async () => {
    const t = await one(file('reviews.json', '\ufeff{"reviews":[{"starRating":"FIVE"}]}'));
    expect(t.json).toEqual({ reviews: [{ starRating: 'FIVE' }] });
    expect(t.head).toEqual([]);
    expect(await all(t)).toEqual([]);
  });

  test('a JSON syntax error is a problem at its line and column', async () => {
    const opened = await openExport(file('reviews-bad.json', '{\n  "reviews": [\n    {"a": 1,}\n  ]\n}\n'));
    expect(opened.problems).toMatchObject([{ code: 'load.invalid-json', location: { line: 3, col: 13 } }]);
  });

  test('a file named .xlsx that is text is refused as not a workbook', async () => {
    const opened = await openExport(file('fake.xlsx', 'Post title,Impressions\n'));
    expect(opened.problems).toMatchObject([{ code: 'export.not-a-workbook', args: { what: 'text' } }]);
  });
});

describe('openExport: files that cannot be opened reuse the load.* diagnostics', () => {
  test('missing file, directory', async () => {
    expect((await openExport(join(dir, 'nope.csv'))).problems).toMatchObject([{ code: 'load.not-found' }]);
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    expect((await openExport(sub)).problems).toMatchObject([{ code: 'load.is-directory' }]);
  });
});

describe('openExport: what a table holds open', () => {
  /** How many of this process's file descriptors are open on `path` (Linux: /proc/self/fd). */
  const openOn = (path: string) => readdirSync('/proc/self/fd').filter((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`) === path; } catch { return false; } }).length;
  const settle = () => new Promise((r) => setTimeout(r, 50));

  test('a CSV or ZIP whose rows are not read is released by close(); one read to its end releases itself', async () => {
    const csvPath = file('held.csv', 'a,b\n' + '1,2\n'.repeat(20_000));
    const zipPath = file('held.zip', makeZip([{ name: 'x.csv', data: 'a,b\n' + '1,2\n'.repeat(20_000) }, { name: 'y.csv', data: 'a\n1\n' }]));
    const csv = await openExport(csvPath);
    const zip = await openExport(zipPath);
    expect([openOn(csvPath), openOn(zipPath)]).toEqual([1, 1]);
    csv.tables[0]!.close!();
    for (const t of zip.tables) t.close!();
    await settle();
    expect([openOn(csvPath), openOn(zipPath)]).toEqual([0, 0]);
    const again = await openExport(csvPath);
    expect(await all(again.tables[0]!)).toHaveLength(20_001);
    await settle();
    expect(openOn(csvPath)).toBe(0);
  }, 30_000);
});
