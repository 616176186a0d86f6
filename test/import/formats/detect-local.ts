/**
 * A stand-in for src/import/detect.ts (helper A's, not on this branch yet): which format's signature a table's
 * header matches, the one with the most required headers winning and a matching file name breaking ties. To be
 * replaced by detectFormat once it is merged: the assertions stay.
 */
import { EXPORT_FORMATS } from '../../../src/import/formats/index.js';
import type { ExportTable } from '../../../src/import/model.js';

export function detectLocal(table: ExportTable): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const f of EXPORT_FORMATS) {
    const { headers, names, headerRows } = f.signature;
    if (!headers) continue;
    for (const r of headerRows ?? [0]) {
      const cells = (table.head[r]?.cells ?? []).map((c) => c.replace(/^\ufeff/, '').trim().toLowerCase());
      if (!headers.every((spellings) => spellings.some((s) => cells.includes(s.toLowerCase())))) continue;
      const score = headers.length * 2 + (names?.some((n) => n.test(table.name)) ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [f.id, score];
    }
  }
  return best;
}
