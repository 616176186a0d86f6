/**
 * A small RFC 4180 CSV reader for platform exports: `;` or `,` (detected from the header), quoted cells with
 * doubled quotes and line breaks, CRLF or LF, a UTF-8 byte-order mark. Every row keeps its line number, and a row
 * whose cell count differs from the header's is reported instead of being silently shifted.
 */

export interface CsvRow {
  /** 1-based line of the row's first character. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ',' | ';' | '\t';
  header: string[];
  rows: CsvRow[];
  /** Rows whose cell count does not match the header. */
  malformed: { line: number; expected: number; found: number }[];
}

export function detectDelimiter(firstLine: string): CsvTable['delimiter'] {
  const count = (d: string) => firstLine.split(d).length - 1;
  const candidates: CsvTable['delimiter'][] = [';', ',', '\t'];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

export function parseCsv(text: string, delimiter?: CsvTable['delimiter']): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLineEnd = src.search(/\r?\n/);
  const sep = delimiter ?? detectDelimiter(firstLineEnd === -1 ? src : src.slice(0, firstLineEnd));
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') { quoted = true; continue; }
    if (c === sep) { cells.push(cell); cell = ''; continue; }
    if (c === '\r' && src[i + 1] === '\n') continue;
    if (c === '\n') {
      cells.push(cell);
      records.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
      continue;
    }
    cell += c;
  }
  if (cell !== '' || cells.length > 0) { cells.push(cell); records.push({ line: rowLine, cells }); }
  const nonEmpty = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  const [head, ...rows] = nonEmpty;
  const header = (head?.cells ?? []).map((h) => h.trim());
  const malformed = rows.filter((r) => r.cells.length !== header.length).map((r) => ({ line: r.line, expected: header.length, found: r.cells.length }));
  return { delimiter: sep, header, rows: rows.filter((r) => r.cells.length === header.length), malformed };
}
