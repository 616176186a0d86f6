/** The generic checks, one table per check: what answers, what does not, and what does not apply. */
import { describe, expect, test } from '@jest/globals';
import { evaluateRule, type Rule } from '../../src/questions/index.js';
import type { Pillar } from '../../src/model/brand.js';

const run = (rule: Rule, root: unknown, opts: { item?: [unknown, (string | number)[]]; measured?: Pillar[]; unmeasured?: Pillar[] } = {}) =>
  evaluateRule(rule, {
    scope: { root, base: opts.item?.[1] ?? [], item: opts.item?.[0] ?? root },
    questionId: 'q-id',
    ...(opts.measured ? { measuredPillars: opts.measured } : {}),
    ...(opts.unmeasured ? { unmeasuredPillars: opts.unmeasured } : {}),
  });

type Row = [string, Rule, unknown, 'yes' | 'no' | 'na'];

const rows: Row[] = [
  ['present: a value', { check: 'present', path: 'a.b' }, { a: { b: 0 } }, 'yes'],
  ['present: null is absent', { check: 'present', path: 'a.b' }, { a: { b: null } }, 'no'],
  ['present: no parent', { check: 'present', path: 'a.b' }, {}, 'no'],
  ['text: non-empty', { check: 'text', path: 't' }, { t: 'x' }, 'yes'],
  ['text: blanks only', { check: 'text', path: 't' }, { t: '   ' }, 'no'],
  ['text: a number is not text', { check: 'text', path: 't' }, { t: 3 }, 'no'],
  ['text: minLength', { check: 'text', path: 't', minLength: 3 }, { t: 'ab' }, 'no'],
  ['items: list long enough', { check: 'items', path: 'l', min: 2 }, { l: [1, 2] }, 'yes'],
  ['items: list too short', { check: 'items', path: 'l', min: 2 }, { l: [1] }, 'no'],
  ['items: max', { check: 'items', path: 'l', max: 1 }, { l: [1, 2] }, 'no'],
  ['items: a map counts its keys', { check: 'items', path: 'm' }, { m: { a: 1 } }, 'yes'],
  ['items: wildcard flattens', { check: 'items', path: 'p.*.l', min: 3 }, { p: [{ l: [1, 2] }, { l: [3] }] }, 'yes'],
  ['items: absent', { check: 'items', path: 'l' }, {}, 'no'],
  ['number: in range', { check: 'number', path: 'n', min: 0, max: 10 }, { n: 10 }, 'yes'],
  ['number: out of range', { check: 'number', path: 'n', min: 0, max: 10 }, { n: 11 }, 'no'],
  ['number: a string is not a number', { check: 'number', path: 'n' }, { n: '3' }, 'no'],
  ['enum: allowed', { check: 'enum', path: 'e', values: ['a', 'b'] }, { e: 'b' }, 'yes'],
  ['enum: not allowed', { check: 'enum', path: 'e', values: ['a', 'b'] }, { e: 'c' }, 'no'],
  ['answer: own id', { check: 'answer' }, { answers: { 'q-id': 'because' } }, 'yes'],
  ['answer: other id', { check: 'answer', id: 'other' }, { answers: { 'q-id': 'because' } }, 'no'],
  ['answer: prototype keys are not answers', { check: 'answer', id: 'constructor' }, { answers: {} }, 'no'],
  ['refersTo: declared', { check: 'refersTo', path: 'refs', to: 'objectives' }, { refs: ['a'], objectives: [{ id: 'a' }] }, 'yes'],
  ['refersTo: dangling', { check: 'refersTo', path: 'refs', to: 'objectives' }, { refs: ['a', 'z'], objectives: [{ id: 'a' }] }, 'no'],
  ['refersTo: nothing to check', { check: 'refersTo', path: 'refs', to: 'objectives' }, { objectives: [{ id: 'a' }] }, 'na'],
  ['refersTo: single string', { check: 'refersTo', path: 'ref', to: 'channels' }, { ref: 'c', channels: [{ id: 'c' }] }, 'yes'],
  ['subsetOf: covered', { check: 'subsetOf', path: 'a.*', of: 'b.*.p' }, { a: ['x'], b: [{ p: 'x' }] }, 'yes'],
  ['subsetOf: not covered', { check: 'subsetOf', path: 'a.*', of: 'b.*.p' }, { a: ['x', 'y'], b: [{ p: 'x' }] }, 'no'],
  ['subsetOf: nothing to cover', { check: 'subsetOf', path: 'a', of: 'b.*.p' }, { b: [] }, 'na'],
  ['maxShare: spread', { check: 'maxShare', path: 'm', max: 60 }, { m: { a: 50, b: 50 } }, 'yes'],
  ['maxShare: exactly at the threshold passes', { check: 'maxShare', path: 'm', max: 60 }, { m: { a: 60, b: 40 } }, 'yes'],
  ['maxShare: concentrated', { check: 'maxShare', path: 'm', max: 60 }, { m: { a: 61, b: 39 } }, 'no'],
  ['maxShare: too few figures', { check: 'maxShare', path: 'm', max: 60 }, { m: { a: 100 } }, 'na'],
  ['maxShare: one entry allowed', { check: 'maxShare', path: 'm', max: 60, minEntries: 1 }, { m: { a: 100 } }, 'no'],
  ['maxShare: all zero', { check: 'maxShare', path: 'm', max: 60 }, { m: { a: 0, b: 0 } }, 'na'],
  ['maxShare: list field', { check: 'maxShare', path: 'c', field: 'x.n', max: 60 }, { c: [{ x: { n: 9 } }, { x: { n: 1 } }, {}] }, 'no'],
  ['rangeOverlap: overlaps', { check: 'rangeOverlap', path: 'a', with: 'b' }, { a: { min: 18, max: 34 }, b: { min: 25, max: 44 } }, 'yes'],
  ['rangeOverlap: touching counts', { check: 'rangeOverlap', path: 'a', with: 'b' }, { a: { min: 18, max: 25 }, b: { min: 25, max: 44 } }, 'yes'],
  ['rangeOverlap: disjoint', { check: 'rangeOverlap', path: 'a', with: 'b' }, { a: { min: 13, max: 24 }, b: { min: 25, max: 44 } }, 'no'],
  ['rangeOverlap: open bound', { check: 'rangeOverlap', path: 'a', with: 'b' }, { a: { min: 50 }, b: { min: 25, max: 44 } }, 'no'],
  ['rangeOverlap: one missing', { check: 'rangeOverlap', path: 'a', with: 'b' }, { a: { min: 18 } }, 'na'],
  ['allOf: one fails', { check: 'allOf', rules: [{ check: 'present', path: 'a' }, { check: 'present', path: 'b' }] }, { a: 1 }, 'no'],
  ['allOf: n/a parts are ignored', { check: 'allOf', rules: [{ check: 'present', path: 'a' }, { check: 'subsetOf', path: 'x', of: 'y' }] }, { a: 1 }, 'yes'],
  ['allOf: all n/a', { check: 'allOf', rules: [{ check: 'subsetOf', path: 'x', of: 'y' }] }, {}, 'na'],
  ['anyOf: one passes', { check: 'anyOf', rules: [{ check: 'present', path: 'a' }, { check: 'present', path: 'b' }] }, { b: 1 }, 'yes'],
  ['anyOf: none passes', { check: 'anyOf', rules: [{ check: 'present', path: 'a' }, { check: 'present', path: 'b' }] }, {}, 'no'],
  ['not: inverts', { check: 'not', rule: { check: 'present', path: 'a' } }, {}, 'yes'],
  ['not: keeps n/a', { check: 'not', rule: { check: 'subsetOf', path: 'x', of: 'y' } }, {}, 'na'],
  ['every: all items pass', { check: 'every', path: 'l', rule: { check: 'text', path: 'n' } }, { l: [{ n: 'a' }, { n: 'b' }] }, 'yes'],
  ['every: one item fails', { check: 'every', path: 'l', rule: { check: 'text', path: 'n' } }, { l: [{ n: 'a' }, {}] }, 'no'],
  ['every: empty list does not apply', { check: 'every', path: 'l', rule: { check: 'text', path: 'n' } }, { l: [] }, 'na'],
  ['every: empty list may count as no', { check: 'every', path: 'l', rule: { check: 'text', path: 'n' }, ifEmpty: 'no' }, {}, 'no'],
  ['every: $. reaches the root', { check: 'every', path: 'l', rule: { check: 'text', path: '$.top' } }, { l: [{}], top: 'x' }, 'yes'],
  ['some: one item passes', { check: 'some', path: 'l', rule: { check: 'enum', path: 's', values: ['k'] } }, { l: [{ s: 'j' }, { s: 'k' }] }, 'yes'],
  ['some: none passes', { check: 'some', path: 'l', rule: { check: 'enum', path: 's', values: ['k'] } }, { l: [{ s: 'j' }] }, 'no'],
  ['some: empty list', { check: 'some', path: 'l', rule: { check: 'enum', path: 's', values: ['k'] } }, {}, 'no'],
];

describe('generic checks', () => {
  test.each(rows)('%s', (_name, rule, root, status) => {
    expect(run(rule, root).status).toBe(status);
  });

  test('a failed check says where the answer is missing', () => {
    expect(run({ check: 'text', path: 'strategy.threats' }, {})).toEqual({ status: 'no', at: ['strategy', 'threats'] });
    expect(run({ check: 'refersTo', path: 'refs', to: 'objectives' }, { refs: ['a', 'z'], objectives: [{ id: 'a' }] }).at).toEqual(['refs', 1]);
    expect(run({ check: 'maxShare', path: 'm', max: 60 }, { m: { a: 10, b: 90 } }).at).toEqual(['m', 'b']);
    expect(run({ check: 'maxShare', path: 'c', field: 'x.n', max: 60 }, { c: [{ x: { n: 1 } }, {}, { x: { n: 9 } }] }).at).toEqual(['c', 2, 'x', 'n']);
    expect(run({ check: 'rangeOverlap', path: 'a', with: 'b' }, { a: { min: 13, max: 24 }, b: { min: 25 } }).at).toEqual(['a']);
    expect(run({ check: 'every', path: 'l', rule: { check: 'text', path: 'n' } }, { l: [{ n: 'a' }, {}] }).at).toEqual(['l', 1, 'n']);
  });

  test('paths are relative to the current item, and `$.` goes back to the root', () => {
    const root = { channels: [{ id: 'c', role: 'r' }], top: 1 };
    expect(run({ check: 'text', path: 'role' }, root, { item: [root.channels[0], ['channels', 0]] })).toEqual({ status: 'yes' });
    expect(run({ check: 'text', path: 'why' }, root, { item: [root.channels[0], ['channels', 0]] }).at).toEqual(['channels', 0, 'why']);
    expect(run({ check: 'present', path: '$.top' }, root, { item: [root.channels[0], ['channels', 0]] }).status).toBe('yes');
  });

  test('paths never reach an object\'s prototype', () => {
    expect(run({ check: 'present', path: 'a.constructor' }, { a: {} }).status).toBe('no');
    expect(run({ check: 'present', path: '__proto__' }, {}).status).toBe('no');
    expect(run({ check: 'items', path: 'l.length' }, { l: [1, 2] }).status).toBe('no');
  });
});

describe('referencedBy', () => {
  const root = { objectives: [{ id: 'o', channels: ['a'] }, { id: 'p', channels: 'b' }] };
  test.each([
    ['listed in a list', { id: 'a' }, 'yes'],
    ['listed as a single value', { id: 'b' }, 'yes'],
    ['not listed', { id: 'c' }, 'no'],
    ['no id', {}, 'no'],
  ] as const)('%s', (_n, item, status) => {
    expect(run({ check: 'referencedBy', list: '$.objectives', field: 'channels' }, root, { item: [item, ['channels', 0]] }).status).toBe(status);
  });
});

describe('pillarMeasured', () => {
  const rule: Rule = { check: 'pillarMeasured', pillar: 'conversion' };
  test.each([
    ['reported unmeasured', { unmeasured: ['conversion'] as Pillar[] }, 'no'],
    ['not in the unmeasured list', { unmeasured: ['visibility'] as Pillar[] }, 'yes'],
    ['in the measured list', { measured: ['conversion'] as Pillar[] }, 'yes'],
    ['missing from the measured list', { measured: ['visibility'] as Pillar[] }, 'no'],
    ['nothing reported: cannot judge', {}, 'na'],
  ] as const)('%s', (_n, opts, status) => {
    expect(run(rule, {}, opts).status).toBe(status);
  });
});

describe('metricsBacked', () => {
  const rule: Rule = { check: 'metricsBacked', metrics: { reach: ['reach', 'reach-rate'], clicks: ['click-through-rate'] } };
  const channel = { id: 'insta', platform: 'instagram', metrics: { reach: 100, clicks: 5, saves: 3 } };
  const at = (root: { channels: unknown[]; [key: string]: unknown }) => run(rule, root, { item: [root.channels[0], ['channels', 0]] });
  test.each([
    ['every mapped metric has an objective KPI for all channels', [{ id: 'o', kpis: [{ kpi: 'reach' }, { kpi: 'click-through-rate' }] }], 'yes'],
    ['a metric with no objective behind it', [{ id: 'o', kpis: [{ kpi: 'reach-rate' }] }], 'no'],
    ['an objective limited to other channels does not count', [{ id: 'o', channels: ['fb'], kpis: [{ kpi: 'reach' }, { kpi: 'click-through-rate' }] }], 'no'],
    ['a KPI targeted at another channel does not count', [{ id: 'o', kpis: [{ kpi: 'reach', channel: 'fb' }, { kpi: 'click-through-rate' }] }], 'no'],
    ['an objective listing this channel counts', [{ id: 'o', channels: ['insta'], kpis: [{ kpi: 'reach', channel: 'insta' }, { kpi: 'click-through-rate' }] }], 'yes'],
    ['no objectives at all', undefined, 'no'],
  ] as const)('%s', (_n, objectives, status) => {
    expect(at({ channels: [channel], ...(objectives ? { objectives } : {}) }).status).toBe(status);
  });

  test('points at the first unbacked metric', () => {
    expect(at({ channels: [channel], objectives: [{ id: 'o', kpis: [{ kpi: 'reach' }] }] } as never).at).toEqual(['channels', 0, 'metrics', 'clicks']);
  });

  test('the channel listing the objective is enough, even when the objective lists other channels', () => {
    const c = { ...channel, objectives: ['o'] };
    expect(at({ channels: [c], objectives: [{ id: 'o', channels: ['fb'], kpis: [{ kpi: 'reach' }, { kpi: 'click-through-rate' }] }] }).status).toBe('yes');
  });

  test('mode any: one backed figure is enough, and a channel with none points at its metrics', () => {
    const any: Rule = { ...rule, mode: 'any' };
    const root = (objectives: unknown[]) => ({ channels: [channel], objectives });
    expect(run(any, root([{ id: 'o', kpis: [{ kpi: 'reach' }] }]), { item: [channel, ['channels', 0]] }).status).toBe('yes');
    const none = run(any, root([{ id: 'o', kpis: [{ kpi: 'nps' }] }]), { item: [channel, ['channels', 0]] });
    expect(none.status).toBe('no');
    expect(none.at).toEqual(['channels', 0, 'metrics']);
  });

  test('no metrics, or only unmapped ones: does not apply', () => {
    expect(at({ channels: [{ id: 'insta' }] }).status).toBe('na');
    expect(at({ channels: [{ id: 'insta', metrics: { saves: 1 } }] }).status).toBe('na');
  });
});
