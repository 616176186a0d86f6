import { describe, expect, test } from '@jest/globals';
import {
  absolutePath as absoluteOfCompiled, compilePath, countElements, elements, firstValue, resolve as resolveCompiled, someValue, type Scope,
} from '../../src/questions/paths.js';

/** resolve and absolutePath with the path written as a string, as the catalog writes it. */
const resolve = (scope: Scope, path: string) => resolveCompiled(scope, compilePath(path));
const absolutePath = (scope: Scope, path: string) => absoluteOfCompiled(scope, compilePath(path));

const root = { a: { b: [{ c: 1 }, { c: null }, { c: 'x' }] }, list: [10, 20] };

describe('paths cached per path string', () => {
  test('compilePath gives the same frozen result for the same string', () => {
    const p = compilePath('$.a.*.2');
    expect(p).toEqual({ fromRoot: true, steps: ['a', '*', '2'], indices: [-1, -1, 2], hasWildcard: true, absoluteSteps: ['a', 2] });
    expect(compilePath('$.a.*.2')).toBe(p);
    expect(Object.isFrozen(p) && Object.isFrozen(p.steps) && Object.isFrozen(p.indices) && Object.isFrozen(p.absoluteSteps)).toBe(true);
    expect(compilePath('$')).toMatchObject({ fromRoot: true, steps: [], hasWildcard: false });
  });

  test('absolutePath returns a fresh array each time, relative to the scope', () => {
    const scope = { root, base: ['a', 'b', 0], item: root.a.b[0] };
    const p = absolutePath(scope, 'c.*.1');
    expect(p).toEqual(['a', 'b', 0, 'c', 1]);
    (p as unknown as unknown[]).push('mutated');
    expect(absolutePath(scope, 'c.*.1')).toEqual(['a', 'b', 0, 'c', 1]);
    expect(absolutePath(scope, '$.list.1')).toEqual(['list', 1]);
  });

  test('resolve without a wildcard gives at most one match; with one, every match; null and undefined are left out', () => {
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

  test('a digit step is a list index in a list, a key in a map', () => {
    const top = { root, base: [], item: root };
    const data = { list: ['x'], map: { 0: 'y' } };
    const scope = { root: data, base: [], item: data };
    expect(resolve(scope, 'list.0')).toEqual([{ value: 'x', path: ['list', 0] }]);
    expect(resolve(scope, 'map.0')).toEqual([{ value: 'y', path: ['map', '0'] }]);
    expect(resolve(top, 'list.1')).toEqual([{ value: 20, path: ['list', 1] }]);
  });
});

describe('someValue, firstValue and countElements answer as resolve and elements do, without building the matches', () => {
  const data = {
    a: { b: [{ c: 1 }, { c: null }, { c: 'x' }, 7] },
    m: { k: { l: [1, 2] }, j: { l: [] }, n: { l: 'one' } },
    s: 'text',
    e: [],
    z: null,
    list: [[1, 2], [3]],
  };
  const top: Scope = { root: data, base: [], item: data };
  const item: Scope = { root: data, base: ['m', 'k'], item: data.m.k };
  const paths = ['a', 'a.b', 'a.b.*', 'a.b.*.c', 'a.b.0.c', 'a.b.1.c', 'a.b.9.c', 'm', 'm.*', 'm.*.l', 'm.*.l.*', 's', 's.*', 'e', 'e.*', 'z',
    'z.*', 'list.*', 'list.*.*', 'list.1.0', 'nope', 'nope.*', 'a.constructor', 'toString', '$', '$.s', 'l', 'l.*', '$.m.j.l'];
  const tests: ((v: unknown) => boolean)[] = [() => true, (v) => typeof v === 'number', (v) => typeof v === 'string', Array.isArray];
  test.each(paths)('%s', (path) => {
    for (const scope of [top, item]) {
      const matches = resolve(scope, path);
      for (const t of tests) expect(someValue(scope, compilePath(path), t)).toBe(matches.some((m) => t(m.value)));
      expect(firstValue(scope, compilePath(path))).toBe(matches[0]?.value);
      expect(countElements(scope, compilePath(path))).toBe(elements(matches).length);
    }
  });
});
