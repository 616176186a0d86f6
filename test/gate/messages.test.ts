import { describe, expect, test } from '@jest/globals';
import { failureText, tg } from '../../src/gate/messages.js';

describe('gate messages write numbers as each language does', () => {
  test('a score under the minimum', () => {
    const f = { kind: 'min-score' as const, file: 'b.yaml', args: { actual: 75.3, limit: 82.5 } };
    expect(failureText(f, 'en')).toBe('overall score 75.3 is below the minimum 82.5');
    expect(failureText(f, 'fr')).toBe('score global 75,3 sous le minimum 82,5');
  });

  test('a regression, with its signed change and tolerance', () => {
    const f = { kind: 'regression' as const, file: 'b.yaml', args: { what: 'overall', before: 71.2, after: 65.9, change: -5.3, tolerance: 0.5 } };
    expect(failureText(f, 'en')).toBe('overall dropped from 71.2 to 65.9 (−5.3; tolerance 0.5)');
    expect(failureText(f, 'fr')).toBe('global est passé de 71,2 à 65,9 (−5,3\u202f; tolérance 0,5)');
  });

  test('templates: fractional numbers get the decimal comma, whole numbers and texts stay as given', () => {
    expect(tg('fr', 'failure.min-readiness', { actual: 61, limit: 62.5 })).toBe('maturité 61\u00a0% sous le minimum 62,5\u00a0%');
    expect(tg('en', 'failure.min-readiness', { actual: 61, limit: 62.5 })).toBe('readiness 61% is below the minimum 62.5%');
    expect(tg('fr', 'failure.expired-waiver', { index: 2, target: 'nps', expires: '2026.01.31' })).toContain('le 2026.01.31');
  });
});
