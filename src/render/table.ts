/**
 * Tables for the terminal that never run past its width: the columns that can give way (names, paths) are
 * narrowed and their cells wrapped; when even that is not enough the caller prints the same facts as lines.
 */
import Table from 'cli-table3';
import type { Style } from './style.js';
import { clip, visibleWidth, wrap } from './text-wrap.js';

export interface TableSpec {
  /** Header texts, plain: they are made bold here, after wrapping. */
  head: readonly string[];
  /** Cells, possibly coloured. */
  rows: readonly (readonly string[])[];
  align: readonly ('left' | 'right')[];
  /** Columns that may be narrowed, their cells then wrapped. */
  flexible: readonly number[];
  /** The narrowest a flexible column may become. */
  minWidth?: number;
  /** What a narrowed column does with a longer cell: wrap it (the default), or cut it with "…" (short labels). */
  overflow?: 'wrap' | 'clip';
}

/** Each column takes its text plus one space of padding on either side, and one border between columns. */
const frame = (columns: number) => 3 * columns + 1;
const cellWidth = (text: string) => Math.max(0, ...text.split('\n').map(visibleWidth));

/** The table in at most `width` columns, or undefined when it cannot be made to fit. */
export function fitTable(spec: TableSpec, width: number, style: Style): string | undefined {
  const n = spec.head.length;
  const widths = spec.head.map((h, i) => Math.max(cellWidth(h), ...spec.rows.map((r) => cellWidth(r[i] ?? ''))));
  const min = spec.minWidth ?? 8;
  let excess = widths.reduce((a, b) => a + b, 0) + frame(n) - width;
  // Narrow the widest flexible column, a column at a time, until the table fits or nothing can give way.
  while (excess > 0) {
    const candidates = spec.flexible.filter((i) => widths[i]! > min);
    if (candidates.length === 0) return undefined;
    const widest = candidates.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    const others = candidates.filter((i) => i !== widest).map((i) => widths[i]!);
    const floor = Math.max(min, ...others, widths[widest]! - excess);
    const step = Math.max(1, widths[widest]! - floor);
    widths[widest] = widths[widest]! - step;
    excess -= step;
  }
  const fit = (text: string, i: number) => (cellWidth(text) <= widths[i]! ? text : text.split('\n').flatMap((l) => wrap(l, widths[i]!)).join('\n'));
  const fitCell = spec.overflow === 'clip' ? (text: string, i: number) => clip(text, widths[i]!) : fit;
  const table = new Table({
    head: spec.head.map((h, i) => fit(h, i).split('\n').map((l) => style.bold(l)).join('\n')),
    colAligns: [...spec.align],
    // cli-table3 colours borders and headers by itself, even when piped: colour is our decision.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    // No rule between body rows: the table stays short enough to read at a glance.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of spec.rows) table.push(row.map((cell, i) => fitCell(cell, i)));
  return table.toString();
}
