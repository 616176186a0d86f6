'use strict';
// Two esbuild plugins that take the avoidable costs out of cli-table3 in smscore's bundle (scripts/build-bundle.mjs).
// The text report draws two tables per brand file (about 90 cells), and in a 500-file run cli-table3 and string-width
// took about 40 % of the time (CPU profile, docs/PERFORMANCE.md): not in drawing, in two helpers that redo the same
// work for every cell and text. Both replacements give the same values as the originals
// (test/scripts/table-speed.test.ts draws random tables with the patched and the original cli-table3 and compares
// them); the build stops if cli-table3's text no longer matches what is replaced. cli-table3 0.6.5 is the latest
// version, and string-width 5 and later are ES modules, which cli-table3 (CommonJS) cannot require on Node 20: hence
// a patch rather than an upgrade. Only the bundle is patched: node_modules is left as npm installed it.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');

const IN_CLI_TABLE3 = /[\\/]node_modules[\\/]cli-table3[\\/]/;

/** Enough for every distinct text of a run's tables; past it the map starts again, so memory stays bounded. */
const MAX_REMEMBERED_WIDTHS = 4096;

/**
 * cli-table3 measures each cell's text several times (its width, its padding, every line), and string-width 4
 * builds two regular expressions on every call (strip-ansi's and emoji-regex's) before it scans the text. A table's
 * texts repeat (headers, symbols, scores, padding), so cli-table3 gets a string-width that remembers the width of
 * each text it has measured, in a bounded map, and asks the real string-width for new ones: a width is a pure
 * function of the text.
 */
const rememberedWidths = {
  name: 'remembered-widths',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      IN_CLI_TABLE3.test(args.importer) ? { path: args.importer, namespace: 'remembered-widths' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'remembered-widths' }, (args) => {
      const real = createRequire(args.path).resolve('string-width');
      return {
        loader: 'js',
        resolveDir: dirname(real),
        contents: `const stringWidth = require(${JSON.stringify(real)});
const widths = new Map();
module.exports = (text) => {
  if (typeof text !== 'string') return stringWidth(text);
  let width = widths.get(text);
  if (width === undefined) {
    if (widths.size >= ${MAX_REMEMBERED_WIDTHS}) widths.clear();
    width = stringWidth(text);
    widths.set(text, width);
  }
  return width;
};`,
      };
    });
  },
};

/**
 * Each cell merges the table's border characters and paddings into its own options (19 names per cell); for each
 * name the original splits it to camel-case it, and finds the first value given by filtering an array of rest
 * arguments. The replacements camel-case each name once and compare the values in order.
 */
const TABLE_CELL_HELPERS = [
  [
    `function firstDefined(...args) {
  return args.filter((v) => v !== undefined && v !== null).shift();
}`,
    `function firstDefined(a, b, c, d) {
  if (a !== undefined && a !== null) return a;
  if (b !== undefined && b !== null) return b;
  if (c !== undefined && c !== null) return c;
  if (d !== undefined && d !== null) return d;
  return undefined;
}`,
  ],
  [
    `function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');`,
    `const camelNames = new Map();
function setOption(objA, objB, nameB, targetObj) {
  let nameA = camelNames.get(nameB);
  if (nameA === undefined) {
    const parts = nameB.split('-');
    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);
    nameA = parts.join('');
    camelNames.set(nameB, nameA);
  }
  if (nameA !== nameB) {`,
  ],
];

/** cell.js with the helpers replaced; throws when its text is not the one these replacements were written for. */
function patchTableCell(source, file = 'cli-table3/src/cell.js') {
  let contents = source;
  for (const [original, replacement] of TABLE_CELL_HELPERS) {
    // firstDefined's only callers are in setOption, with 2 or 4 values: a new caller would need a new look.
    if (contents.split(original).length !== 2 || contents.split('firstDefined(').length !== 4) {
      throw new Error(`${file} no longer holds the helper that scripts/table-speed.cjs replaces:\n${original}`);
    }
    contents = contents.replace(original, () => replacement);
  }
  return contents;
}

const fasterTableCells = {
  name: 'faster-table-cells',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]cli-table3[\\/]src[\\/]cell\.js$/ }, (args) => ({
      contents: patchTableCell(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

module.exports = { rememberedWidths, fasterTableCells, patchTableCell, MAX_REMEMBERED_WIDTHS };
