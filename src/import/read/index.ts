/**
 * Opening an export: a CSV (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252), a workbook (.xlsx, .xls), a
 * ZIP of those, or a JSON document, as ExportTables. CSV rows are streamed (./csv.ts): memory stays bounded whatever
 * the file's length. Workbooks and JSON documents are read whole, within READ_LIMITS.exportDocument.
 *
 * Nothing here throws for a bad file: what cannot be read is a Diagnostic in `problems` (a file refused whole, or
 * one entry of a ZIP). A table that breaks after its first rows throws ExportReadError from `rows()`.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { findExcessiveNesting, MAX_DEPTH, parseJson } from '../../load/source.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { decode, OPEN_FLAGS, READ_LIMITS } from '../../io/read-text.js';
import type { ExportTable } from '../model.js';
import { csvTable, type TableOrigin } from './csv.js';
import { binaryKind } from './decode.js';
import { ExportReadError, mb, problem } from './problem.js';
import { readWorkbook } from './workbook.js';
import { zipTables } from './zip.js';

export { ExportReadError } from './problem.js';

export interface OpenedExport {
  tables: ExportTable[];
  /** Why the file (or one of its entries) could not be read: binary, too big, corrupt, an encoding it cannot be. */
  problems: Diagnostic[];
}

export async function openExport(file: string): Promise<OpenedExport> {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'EISDIR') return refused(problem(file, 'load.is-directory'));
    return refused(problem(file, code === 'ENOENT' || code === 'ENOTDIR' ? 'load.not-found' : 'load.unreadable', { detail: code ?? String(err) }));
  }
  let handedOver = false;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return refused(problem(file, 'load.is-directory'));
    if (!st.isFile()) return refused(problem(file, 'load.not-a-file'));
    const limit = READ_LIMITS.export.maxBytes;
    if (st.size > limit) return refused(problem(file, 'load.too-large', { size: mb(st.size), limit: mb(limit), kind: 'export' }));
    if (st.size === 0) return refused(problem(file, 'export.empty'));
    const modified = st.mtime;
    const name = basename(file);
    const origin: TableOrigin = { source: file, file, name, modified };
    if (/\.zip$/i.test(name)) {
      handedOver = true;
      return await zipTables(fd, file, modified, { whole });
    }
    if (/\.(xlsx|xls|json)$/i.test(name)) {
      const bytes = readWhole(fd, st.size, file);
      if (!Buffer.isBuffer(bytes)) return refused(bytes);
      const made = whole(origin, bytes);
      return 'problem' in made ? refused(made.problem) : { tables: made, problems: [] };
    }
    handedOver = true;
    const stream = createReadStream('', { fd, highWaterMark: 64 * 1024 });
    const opened = await csvTable(origin, capped(stream, limit, file), () => stream.destroy());
    return 'problem' in opened ? refused(opened.problem) : { tables: [opened.table], problems: [] };
  } catch (err) {
    return refused(problem(file, 'load.unreadable', { detail: errnoCode(err) ?? String(err) }));
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

/** A workbook or a JSON document, read whole (a file, or a ZIP entry). */
function whole(origin: TableOrigin, bytes: Buffer): ExportTable[] | { problem: Diagnostic } {
  const limit = READ_LIMITS.exportDocument.maxBytes;
  if (bytes.length > limit) return { problem: problem(origin.source, 'load.too-large', { size: mb(bytes.length), limit: mb(limit), kind: 'export' }) };
  if (/\.json$/i.test(origin.name)) return jsonTable(origin, bytes);
  // A workbook is a ZIP (.xlsx) or an OLE2 compound file (.xls); anything else renamed so is refused here.
  const kind = binaryKind(bytes);
  if (kind !== 'zip' && kind !== 'ole2') return { problem: problem(origin.source, 'export.not-a-workbook', { what: kind ?? 'text' }) };
  try {
    const read = readWorkbook(origin.source, origin.file, origin.name, bytes, origin.modified);
    return read.problems[0] ? { problem: read.problems[0] } : read.tables;
  } catch (err) {
    return { problem: problem(origin.source, 'export.workbook-unreadable', { detail: err instanceof Error ? err.message : String(err) }) };
  }
}

/** Google Takeout's reviews.json: parsed whole, refused when it nests deeper than any export does. */
function jsonTable(origin: TableOrigin, bytes: Buffer): ExportTable[] | { problem: Diagnostic } {
  const text = decode(origin.source, bytes);
  if (!text.ok) return { problem: text.diagnostic.code === 'load.binary' ? problem(origin.source, 'export.binary', { what: binaryKind(bytes) ?? 'binary', offset: Number(text.diagnostic.args.offset) }, text.diagnostic.location.line, text.diagnostic.location.col) : text.diagnostic };
  if (text.text.trim() === '') return { problem: problem(origin.source, 'export.empty') };
  const deep = findExcessiveNesting(text.text);
  if (deep !== undefined) {
    const before = text.text.slice(0, deep);
    const line = before.split('\n').length;
    return { problem: problem(origin.source, 'export.too-deep', { max: MAX_DEPTH }, line, deep - before.lastIndexOf('\n')) };
  }
  const parsed = parseJson(origin.source, text.text);
  if (!parsed.ok) return { problem: parsed.diagnostic };
  return [{ ...origin, head: [], rows: async function* () {}, json: parsed.data, notes: [] }];
}

/** The whole file, up to its size at open (and the limit): a file that grew since is read as it was. */
function readWhole(fd: number, size: number, file: string): Buffer | Diagnostic {
  const limit = READ_LIMITS.exportDocument.maxBytes;
  if (size > limit) return problem(file, 'load.too-large', { size: mb(size), limit: mb(limit), kind: 'export' });
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, bytes, length, size - length, null);
    if (n === 0) break;
    length += n;
  }
  return bytes.subarray(0, length);
}

/** A file that grows while it is streamed stops at the limit, as readText does. */
async function* capped(stream: Readable, limit: number, file: string): AsyncGenerator<Buffer> {
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) throw new ExportReadError(problem(file, 'load.too-large', { size: `> ${mb(limit)}`, limit: mb(limit), kind: 'export' }));
    yield chunk;
  }
}

function refused(d: Diagnostic): OpenedExport {
  return { tables: [], problems: [d] };
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}
