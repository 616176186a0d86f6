/**
 * Every catalog question, table-driven: a file that leaves it unanswered gives a gap for it, and the same file
 * with the question's own example merged in answers it. The examples are thereby checked to be valid and right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { evaluateQuestion, exampleIn, findGaps, type Question } from '../../src/questions/index.js';
import type { Locale } from '../../src/i18n/translate.js';
import { brandErrors, brandInput, merge, MINIMAL, ROOT, setPath, shippedCatalog } from './helpers.js';
import type { Pillar } from '../../src/model/brand.js';

interface Cases {
  bareItems: Record<string, unknown>;
  cases: Record<string, { unanswered?: unknown; answered?: unknown }>;
}
const fixture = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'questions', 'cases.yaml'), 'utf8')) as Cases;
const catalog = shippedCatalog();

function unansweredData(q: Question): Record<string, unknown> {
  let data: Record<string, unknown> = structuredClone(MINIMAL);
  if (q.each) {
    const bare = fixture.bareItems[q.each];
    if (bare === undefined) throw new Error(`add a bare item for "${q.each}" to test/fixtures/questions/cases.yaml`);
    data = setPath(data, q.each, [bare]);
  }
  return merge(data, fixture.cases[q.id]?.unanswered ?? {}) as Record<string, unknown>;
}

function answeredData(q: Question, locale: Locale = 'en'): unknown {
  return merge(merge(unansweredData(q), parse(exampleIn(q, locale))), fixture.cases[q.id]?.answered ?? {});
}

/** Pillar questions read what the scoring engine reports, not the file. */
function inputs(q: Question): { unanswered: { unmeasuredPillars?: Pillar[] }; answered: { measuredPillars?: Pillar[] } } {
  if (q.answeredWhen.check === 'pillarMeasured') {
    return { unanswered: { unmeasuredPillars: [q.answeredWhen.pillar] }, answered: { measuredPillars: [q.answeredWhen.pillar] } };
  }
  return { unanswered: {}, answered: {} };
}

describe.each(catalog.questions.map((q) => [q.id, q] as const))('%s', (_id, q) => {
  test('a file that does not answer it gets a gap for it', () => {
    const data = unansweredData(q);
    expect(brandErrors(data)).toBeNull();
    const input = brandInput(data, inputs(q).unanswered);
    const result = evaluateQuestion(q, input);
    expect(result.instances.map((i) => i.status)).toContain('no');
    const gaps = findGaps(input, catalog).filter((g) => g.questionId === q.id);
    expect(gaps.length).toBeGreaterThan(0);
    if (q.each === 'channels') expect(gaps[0]!.channelId).toBe('instagram');
  });

  test.each(['en', 'fr'] as const)('the same file with the question\'s example (%s) answers it', (locale) => {
    const data = answeredData(q, locale);
    expect(brandErrors(data)).toBeNull();
    const result = evaluateQuestion(q, brandInput(data, inputs(q).answered));
    expect(result.instances.length).toBeGreaterThan(0);
    expect(result.instances.map((i) => i.status)).toEqual(result.instances.map(() => 'yes'));
  });

  if (q.kind === 'question') {
    test(`a sentence in answers.${q.id} answers it too`, () => {
      const data = merge(unansweredData(q), { answers: { [q.id]: 'We decided this on purpose; see the strategy deck.' } });
      expect(brandErrors(data)).toBeNull();
      const result = evaluateQuestion(q, brandInput(data, inputs(q).unanswered));
      expect(result.instances.map((i) => i.status)).toEqual(result.instances.map(() => 'yes'));
    });
  } else {
    test('a sentence in answers does not silence a coherence check', () => {
      const data = merge(unansweredData(q), { answers: { [q.id]: 'It is fine.' } });
      const result = evaluateQuestion(q, brandInput(data, inputs(q).unanswered));
      expect(result.instances.map((i) => i.status)).toContain('no');
    });
  }
});

test('every special case in the fixture names a catalog question', () => {
  const ids = new Set(catalog.questions.map((q) => q.id));
  expect(Object.keys(fixture.cases).filter((id) => !ids.has(id))).toEqual([]);
});
