/**
 * Opening an export: a CSV (UTF-8 with or without BOM, UTF-16, Windows-1252), a workbook (.xlsx, .xls), a ZIP of
 * those, or a JSON document, as ExportTables whose rows are streamed.
 *
 * PROVISIONAL (issue 24 contract): reads a CSV or a JSON file whole. To be replaced by the streaming readers, same
 * signature.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../../model/diagnostic.js';
import { HEAD_ROWS, type ExportRow, type ExportTable } from '../model.js';
import { workbookTables } from './workbook.js';

export interface OpenedExport {
  tables: ExportTable[];
  /** Why the file (or one of its entries) could not be read: binary, too big, corrupt, an encoding it cannot be. */
  problems: Diagnostic[];
}

export async function openExport(file: string): Promise<OpenedExport> {
  const bytes = readFileSync(file);
  if (/\.xlsx?$/i.test(file)) return { tables: workbookTables(file, file, basename(file), bytes, statSync(file).mtime), problems: [] };
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8').replace(/^\ufeff/, '');
  const name = basename(file);
  const modified = statSync(file).mtime;
  if (/\.json$/i.test(name)) {
    return { tables: [{ source: file, file, name, modified, head: [], rows: async function* () {}, json: JSON.parse(text), notes: [] }], problems: [] };
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [';', '\t', ','].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, info: true, skip_empty_lines: false }) as unknown as { record: string[]; info: { lines: number } }[];
  let line = 1;
  const rows: ExportRow[] = records.map((r) => { const row = { line, cells: r.record }; line = r.info.lines + 1; return row; });
  return { tables: [{ source: file, file, name, modified, head: rows.slice(0, HEAD_ROWS), rows: async function* () { yield* rows; }, notes: [] }], problems: [] };
}
