/**
 * Issue 23: checks that count a list (`covers`, `perKey`) mean what their question asks, and say how far a partial
 * answer goes ("3 of 10 stages"); the readiness credits that share as it credits a per-channel question's share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { buildCatalog, describeRule, evaluate, evaluateQuestion, evaluateRule, findGaps, parsePack, progressText, readiness, type Rule } from '../../src/questions/index.js';
import { brandErrors, fromText, ROOT, shippedCatalog } from './helpers.js';

const run = (rule: Rule, root: unknown) => evaluateRule(rule, { scope: { root, base: [], item: root }, questionId: 'q-id' });
const unit = { one: { en: 'stage', fr: 'étape' }, other: { en: 'stages', fr: 'étapes' } };

describe('covers: each of these values (or at least min) at a key of a list', () => {
  const rule: Rule = { check: 'covers', path: 'l', key: 's', values: ['a', 'b', 'c'], unit };

  test('every value covered answers it', () => {
    expect(run(rule, { l: [{ s: 'c' }, { s: 'a' }, { s: 'b' }] })).toEqual({ status: 'yes' });
  });

  test('part covered is open, at the list, with how many of how many; duplicates and other values do not count', () => {
    expect(run(rule, { l: [{ s: 'a' }, { s: 'a' }, { s: 'z' }] })).toEqual({ status: 'no', at: ['l'], progress: { have: 1, of: 3, unit } });
  });

  test('no list at all is 0 of 3, not "does not apply"', () => {
    expect(run(rule, {})).toEqual({ status: 'no', at: ['l'], progress: { have: 0, of: 3, unit } });
  });

  test('min asks for at least that many', () => {
    expect(run({ ...rule, min: 2 }, { l: [{ s: 'a' }, { s: 'b' }] }).status).toBe('yes');
    expect(run({ ...rule, min: 2 }, { l: [{ s: 'a' }] }).progress).toEqual({ have: 1, of: 2, unit });
  });

  test('where: only entries that pass it count', () => {
    const where: Rule = { ...rule, where: { check: 'text', path: 'why' } };
    expect(run(where, { l: [{ s: 'a', why: 'x' }, { s: 'b' }, { s: 'c', why: ' ' }] }).progress).toEqual({ have: 1, of: 3, unit });
  });

  test('without a unit, progress has none', () => {
    expect(run({ check: 'covers', path: 'l', key: 's', values: ['a', 'b'] }, { l: [{ s: 'a' }] })).toEqual({ status: 'no', at: ['l'], progress: { have: 1, of: 2 } });
  });
});

describe('perKey: each of these keys of a map, each passing a rule', () => {
  const both: Rule = { check: 'allOf', rules: [{ check: 'items', path: 'dos' }, { check: 'items', path: 'donts' }] };
  const rule: Rule = { check: 'perKey', path: 'm', keys: ['x', 'y', 'z'], rule: both };

  test('every key passing answers it', () => {
    const full = { dos: [1], donts: [2] };
    expect(run(rule, { m: { x: full, y: full, z: full } })).toEqual({ status: 'yes' });
  });

  test('part passing is open at the first key missing, with the count', () => {
    expect(run(rule, { m: { x: { dos: [1], donts: [2] }, y: { dos: [1] } } })).toEqual({ status: 'no', at: ['m', 'y'], progress: { have: 1, of: 3 } });
  });

  test('the rule is asked of the key\'s value, and no map is 0 of 3', () => {
    expect(run(rule, { dos: [1], donts: [2] })).toEqual({ status: 'no', at: ['m', 'x'], progress: { have: 0, of: 3 } });
  });

  test('min asks for at least that many keys', () => {
    expect(run({ ...rule, min: 1 }, { m: { z: { dos: [1], donts: [2] } } }).status).toBe('yes');
  });
});

describe('progress in words', () => {
  test('English agrees with the total, French with the count', () => {
    expect(progressText({ have: 4, of: 10, unit }, 'en')).toBe('4 of 10 stages');
    expect(progressText({ have: 4, of: 10, unit }, 'fr')).toBe('4 étapes sur 10');
    expect(progressText({ have: 1, of: 3, unit }, 'fr')).toBe('1 étape sur 3');
    expect(progressText({ have: 0, of: 3, unit }, 'fr')).toBe('0 étape sur 3');
    expect(progressText({ have: 0, of: 1, unit }, 'en')).toBe('0 of 1 stage');
    expect(progressText({ have: 2, of: 3 }, 'en')).toBe('2 of 3 entries');
    expect(progressText({ have: 2, of: 3 }, 'fr')).toBe('2 entrées sur 3');
  });

  test('explain words the counting checks, with an example of a partial count', () => {
    const q = shippedCatalog().questions.find((x) => x.id === 'user-lifecycle')!;
    expect(describeRule(q.answeredWhen, 'en', q.id).join('\n')).toContain('cover each of these values of `stage`');
    expect(describeRule(q.answeredWhen, 'en', q.id).join('\n')).toContain('"5 of 10 stages"');
    expect(describeRule(q.answeredWhen, 'fr', q.id).join('\n')).toContain('«\u00a05 étapes sur 10\u00a0»');
  });
});

describe('the three questions on a file that answers them in part', () => {
  const catalog = shippedCatalog();
  const input = fromText(readFileSync(join(ROOT, 'test', 'fixtures', 'questions', 'lists-in-part.yaml'), 'utf8'), {}, 'lists-in-part.yaml');
  const q = (id: string) => catalog.questions.find((x) => x.id === id)!;
  const gaps = findGaps(input, catalog);
  const gap = (id: string) => gaps.find((g) => g.questionId === id)!;

  test('the fixture is a valid brand file (flat dos/donts and the per-area form together)', () => {
    expect(brandErrors(input.brand)).toBeNull();
  });

  test('user-lifecycle: three stages described (participant says nothing) is open, "3 of 10 stages"', () => {
    expect(evaluateQuestion(q('user-lifecycle'), input).instances).toEqual([
      { status: 'no', path: ['audience', 'journey'], progress: { have: 3, of: 10, unit } },
    ]);
    expect(progressText(gap('user-lifecycle').progress!, 'en')).toBe('3 of 10 stages');
    expect(progressText(gap('user-lifecycle').progress!, 'fr')).toBe('3 étapes sur 10');
  });

  test('after-purchase-stages: one of the three is open, "1 of 3 stages"', () => {
    expect(progressText(gap('after-purchase-stages').progress!, 'en')).toBe('1 of 3 stages');
  });

  test('dos-and-donts: a do and a don\'t in content only, a do alone in interfaces: "1 of 3 areas", to add under interfaces', () => {
    expect(gap('dos-and-donts').path).toEqual(['strategy', 'dosAndDonts', 'interfaces']);
    expect(progressText(gap('dos-and-donts').progress!, 'en')).toBe('1 of 3 areas');
    expect(progressText(gap('dos-and-donts').progress!, 'fr')).toBe('1 domaine sur 3');
  });

  test('flat dos and don\'ts stay valid but answer no area: 0 of 3', () => {
    const flat = fromText('smscore: 1\nbrand: { name: B }\nstrategy:\n  dos: [a]\n  donts: [b]\n');
    expect(brandErrors(flat.brand)).toBeNull();
    expect(progressText(findGaps(flat, catalog).find((g) => g.questionId === 'dos-and-donts')!.progress!, 'en')).toBe('0 of 3 areas');
  });

  test('a free answer closes the question and carries no progress', () => {
    const answered = fromText('smscore: 1\nbrand: { name: B }\nanswers:\n  user-lifecycle: We only work with word of mouth for now.\n');
    expect(evaluateQuestion(q('user-lifecycle'), answered).instances[0]).toEqual({ status: 'yes', path: ['answers', 'user-lifecycle'], byFreeAnswer: true });
  });
});

describe('readiness credits a list answered in part as its share', () => {
  const pack = `
sections:
  - { id: s1, order: 1, title: { en: One, fr: Un } }
questions:
  - id: stages
    section: s1
    severity: major
    pillars: [engagement]
    question: { en: q, fr: q }
    why: { en: w, fr: w }
    answer: { path: l, kind: structured, example: "l: []" }
    sources: [t]
    answeredWhen: { check: covers, path: l, key: s, values: [a, b, c, d] }
  - id: plain
    section: s1
    severity: minor
    pillars: []
    question: { en: q, fr: q }
    why: { en: w, fr: w }
    answer: { path: t, kind: text, example: "t: x" }
    sources: [t]
    answeredWhen: { check: text, path: t }
`;
  const small = buildCatalog([parsePack('small.yaml', pack)]);

  test('1 of 4 on a major question is a quarter of its weight; answered counts only the full answers', () => {
    const r = readiness(evaluate(fromText('smscore: 1\nbrand: { name: B }\nt: x\nl: [{ s: a }]\n'), small), small);
    // stages 2 x 1/4 + plain 1 x 1 = 1.5 of 3
    expect(r.overall).toBe(50);
    expect(r).toMatchObject({ answered: 1, total: 2 });
    expect(r.byPillar.engagement).toEqual({ answered: 0, total: 1, score: 25 });
  });

  test('all four is the full weight', () => {
    const r = readiness(evaluate(fromText('smscore: 1\nbrand: { name: B }\nt: x\nl: [{ s: a }, { s: b }, { s: c }, { s: d }]\n'), small), small);
    expect(r).toMatchObject({ overall: 100, answered: 2, total: 2 });
  });
});
