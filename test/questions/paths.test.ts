import { describe, expect, test } from '@jest/globals';
import { absolutePath, resolve, splitPath } from '../../src/questions/paths.js';

const root = { a: { b: [{ c: 1 }, { c: null }, { c: 'x' }] }, list: [10, 20] };

describe('paths cached per path string', () => {
  test('splitPath gives the same frozen result for the same string', () => {
    const s = splitPath('$.a.b');
    expect(s).toEqual({ fromRoot: true, steps: ['a', 'b'] });
    expect(splitPath('$.a.b')).toBe(s);
    expect(Object.isFrozen(s.steps)).toBe(true);
    expect(splitPath('$')).toEqual({ fromRoot: true, steps: [] });
  });

  test('absolutePath returns a fresh array each time, relative to the scope', () => {
    const scope = { root, base: ['a', 'b', 0], item: root.a.b[0] };
    const p = absolutePath(scope, 'c.*.1');
    expect(p).toEqual(['a', 'b', 0, 'c', 1]);
    (p as unknown as unknown[]).push('mutated');
    expect(absolutePath(scope, 'c.*.1')).toEqual(['a', 'b', 0, 'c', 1]);
    expect(absolutePath(scope, '$.list.1')).toEqual(['list', 1]);
  });

  test('resolve without a wildcard walks once; with one, every match; null and undefined are left out', () => {
    const top = { root, base: [], item: root };
    expect(resolve(top, 'a.b.2.c')).toEqual([{ value: 'x', path: ['a', 'b', 2, 'c'] }]);
    expect(resolve(top, 'a.b.1.c')).toEqual([]);
    expect(resolve(top, 'a.b.9.c')).toEqual([]);
    expect(resolve(top, 'list.x')).toEqual([]);
    expect(resolve(top, 'a.b.*.c')).toEqual([{ value: 1, path: ['a', 'b', 0, 'c'] }, { value: 'x', path: ['a', 'b', 2, 'c'] }]);
    const item = { root, base: ['a', 'b', 0], item: root.a.b[0] };
    expect(resolve(item, 'c')).toEqual([{ value: 1, path: ['a', 'b', 0, 'c'] }]);
    expect(resolve(item, '$.list')).toEqual([{ value: [10, 20], path: ['list'] }]);
    expect(resolve(top, 'toString')).toEqual([]);
  });
});
