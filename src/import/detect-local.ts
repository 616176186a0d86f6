/**
 * Which known export a table is: a stand-in with the signature of ./detect.ts (issue 24, reader helper), used by the
 * CLI until that module is merged, then removed. Matches each format's header cells (any accepted spelling, trimmed,
 * without case) on the rows its signature allows; a file name that matches adds confidence, never decides alone.
 */
import { EXPORT_FORMATS } from './formats/index.js';
import type { ExportFormat, ExportTable } from './model.js';

export interface HeaderRow { row: number; cells: string[] }

/** As ./detect.ts gives it. */
export type Detection =
  | { format: ExportFormat; header: HeaderRow }
  | { ambiguous: { format: ExportFormat; header: HeaderRow }[] }
  | { unknown: { closest?: ExportFormat; missing: string[] } };

function cellsAt(table: ExportTable, row: number): string[] | undefined {
  return table.head[row]?.cells.map((c) => c.replace(/^\ufeff/, '').trim().toLowerCase());
}

/** The header row of `table` for `format`, and which required headers it lacks there (the best row's). */
function match(table: ExportTable, format: ExportFormat): { row: number; missing: string[] } | undefined {
  const required = format.signature.headers;
  if (!required) return undefined;
  let best: { row: number; missing: string[] } | undefined;
  for (const row of format.signature.headerRows ?? [0]) {
    const cells = cellsAt(table, row);
    if (!cells) continue;
    const missing = required.filter((names) => !names.some((n) => cells.includes(n.toLowerCase()))).map((names) => names[0]!);
    if (!best || missing.length < best.missing.length) best = { row, missing };
  }
  return best;
}

export function detectFormat(table: ExportTable, formats: readonly ExportFormat[] = EXPORT_FORMATS): Detection {
  const full: { format: ExportFormat; row: number; score: number }[] = [];
  let closest: { format: ExportFormat; missing: string[]; share: number } | undefined;
  for (const format of formats) {
    const named = format.signature.names?.some((re) => re.test(table.name)) ? 1 : 0;
    if (format.signature.json) {
      const doc = table.json;
      if (doc && typeof doc === 'object' && format.signature.json.every((k) => k in (doc as object))) full.push({ format, row: 0, score: format.signature.json.length * 2 + named });
      continue;
    }
    const m = match(table, format);
    if (!m) continue;
    const required = format.signature.headers!.length;
    if (m.missing.length === 0) full.push({ format, row: m.row, score: required * 2 + named });
    else {
      const share = (required - m.missing.length) / required + named / 10;
      if (!closest || share > closest.share) closest = { format, missing: m.missing, share };
    }
  }
  const best = Math.max(...full.map((f) => f.score));
  const top = full.filter((f) => f.score === best).map((f) => ({ format: f.format, header: { row: f.row, cells: table.head[f.row]?.cells ?? [] } }));
  if (top.length > 1) return { ambiguous: top };
  if (top.length === 1) return top[0]!;
  return { unknown: closest && closest.share > 0 ? { closest: closest.format, missing: closest.missing } : { missing: [] } };
}

/** The header of `table` read as `format` (`--from`): where it is, or what it lacks. */
export function headerFor(table: ExportTable, format: ExportFormat): { header: HeaderRow } | { missing: string[] } {
  if (format.signature.json) return { header: { row: 0, cells: [] } };
  const m = match(table, format);
  if (!m) return { header: { row: 0, cells: table.head[0]?.cells ?? [] } };
  return m.missing.length === 0 ? { header: { row: m.row, cells: table.head[m.row]?.cells ?? [] } } : { missing: m.missing };
}
