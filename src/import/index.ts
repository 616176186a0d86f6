/**
 * Plans an import: reads a platform export, aggregates the period's posts, and lists the edits to make to one
 * channel's metrics. Pure: the CLI shows the plan, applies the edits with the comment-keeping writer, validates
 * the result and writes it atomically.
 */
import type { BrandFile, Metrics } from '../model/brand.js';
import { aggregate, readPosts, type Aggregate, type ImportReading } from './aggregate.js';
import { parseCsv, type CsvTable } from './csv.js';
import type { ImportFormat } from './formats.js';

export { BUILT_IN_FORMATS, FACEBOOK, INSTAGRAM, type ImportFormat } from './formats.js';
export { parseMapping } from './mapping.js';
export { aggregate, readPosts, median } from './aggregate.js';
export { parseCsv } from './csv.js';

export interface ImportEdit {
  path: (string | number)[];
  value: unknown;
}

export interface ImportPlan {
  table: CsvTable;
  reading: ImportReading;
  aggregate: Aggregate;
  channelIndex: number;
  edits: ImportEdit[];
  /** Metric by metric: what the file holds now and what it will hold (`followers.start`, `impressions`…). */
  changes: { key: string; before: number | undefined; after: number }[];
}

export interface ImportInput {
  brand: BrandFile;
  exportText: string;
  format: ImportFormat;
  channelIndex: number;
  period?: { start: string; end: string };
  delimiter?: CsvTable['delimiter'];
}

export function planImport(input: ImportInput): ImportPlan {
  const table = parseCsv(input.exportText, input.delimiter);
  const reading = readPosts(table, input.format, input.period);
  const agg = aggregate(reading.posts);
  const current: Metrics = input.brand.channels?.[input.channelIndex]?.metrics ?? {};
  const edits: ImportEdit[] = [];
  const changes: ImportPlan['changes'] = [];
  const base = ['channels', input.channelIndex, 'metrics'];
  for (const [key, value] of Object.entries(agg.metrics) as [keyof Metrics, unknown][]) {
    if (typeof value === 'number') {
      const before = current[key] as number | undefined;
      if (before !== value) { edits.push({ path: [...base, key], value }); changes.push({ key, before, after: value }); }
    } else if (value && typeof value === 'object') {
      for (const [sub, v] of Object.entries(value as Record<string, number>)) {
        const before = (current[key] as Record<string, number> | undefined)?.[sub];
        if (before !== v) { edits.push({ path: [...base, key, sub], value: v }); changes.push({ key: `${key}.${sub}`, before, after: v }); }
      }
    }
  }
  // A count left by an earlier import, for a figure every imported post now carries: set to every post, not left stale.
  for (const [sub, before] of Object.entries(current.postsWith ?? {})) {
    const figure = sub as keyof NonNullable<Metrics['postsWith']>;
    if (agg.metrics[figure] === undefined || agg.metrics.postsWith?.[figure] !== undefined || before === agg.metrics.posts) continue;
    const after = agg.metrics.posts as number;
    edits.push({ path: [...base, 'postsWith', sub], value: after });
    changes.push({ key: `postsWith.${sub}`, before, after });
  }
  return { table, reading, aggregate: agg, channelIndex: input.channelIndex, edits, changes };
}

/** "2026-01-01..2026-03-31" → the period, or undefined if it does not read so. */
export function parsePeriod(text: string): { start: string; end: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m || m[1]! > m[2]!) return undefined;
  return { start: m[1]!, end: m[2]! };
}
