/**
 * What the Meta format tests share: opening a fixture through openExport, and a small stand-in for detection
 * (src/import/detect.ts is written beside this work): a format's signature matches a table when one of its header
 * rows holds every required header, in one of its spellings, trimmed, without regard to case.
 */
import { expect } from '@jest/globals';
import { join } from 'node:path';
import type { ExportFormat, ExportTable } from '../../../src/import/model.js';
import { openExport } from '../../../src/import/read/index.js';
import { ROOT } from '../../support/cli.js';

export async function openFixture(path: string): Promise<ExportTable> {
  const opened = await openExport(join(ROOT, 'test/fixtures/import', path));
  expect(opened.problems).toEqual([]);
  expect(opened.tables).toHaveLength(1);
  return opened.tables[0]!;
}

/** The header row (0-based) at which `format` recognises `table`, or undefined. */
export function signatureRow(format: ExportFormat, table: ExportTable): number | undefined {
  const required = format.signature.headers ?? [];
  if (required.length === 0) return undefined;
  return (format.signature.headerRows ?? [0]).find((row) => {
    const cells = new Set((table.head[row]?.cells ?? []).map((c) => c.replace(/^\ufeff/, '').trim().toLowerCase()));
    return required.every((spellings) => spellings.some((s) => cells.has(s.toLowerCase())));
  });
}

/** The ids of the formats among `formats` whose signature matches `table`. */
export function matching(formats: readonly ExportFormat[], table: ExportTable): string[] {
  return formats.filter((f) => signatureRow(f, table) !== undefined).map((f) => f.id);
}

/**
 * The ids detection picks, as detectFormat (src/import/detect.ts) does: among the formats whose signature matches,
 * those with the most header groups, then a file-name match; more than one is a tie. Switch to detectFormat once
 * it is on this branch.
 */
export function detected(formats: readonly ExportFormat[], table: ExportTable): string[] {
  const score = (f: ExportFormat) => (f.signature.headers?.length ?? 0) * 2 + Number((f.signature.names ?? []).some((re) => re.test(table.name)));
  const full = formats.filter((f) => signatureRow(f, table) !== undefined);
  const best = Math.max(...full.map(score));
  return full.filter((f) => score(f) === best).map((f) => f.id);
}

/** Reads `table` with `format`, its header where the signature found it. */
export async function readAs(format: ExportFormat, table: ExportTable, today = '2026-12-03', period?: { start: string; end: string }) {
  const row = signatureRow(format, table);
  expect(row).toBeDefined();
  return format.read!(table, { row: row!, cells: table.head[row!]!.cells }, { today, ...(period ? { period } : {}) });
}
