import { describe, expect, test } from '@jest/globals';
import { detectFormat, headerFor, type Detection } from '../../src/import/detect.js';
import { EXPORT_FORMATS } from '../../src/import/formats/index.js';
import type { ExportFormat, ExportTable } from '../../src/import/model.js';

const fmt = (id: string, signature: ExportFormat['signature']): ExportFormat => ({
  id, title: 'title', signature, provides: [], messages: { en: { title: id }, fr: { title: id } },
});

function table(rows: string[][], extra: Partial<ExportTable> = {}): ExportTable {
  const head = rows.map((cells, i) => ({ line: i + 1, cells }));
  return { source: 'x.csv', file: 'x.csv', name: 'x.csv', head, rows: async function* () { yield* head; }, notes: [], ...extra };
}

const id = (d: Detection) => ('format' in d ? d.format.id : 'ambiguous' in d ? `ambiguous:${d.ambiguous.map((m) => m.format.id).join('+')}` : `unknown:${d.unknown.closest?.id ?? '-'}`);

const CONTENT = fmt('li-content', { sheets: ['All posts'], headerRows: [0, 1], headers: [['Post title'], ['Impressions'], ['Created date']] });
const METRICS = fmt('li-metrics', { sheets: ['Metrics'], headerRows: [0, 1], headers: [['Date'], ['Impressions (total)']] });
const META = fmt('meta-fb', { names: [/^[A-Z][a-z]{2}-\d\d-\d{4}_/], headers: [['Post ID', 'Publicerings-id'], ['Reach', 'Räckvidd'], ['Publish time', 'Publiceringstid']] });
const META_IG = fmt('meta-ig', { names: [/ig/i], headers: [['Post ID'], ['Reach'], ['Publish time'], ['Account username']] });
const REVIEWS = fmt('gbp-reviews', { names: [/^reviews.*\.json$/i], json: ['reviews'] });
const GENERIC = fmt('generic', {});
const FORMATS = [CONTENT, METRICS, META, META_IG, REVIEWS, GENERIC];

describe('detectFormat', () => {
  test('headers are matched trimmed, without case or byte-order mark, in any accepted spelling', () => {
    const d = detectFormat(table([['\ufeffpost id ', 'RÄCKVIDD', 'publiceringstid']]), FORMATS);
    expect(id(d)).toBe('meta-fb');
    expect('format' in d && d.header).toEqual({ row: 0, cells: ['\ufeffpost id ', 'RÄCKVIDD', 'publiceringstid'] });
  });

  test('the header is found on any of the rows the signature allows (a note row above it)', () => {
    const d = detectFormat(table([['Aggregated post metrics, organic and sponsored'], ['Post title', 'Created date', 'Impressions']], { sheet: 'All posts' }), FORMATS);
    expect(id(d)).toBe('li-content');
    expect('format' in d && d.header.row).toBe(1);
  });

  test('a workbook sheet is matched only by formats read from that sheet; a CSV by any', () => {
    const rows = [['Post title', 'Created date', 'Impressions']];
    expect(id(detectFormat(table(rows, { sheet: 'Metrics' }), FORMATS))).toBe('unknown:-');
    expect(id(detectFormat(table(rows, { sheet: 'all POSTS' }), FORMATS))).toBe('li-content');
    expect(id(detectFormat(table(rows), FORMATS))).toBe('li-content');
  });

  test('the more specific format wins: more header groups, whatever the registry order', () => {
    const rows = [['Post ID', 'Reach', 'Publish time', 'Account username']];
    expect(id(detectFormat(table(rows), [META, META_IG]))).toBe('meta-ig');
    expect(id(detectFormat(table(rows), [META_IG, META]))).toBe('meta-ig');
  });

  test('on equal headers a file-name match decides; an exact tie is ambiguous, listing both', () => {
    const twin = fmt('twin', { headers: [['Post ID'], ['Reach'], ['Publish time']] });
    const rows = [['Post ID', 'Reach', 'Publish time']];
    expect(id(detectFormat(table(rows, { name: 'Feb-01-2026_Feb-28-2026_1931058604954295.csv' }), [twin, META]))).toBe('meta-fb');
    expect(id(detectFormat(table(rows), [twin, META]))).toBe('ambiguous:twin+meta-fb');
    expect(id(detectFormat(table(rows), [META, twin]))).toBe('ambiguous:meta-fb+twin');
  });

  test('an unknown layout names the closest format and the headers it lacked', () => {
    const d = detectFormat(table([['Post title', 'Clicks']], { sheet: 'All posts' }), FORMATS);
    expect(d).toEqual({ unknown: { closest: CONTENT, missing: ['Impressions', 'Created date'] } });
    expect(detectFormat(table([['a', 'b']]), FORMATS)).toEqual({ unknown: { missing: [] } });
  });

  test('a JSON document matches by its top-level keys; a table never matches a JSON format, nor the reverse', () => {
    expect(id(detectFormat(table([], { name: 'reviews.json', json: { reviews: [] } }), FORMATS))).toBe('gbp-reviews');
    expect(detectFormat(table([], { name: 'x.json', json: { other: 1 } }), FORMATS)).toEqual({ unknown: { closest: REVIEWS, missing: ['reviews'] } });
    expect(id(detectFormat(table([['reviews']]), FORMATS))).toBe('unknown:-');
  });

  test('a format with no signature (the generic mapping) is never detected, only forced', () => {
    expect(id(detectFormat(table([['anything']]), [GENERIC]))).toBe('unknown:-');
    expect(headerFor(table([['anything']]), GENERIC)).toEqual({ header: { row: 0, cells: ['anything'] } });
  });
});

describe('headerFor (a format forced with --format)', () => {
  test('the header row, or the expected headers that are missing', () => {
    expect(headerFor(table([['note'], ['Post title', 'Created date', 'Impressions']]), CONTENT)).toEqual({ header: { row: 1, cells: ['Post title', 'Created date', 'Impressions'] } });
    expect(headerFor(table([['Post title']]), CONTENT)).toEqual({ missing: ['Impressions', 'Created date'] });
    expect(headerFor(table([['Post ID']]), REVIEWS)).toEqual({ missing: ['reviews'] });
  });

  test('a forced format is read from whatever sheet the user gave', () => {
    expect(headerFor(table([['Post title', 'Created date', 'Impressions']], { sheet: 'Sheet1' }), CONTENT)).toHaveProperty('header.row', 0);
  });
});

describe('the registry of export formats (invariants every format module must keep)', () => {
  test('ids are unique and every format has a title in English and French', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of EXPORT_FORMATS) {
      expect([f.id, typeof f.messages.en[f.title]]).toEqual([f.id, expect.stringMatching(/string|function/)]);
      expect([f.id, typeof f.messages.fr[f.title]]).toEqual([f.id, expect.stringMatching(/string|function/)]);
    }
  });

  test('every header group has a spelling, and header rows are within the rows kept for detection', () => {
    for (const f of EXPORT_FORMATS) {
      for (const g of f.signature.headers ?? []) expect([f.id, g.length > 0]).toEqual([f.id, true]);
      for (const r of f.signature.headerRows ?? []) expect([f.id, r >= 0 && r < 12]).toEqual([f.id, true]);
    }
  });

  test("each format's own minimal header (or JSON keys), under a neutral name, detects as that format and no other", () => {
    for (const f of EXPORT_FORMATS) {
      const sig = f.signature;
      if (!sig.headers?.length && !sig.json?.length) continue;
      const t = sig.json?.length
        ? table([], { name: 'export.json', json: Object.fromEntries(sig.json.map((k) => [k, []])) })
        : table([...Array.from({ length: sig.headerRows?.[0] ?? 0 }, () => ['']), sig.headers!.map((g) => g[0]!)], { name: 'export.csv', ...(sig.sheets ? { sheet: sig.sheets[0] } : {}) });
      expect([f.id, id(detectFormat(t))]).toEqual([f.id, f.id]);
    }
  });
});
