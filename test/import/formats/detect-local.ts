/**
 * The formats detection finds for a table, as a list (one when recognised, several when ambiguous, none when
 * unknown), so that the format tests can say how many matched.
 */
import type { ExportFormat, ExportTable } from '../../../src/import/model.js';
import { detectFormat } from '../../../src/import/detect.js';
import { EXPORT_FORMATS } from '../../../src/import/formats/index.js';
import { openExport } from '../../../src/import/read/index.js';

export interface Match { format: ExportFormat; header: { row: number; cells: string[] } }

export function detectLocal(table: ExportTable, formats: readonly ExportFormat[] = EXPORT_FORMATS): Match[] {
  const d = detectFormat(table, formats);
  if ('format' in d) return [d];
  if ('ambiguous' in d) return d.ambiguous;
  return [];
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
