/**
 * Workbooks (.xlsx, .xls): each sheet as an ExportTable, cells as the text the platform wrote. Read with SheetJS
 * (@e965/xlsx), which loads a whole file: sizes are checked before it runs (the file, and for .xlsx the ZIP's
 * announced uncompressed sizes), then its sheets' rows and cells, so that a hostile workbook is refused with its
 * limit instead of filling the memory. Formulas are never evaluated nor returned: a cell gives its cached value only
 * (a caption typed as `=HYPERLINK(…)` is text, and stays text).
 *
 *   numbers     plain digits, full precision (0.0464 stays 0.0464; no thousands separators)
 *   dates       cells that hold a date serial under a date format: YYYY-MM-DD
 *   text        as is
 *   booleans    TRUE / FALSE;  errors: #N/A, #DIV/0!… (no figure, so a numeric column rejects the row)
 */
import { createRequire } from 'node:module';
import type { Diagnostic } from '../../model/diagnostic.js';
import { HEAD_ROWS, type ExportRow, type ExportTable } from '../model.js';
import { validDate } from '../dates.js';

type SheetJs = typeof import('@e965/xlsx');
type Cell = { t: string; v?: unknown; z?: unknown; w?: string };

// Loaded on first use (1 MB of code that most runs never need), and kept out of the start-up bundle like `yaml`.
const require = createRequire(import.meta.url);
let lib: SheetJs | undefined;
const sheetJs = (): SheetJs => (lib ??= require('@e965/xlsx') as SheetJs);

/**
 * Past these, a workbook is refused (it is not a platform's analytics export, or not one smscore can hold in
 * memory). SheetJS holds a whole workbook, about 25 times an .xls's size and 6 times an .xlsx's unpacked XML
 * (measured: a 15 MB sheet XML of 20,000 rows × 20 columns peaks at 181 MB; an 18 MB .xls at 447 MB), so these
 * keep a read near 200 MB. A year of a page's posts is a few hundred rows; larger data belongs in a CSV, which is
 * streamed.
 */
export interface WorkbookLimits { bytes: number; unzippedBytes: number; sheets: number; rows: number; cells: number }
export const WORKBOOK_LIMITS: Readonly<WorkbookLimits> = {
  /** The file on disk. */
  bytes: 8 * 1024 * 1024,
  /** An .xlsx's parts once unzipped, as its ZIP directory announces them (a ZIP bomb stops here). */
  unzippedBytes: 20 * 1024 * 1024,
  sheets: 64,
  /** Rows of one sheet. */
  rows: 50_000,
  /** Cells of the whole workbook (rows × columns of each sheet's used range). */
  cells: 1_000_000,
};

const MB = 1024 * 1024;

/** Why a workbook is refused, as a Diagnostic (code `import.workbook-…`, worded in ./workbook-messages.ts). */
export class WorkbookRefused extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.location.file}: ${diagnostic.code}`);
  }
}

function refusal(file: string, code: string, args: Record<string, string | number> = {}): WorkbookRefused {
  return new WorkbookRefused({ severity: 'error', code: `import.workbook-${code}`, args, location: { file, line: 1, col: 1 }, pointer: '' });
}

/**
 * Every sheet of a workbook as an ExportTable ("file › sheet"). Throws WorkbookRefused (a Diagnostic) when the
 * workbook is not one, is corrupt, is password-protected or is over WORKBOOK_LIMITS; `readWorkbook` returns it instead.
 */
export function workbookTables(source: string, file: string, name: string, bytes: Uint8Array, modified?: Date, limits: Readonly<WorkbookLimits> = WORKBOOK_LIMITS): ExportTable[] {
  checkContainer(source, bytes, limits);
  const XLSX = sheetJs();
  let wb: ReturnType<SheetJs['read']>;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellText: false, cellNF: true, cellDates: false,
      cellStyles: false, bookVBA: false, bookDeps: false, bookFiles: false, sheetStubs: false,
      // One row past the limit: enough to know a sheet is over it without holding the rest.
      sheetRows: limits.rows + 1,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw /password|encrypt/i.test(message) ? refusal(source, 'encrypted') : refusal(source, 'corrupt');
  }
  const names = wb.SheetNames ?? [];
  if (names.length > limits.sheets) throw refusal(source, 'too-many-sheets', { count: names.length, limit: limits.sheets });
  const date1904 = Boolean((wb.Workbook as { WBProps?: { date1904?: boolean } } | undefined)?.WBProps?.date1904);
  let cells = 0;
  const sheets: { sheet: string; data: (Cell[] | undefined)[]; width: number; height: number }[] = [];
  for (const sheet of names) {
    const ws = wb.Sheets[sheet] as Record<string, unknown> | undefined;
    // Chart sheets and dialog sheets have no cells: not tables.
    const data = ws?.['!data'] as (Cell[] | undefined)[] | undefined;
    if (!ws || !data) continue;
    // The rows and columns that hold cells (a sheet's declared dimension can be wider than its cells); SheetJS
    // stopped one row past the limit, so a longer sheet shows as one row too many.
    const height = data.length;
    if (height > limits.rows) throw refusal(source, 'too-many-rows', { sheet, limit: limits.rows });
    let width = 0;
    for (const row of data) if (row && row.length > width) width = row.length;
    cells += height * width;
    if (cells > limits.cells) throw refusal(source, 'too-many-cells', { limit: limits.cells });
    sheets.push({ sheet, data, width, height });
  }
  return sheets.map(({ sheet, data, width, height }) => {
    const rowAt = (r: number): ExportRow => {
      const row = data[r];
      const out: string[] = new Array<string>(width).fill('');
      if (row) for (let c = 0; c < width; c++) { const cell = row[c]; if (cell) out[c] = cellText(XLSX, cell, date1904); }
      return { line: r + 1, cells: out };
    };
    const head: ExportRow[] = [];
    for (let r = 0; r < Math.min(HEAD_ROWS, height); r++) head.push(rowAt(r));
    let read = false;
    return {
      source: `${source} › ${sheet}`, file, name, sheet, ...(modified ? { modified } : {}), head, notes: [],
      // Each row's text is made as it is asked for: the sheet is held once, as SheetJS read it.
      rows: async function* () {
        if (read) throw new Error(`${source} › ${sheet}: rows() can be called once`);
        read = true;
        for (let r = 0; r < height; r++) yield rowAt(r);
      },
    } satisfies ExportTable;
  });
}

/** workbookTables, with a refusal returned as a problem instead of thrown (the shape of openExport's answer). */
export function readWorkbook(source: string, file: string, name: string, bytes: Uint8Array, modified?: Date, limits: Readonly<WorkbookLimits> = WORKBOOK_LIMITS): { tables: ExportTable[]; problems: Diagnostic[] } {
  try {
    return { tables: workbookTables(source, file, name, bytes, modified, limits), problems: [] };
  } catch (e) {
    if (e instanceof WorkbookRefused) return { tables: [], problems: [e.diagnostic] };
    throw e;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The file must be a workbook container (an .xlsx is a ZIP, an .xls an OLE compound file; an encrypted .xlsx is
 * an OLE file too) of a size SheetJS can read whole. SheetJS itself would read a text file as CSV and an HTML page
 * as a table: those are refused here, not guessed at.
 */
function checkContainer(source: string, bytes: Uint8Array, limits: Readonly<WorkbookLimits>): void {
  if (bytes.length > limits.bytes) throw refusal(source, 'too-large', { size: Math.ceil(bytes.length / MB), limit: limits.bytes / MB });
  if (startsWith(bytes, CFB)) return;
  if (!startsWith(bytes, ZIP)) throw refusal(source, 'not-a-workbook');
  const unzipped = announcedUnzippedSize(bytes, limits);
  if (unzipped === undefined) throw refusal(source, 'corrupt');
  if (unzipped > limits.unzippedBytes) throw refusal(source, 'too-large-unzipped', { size: Math.ceil(unzipped / MB), limit: limits.unzippedBytes / MB });
}

/**
 * The sum of the uncompressed sizes a ZIP's central directory announces; undefined when there is no readable
 * directory. ZIP64 entries (sizes of 0xFFFFFFFF) count as the limit itself: no export is that big.
 */
function announcedUnzippedSize(bytes: Uint8Array, limits: Readonly<WorkbookLimits>): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd === -1) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    total += size === 0xffffffff ? limits.unzippedBytes + 1 : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

/** A cell's cached value as the text the platform wrote (see the head of this file). */
function cellText(XLSX: SheetJs, cell: Cell, date1904: boolean): string {
  const v = cell.v;
  switch (cell.t) {
    case 'n': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return '';
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const d = XLSX.SSF.parse_date_code(v, { date1904 }) as { y: number; m: number; d: number } | undefined;
        const day = d ? validDate(d.y, d.m, d.d) : undefined;
        if (day) return day;
      }
      return numberText(v);
    }
    case 's': return typeof v === 'string' ? v : String(v ?? '');
    case 'b': return v ? 'TRUE' : 'FALSE';
    case 'e': return typeof v === 'number' ? (ERRORS[v] ?? '#ERROR') : '#ERROR';
    case 'd': return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : String(v ?? '');
    default: return '';
  }
}

/** Digits as JavaScript writes the double: 1777, 0.0464, 0.30000000000000004; never 1e-7 or 1e+21. */
function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Exponent forms are rare in exports; written out so that every reader sees plain digits.
  return Math.abs(n) >= 1 ? BigInt(Math.round(n)).toString() : n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}
