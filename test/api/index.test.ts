import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { audit, validate } from '../../src/index.js';
import { ROOT } from '../support/cli.js';

describe('programmatic API', () => {
  test('validate returns diagnostics without printing or throwing', () => {
    const r = validate(join(ROOT, 'test/fixtures/invalid/wrong-type.yaml'));
    expect(r.valid).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema.type', location: { line: 8, col: 14 } });
  });

  test('audit returns scores, gaps and readiness for a valid file', () => {
    const r = audit(join(ROOT, 'examples/boulangerie-martin.yaml'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.scores.overall.score).toBe(81.4);
    expect(r.result.gaps.length).toBeGreaterThan(0);
    expect(r.result.unmeasuredPillars).toEqual(['conversion']);
    expect(r.result.gaps.some((g) => g.questionId === 'pillar-conversion-measured')).toBe(true);
  });

  test('audit hands back the validation of an invalid file', () => {
    const r = audit(join(ROOT, 'test/fixtures/invalid/empty.yaml'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.validation.diagnostics[0]?.code).toBe('load.empty');
  });
});
