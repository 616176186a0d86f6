/**
 * Which export a table is, from its header (and its sheet, its file name, its JSON keys), matched against every
 * format's signature (data, in ./formats/). Never decided by the registry's order: the format whose signature is the
 * more specific wins (more header groups matched, then a file-name match), and an exact tie is reported as such.
 */
import type { ExportFormat, ExportTable } from './model.js';
import { EXPORT_FORMATS } from './formats/index.js';

export interface HeaderRow {
  /** 0-based index of the header among the table's rows (`head`); rows before it are notes. */
  row: number;
  cells: string[];
}

export type Detection =
  | { format: ExportFormat; header: HeaderRow }
  /** Two formats or more match equally well: the user picks one with --format. */
  | { ambiguous: { format: ExportFormat; header: HeaderRow }[] }
  /** No format matches: the closest one (when any header or name matched at all) and the headers it lacked. */
  | { unknown: { closest?: ExportFormat; missing: string[] } };

/** A header cell as matched: without a byte-order mark, trimmed, lower-cased. */
export function headerKey(cell: string): string {
  return cell.replace(/^\ufeff/, '').trim().toLowerCase();
}

interface Match {
  format: ExportFormat;
  header: HeaderRow;
  /** Header groups (or JSON keys) found, of `of`. */
  found: number;
  of: number;
  missing: string[];
  named: boolean;
}

/** Whether a format can be recognised at all: one with neither headers nor JSON keys (the generic mapping) is only forced. */
function detectable(format: ExportFormat): boolean {
  return (format.signature.headers?.length ?? 0) > 0 || (format.signature.json?.length ?? 0) > 0;
}

/** How well `format` fits `table`, or undefined when it cannot be that format at all (a JSON table, another sheet). */
function match(table: ExportTable, format: ExportFormat): Match | undefined {
  const sig = format.signature;
  const named = (sig.names ?? []).some((re) => re.test(table.name) || (table.container !== undefined && re.test(table.container)));
  if (table.json !== undefined || (sig.json && !sig.headers?.length)) {
    if (table.json === undefined || !sig.json?.length) return undefined;
    const doc = table.json;
    const keys = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? new Set(Object.keys(doc)) : new Set<string>();
    const missing = sig.json.filter((k) => !keys.has(k));
    return { format, header: { row: 0, cells: [] }, found: sig.json.length - missing.length, of: sig.json.length, missing, named };
  }
  if (table.sheet !== undefined && sig.sheets && !sig.sheets.some((s) => s.toLowerCase() === table.sheet!.trim().toLowerCase())) return undefined;
  const groups = sig.headers ?? [];
  let best: Match | undefined;
  for (const row of sig.headerRows ?? [0]) {
    const cells = table.head[row]?.cells;
    if (!cells) continue;
    const present = new Set(cells.map(headerKey));
    const missing = groups.filter((g) => !g.some((name) => present.has(headerKey(name)))).map((g) => g[0]!);
    const found = groups.length - missing.length;
    if (!best || found > best.found) best = { format, header: { row, cells }, found, of: groups.length, missing, named };
  }
  return best ?? { format, header: { row: 0, cells: [] }, found: 0, of: groups.length, missing: groups.map((g) => g[0]!), named };
}

/** More specific first: more groups matched, then a name match. */
const specificity = (a: Match, b: Match) => b.found - a.found || Number(b.named) - Number(a.named);

export function detectFormat(table: ExportTable, formats: readonly ExportFormat[] = EXPORT_FORMATS): Detection {
  const matches = formats.filter(detectable).map((f) => match(table, f)).filter((m): m is Match => m !== undefined);
  const full = matches.filter((m) => m.missing.length === 0).sort(specificity);
  if (full.length > 0) {
    const top = full.filter((m) => specificity(m, full[0]!) === 0);
    if (top.length > 1) return { ambiguous: top.map((m) => ({ format: m.format, header: m.header })) };
    return { format: full[0]!.format, header: full[0]!.header };
  }
  // The closest: the largest share of its header found, then a name match; nothing found and no name is no guess
  // (but a JSON document is closest to the JSON formats).
  const partial = matches.filter((m) => m.found > 0 || m.named || table.json !== undefined).sort((a, b) => b.found / b.of - a.found / a.of || specificity(a, b));
  const closest = partial[0];
  return { unknown: closest ? { closest: closest.format, missing: closest.missing } : { missing: [] } };
}

/**
 * The header of a table read as `format`, forced by the user (--format): where it is, or which of the format's
 * headers are missing. A format without header groups (the generic mapping) takes its first header row as it is.
 */
export function headerFor(table: ExportTable, format: ExportFormat): { header: HeaderRow } | { missing: string[] } {
  if (!detectable(format)) {
    const row = format.signature.headerRows?.[0] ?? 0;
    return { header: { row, cells: table.head[row]?.cells ?? [] } };
  }
  const m = match(table, { ...format, signature: { ...format.signature, sheets: undefined } });
  if (!m) return { missing: [...(format.signature.json ?? format.signature.headers?.map((g) => g[0]!) ?? [])] };
  return m.missing.length === 0 ? { header: m.header } : { missing: m.missing };
}
