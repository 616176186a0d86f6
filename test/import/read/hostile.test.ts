/**
 * Hostile exports (issue 24, item 6): each is refused with its own Diagnostic, worded in English and French with a
 * hint, never a crash or a stack trace; names from the file system or a ZIP reach the text only through printable().
 * Big inputs are generated in a temporary folder (a sparse file for the size limit), never committed.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, readlinkSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { ExportTable } from '../../../src/import/model.js';
import { ExportReadError, openExport } from '../../../src/import/read/index.js';
import { ZIP_LIMITS } from '../../../src/import/read/zip.js';
import { READ_LIMITS } from '../../../src/io/read-text.js';
import { renderDiagnostic } from '../../../src/render/diagnostics.js';
import { diagnosticHint, diagnosticMessage } from '../../../src/validate/messages.js';
import { ROOT } from '../../support/cli.js';
import { makeZip } from '../../support/zip.js';

const fixtures = join(ROOT, 'test/fixtures/import/hostile');
const dir = mkdtempSync(join(tmpdir(), 'smscore-hostile-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The one problem of a refused file, after checking it reads as a located message with a hint in both languages. */
async function refused(path: string): Promise<Diagnostic> {
  const opened = await openExport(path);
  expect(opened.tables).toEqual([]);
  expect(opened.problems).toHaveLength(1);
  const d = opened.problems[0]!;
  expectWorded(d);
  return d;
}

function expectWorded(d: Diagnostic): void {
  for (const locale of ['en', 'fr'] as const) {
    const text = renderDiagnostic(d, { locale });
    expect(text).not.toMatch(/\n\s+at |Error:|undefined|\{\w+\}/);
    expect(diagnosticMessage(locale, d.code, d.args)).not.toBe(d.code);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n').some((l) => l.trimStart().startsWith('::'))).toBe(false);
    expect(diagnosticHint(locale, d.code, d.args)).toEqual(expect.any(String));
  }
}

/** How many of this process's file descriptors are open on `path` (Linux: /proc/self/fd). */
function openOn(path: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`) === path; } catch { return false; } }).length;
}

async function drain(t: ExportTable): Promise<number> {
  let n = 0;
  for await (const _ of t.rows()) n++;
  return n;
}

describe('hostile exports are refused, each with its own diagnostic', () => {
  test('a binary file renamed .csv', async () => {
    expect(await refused(join(fixtures, 'read-binary-renamed.csv'))).toMatchObject({ code: 'export.binary', args: { what: 'binary' } });
  });

  test('a PNG, renamed .csv or not', async () => {
    expect(await refused(join(fixtures, 'read-png-renamed.csv'))).toMatchObject({ code: 'export.binary', args: { what: 'png' } });
    const png = join(dir, 'chart.png');
    copyFileSync(join(fixtures, 'read-png-renamed.csv'), png);
    expect(await refused(png)).toMatchObject({ code: 'export.binary', args: { what: 'png' } });
    expect(renderDiagnostic(await refused(png), { locale: 'fr' })).toContain('une image PNG');
  });

  test('a 0-byte file', async () => {
    expect(await refused(join(fixtures, 'read-empty.csv'))).toMatchObject({ code: 'export.empty' });
  });

  test('a file over the size limit, refused by its size before a byte is read (a sparse file)', async () => {
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, 'a,b\n');
    closeSync(fd);
    const { truncateSync } = await import('node:fs');
    truncateSync(path, READ_LIMITS.export.maxBytes + 1);
    expect(await refused(path)).toMatchObject({ code: 'load.too-large', args: { kind: 'export', limit: '512.0' } });
  });

  test('invalid UTF-8 that is not Windows-1252 either', async () => {
    expect(await refused(join(fixtures, 'read-invalid-encoding.csv'))).toMatchObject({ code: 'export.invalid-encoding', args: { offset: 16 }, location: { line: 2, col: 3 } });
  });

  test('UTF-16 without a byte-order mark', async () => {
    expect(await refused(join(fixtures, 'read-utf16-no-bom.csv'))).toMatchObject({ code: 'export.utf16-no-bom' });
  });

  test('a ZIP bomb: an entry that would inflate far beyond its compressed size is refused before it is inflated', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const d = await refused(file('bomb.zip', makeZip([{ name: 'Content.csv', data: zeros }])));
    expect(d).toMatchObject({ code: 'export.zip-bomb', args: { max: ZIP_LIMITS.maxRatio } });
    expect(d.location.file).toBe(join(dir, 'bomb.zip') + ' › Content.csv');
  }, 30_000);

  test('a ZIP entry larger than it declared stops at the declared size', async () => {
    const rows = 'a,b\n' + '1,2\n'.repeat(500_000);
    const opened = await openExport(file('liar.zip', makeZip([{ name: 'Content.csv', data: rows, declaredSize: 1000 }])));
    const err = opened.tables.length ? await drain(opened.tables[0]!).then(() => undefined, (e: unknown) => e) : undefined;
    const d = err instanceof ExportReadError ? err.diagnostic : opened.problems[0];
    expect(d).toMatchObject({ code: 'export.zip-corrupt' });
    expectWorded(d!);
  }, 30_000);

  test('a ZIP of 10,000 entries is refused from its directory, before any entry is read', async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ name: `e${i}.csv`, data: 'a\n1\n', method: 0 as const }));
    expect(await refused(file('many.zip', makeZip(entries)))).toMatchObject({ code: 'export.zip-too-many-entries', args: { count: 10_000, max: ZIP_LIMITS.maxEntries } });
  }, 30_000);

  test('a corrupt ZIP (cut in its central directory), its file released', async () => {
    const path = join(fixtures, 'read-corrupt.zip');
    expect(await refused(path)).toMatchObject({ code: 'export.zip-corrupt' });
    expect(openOn(path)).toBe(0);
  });

  test('a JSON document nested 100,000 levels deep', async () => {
    expect(await refused(file('reviews.json', '['.repeat(100_000) + ']'.repeat(100_000)))).toMatchObject({ code: 'export.too-deep', location: { line: 1, col: 65 } });
  });

  test('a CSV of one 50 MB line without a line break: refused at the row limit, without reading the rest', async () => {
    const path = join(dir, 'one-line.csv');
    const fd = openSync(path, 'w');
    const block = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    closeSync(fd);
    expect(await refused(path)).toMatchObject({ code: 'export.row-too-long', location: { line: 1 } });
  }, 30_000);

  test('control characters and a workflow command in ZIP entry names and file names never reach the text raw', async () => {
    const evil = 'evil\u001b[2J\n::error::pwned\u202e.csv';
    const zip = file('names.zip', makeZip([{ name: evil, data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }]));
    const opened = await openExport(zip);
    expect(opened.problems).toHaveLength(1);
    expectWorded(opened.problems[0]!);
    expect(renderDiagnostic(opened.problems[0]!, { locale: 'en' })).toContain('evil\\x1b[2J⏎:\\x3aerror:\\x3apwned\\u202e.csv');
    const named = file('bad\u001b]52;c;x\u0007\n::warning::x.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d]));
    const d = await refused(named);
    expect(d).toMatchObject({ code: 'export.binary', args: { what: 'pdf' } });
  });
});
