import { describe, expect, test } from '@jest/globals';
import { aggregate, parseDate, parseNumber, readPosts } from '../../src/import/aggregate.js';
import { detectDelimiter, parseCsv } from '../../src/import/csv.js';
import { INSTAGRAM } from '../../src/import/formats.js';
import { parseMapping } from '../../src/import/mapping.js';

describe('parseCsv', () => {
  test('quotes, doubled quotes, separators and line breaks inside cells, CRLF, a byte-order mark', () => {
    const t = parseCsv('\ufeffa,b,c\r\n1,"x, ""y""",3\r\n4,"two\nlines",6\r\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([{ line: 2, cells: ['1', 'x, "y"', '3'] }, { line: 3, cells: ['4', 'two\nlines', '6'] }]);
  });

  test('rows with a wrong number of cells are reported, never shifted', () => {
    const t = parseCsv('a;b;c\n1;2;3\n4;5\n6;7;8;9\n10;11;12\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(t.malformed).toEqual([{ line: 3, expected: 3, found: 2 }, { line: 4, expected: 3, found: 4 }]);
  });

  test('the separator is the one the header uses most', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a,b;c,d')).toBe(',');
    expect(detectDelimiter('a\tb')).toBe('\t');
  });
});

describe('cells', () => {
  test('numbers with thousands separators or a decimal comma; text is not a number', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1 234')).toBe(1234);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('3.75')).toBe(3.75);
    expect(parseNumber('n/a')).toBeUndefined();
    expect(parseNumber('12abc')).toBeUndefined();
  });

  test('dates in three forms, and days that do not exist refused', () => {
    expect(parseDate('2026-03-05T10:00:00+0000')).toBe('2026-03-05');
    expect(parseDate('05/03/2026', 'DD/MM/YYYY')).toBe('2026-03-05');
    expect(parseDate('03/05/2026', 'MM/DD/YYYY')).toBe('2026-03-05');
    expect(parseDate('2026-02-30')).toBeUndefined();
  });
});

describe('an Instagram export (Graph API field names)', () => {
  const csv = [
    'id,timestamp,media_type,caption,like_count,comments_count,reach,saved,views,shares,permalink',
    '1,2026-01-05T09:00:00+0000,IMAGE,"Bonjour, Lyon",120,8,2100,14,2600,5,https://instagram.com/p/1',
    '2,2026-01-12T09:00:00+0000,VIDEO,Reel,300,25,5400,40,7100,22,https://instagram.com/p/2',
    '3,2026-02-02T09:00:00+0000,CAROUSEL_ALBUM,,90,,1800,9,1500,1,https://instagram.com/p/3',
    '4,2026-04-01T09:00:00+0000,IMAGE,Out of period,50,2,900,1,1000,0,https://instagram.com/p/4',
  ].join('\n');
  const reading = readPosts(parseCsv(csv), INSTAGRAM, { start: '2026-01-01', end: '2026-03-31' });
  const { metrics } = aggregate(reading.posts);

  test('maps the fields, keeps the period, flags the impossible row and the empty cell', () => {
    expect(reading.outsidePeriod).toBe(1);
    expect(reading.rejected).toEqual([expect.objectContaining({ line: 4, code: 'impressions-below-reach' })]);
    expect(reading.missingCells).toEqual([{ line: 4, column: 'comments_count' }]);
    expect(metrics).toEqual({ posts: 2, impressions: 9700, reactions: 420, comments: 33, shares: 27, saves: 54, medianPostReach: 3750 });
  });

  test('known columns that are not figures are listed as ignored, with the reason', () => {
    expect(reading.ignoredColumns.map((c) => c.column)).toEqual(['id', 'caption', 'permalink']);
    expect(reading.unknownColumns).toEqual([]);
  });
});

describe('the generic format and its mapping file', () => {
  test('a mapping names the column of each figure', () => {
    const { mapping, diagnostics } = parseMapping('m.yaml', 'columns:\n  date: Jour\n  reach: Portée\n  reactions: "J\'aime"\ndateFormat: DD/MM/YYYY\ndelimiter: ";"\n');
    expect(diagnostics).toEqual([]);
    const reading = readPosts(parseCsv('Jour;Portée;J\'aime;Autre\n05/01/2026;1000;40;x\n06/01/2026;3000;60;y\n', mapping!.delimiter), mapping!.format);
    expect(reading.unknownColumns).toEqual(['Autre']);
    expect(aggregate(reading.posts).metrics).toEqual({ posts: 2, reactions: 100, medianPostReach: 2000 });
  });

  test('mistakes in a mapping are located, with suggestions', () => {
    const { mapping, diagnostics } = parseMapping('m.yaml', 'columns:\n  rech: Reach\n  date: 12\ndateformat: iso\n');
    expect(mapping).toBeUndefined();
    expect(diagnostics.map((d) => `${d.location.line}:${d.location.col} ${d.code} ${d.args.suggestion ?? ''}`.trim())).toEqual([
      '4:1 schema.unknown-key dateFormat', '2:3 schema.unknown-key reach', '3:3 mapping.column-name',
    ]);
  });

  test('a cell that is not a number rejects its row, located', () => {
    const { mapping } = parseMapping('m.yaml', 'columns: { reach: Reach }\n');
    const reading = readPosts(parseCsv('Reach\n100\nabc\n300\n'), mapping!.format);
    expect(reading.rejected).toEqual([{ line: 3, code: 'not-a-number', column: 'Reach', value: 'abc' }]);
    expect(reading.posts).toHaveLength(2);
  });
});
