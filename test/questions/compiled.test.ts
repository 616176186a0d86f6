/**
 * Rules and questions are compiled once per object and then asked of every file: the compiled form must answer
 * exactly as a fresh compilation would, whatever was asked before it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { PILLARS } from '../../src/model/brand.js';
import { compileRule } from '../../src/questions/checks.js';
import { evaluate, evaluateQuestion, evaluateRule, type Catalog, type GapInput, type Rule } from '../../src/questions/index.js';
import { fromText, ROOT, shippedCatalog } from './helpers.js';

describe('compileRule', () => {
  test('compiles a rule object once', () => {
    const rule: Rule = { check: 'allOf', rules: [{ check: 'text', path: 'a' }, { check: 'items', path: 'b.*.c', min: 2 }] };
    expect(compileRule(rule)).toBe(compileRule(rule));
  });

  test('a compiled rule keeps nothing from one file to the next', () => {
    const rules: Rule[] = [
      { check: 'text', path: 'a.t', minLength: 2 },
      { check: 'items', path: 'l.*.m', min: 2, max: 3 },
      { check: 'number', path: 'a.n', min: 0 },
      { check: 'enum', path: 'l.*.e', values: ['k', 1] },
      { check: 'answer' },
      { check: 'anyOf', rules: [{ check: 'present', path: 'a.p' }, { check: 'refersTo', path: 'r', to: 'l' }] },
      { check: 'every', path: 'l', rule: { check: 'subsetOf', path: 'm', of: '$.a.allowed' }, ifEmpty: 'no' },
      { check: 'some', path: 'l', rule: { check: 'not', rule: { check: 'text', path: 'e' } } },
      { check: 'maxShare', path: 'l', field: 'n', max: 60 },
    ];
    const roots: unknown[] = [
      {},
      { a: { t: 'ok', n: 3, p: 0, allowed: [1, 2] }, l: [{ id: 'x', m: [1], e: 'k', n: 9 }, { id: 'y', m: [2, 3], n: 1 }], r: ['x'], answers: { 'q-id': 'yes' } },
      { a: { t: 'x', n: -1, allowed: [] }, l: [{ m: [], e: 1 }], r: ['z'] },
      { l: [] },
    ];
    const ctx = (root: unknown) => ({ scope: { root, base: [], item: root }, questionId: 'q-id' });
    const first = rules.map((rule) => roots.map((root) => evaluateRule(rule, ctx(root))));
    const again = rules.map((rule) => [...roots].reverse().map((root) => evaluateRule(rule, ctx(root))).reverse());
    const fresh = rules.map((rule) => roots.map((root) => evaluateRule(structuredClone(rule), ctx(root))));
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });
});

describe('the shipped catalog, compiled once', () => {
  const files = ['maison-lumiere.yaml', 'boulangerie-martin.yaml', 'cosmetics-facebook-2014.yaml', 'minimal.yaml'];
  const inputs: GapInput[] = files.map((f, i) =>
    fromText(readFileSync(join(ROOT, 'examples', f), 'utf8'), i % 2 === 0 ? { measuredPillars: PILLARS.slice(0, 3) } : {}, f));
  const catalog = shippedCatalog();
  const instancesByQuestion = (c: Catalog, input: GapInput) => evaluate(input, c).map((r) => [r.question.id, r.instances]);

  test('answers every file as a catalog compiled for that file alone does, in any order', () => {
    const once = inputs.map((input) => instancesByQuestion(catalog, input));
    const reversed = [...inputs].reverse().map((input) => instancesByQuestion(catalog, input)).reverse();
    const fresh = inputs.map((input) => instancesByQuestion(structuredClone(catalog), input));
    expect(reversed).toEqual(once);
    expect(fresh).toEqual(once);
  });

  test('evaluate, which finds the items of each list once per file, answers as each question asked alone', () => {
    for (const input of inputs) expect(evaluate(input, catalog)).toEqual(catalog.questions.map((q) => evaluateQuestion(q, input)));
  });
});
