/**
 * Which known export a table is: a stand-in with the signature of ./detect.ts (issue 24, reader helper), used by the
 * CLI until that module is merged, then removed. Matches each format's header cells (any accepted spelling, trimmed,
 * without case) on the rows its signature allows; a file name that matches adds confidence, never decides alone.
 */
import { EXPORT_FORMATS } from './formats/index.js';
import type { ExportFormat, ExportTable } from './model.js';

export type Detection =
  | { format: ExportFormat; header: { row: number; cells: string[] } }
  | { unknown: true; closest?: { format: ExportFormat; missing: string[] } };

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
  let found: { format: ExportFormat; row: number; score: number } | undefined;
  let closest: { format: ExportFormat; missing: string[]; share: number } | undefined;
  for (const format of formats) {
    if (format.signature.json) {
      const doc = table.json;
      if (doc && typeof doc === 'object' && format.signature.json.every((k) => k in (doc as object))) {
        const score = format.signature.json.length + 1;
        if (!found || score > found.score) found = { format, row: 0, score };
      }
      continue;
    }
    const m = match(table, format);
    if (!m) continue;
    const required = format.signature.headers!.length;
    const named = format.signature.names?.some((re) => re.test(table.name)) ? 1 : 0;
    if (m.missing.length === 0) {
      const score = required * 2 + named;
      if (!found || score > found.score) found = { format, row: m.row, score };
    } else {
      const share = (required - m.missing.length) / required + named / 10;
      if (!closest || share > closest.share) closest = { format, missing: m.missing, share };
    }
  }
  if (found) return { format: found.format, header: { row: found.row, cells: table.head[found.row]?.cells ?? [] } };
  return closest && closest.share > 0 ? { unknown: true, closest: { format: closest.format, missing: closest.missing } } : { unknown: true };
}

/** The header of `table` read as `format` (`--from`): where it is, or what it lacks. */
export function headerFor(table: ExportTable, format: ExportFormat): { row: number; cells: string[] } | { missing: string[] } {
  if (format.signature.json) return { row: 0, cells: [] };
  const m = match(table, format);
  if (!m) return { row: 0, cells: table.head[0]?.cells ?? [] };
  return m.missing.length === 0 ? { row: m.row, cells: table.head[m.row]?.cells ?? [] } : { missing: m.missing };
}
