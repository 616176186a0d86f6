/**
 * A CSV as an ExportTable, streamed: bytes → text (./decode.ts) → csv-parse → rows with their true line. The first
 * rows are read at once (detection needs them); the rest are parsed as `rows()` asks for them, so a 100,000-row
 * export is never held whole in memory.
 */
import { Readable, pipeline } from 'node:stream';
import { parse, CsvError, type Options } from 'csv-parse';
import type { Diagnostic } from '../../model/diagnostic.js';
import { HEAD_ROWS, type ExportRow, type ExportTable, type ImportNote } from '../model.js';
import { DecodeError, decodeStream, sniff } from './decode.js';
import { ExportReadError, MB, lineColOfByte, problem } from './problem.js';

/** A row longer than this is not an export's row (a caption is at most 63,206 characters, Facebook's limit, and Meta's
 * widest export has 213 columns): a file of one endless line is refused there. */
export const MAX_ROW_BYTES = 2 * MB;

/** Where a table comes from: everything of ExportTable but its rows. */
export type TableOrigin = Pick<ExportTable, 'source' | 'file' | 'entry' | 'name' | 'container' | 'modified'>;

export type Delimiter = ',' | ';' | '\t';

/**
 * The delimiter of a CSV from its first line: a `sep=;` line (Excel's, kept by Meta's page exports) says it;
 * otherwise whichever of `,` `;` tab appears most often outside quotes (`,` on a tie, or in a file of one column).
 */
export function sniffDelimiter(text: string): Delimiter {
  const sep = /^sep=([,;\t])[ \t]*\r?(?:\n|$)/i.exec(text);
  if (sep) return sep[1] as Delimiter;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

/** The Diagnostic for whatever stopped a table's stream. */
export function streamProblem(source: string, err: unknown, rowStart?: number, otherCode = 'load.unreadable'): Diagnostic {
  if (err instanceof ExportReadError) return err.diagnostic;
  if (err instanceof DecodeError) return problem(source, 'export.invalid-encoding', { offset: err.offset }, err.line);
  if (err instanceof CsvError) {
    // The row being read when it broke starts at `rowStart`: where the unclosed quote or the endless row begins.
    const line = rowStart ?? (Number((err as unknown as { lines?: number }).lines) || 1);
    if (err.code === 'CSV_MAX_RECORD_SIZE') return problem(source, 'export.row-too-long', { limit: MAX_ROW_BYTES / MB }, line);
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') return problem(source, 'export.unclosed-quote', {}, line);
    return problem(source, 'export.csv-syntax', { detail: err.message }, line);
  }
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  return problem(source, otherCode, { detail: code ?? (err instanceof Error ? err.message : String(err)) });
}

/**
 * Opens `bytes` (a file's or a ZIP entry's) as a CSV table: its first rows read, the rest streamed by `rows()`.
 * A problem instead when it is not text (binary, UTF-16 without its mark, an encoding that is neither UTF-8 nor
 * Windows-1252), is empty, or breaks before its first rows are read. `otherCode`: the code of any other error of
 * the byte stream (a ZIP entry's is a corrupt ZIP).
 */
export async function csvTable(origin: TableOrigin, bytes: AsyncIterable<Buffer>, stop: () => void = () => {}, otherCode = 'load.unreadable'): Promise<{ table: ExportTable } | { problem: Diagnostic }> {
  const source = origin.source;
  const input = bytes[Symbol.asyncIterator]();
  // Enough bytes to tell the encoding and the delimiter: a file stream's first chunk is 64 KB.
  const parts: Buffer[] = [];
  let length = 0;
  try {
    while (length < 4096) {
      const next = await input.next();
      if (next.done) break;
      parts.push(next.value);
      length += next.value.length;
    }
  } catch (err) {
    stop();
    return { problem: streamProblem(source, err, undefined, otherCode) };
  }
  const first = Buffer.concat(parts);
  if (first.length === 0) { stop(); return { problem: problem(source, 'export.empty') }; }
  const sniffed = sniff(first);
  if (!sniffed.ok) {
    stop();
    const at = lineColOfByte(first, Number(sniffed.args.offset ?? 0));
    return { problem: problem(source, sniffed.code, sniffed.args, at.line, at.col) };
  }
  const notes: ImportNote[] = [];
  if (sniffed.encoding === 'windows-1252') notes.push({ key: 'read.windows-1252', level: 'warning' });
  const text = decodeStream(first, input, sniffed, () => notes.push({ key: 'read.windows-1252', level: 'warning' }));
  const opening = await text.next().catch((err: unknown) => ({ error: err }));
  if ('error' in opening) { stop(); return { problem: streamProblem(source, opening.error, undefined, otherCode) }; }
  const firstText = opening.done ? '' : opening.value;
  const delimiter = sniffDelimiter(firstText);
  // Lines are counted here, not by csv-parse (whose count takes a CRLF inside a quoted caption for two lines): a
  // row starts on the line after the previous row's last, and only a quoted cell holds line feeds.
  let nextLine = 1;
  const options: Options<ExportRow, string[]> = {
    delimiter, record_delimiter: ['\r\n', '\n'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: MAX_ROW_BYTES,
    on_record: (cells: string[]): ExportRow => {
      const row = { line: nextLine, cells };
      nextLine++;
      for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) nextLine++;
      return row;
    },
  };
  // csv-parse types on_record as mapping to an object only with named columns; it maps any record at run time.
  const parser = parse(options as unknown as Options);
  // Errors (the parser's, the decoder's, the ZIP's) end the pipeline and come out of the records' iterator. One text
  // chunk is read ahead at most: memory stays a few chunks whatever the file's length.
  pipeline(Readable.from(chain(firstText, text), { objectMode: true, highWaterMark: 1 }), parser, () => {});
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<ExportRow>;
  const nextRow = async (): Promise<ExportRow | undefined> => {
    let next: IteratorResult<ExportRow>;
    try {
      next = await records.next();
    } catch (err) {
      // The row being parsed when it broke starts at `nextLine`: where an unclosed quote or an endless row begins.
      throw new ExportReadError(streamProblem(source, err, nextLine, otherCode));
    }
    return next.done ? undefined : next.value;
  };
  const head: ExportRow[] = [];
  try {
    while (head.length < HEAD_ROWS) {
      const row = await nextRow();
      if (!row) break;
      head.push(row);
    }
  } catch (err) {
    stop();
    return { problem: streamProblem(source, err, undefined, otherCode) };
  }
  if (head.length === 0 || (head.length === 1 && head[0]!.cells.every((c) => c.trim() === ''))) {
    stop();
    return { problem: problem(source, 'export.empty') };
  }
  let opened = false;
  const table: ExportTable = {
    ...origin,
    head,
    notes,
    close: stop,
    rows: async function* () {
      if (opened) throw new Error(`${source}: rows() can be called once`);
      opened = true;
      yield* head;
      try {
        for (let row = await nextRow(); row; row = await nextRow()) yield row;
      } catch (err) {
        throw new ExportReadError(streamProblem(source, err, undefined, otherCode));
      } finally {
        stop();
      }
    },
  };
  return { table };
}

async function* chain(first: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (first !== '') yield first;
  yield* rest;
}
