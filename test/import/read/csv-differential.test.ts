/**
 * The CSV readers against csv-parse and against the data the CSV was written from (issue 24, item 5): generated
 * tables of awkward cells (quotes, doubled quotes, both delimiters, CR, LF and CRLF inside cells, accents), written
 * with LF or CRLF, with or without a byte-order mark, `,` or `;`. The whole-text reader (src/import/csv.ts parseCsv)
 * and the streamed one (src/import/read/csv.ts, fed in chunks cut anywhere, inside a character too) must both give
 * back every cell and the line each row starts on.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseCsv } from '../../../src/import/csv.js';
import type { ExportRow } from '../../../src/import/model.js';
import { csvTable } from '../../../src/import/read/csv.js';

const cell = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '€', ' ', ',', ';', '"', '\n', '\r', '\r\n', '\t', '1'), maxLength: 12 });

const csvCase = fc.record({
  width: fc.integer({ min: 2, max: 5 }),
  height: fc.integer({ min: 1, max: 12 }),
  delimiter: fc.constantFrom(',', ';'),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  seed: fc.array(cell, { minLength: 60, maxLength: 60 }),
}).map(({ width, height, seed, ...rest }) => {
  // A header of plain names (a header cell is trimmed by the reader), a long row (so that the awkward rows come after
  // the first 4 KB the streamed reader reads at once to tell the encoding), then rows of awkward cells.
  const header = Array.from({ length: width }, (_, i) => `col ${i}`);
  const long = Array.from({ length: width }, () => 'é'.repeat(1100));
  const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => seed[(r * width + c) % seed.length]!));
  return { table: [header, long, ...rows], ...rest };
});

const quote = (v: string) => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function write(c: { table: string[][]; delimiter: string; eol: string; bom: boolean; finalEol: boolean }): { text: string; lines: number[] } {
  const lines: number[] = [];
  let line = 1;
  const records = c.table.map((row) => {
    lines.push(line);
    line += 1 + row.join('').split('\n').length - 1;
    return row.map(quote).join(c.delimiter);
  });
  return { text: (c.bom ? '\ufeff' : '') + records.join(c.eol) + (c.finalEol ? c.eol : ''), lines };
}

async function* chunks(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((k) => k % (bytes.length + 1)))].sort((a, b) => a - b)) {
    if (cut > from) yield bytes.subarray(from, cut);
    from = Math.max(from, cut);
  }
  if (from < bytes.length) yield bytes.subarray(from);
}

describe('CSV readers, differential', () => {
  test('csv-parse reads back the generated cells (the reference is right about these files)', () => {
    fc.assert(fc.property(csvCase, (c) => {
      const { text } = write(c);
      expect(parse(text, { bom: true, delimiter: c.delimiter, record_delimiter: ['\r\n', '\n'] })).toEqual(c.table);
    }));
  });

  test('parseCsv gives what csv-parse gives, with the line each row starts on', () => {
    fc.assert(fc.property(csvCase, (c) => {
      const { text, lines } = write(c);
      const t = parseCsv(text, c.delimiter as ',' | ';');
      const ref = parse(text, { bom: true, delimiter: c.delimiter, record_delimiter: ['\r\n', '\n'] }) as string[][];
      expect(t.header).toEqual(ref[0]!.map((h) => h.trim()));
      expect(t.malformed).toEqual([]);
      expect(t.rows).toEqual(ref.slice(1).map((cells, i) => ({ line: lines[i + 1], cells })));
    }));
  });

  test('the streamed reader gives the same rows, however the bytes are cut into chunks', async () => {
    await fc.assert(fc.asyncProperty(csvCase, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), async (c, cuts) => {
      const { text, lines } = write(c);
      const bytes = Buffer.from(text, 'utf8');
      const opened = await csvTable({ source: 'gen.csv', file: 'gen.csv', name: 'gen.csv' }, chunks(bytes, cuts));
      expect(opened).toHaveProperty('table');
      const rows: ExportRow[] = [];
      if ('table' in opened) for await (const r of opened.table.rows()) rows.push(r);
      expect(rows).toEqual(c.table.map((cells, i) => ({ line: lines[i], cells })));
    }), { numRuns: 60 });
  });
});

describe('parseCsv on a broken file', () => {
  test('a quote never closed: the rows before it stand, and the rest of the file is one malformed row, never a shifted one', () => {
    const t = parseCsv('a,b\n1,2\n3,"x\ny\n4,5\n');
    expect(t.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(t.malformed).toEqual([{ line: 3, expected: 2, found: 1 }]);
  });
});
