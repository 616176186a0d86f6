/**
 * A stand-in for src/import/detect.ts (helper A, issue 24) while it is written: the formats whose signature a
 * table meets (the sheet when both name one, every header group on one of its header rows, or the JSON keys).
 * To switch: replace `detectLocal(table, formats)` by detectFormat's answer.
 */
import type { ExportFormat, ExportTable } from '../../../src/import/model.js';
import { EXPORT_FORMATS } from '../../../src/import/formats/index.js';
import { openExport } from '../../../src/import/read/index.js';

export interface Match { format: ExportFormat; header: { row: number; cells: string[] } }

export function detectLocal(table: ExportTable, formats: readonly ExportFormat[] = EXPORT_FORMATS): Match[] {
  const out: Match[] = [];
  for (const format of formats) {
    const sig = format.signature;
    if (sig.json) {
      const doc = table.json;
      if (doc && typeof doc === 'object' && !Array.isArray(doc) && sig.json.every((k) => k in doc)) out.push({ format, header: { row: -1, cells: [] } });
      continue;
    }
    if (sig.sheets && table.sheet && !sig.sheets.some((s) => s.toLowerCase() === table.sheet!.toLowerCase())) continue;
    for (const row of sig.headerRows ?? [0]) {
      const cells = table.head[row]?.cells;
      if (!cells) continue;
      const lower = cells.map((c) => c.replace(/^\ufeff/, '').trim().toLowerCase());
      if ((sig.headers ?? []).every((names) => names.some((name) => lower.includes(name.toLowerCase())))) {
        out.push({ format, header: { row, cells } });
        break;
      }
    }
  }
  return out;
}

/** Opens a fixture and gives each table with the one format it was recognised as (throws unless exactly one). */
export async function openDetected(file: string): Promise<{ table: ExportTable; format: ExportFormat; header: { row: number; cells: string[] } }[]> {
  const { tables, problems } = await openExport(file);
  if (problems.length > 0) throw new Error(`${file}: ${problems.map((p) => p.code).join(', ')}`);
  return tables.map((table) => {
    const matches = detectLocal(table);
    if (matches.length !== 1) throw new Error(`${table.source}: ${matches.length} formats match (${matches.map((m) => m.format.id).join(', ')})`);
    return { table, ...matches[0]! };
  });
}
