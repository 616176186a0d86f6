import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fuzz } from '../support/fuzz.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { applyEdits, applyToData, dataOf, describeChanges, EditError, formatPath } from '../../src/edit/yaml-edit.js';
import { validateText } from '../../src/validate/index.js';

const ROOT = join(import.meta.dirname ?? '.', '..', '..');
const BM = readFileSync(join(ROOT, 'examples', 'boulangerie-martin.yaml'), 'utf8');
const ML = readFileSync(join(ROOT, 'examples', 'maison-lumiere.yaml'), 'utf8');

/** Lines of `after` not in `before` and the reverse, as multisets: what an edit really touched. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const l of text.split('\n')) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const a = count(before);
  const b = count(after);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [l, n] of b) for (let i = (a.get(l) ?? 0); i < n; i++) added.push(l);
  for (const [l, n] of a) for (let i = (b.get(l) ?? 0); i < n; i++) removed.push(l);
  return { added, removed };
}

describe('applyEdits', () => {
  test('no edit, or edits that set what is already there, give the original text byte for byte', () => {
    expect(applyEdits(BM, [])).toBe(BM);
    expect(applyEdits(BM, [
      { path: ['brand', 'name'], value: 'Boulangerie Martin' },
      { path: ['channels', 0, 'metrics', 'followers'], value: { start: 2340, end: 2465 } },
      { path: ['brand', 'languages'], value: ['fr'] },
      { path: ['listening'], value: undefined },
    ])).toBe(BM);
  });

  test('a changed value keeps its line\'s aligned comment and every other line as it was', () => {
    const out = applyEdits(BM, [{ path: ['brand', 'country'], value: 'BE' }]);
    expect(lineDiff(BM, out)).toEqual({ added: ['  country: BE          # ISO 3166-1 alpha-2'], removed: ['  country: FR          # ISO 3166-1 alpha-2'] });
  });

  test('keeps quoting style: a double-quoted handle stays double-quoted', () => {
    const out = applyEdits(BM, [{ path: ['channels', 0, 'handle'], value: '@martin.lyon' }]);
    expect(out).toContain('    handle: "@martin.lyon"\n');
  });

  test('a new key goes at the end of its map; key order and comments elsewhere are unchanged', () => {
    const out = applyEdits(BM, [{ path: ['audience', 'needs'], value: ['Savoir ce qui sort du four', 'Précommander'] }]);
    expect(lineDiff(BM, out)).toEqual({ added: ['  needs: [Savoir ce qui sort du four, Précommander]'], removed: [] });
    expect(Object.keys((dataOf(out) as { audience: object }).audience)).toEqual(['description', 'regions', 'needs']);
    expect(Object.keys(dataOf(out) as object)).toEqual(Object.keys(dataOf(BM) as object));
  });

  test('per-channel paths edit the right item, inside its block', () => {
    const out = applyEdits(BM, [{ path: ['channels', 0, 'label'], value: 'Instagram boutique' }, { path: ['channels', 1, 'why'], value: 'Les habitués y lisent les horaires.' }]);
    const data = dataOf(out) as { channels: Record<string, unknown>[] };
    expect(data.channels[0]!.label).toBe('Instagram boutique');
    expect(data.channels[1]!.why).toBe('Les habitués y lisent les horaires.');
    expect(data.channels[0]!.why).toBe((dataOf(BM) as typeof data).channels[0]!.why);
    // The first channel's new key comes before the blank line that separates it from the second.
    expect(out).toContain('      messages: { received: 52, answered: 47 }\n    label: Instagram boutique\n\n  - id: facebook\n');
    expect(lineDiff(BM, out).removed).toEqual([]);
  });

  test('flow maps stay flow maps, with their spacing and trailing comment', () => {
    const out = applyEdits(BM, [{ path: ['channels', 0, 'metrics', 'followers', 'end'], value: 2500 }, { path: ['channels', 0, 'metrics', 'messages', 'medianFirstResponseHours'], value: 3 }]);
    expect(out).toContain('      followers: { start: 2340, end: 2500 }   # +5.3 % over the quarter\n');
    expect(out).toContain('      messages: { received: 52, answered: 47, medianFirstResponseHours: 3 }\n');
    expect(lineDiff(BM, out).added).toHaveLength(2);
  });

  test('flow lists keep the file\'s spacing', () => {
    const out = applyEdits(BM, [{ path: ['brand', 'languages'], value: ['fr', 'en'] }]);
    expect(out).toContain('  languages: [fr, en]      # ISO 639-1\n');
  });

  test('a new section is appended at the end, after a blank line, with parents created', () => {
    const out = applyEdits(BM, [{ path: ['organisation', 'budget', 'amount'], value: 300 }, { path: ['organisation', 'budget', 'per'], value: 'month' }]);
    expect(out.startsWith(BM)).toBe(true);
    expect(out.slice(BM.length)).toBe('\norganisation:\n  budget:\n    amount: 300\n    per: month\n');
    expect(validateText('b.yaml', out).valid).toBe(true);
  });

  test('appends to a block list in the list\'s own indentation', () => {
    const out = applyEdits(BM, [{ path: ['channels', 2], value: { id: 'tiktok', platform: 'tiktok', role: 'Les coulisses du fournil.' } }]);
    expect(out).toContain('  - id: tiktok\n    platform: tiktok\n    role: Les coulisses du fournil.\n');
    expect((dataOf(out) as { channels: unknown[] }).channels).toHaveLength(3);
  });

  test('a structured value is merged entry by entry: untouched entries keep their comments', () => {
    const before = (dataOf(BM) as { objectives: Record<string, unknown>[] }).objectives[0]!;
    const out = applyEdits(BM, [{ path: ['objectives', 0], value: { ...before, weight: 2 } }]);
    expect(lineDiff(BM, out)).toEqual({ added: ['    weight: 2'], removed: [] });
  });

  test('removes an entry, and only its lines', () => {
    const out = applyEdits(BM, [{ path: ['channels', 1, 'postsPerWeek'], value: undefined }]);
    expect(lineDiff(BM, out)).toEqual({ added: [], removed: ['    postsPerWeek: 1'] });
  });

  test('a multi-line text replaces a folded block and stays valid', () => {
    const out = applyEdits(BM, [{ path: ['brand', 'description'], value: 'Première ligne\nseconde ligne' }]);
    expect((dataOf(out) as { brand: { description: string } }).brand.description).toBe('Première ligne\nseconde ligne');
    expect(out).toContain('  # Where the brand stands, in one sentence.');
    expect(lineDiff(BM, out).removed.every((l) => !l.includes('#'))).toBe(true);
  });

  test('an empty value (`key:`) gets the new content', () => {
    const out = applyEdits('# c\nbrand:\n  name: X\nstrategy:\n# after\n', [{ path: ['strategy', 'threats'], value: ['a'] }]);
    expect(parse(out)).toEqual({ brand: { name: 'X' }, strategy: { threats: ['a'] } });
    expect(out).toContain('# c\n');
    expect(out).toContain('# after');
  });

  test('Windows line endings are kept', () => {
    const crlf = 'smscore: 1\r\nbrand:\r\n  name: X  # n\r\n';
    const out = applyEdits(crlf, [{ path: ['brand', 'sector'], value: 'retail' }]);
    expect(out).toBe('smscore: 1\r\nbrand:\r\n  name: X  # n\r\n  sector: retail\r\n');
  });

  test('invalid YAML is refused with an EditError', () => {
    expect(() => applyEdits('a: [1, 2\n', [{ path: ['a'], value: 1 }])).toThrow(EditError);
  });

  test('the mid-size example: many edits at once keep every comment line', () => {
    const edits = [
      { path: ['brand', 'sector'], value: 'retail' },
      { path: ['strategy', 'threats'], value: ['A', 'B'] },
      { path: ['channels', 3, 'owner'], value: 'Léa' },
      { path: ['listening', 'cadence'], value: 'daily' },
    ];
    const out = applyEdits(ML, edits);
    const comments = (t: string) => t.split('\n').filter((l) => /^\s*#/.test(l));
    expect(comments(out)).toEqual(comments(ML));
    expect(dataOf(out)).toEqual(applyToData(dataOf(ML), edits));
  });

  test('property: setting any existing scalar gives exactly the expected data, keeps every comment line', () => {
    const leaves: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
      else leaves.push(p);
    };
    walk(dataOf(BM), []);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 1e6 })), (path, value) => {
        const out = applyEdits(BM, [{ path, value }]);
        expect(dataOf(out)).toEqual(applyToData(dataOf(BM), [{ path, value }]));
        const d = lineDiff(BM, out);
        expect(d.added.length).toBeLessThanOrEqual(3);
        expect(d.removed.filter((l) => /^\s*#/.test(l))).toEqual([]);
      }),
      fuzz(150, 601),
    );
  });
});

describe('describeChanges', () => {
  test('leaf-level additions, changes and removals with readable paths', () => {
    const changes = describeChanges({ a: 1, b: { c: [1] }, d: 'x' }, { a: 2, b: { c: [1, 2] }, e: { f: 'y' } });
    expect(changes.map((c) => [c.kind, formatPath(c.path)])).toEqual([
      ['change', 'a'], ['add', 'b.c[1]'], ['remove', 'd'], ['add', 'e.f'],
    ]);
  });
});
