/**
 * cli-table3 as smscore's bundle builds it (scripts/table-speed.cjs: remembered widths, faster cell helpers) draws
 * exactly what the original draws. The test bundles cli-table3 with the same esbuild plugins as the build and
 * compares the two on random tables: colours, wide and combining characters, emoji, line breaks, spans, paddings,
 * fixed widths with wrapping and truncation, per-cell border characters.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import { fuzz } from '../support/fuzz.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../..');
const speed = require('../../scripts/table-speed.cjs') as {
  rememberedWidths: Plugin; fasterTableCells: Plugin; patchTableCell: (source: string, file?: string) => string; MAX_REMEMBERED_WIDTHS: number;
};

type TableCtor = new (options?: Record<string, unknown>) => unknown[] & { toString(): string };
const Original = require('cli-table3') as TableCtor;

let bundled: { Table: TableCtor; code: string } | undefined;
async function patched(): Promise<{ Table: TableCtor; code: string }> {
  if (bundled) return bundled;
  const out = await build({
    stdin: { contents: "module.exports = require('cli-table3');", resolveDir: root, loader: 'js' },
    bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent',
    plugins: [speed.rememberedWidths, speed.fasterTableCells],
  });
  const code = out.outputFiles[0]!.text;
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  bundled = { Table: module.exports as TableCtor, code };
  return bundled;
}

/** What a table draws, or the error it throws: the patched one must do the same either way. */
function draw(Table: TableCtor, options: Record<string, unknown>, rows: unknown[][]): string {
  try {
    const table = new Table(structuredClone(options));
    for (const row of rows) table.push(structuredClone(row));
    return table.toString();
  } catch (err) {
    return `threw: ${(err as Error).message}`;
  }
}

const TEXTS = [
  '', ' ', 'a', 'Maison Lumière', 'Visibility', '▲ 77', '✖ 30', '○ n/m', '████████░░', '·········', '+13.8', '−1.9',
  '😀', '👩‍💻 team', '中文字', 'ｆｕｌｌ', 'e\u0301te\u0301', 'tab\there', 'two\nlines', 'three\nshort\nlines',
  '\u001b[31mred\u001b[39m', '\u001b[1m\u001b[33mbold yellow\u001b[39m\u001b[22m', '\u001b[2m—\u001b[22m',
  'instagram (instagram)', 'newsletter (La Lettre Lumière, chaque mois)', 'a long cell text that has to wrap somewhere',
];
const text = fc.constantFrom(...TEXTS);
const cell = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2000 }) },
  {
    weight: 2,
    arbitrary: fc.record({
      content: text,
      hAlign: fc.constantFrom('left', 'center', 'right'),
      colSpan: fc.constantFrom(1, 1, 2),
      style: fc.record({ 'padding-left': fc.integer({ min: 0, max: 2 }), 'padding-right': fc.integer({ min: 0, max: 2 }) }, { requiredKeys: [] }),
      chars: fc.record({ left: fc.constantFrom('|', '║'), mid: fc.constantFrom('', '-'), 'top-mid': fc.constantFrom('+', '┬') }, { requiredKeys: [] }),
    }, { requiredKeys: ['content'] }),
  },
);
const tableOptions = fc.integer({ min: 1, max: 5 }).chain((columns) => fc.record({
  head: fc.array(text, { minLength: 0, maxLength: columns }),
  colAligns: fc.array(fc.constantFrom('left', 'center', 'right'), { maxLength: columns }),
  // Wider than any padding: with no room left for text, the original cli-table3 wraps forever (until V8 gives up).
  colWidths: fc.option(fc.array(fc.integer({ min: 8, max: 16 }), { minLength: columns, maxLength: columns }), { nil: undefined }),
  wordWrap: fc.boolean(),
  wrapOnWordBoundary: fc.boolean(),
  truncate: fc.constantFrom('…', '...'),
  style: fc.record({ head: fc.constant([]), border: fc.constant([]), 'padding-left': fc.integer({ min: 0, max: 2 }), 'padding-right': fc.integer({ min: 0, max: 2 }), compact: fc.boolean() }),
  chars: fc.record({ mid: fc.constantFrom('', '─'), 'left-mid': fc.constantFrom('', '├'), 'mid-mid': fc.constantFrom('', '┼'), 'right-mid': fc.constantFrom('', '┤') }, { requiredKeys: [] }),
}, { requiredKeys: ['style'] }).map((o) => ({ columns, options: Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) })));

describe('cli-table3 in the bundle', () => {
  test('the bundle build replaces both helpers and string-width', async () => {
    const { code } = await patched();
    expect(code).toContain('camelNames');
    expect(code).not.toContain('args.filter((v) => v !== undefined && v !== null)');
    expect(code).toContain('remembered-widths:');
  });

  test('draws random tables exactly as the original does', async () => {
    const { Table } = await patched();
    await fc.assert(fc.asyncProperty(
      tableOptions.chain(({ columns, options }) => fc.record({
        options: fc.constant(options),
        rows: fc.array(fc.array(cell, { minLength: 1, maxLength: columns }), { maxLength: 6 }),
      })),
      async ({ options, rows }) => {
        expect(draw(Table, options, rows)).toBe(draw(Original, options, rows));
      },
    ), fuzz(300, 91));
  });

  test('draws the tables of a large run the same, past the number of widths it remembers', async () => {
    const { Table } = await patched();
    const options = { head: ['Brand', 'Text', 'Bar'], style: { head: [], border: [] } };
    // Small tables, like a run's, of distinct texts: more of them than the map of widths holds.
    const tables = Math.ceil(speed.MAX_REMEMBERED_WIDTHS / 8) + 50;
    for (let n = 0; n < tables; n++) {
      const rows = Array.from({ length: 4 }, (_, r) => {
        const i = n * 4 + r;
        return [`brand ${i}`, `${TEXTS[i % TEXTS.length]!} ${i}`, `${'█'.repeat(i % 11)}${'░'.repeat(10 - (i % 11))}`];
      });
      expect(draw(Table, options, rows)).toBe(draw(Original, options, rows));
    }
  });

  test('the build stops when cli-table3 no longer holds the helpers it replaces', () => {
    const cellJs = readFileSync(require.resolve('cli-table3/src/cell.js'), 'utf8');
    expect(() => speed.patchTableCell(cellJs)).not.toThrow();
    expect(() => speed.patchTableCell(cellJs.replace('nameA[1].charAt(0)', 'nameA[1].at(0)'), 'cell.js')).toThrow(/cell\.js no longer holds the helper/);
    expect(() => speed.patchTableCell(`${cellJs}\nfirstDefined(1, 2, 3, 4, 5);`, 'cell.js')).toThrow(/no longer holds the helper/);
  });
});
