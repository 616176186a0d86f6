/**
 * Which format a table is recognised as, the way detectFormat decides between full matches (./detect-local.ts
 * lists them all): the most specific one (the most required headers), a matching file name breaking a tie. A
 * YouTube Totals.csv signature (Date and one of Studio's metric names) also fits Chart data.csv's header; Table
 * data.csv and Chart data.csv differ by a Duration column the chart can have too, and by their names.
 */
import type { ExportTable } from '../../../src/import/model.js';
import { detectLocal } from './detect-local.js';

export function recognisedAs(table: ExportTable): string | undefined {
  const score = (m: ReturnType<typeof detectLocal>[number]): number =>
    (m.format.signature.headers?.length ?? 0) * 2 + (m.format.signature.names?.some((n) => n.test(table.name)) ? 1 : 0);
  return detectLocal(table).sort((a, b) => score(b) - score(a))[0]?.format.id;
}
