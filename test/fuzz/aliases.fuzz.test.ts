/**
 * Fuzzing anchors, aliases and merge keys (issue 20, item 1): random YAML where anchors sit on maps, lists and
 * values at any depth and aliases (plain, in flow collections, as merge keys `<<`) point anywhere, under YAML 1.2
 * and 1.1 (where `<<` merges). Whatever the text, the loader never throws, never hands on data with a cycle or
 * data larger than the text plus the expansion bound, and says recursive-alias exactly when the `yaml` library
 * would have built a cycle.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_ALIAS_NODES, jsonSyntaxErrorAt, parseSource } from '../../src/load/source.js';
import { validateText } from '../../src/validate/index.js';
import { fuzz } from '../support/fuzz.js';

const NAMES = ['a', 'b', 'M'];
const anchor = fc.constantFrom(...NAMES).map((n) => `&${n}`);
const alias = fc.constantFrom(...NAMES).map((n) => `*${n}`);

/** A value on a key's line: empty (a block follows), a scalar, an anchor, an alias, a flow collection of them. */
const inlineValue = fc.oneof(
  fc.constant(''),
  fc.constantFrom('1', 'x', 'instagram', '"q"'),
  anchor,
  fc.tuple(anchor, fc.constantFrom('1', 'x')).map(([a, v]) => `${a} ${v}`),
  alias,
  fc.array(fc.oneof(alias, fc.constantFrom('1', 'x')), { minLength: 1, maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
  fc.tuple(fc.option(anchor, { nil: undefined }), alias).map(([a, x]) => `${a ? a + ' ' : ''}{ k: ${x} }`),
);

/**
 * Lines of a block document: a key (`<<` among them) and a value. A line whose value is empty or only an anchor
 * opens a block, so the next line nests under it; others are followed at the same depth or shallower.
 */
const line = fc.record({
  up: fc.integer({ min: 0, max: 2 }),
  key: fc.constantFrom('answers', 'q', 'metrics', 'posts', 'channels', '<<', 'k'),
  value: inlineValue,
});

const document = fc.tuple(fc.boolean(), fc.array(line, { minLength: 1, maxLength: 14 }))
  .map(([yaml11, lines]) => {
    let depth = 0;
    let opens = false;
    const out = lines.map(({ up, key, value }) => {
      depth = opens ? depth + 1 : Math.max(0, depth - up);
      opens = value === '' || /^&\w+$/.test(value);
      return `${'  '.repeat(depth)}${key}: ${value}`.trimEnd();
    });
    return (yaml11 ? '%YAML 1.1\n---\n' : '') + out.join('\n') + '\n';
  });

/** Whether plain data holds a cycle: each object is walked once, with the objects above it. */
function hasCycle(root: unknown): boolean {
  const above = new Set<object>();
  const done = new Set<object>();
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (above.has(v)) return true;
    if (done.has(v)) return false;
    above.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (walk(child)) return true;
    above.delete(v);
    done.add(v);
    return false;
  };
  return walk(root);
}

/** Nodes of acyclic data as every consumer sees them, aliases expanded (keys and values), up to `cap`. */
function expandedSize(v: unknown, cap: number): number {
  let n = 0;
  const walk = (x: unknown): void => {
    if (++n > cap) return;
    if (x !== null && typeof x === 'object') {
      for (const [, child] of Object.entries(x)) { n++; walk(child); }
    }
  };
  walk(v);
  return n;
}

describe('fuzzing anchors, aliases and merge keys', () => {
  test('the loader never throws, never gives cyclic or unbounded data, and finds exactly the recursive aliases', () => {
    let recursive = 0;
    let loaded = 0;
    fc.assert(fc.property(document, (text) => {
      const src = parseSource('fuzz.yaml', text, { fast: false });
      for (const d of src.diagnostics) {
        expect(d.location.line).toBeGreaterThanOrEqual(1);
        expect(d.location.col).toBeGreaterThanOrEqual(1);
      }
      // "Too many aliases" only ever means that (an unknown alias or a bad merge key have their own words).
      if ((text.match(/\*\w/g) ?? []).length <= MAX_ALIAS_COUNT) expect(src.diagnostics.map((d) => d.code)).not.toContain('yaml.alias');
      if (src.data !== undefined) {
        loaded++;
        expect(hasCycle(src.data)).toBe(false);
        expect(() => JSON.stringify(src.data)).not.toThrow();
        expect(expandedSize(src.data, 10 * (text.length + MAX_ALIAS_NODES))).toBeLessThanOrEqual(2 * text.length + MAX_ALIAS_NODES);
      }
      // What the library alone would have made of a text without syntax errors.
      const docs = parseAllDocuments(text, { prettyErrors: false, strict: true });
      const doc = Array.isArray(docs) && docs.length === 1 ? docs[0]! : undefined;
      if (doc && doc.errors.length === 0 && doc.contents !== null) {
        let libraryData: unknown;
        try { libraryData = doc.toJS({ maxAliasCount: -1 }); } catch { return; /* unresolved alias */ }
        const cyclic = hasCycle(libraryData);
        if (cyclic) recursive++;
        expect(src.diagnostics.some((d) => d.code === 'yaml.recursive-alias')).toBe(cyclic);
      }
      // The whole validation never throws either.
      validateText('fuzz.yaml', text);
    }), fuzz(1200, 2001));
    // The generator reaches both sides often enough to mean something.
    expect(recursive).toBeGreaterThan(20);
    expect(loaded).toBeGreaterThan(100);
  });

  test('jsonSyntaxErrorAt agrees with JSON.parse on mutated JSON, and points inside the text', () => {
    const json = fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 2)).map(([v, indent]) => JSON.stringify(v, null, indent));
    const mutated = fc.tuple(json, fc.array(fc.tuple(fc.nat(), fc.constantFrom(',', ']', '}', '"', ':', '', ' ', '[', '{', '0', 'tru', '\\')), { maxLength: 3 }))
      .map(([text, edits]) => edits.reduce((t, [at, s]) => {
        const i = t.length === 0 ? 0 : at % (t.length + 1);
        return s === '' ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + s + t.slice(i);
      }, text));
    fc.assert(fc.property(mutated, (text) => {
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      const at = jsonSyntaxErrorAt(text);
      expect(at === undefined).toBe(valid);
      if (at !== undefined) {
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(text.length);
      }
    }), fuzz(3000, 2002));
  });
});
