/**
 * The contract of the fast readers (src/load/fast-yaml.ts, src/load/fast-json.ts), checked against the `yaml`
 * library: on any text a reader either gives up or returns the same data and the same position for every key and
 * value; and parseSource answers every question (locate, has) the same through either path.
 */
import { expect } from '@jest/globals';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseAllDocuments, type Node } from 'yaml';
import type { FastNode, FastYaml } from '../../src/load/fast-yaml.js';
import { parseSource } from '../../src/load/source.js';
import type { DataPath } from '../../src/model/diagnostic.js';

export type Outcome = 'outside' | 'same' | string;

/** 'outside' when the fast reader gives up, 'same' when it agrees with the library, else what differs. */
export function compareWithLibrary(read: (text: string) => FastYaml | undefined, text: string): Outcome {
  const fast = read(text);
  if (!fast) return 'outside';
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (!Array.isArray(docs) || docs.length !== 1) return 'the library sees no single document';
  const doc = docs[0]!;
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    return `the library reports ${[...doc.errors, ...doc.warnings].map((e) => e.code).join(', ')}`;
  }
  const data: unknown = doc.toJS();
  if (!isDeepStrictEqual(data, fast.data)) return `data differ: ${JSON.stringify(data)} vs ${JSON.stringify(fast.data)}`;
  const problems: string[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const walk = (y: Node, f: FastNode, path: string): void => {
    if (y.range![0] !== f.start) problems.push(`${path}: starts at ${y.range![0]}, fast ${f.start}`);
    const block = (isMap(y) || isSeq(y)) && !y.flow;
    // A block collection ends after its last line; only an end on its first line changes what users see
    // (the caret under an excerpt), so elsewhere the line is enough.
    if (block ? lineOf(y.range![1]) !== lineOf(f.end) && (lineOf(y.range![1]) === lineOf(y.range![0]) || lineOf(f.end) === lineOf(f.start)) : y.range![1] !== f.end) {
      problems.push(`${path}: ends at ${y.range![1]}, fast ${f.end}`);
    }
    if (isMap(y)) {
      if (!f.keys || f.keys.length !== y.items.length) { problems.push(`${path}: keys`); return; }
      y.items.forEach((pair, i) => {
        const key = pair.key as Node;
        if (key.range![0] !== f.keyStarts![i] || key.range![1] !== f.keyEnds![i]) problems.push(`${path}.${f.keys![i]}: key range`);
        walk(pair.value as Node, f.items![i]!, `${path}/${f.keys![i]}`);
      });
    } else if (isSeq(y)) {
      if (!f.items || f.items.length !== y.items.length) { problems.push(`${path}: items`); return; }
      y.items.forEach((item, i) => walk(item as Node, f.items![i]!, `${path}/${i}`));
    } else if (f.items || f.keys) {
      problems.push(`${path}: a scalar read as a collection`);
    }
  };
  walk(doc.contents as Node, fast.root, '');
  return problems.length === 0 ? 'same' : problems.slice(0, 5).join('; ');
}

/**
 * What parseSource answers through the fast reader and through the library: data, diagnostics, and for every path
 * (with a missing child and a missing index under each) its location, its key's location and has().
 */
export function sameAnswers(file: string, text: string): void {
  const fast = parseSource(file, text);
  const full = parseSource(file, text, { fast: false });
  expect(fast.diagnostics).toEqual(full.diagnostics);
  expect(fast.data).toEqual(full.data);
  const paths: DataPath[] = [];
  const visit = (v: unknown, path: DataPath): void => {
    paths.push(path, [...path, 'missing'], [...path, 99]);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(full.data, []);
  for (const path of paths) {
    const a = { value: fast.locate(path), key: fast.locate(path, 'key'), has: fast.has(path) };
    const b = { value: full.locate(path), key: full.locate(path, 'key'), has: full.has(path) };
    // Block collections may end on a different later line (see compare); what is shown is the start.
    const same = (x: typeof a.value, y: typeof a.value) => x.line === y.line && x.col === y.col
      && (x.end?.line !== x.line && y.end?.line !== y.line ? true : x.end?.line === y.end?.line && x.end?.col === y.end?.col);
    expect({ path, value: same(a.value, b.value), key: same(a.key, b.key), has: a.has }).toEqual({ path, value: true, key: true, has: b.has });
  }
}

