import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { readWorkbook, workbookTables, WORKBOOK_LIMITS, WorkbookRefused } from '../../../src/import/read/workbook.js';
import { diagnosticMessage, diagnosticHint } from '../../../src/validate/messages.js';
import type { ExportRow, ExportTable } from '../../../src/import/model.js';

const XLSX = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');

/** A workbook as a platform would write it: a note row, a header, numbers, a date cell, a formula with its cached value. */
function book(bookType: 'xlsx' | 'biff8'): Buffer {
  const ws: Record<string, unknown> = {
    A1: { t: 's', v: 'A note above the header' },
    A2: { t: 's', v: 'Title' }, B2: { t: 's', v: 'Created' }, C2: { t: 's', v: 'Impressions' }, D2: { t: 's', v: 'Rate' }, E2: { t: 's', v: 'Sum' },
    A3: { t: 's', v: '=HYPERLINK("http://evil","x")' }, B3: { t: 'n', v: 46113, z: 'm/d/yy' }, C3: { t: 'n', v: 1777 }, D3: { t: 'n', v: 0.0464 }, E3: { t: 'n', v: 42, f: 'C3*1000' },
    // Row 4 is blank; row 5 has only its first cell.
    A5: { t: 's', v: 'Only a title' },
    A6: { t: 's', v: 'Big' }, C6: { t: 'n', v: 123456789012 }, D6: { t: 'n', v: 1e-7 }, E6: { t: 'b', v: true },
    '!ref': 'A1:E6',
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'All posts');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Date', 'Total'], ['01/02/2026', 3]]), 'Metrics');
  return XLSX.write(wb, { bookType, type: 'buffer' }) as Buffer;
}

async function all(table: ExportTable): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of table.rows()) out.push(row);
  return out;
}

function refusedCode(run: () => unknown): string {
  try { run(); } catch (e) { if (e instanceof WorkbookRefused) return e.diagnostic.code; throw e; }
  throw new Error('not refused');
}

describe('workbookTables', () => {
  for (const bookType of ['xlsx', 'biff8'] as const) {
    it(`reads every sheet of an ${bookType === 'biff8' ? '.xls (BIFF8)' : '.xlsx'}, cells as the platform wrote them, rows by their sheet number`, async () => {
      const tables = workbookTables('page.x', 'dir/page.x', 'page.x', book(bookType), new Date('2026-04-01T00:00:00Z'));
      expect(tables.map((t) => [t.source, t.sheet])).toEqual([['page.x › All posts', 'All posts'], ['page.x › Metrics', 'Metrics']]);
      const rows = await all(tables[0]!);
      expect(rows).toEqual([
        { line: 1, cells: ['A note above the header', '', '', '', ''] },
        { line: 2, cells: ['Title', 'Created', 'Impressions', 'Rate', 'Sum'] },
        // The formula gives its cached 42, never C3*1000 computed; the caption that looks like a formula stays text.
        { line: 3, cells: ['=HYPERLINK("http://evil","x")', '2026-04-01', '1777', '0.0464', '42'] },
        { line: 4, cells: ['', '', '', '', ''] },
        { line: 5, cells: ['Only a title', '', '', '', ''] },
        { line: 6, cells: ['Big', '', '123456789012', '0.0000001', 'TRUE'] },
      ]);
      expect(tables[0]!.head).toEqual(rows);
      expect(tables[0]!.modified?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
      expect((await all(tables[1]!)).map((r) => r.cells)).toEqual([['Date', 'Total'], ['01/02/2026', '3']]);
    });
  }

  it('streams rows once', async () => {
    const [table] = workbookTables('b.xlsx', 'b.xlsx', 'b.xlsx', book('xlsx'));
    await all(table!);
    await expect(all(table!)).rejects.toThrow('once');
  });

  it('refuses a text file or a web page saved as .xls, rather than reading it as CSV', () => {
    expect(refusedCode(() => workbookTables('t.xls', 't.xls', 't.xls', Buffer.from('<html><table><tr><td>1</td></tr></table></html>')))).toBe('import.workbook-not-a-workbook');
    expect(refusedCode(() => workbookTables('t.xls', 't.xls', 't.xls', Buffer.from('Date,Impressions\n2026-01-01,3\n')))).toBe('import.workbook-not-a-workbook');
  });

  it('refuses a truncated or damaged workbook', () => {
    const good = book('xlsx');
    expect(refusedCode(() => workbookTables('t.xlsx', 't.xlsx', 't.xlsx', good.subarray(0, good.length >> 1)))).toBe('import.workbook-corrupt');
    const xls = book('biff8');
    const damaged = Buffer.from(xls);
    damaged.fill(0xff, 512, xls.length);
    expect(refusedCode(() => workbookTables('t.xls', 't.xls', 't.xls', damaged))).toBe('import.workbook-corrupt');
  });

  it('refuses a password-protected workbook (an encrypted package)', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(64, 7));
    const bytes = XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
    expect(refusedCode(() => workbookTables('p.xlsx', 'p.xlsx', 'p.xlsx', bytes))).toBe('import.workbook-encrypted');
  });

  it('refuses a workbook over the size limits before SheetJS holds it, and says the limit', () => {
    const big = Buffer.alloc(WORKBOOK_LIMITS.bytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const { tables, problems } = readWorkbook('big.xlsx', 'big.xlsx', 'big.xlsx', big);
    expect(tables).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', code: 'import.workbook-too-large', args: { size: 9, limit: 8 }, location: { file: 'big.xlsx', line: 1, col: 1 } })]);
    expect(diagnosticMessage('en', 'import.workbook-too-large', problems[0]!.args)).toBe('the workbook is 9 MB; smscore reads workbooks up to 8 MB');
    expect(diagnosticMessage('fr', 'import.workbook-too-large', problems[0]!.args)).toBe('le classeur pèse 9\u00a0Mo\u202f; smscore lit les classeurs jusqu’à 8\u00a0Mo');
    expect(diagnosticHint('fr', 'import.workbook-too-large', {})).toContain('CSV');
  });

  it('refuses an .xlsx whose parts would unpack past the limit (a ZIP bomb), from its ZIP directory alone', () => {
    const bytes = Buffer.from(book('xlsx'));
    // Every central-directory entry announces 0xF0000000 bytes once unpacked.
    for (let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i !== -1; i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) bytes.writeUInt32LE(0xf0000000, i + 24);
    expect(refusedCode(() => workbookTables('z.xlsx', 'z.xlsx', 'z.xlsx', bytes))).toBe('import.workbook-too-large-unzipped');
  });

  it('refuses too many rows, cells or sheets, naming the sheet and the limit', () => {
    const limits = { ...WORKBOOK_LIMITS, rows: 5 };
    for (const bookType of ['xlsx', 'biff8'] as const) {
      const { problems } = readWorkbook('r', 'r', 'r', book(bookType), undefined, limits);
      expect(problems.map((p) => [p.code, p.args])).toEqual([['import.workbook-too-many-rows', { sheet: 'All posts', limit: 5 }]]);
    }
    expect(diagnosticMessage('fr', 'import.workbook-too-many-rows', { sheet: 'All posts', limit: 50000 })).toBe('la feuille «\u00a0All posts\u00a0» dépasse 50\u202f000\u00a0lignes\u202f; smscore lit les feuilles d’au plus 50\u202f000\u00a0lignes');
    expect(refusedCode(() => workbookTables('c.xlsx', 'c.xlsx', 'c.xlsx', book('xlsx'), undefined, { ...WORKBOOK_LIMITS, cells: 31 }))).toBe('import.workbook-too-many-cells');
    expect(refusedCode(() => workbookTables('s.xls', 's.xls', 's.xls', book('biff8'), undefined, { ...WORKBOOK_LIMITS, sheets: 1 }))).toBe('import.workbook-too-many-sheets');
  });
});
