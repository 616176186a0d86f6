/**
 * The JSON reader's contract (src/load/fast-json.ts): on any text it either gives up (undefined) or returns what the
 * `yaml` library would, the same data and the same position for every key and value. Checked on the examples
 * written as JSON (pretty and compact), on the repository's JSON files, on generated JSON values laid out in many
 * ways, and on mutated JSON texts.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fuzz, FUZZ_DEPTH } from '../support/fuzz.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { looksLikeJson, readFastJson } from '../../src/load/fast-json.js';
import { parseSource } from '../../src/load/source.js';
import { compareWithLibrary, sameAnswers } from '../support/reader-contract.js';
import { ROOT } from '../support/cli.js';

const compare = (text: string) => compareWithLibrary(readFastJson, text);


const EXAMPLES = ['maison-lumiere.yaml', 'boulangerie-martin.yaml', 'minimal.yaml', 'cosmetics-facebook-2014.yaml']
  .map((f) => ({ name: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(ROOT, 'examples', f), 'utf8')) as unknown }));
const LAYOUTS: [string, (v: unknown) => string][] = [
  ['pretty, 2 spaces', (v) => JSON.stringify(v, null, 2) + '\n'],
  ['pretty, 4 spaces', (v) => JSON.stringify(v, null, 4)],
  ['compact', (v) => JSON.stringify(v)],
];
const JSON_FILES = ['test/fixtures/golden/boulangerie-martin.json', 'test/fixtures/golden/boulangerie-martin.sarif.json', 'test/fixtures/sarif/sarif-schema-2.1.0.json'];

describe('readFastJson agrees with the yaml library', () => {
  for (const { name, data } of EXAMPLES) {
    test.each(LAYOUTS)(`examples/${name} as JSON, %s: read, and the same`, (_layout, write) => {
      expect(compare(write(data))).toBe('same');
    });
  }

  test.each(JSON_FILES)('%s: the same, or left to the library', (file) => {
    expect(['same', 'outside']).toContain(compare(readFileSync(join(ROOT, file), 'utf8')));
  });

  test('on generated JSON values in every layout, which it reads', () => {
    let read = 0;
    fc.assert(fc.property(jsonDocument(), (text) => {
      const outcome = compare(text);
      if (outcome === 'same') read++;
      if (outcome !== 'outside' && outcome !== 'same') throw new Error(`${outcome}\n${JSON.stringify(text)}`);
    }), fuzz(400, 20261202));
    // Not a vacuous pass; texts with characters the fast readers leave alone (U+2028, C1 controls) are the rest.
    expect(read).toBeGreaterThan(250 * FUZZ_DEPTH);
  });

  test('on mutated JSON texts: either the same result or it gives up', () => {
    // The smaller examples: the library's reading of each mutated text is the test's cost.
    const texts = EXAMPLES.flatMap(({ data }) => LAYOUTS.map(([, write]) => write(data))).filter((t) => t.length < 20_000);
    fc.assert(fc.property(
      fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation(), { minLength: 1, maxLength: 3 }),
      (which, mutations) => {
        let text = texts[which]!;
        for (const m of mutations) text = m(text);
        const outcome = compare(text);
        if (outcome !== 'outside' && outcome !== 'same') throw new Error(`${outcome}\n${JSON.stringify(text.slice(0, 400))}`);
      },
    ), fuzz(800, 20261203));
  });
});

describe('what the JSON reader leaves to the library', () => {
  test.each([
    ['a trailing comma', '{"a": 1,}'],
    ['a comment', '{"a": 1} # note\n'],
    ['single quotes', "{'a': 1}"],
    ['a plain word', '{"a": yes}'],
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a __proto__ key', '{"__proto__": {"x": 1}}'],
    ['a merge key', '{"<<": {"x": 1}}'],
    ['a key on another line than its colon', '{"a"\n: 1}'],
    ['a raw line break in a string', '{"a": "one\ntwo"}'],
    ['a bad escape', '{"a": "\\x41"}'],
    ['a number with a leading zero', '{"a": 012}'],
    ['a number followed by a word', '{"a": 1x}'],
    ['a tab', '{"a":\t1}'],
    ['two documents', '{"a": 1}\n{"b": 2}'],
    ['text after the value', '{"a": 1} x'],
    ['nesting deeper than the limit', '['.repeat(70) + ']'.repeat(70)],
    ['a line indented past the limit', `{\n${' '.repeat(300)}"a": 1\n}`],
    ['an unclosed object', '{"a": 1'],
    ['a YAML flow mapping', '{a: 1}'],
  ])('%s', (_label, text) => {
    expect(readFastJson(text)).toBeUndefined();
  });

  test('only texts that open with { or [ are taken for JSON', () => {
    expect(looksLikeJson('\n  {"a": 1}')).toBe(true);
    expect(looksLikeJson('[1]')).toBe(true);
    expect(looksLikeJson('a: {"b": 1}')).toBe(false);
    expect(looksLikeJson('# {\n')).toBe(false);
    expect(looksLikeJson('')).toBe(false);
  });
});

describe('parseSource answers the same through the JSON reader and through the library', () => {
  for (const { name, data } of EXAMPLES) {
    test.each(LAYOUTS)(`examples/${name} as JSON, %s: every path, its key, a missing child, has()`, (_layout, write) => {
      const text = write(data);
      expect(readFastJson(text)).toBeDefined();
      sameAnswers(`${name}.json`, text);
    });
  }

  test('the same JSON with Windows line ends', () => {
    const text = JSON.stringify(EXAMPLES[0]!.data, null, 2).replace(/\n/g, '\r\n');
    sameAnswers('crlf.json', text);
  });

  test('errors are the library\'s, word for word', () => {
    const text = '{\n  "smscore": 1,\n  "brand": {"name": "x"\n}\n';
    expect(parseSource('bad.json', text)).toMatchObject({ diagnostics: parseSource('bad.json', text, { fast: false }).diagnostics });
    expect(parseSource('bad.json', text).diagnostics.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Generators

/** JSON values with the characters and words that matter to YAML, laid out compact, pretty or irregularly. */
function jsonDocument(): fc.Arbitrary<string> {
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
    fc.string({ unit: fc.constantFrom('a', 'é', ' ', ':', '#', '-', '"', "'", '\\', '/', '\n', '\t', '{', '}', '[', ']', ',', '\u2028', '😀', '\u0000'), maxLength: 10 }),
    fc.constantFrom('null', 'true', '~', '12', '0x1F', '1e3', '.inf', 'yes', '2026-03-31', '<<', '__proto__', 'a: b', '- x', '# c'),
  );
  const num = fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1e21, 1e-7, 123456789012345680000, 0.1));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, num, fc.boolean(), fc.constant(null), tie('arr'), tie('obj')),
    arr: fc.array(tie('tree'), { maxLength: 5 }),
    obj: fc.dictionary(text, tie('tree'), { maxKeys: 5 }),
  }));
  const root = fc.oneof(fc.dictionary(text, tree, { maxKeys: 6 }), fc.array(tree, { maxLength: 6 }));
  return fc.tuple(root, fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 1000 })).map(([value, layout, seed]) => {
    if (layout === 0) return JSON.stringify(value);
    if (layout === 1) return JSON.stringify(value, null, 2) + '\n';
    // Irregular but valid spacing: spaces around every comma and colon outside strings, or a break after each comma.
    let out = '';
    let inString = false;
    const json = JSON.stringify(value, null, layout === 2 ? 1 : 0);
    for (let i = 0; i < json.length; i++) {
      const c = json[i]!;
      out += c;
      if (c === '"' && json[i - 1] !== '\\') inString = !inString;
      else if (!inString && (c === ',' || c === ':' || c === '[' || c === '{')) out += (seed + i) % 3 === 0 ? '\n ' : ' ';
    }
    return `${seed % 2 ? '\n' : ''}${out}${seed % 5 ? '\n' : ''}`;
  });
}

/** Small edits of a JSON text: a character removed, doubled or replaced, a line break or space added. */
function mutation(): fc.Arbitrary<(text: string) => string> {
  return fc.tuple(fc.nat(), fc.constantFrom('delete', 'double', 'replace', 'break', 'space'), fc.constantFrom(',', ':', '"', '\\', '{', '}', '[', ']', '#', ' ', '\n', '1', 'e', '-', "'", 't')).map(
    ([at, kind, c]) => (text: string) => {
      const i = text.length === 0 ? 0 : at % text.length;
      if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
      if (kind === 'double') return text.slice(0, i + 1) + text.slice(i);
      if (kind === 'replace') return text.slice(0, i) + c + text.slice(i + 1);
      if (kind === 'break') return text.slice(0, i) + '\n' + text.slice(i);
      return text.slice(0, i) + ' ' + text.slice(i);
    },
  );
}
