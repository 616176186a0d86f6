import { describe, expect, test } from '@jest/globals';
import { createStyle, plainStyle } from '../../src/render/style.js';
import { fitTable } from '../../src/render/table.js';
import { clip, fitLines, stripAnsi, visibleWidth, wrap } from '../../src/render/text-wrap.js';

const colour = createStyle(true);
const widest = (lines: readonly string[]) => Math.max(...lines.map(visibleWidth));

describe('colours take one argument', () => {
  test('a colour given map\'s index and array colours the text alone', () => {
    // What `lines.map(style.dim)` did: chalk printed "text 0 text,other".
    const dim = colour.dim as unknown as (...args: unknown[]) => string;
    expect(dim('text', 0, ['text', 'other'])).toBe(colour.dim('text'));
    expect(stripAnsi(['a b', 'c'].map((l) => colour.dim(l)).join('\n'))).toBe('a b\nc');
  });

  test('the type refuses lines.map(style.dim)', () => {
    // @ts-expect-error map passes (value, index, array): a Paint takes exactly one argument.
    const wrong = ['x'].map(plainStyle.dim);
    expect(wrong).toEqual(['x']);
  });
});

describe('visible width', () => {
  test('escapes take no column, wide characters two, combining marks none', () => {
    expect(visibleWidth(colour.bold('Maison') + colour.dim(' Lumière'))).toBe(14);
    expect(visibleWidth('日本')).toBe(4);
    expect(visibleWidth('e\u0301te\u0301')).toBe(3);
    expect(visibleWidth('▲ 73 · ✖ ● ○')).toBe(12);
  });
});

describe('wrap', () => {
  const text = 'Readiness: 32 % of the « bonnes questions » answered, weighted by severity (17 of 71 fully answered)';

  test('breaks at word boundaries within the width, with indents', () => {
    const lines = wrap(text, 40, '  ', '    ');
    expect(widest(lines)).toBeLessThanOrEqual(40);
    expect(lines[0]!.startsWith('  Readiness')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
  });

  test('coloured text breaks where the plain text does, each line closing its colour', () => {
    for (const width of [20, 33, 47, 80]) {
      const plain = wrap(text, width, '  ');
      const coloured = wrap(`${colour.bold('Readiness:')} ${colour.dim(text.slice(11))}`, width, '  ');
      expect(coloured.map(stripAnsi)).toEqual(plain);
      // A style open at the end of a line is closed there and opened again on the next one.
      for (const l of coloured) expect(l.lastIndexOf('\x1b[2m') <= l.lastIndexOf('\x1b[22m')).toBe(true);
    }
  });

  test('keeps French punctuation, guillemets and a number with their word', () => {
    const fr = 'Maturité : 32 % des « bonnes questions » répondues ; pourquoi ? (0 critique)';
    for (let width = 12; width <= 80; width++) {
      const lines = wrap(fr, width);
      for (const l of lines) expect(l).not.toMatch(/^[:;?!%»]|«$|^\(?\d+$/);
      expect(lines.join(' ')).toBe(fr);
    }
  });

  test('a no-break space (U+00A0, U+202F) is one column and never a break: French punctuation stays with its word', () => {
    expect(visibleWidth('mot\u00a0:')).toBe(5);
    expect(visibleWidth('mot\u202f?')).toBe(5);
    const text = 'Pourquoi c’est important\u00a0: une présence sans raison n’a ni fin\u202f; elle suit la mode, «\u00a0bonnes questions\u00a0» comprises\u202f?';
    for (let width = 8; width <= 40; width++) {
      const lines = wrap(text, width);
      for (const line of lines) {
        expect([width, line, visibleWidth(line) <= width]).toEqual([width, line, true]);
        expect([width, line, /^[\u00a0\u202f]?[:;?!»]|[\u00a0\u202f]$|«$/u.test(line)]).toEqual([width, line, false]);
      }
      // From 12 columns on, every word fits a line: none is cut, so the lines are the text's words again.
      if (width >= 12) expect(lines.join(' ')).toBe(text);
    }
    // A word longer than the line is cut beside, never at, its no-break space.
    const cut = wrap('inqualifiable\u00a0:', 12);
    expect(cut.every((l) => !/[\u00a0\u202f]$|^[\u00a0\u202f:]/u.test(l))).toBe(true);
  });

  test('a token longer than the line is broken, after a separator when it can be', () => {
    const path = 'brands/clients/2026/maison-lumiere/social-media-strategy.yaml:508:5';
    const lines = wrap(`at ${path}`, 30, '  ');
    expect(widest(lines)).toBeLessThanOrEqual(30);
    expect(lines[0]).toBe('  at');
    expect(lines[1]!.endsWith('/')).toBe(true);
    expect(lines.slice(1).map((l) => l.trim()).join('')).toBe(path);
  });

  test('keeps the spacing of words that stay on one line', () => {
    expect(wrap('file.yaml:3:9  error  message', 80)).toEqual(['file.yaml:3:9  error  message']);
  });
});

describe('fitLines', () => {
  test('lines that fit are untouched; longer ones continue under their text', () => {
    const block = ['short', '  - reach = 1091500 : not scored (no target and no benchmark; declare a target in an objective)'].join('\n');
    const out = fitLines(block, 50).split('\n');
    expect(out[0]).toBe('short');
    expect(out[1]!.startsWith('  - reach')).toBe(true);
    expect(out.slice(2).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
    expect(widest(out)).toBeLessThanOrEqual(50);
  });

  test('an indent made of escapes and spaces keeps its colour', () => {
    const line = colour.dim('      formula: ' + 'x '.repeat(40));
    const out = fitLines(line, 30).split('\n');
    expect(out.map(stripAnsi)).toEqual(fitLines(stripAnsi(line), 30).split('\n'));
    expect(out.every((l) => l.includes('\x1b[2m'))).toBe(true);
  });
});

describe('clip and fitTable', () => {
  test('clip counts columns', () => {
    expect(clip('newsletter (La Lettre Lumière)', 24)).toBe('newsletter (La Lettre L…');
    expect(visibleWidth(clip('日本語のテキスト', 7))).toBeLessThanOrEqual(7);
  });

  test('a table narrows its flexible columns to fit, or gives up', () => {
    const spec = {
      head: ['File', 'Brand', 'Score'],
      rows: [['brands/clients/2026/maison-lumiere/strategy.yaml', 'Maison Lumière et Compagnie', colour.green('● 91')]],
      align: ['left', 'left', 'right'] as const,
      flexible: [0, 1],
    };
    const wide = fitTable(spec, 120, colour)!;
    expect(wide.split('\n')).toHaveLength(4);
    const narrow = fitTable(spec, 50, colour)!;
    expect(widest(narrow.split('\n'))).toBeLessThanOrEqual(50);
    expect(stripAnsi(narrow)).toContain('brands/');
    expect(fitTable(spec, 20, colour)).toBeUndefined();
  });
});
