import { describe, expect, test } from '@jest/globals';
import { MAX_ALIAS_COUNT, MAX_ALIAS_NODES, parseJson, parseSource } from '../../src/load/source.js';

const TEXT = [
  'smscore: 1',            // 1
  'brand:',                // 2
  '  name: Café Ondine',   // 3
  'channels:',             // 4
  '  - id: insta',         // 5
  '    platform: instagram',
  '    metrics: { posts: 12, reach: 900 }',
  '  - id: fb',            // 8
  '    platform: facebook',
].join('\n');

describe('parseSource', () => {
  const src = parseSource('brand.yaml', TEXT);

  test('parses to plain data with no diagnostics', () => {
    expect(src.diagnostics).toEqual([]);
    expect(src.data).toMatchObject({ smscore: 1, brand: { name: 'Café Ondine' } });
  });

  test('locates values in block and flow collections, 1-based', () => {
    expect(src.locate(['brand', 'name'])).toMatchObject({ file: 'brand.yaml', line: 3, col: 9 });
    expect(src.locate(['channels', 0, 'metrics', 'reach'])).toMatchObject({ line: 7, col: 34 });
    expect(src.locate(['channels', 1, 'platform'])).toMatchObject({ line: 9, col: 15 });
  });

  test('locates keys when asked', () => {
    expect(src.locate(['channels', 0, 'platform'], 'key')).toMatchObject({ line: 6, col: 5 });
  });

  test('falls back to the nearest existing parent for a missing path', () => {
    expect(src.locate(['channels', 1, 'metrics', 'reach'])).toMatchObject({ line: 8, col: 5 });
    expect(src.locate(['strategy', 'threats'])).toMatchObject({ line: 1, col: 1 });
  });

  test('string indexes work like numbers', () => {
    expect(src.locate(['channels', '1', 'id'])).toEqual(src.locate(['channels', 1, 'id']));
  });

  test('has() tells whether a path exists', () => {
    expect(src.has(['channels', 0, 'metrics', 'posts'])).toBe(true);
    expect(src.has(['channels', 1, 'metrics'])).toBe(false);
  });
});

describe('parseSource problems', () => {
  test('an empty file is one located error', () => {
    const src = parseSource('e.yaml', '');
    expect(src.diagnostics.map((d) => d.code)).toEqual(['load.empty']);
    expect(src.data).toBeUndefined();
  });

  test('a file of comments only is empty too', () => {
    expect(parseSource('c.yaml', '# nothing here\n# at all\n').diagnostics.map((d) => d.code)).toEqual(['load.empty']);
  });

  test('duplicate keys are reported with the key name and position, data still parsed', () => {
    const src = parseSource('d.yaml', 'smscore: 1\nbrand:\n  name: A\n  name: B\n');
    expect(src.diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml.duplicate-key', args: { key: 'name' }, location: { file: 'd.yaml', line: 4, col: 3 } }),
    ]);
    expect(src.data).toBeDefined();
  });

  test('syntax errors stop before data is built', () => {
    const src = parseSource('s.yaml', 'smscore: 1\nbrand:\n  name: a: b\n');
    expect(src.diagnostics[0]?.code).toBe('yaml.syntax');
    expect(src.data).toBeUndefined();
  });

  test('several documents in one stream are refused at the second one', () => {
    const src = parseSource('m.yaml', 'smscore: 1\n---\nsmscore: 1\n');
    expect(src.diagnostics).toEqual([expect.objectContaining({ code: 'load.multiple-documents', args: { count: 2 } })]);
    expect(src.diagnostics[0]?.location.line).toBe(2);
  });

  test('an alias bomb is refused instead of expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`${'b'.repeat(i)}: &${'a'.repeat(i + 1)} [${Array(10).fill('*' + 'a'.repeat(i)).join(', ')}]`);
    const src = parseSource('bomb.yaml', lines.join('\n'));
    // Caught by what the aliases would add, long before their count: at the alias that crosses the bound.
    expect(src.diagnostics.map((d) => d.code)).toEqual(['yaml.alias-expansion']);
    expect(src.diagnostics[0]?.args.max).toBe(MAX_ALIAS_NODES);
    expect(src.diagnostics[0]?.location).toEqual({ file: 'bomb.yaml', line: 4, col: 55 });
    expect(src.data).toBeUndefined();
  });

  test('YAML 1.2 core schema: yes/no stay text, dates stay text', () => {
    const src = parseSource('y.yaml', 'a: yes\nb: 2026-01-01\n');
    expect(src.data).toEqual({ a: 'yes', b: '2026-01-01' });
  });
});

describe('aliases are checked before any data is built (issue 20)', () => {
  const codeAt = (text: string) => {
    const src = parseSource('a.yaml', text);
    const d = src.diagnostics[0];
    return { code: d?.code, at: d ? `${d.location.line}:${d.location.col}` : undefined, args: d?.args, data: src.data };
  };

  test('an alias inside the node it names is refused where it stands, and no cyclic data is made', () => {
    expect(codeAt('smscore: 1\nanswers: &a\n  q: *a\n')).toEqual({ code: 'yaml.recursive-alias', at: '3:6', args: { anchor: 'a' }, data: undefined });
    // Deeper down, in a list, and as a key.
    expect(codeAt('a: &top\n  b:\n    - [1, *top]\n').code).toBe('yaml.recursive-alias');
    expect(codeAt('a: &k\n  ? *k\n  : 1\n').code).toBe('yaml.recursive-alias');
  });

  test('a merge key inside its own anchor is recursive too', () => {
    const text = 'channels:\n  - id: a\n    metrics: &M\n      posts: 1\n      <<: *M\n';
    expect(codeAt(text)).toEqual({ code: 'yaml.recursive-alias', at: '5:11', args: { anchor: 'M' }, data: undefined });
    // As YAML 1.1, where << merges.
    expect(codeAt('%YAML 1.1\n---\n' + text).code).toBe('yaml.recursive-alias');
  });

  test('an alias to an anchor defined later, or never, is an unknown alias (not "too many aliases")', () => {
    expect(codeAt('a: *later\nb: &later 1\n')).toEqual({ code: 'yaml.unknown-alias', at: '1:4', args: { anchor: 'later' }, data: undefined });
    expect(codeAt('a: [1, *nope]\n').code).toBe('yaml.unknown-alias');
  });

  test('a YAML 1.1 merge key naming a single value is said as such, where the merge key is', () => {
    expect(codeAt('%YAML 1.1\n---\na: &x 1\nb:\n  <<: *x\n')).toEqual({ code: 'yaml.bad-merge', at: '5:3', args: {}, data: undefined });
  });

  test('an alias of a sibling, or of an earlier node, is fine and shares nothing cyclic', () => {
    const r = codeAt('base: &b { platform: x }\nlist:\n  - *b\n  - *b\nnested: &n\n  inner: &i [1, 2]\n  again: *i\n');
    expect(r.code).toBeUndefined();
    expect(JSON.stringify(r.data)).toBe('{"base":{"platform":"x"},"list":[{"platform":"x"},{"platform":"x"}],"nested":{"inner":[1,2],"again":[1,2]}}');
  });

  test('aliases are bounded by what they add, not only by their count', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `  k${i}: v`).join('\n');
    // A map of 2,000 pairs is 4,001 nodes (itself, each key, each value): the third alias crosses 10,000.
    const r = codeAt(`big: &B\n${big}\nlist: [*B, *B, *B, *B, *B]\n`);
    expect(r.code).toBe('yaml.alias-expansion');
    expect(r.at).toBe(`2002:${8 + 2 * 4}`);
    // Two add 8,002: fine.
    expect(codeAt(`big: &B\n${big}\nlist: [*B, *B]\n`).code).toBeUndefined();
  });

  test('more than MAX_ALIAS_COUNT aliases are refused even when each is small', () => {
    const many = Array.from({ length: MAX_ALIAS_COUNT + 1 }, () => '*x').join(', ');
    const r = codeAt(`x: &x 1\nlist: [${many}]\n`);
    expect(r.code).toBe('yaml.alias');
    expect(r.args).toEqual({ max: MAX_ALIAS_COUNT });
    expect(codeAt(`x: &x 1\nlist: [${Array(MAX_ALIAS_COUNT).fill('*x').join(', ')}]\n`).code).toBeUndefined();
  });
});

describe('other load messages of issue 20', () => {
  test('an unclosed { or [ is reported as such, where it opened', () => {
    const map = parseSource('u.yaml', 'smscore: 1\nbrand: { name: X\nchannels: []\n');
    expect(map.diagnostics[0]).toEqual(expect.objectContaining({ code: 'yaml.unclosed-flow', args: { bracket: '{' }, location: { file: 'u.yaml', line: 2, col: 8 } }));
    const list = parseSource('u.yaml', 'smscore: 1\nchannels: [ { id: a, platform: x }\n');
    expect(list.diagnostics[0]).toEqual(expect.objectContaining({ code: 'yaml.unclosed-flow', args: { bracket: '[' }, location: { file: 'u.yaml', line: 2, col: 11 } }));
  });

  test('a .json file that JSON refuses is invalid JSON, located, not read as YAML', () => {
    const src = parseSource('b.json', '{\n  "smscore": 1,\n  "brand": { "name": "X" },\n}\n');
    expect(src.data).toBeUndefined();
    expect(src.diagnostics).toEqual([expect.objectContaining({ code: 'load.invalid-json', location: { file: 'b.json', line: 4, col: 1 } })]);
    // The same text in a .yaml file is YAML, which allows it.
    expect(parseSource('b.yaml', '{\n  "smscore": 1,\n  "brand": { "name": "X" },\n}\n').data).toEqual({ smscore: 1, brand: { name: 'X' } });
    // Valid JSON the fast reader leaves to the library is still read.
    expect(parseSource('b.json', '{"a": 1, "a": 2}').diagnostics[0]?.code).toBe('yaml.duplicate-key');
  });

  test('parseJson: data, or a located diagnostic', () => {
    expect(parseJson('r.json', '{"formatVersion": 1}')).toEqual({ ok: true, data: { formatVersion: 1 } });
    const bad = parseJson('r.json', '{\n  "files": [1, 2,]\n}');
    expect(bad).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'load.invalid-json', location: { file: 'r.json', line: 2, col: 18 } }) });
    expect(parseJson('r.json', '{"a": ')).toEqual({ ok: false, diagnostic: expect.objectContaining({ location: { file: 'r.json', line: 1, col: 7 } }) });
  });
});
