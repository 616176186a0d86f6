/**
 * Workbooks (.xlsx, .xls): each sheet as an ExportTable, cells as the text the platform wrote. To be filled:
 * issue 24 (LinkedIn exports). Called by ./index.ts for .xlsx and .xls files and ZIP entries.
 */
import type { ExportTable } from '../model.js';

export function workbookTables(source: string, file: string, name: string, bytes: Uint8Array, modified?: Date): ExportTable[] {
  throw new Error(`${source}: workbooks are not read yet (${file}, ${name}, ${bytes.length} bytes, ${String(modified)})`);
}
