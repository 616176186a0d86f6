import { describe, expect, test } from '@jest/globals';
import { MAX_ALIAS_COUNT, parseSource } from '../../src/load/source.js';

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
    const src = parseSource('s.yaml', 'smscore: 1\nbrand:\n  name: [a, b\n');
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
    expect(src.diagnostics.map((d) => d.code)).toEqual(['yaml.alias']);
    expect(src.diagnostics[0]?.args.max).toBe(MAX_ALIAS_COUNT);
  });

  test('YAML 1.2 core schema: yes/no stay text, dates stay text', () => {
    const src = parseSource('y.yaml', 'a: yes\nb: 2026-01-01\n');
    expect(src.data).toEqual({ a: 'yes', b: '2026-01-01' });
  });
});
