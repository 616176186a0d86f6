/**
 * The worked example of docs/METHODOLOGY.md ("Worked example: Boulangerie Martin"), computed by hand there.
 * If this test fails, either the engine or the example file changed: update the document with the new numbers.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BrandFile, KpiId, Pillar } from '../../src/model/brand.js';
import { packagePath } from '../../src/io/package-root.js';
import { loadScoringModel, renderExplanation, scoreBrand } from '../../src/score/index.js';

const brand = parse(readFileSync(packagePath('examples', 'boulangerie-martin.yaml'), 'utf8')) as BrandFile;
const result = scoreBrand(brand, loadScoringModel());
const pillar = (p: Pillar) => result.pillars.find((x) => x.pillar === p);
const kpi = (id: KpiId) => result.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === id);

describe('worked example: Boulangerie Martin, whole brand', () => {
  test.each<[KpiId, number, number, number]>([
    // kpi, value (4 decimals), score, weight
    ['follower-growth', 3.892, 83, 4],
    ['reach-rate', 27.3448, 88, 2],
    // Activity (effort, not result): scored against its reference, shown, weight 0.
    ['posting-frequency', 2.0222, 6.5, 0],
    ['virality-rate', 0.8406, 68.4, 2],
    ['engagement-rate-reach', 6.3736, 94.7, 4],
    ['engagement-rate-followers', 1.7665, 95.5, 2],
    ['response-rate', 85, 96.8, 2],
    ['first-response-time', 14, 31.9, 2],
    ['average-rating', 4.6, 90, 2],
    ['review-response-rate', 73.913, 88.1, 2],
    ['review-response-time', 30, 84.6, 2],
  ])('%s = %d scores %d with weight %d', (id, value, score, weight) => {
    const k = kpi(id);
    expect(k?.value).toBeCloseTo(value, 4);
    expect(k?.score).toBe(score);
    expect(k?.weight).toBe(weight);
  });

  test('control points of the engagement rate by followers: weighted mean of the two platforms', () => {
    const c = kpi('engagement-rate-followers')?.curve;
    expect(c?.median).toBeCloseTo(0.4135, 4);
    expect(c?.good).toBeCloseTo(1.2405, 4);
  });

  test('KPIs that are measured but have no reference are not scored', () => {
    for (const id of ['reach', 'impressions', 'shares-per-post', 'amplification-rate', 'comments-per-post', 'reactions-per-post'] as const) {
      expect(kpi(id)?.status).toBe('no-reference');
    }
  });

  test('pillar scores', () => {
    expect(pillar('visibility')?.score).toBe(84.7);
    expect(pillar('amplification')?.score).toBe(68.4);
    expect(pillar('conversion')?.score).toBeNull();
    expect(pillar('engagement')?.score).toBe(95);
    expect(pillar('satisfaction')?.score).toBe(78.3);
  });

  test('pillar weights and overall score', () => {
    expect(result.overall.weights.map((w) => +w.weight.toFixed(10))).toEqual([2.2, 1.9, 1, 1.6, 1.3]);
    expect(result.overall.score).toBe(81.4);
    expect(result.overall.band.id).toBe('needs-work');
  });

  test('the explanation prints the same arithmetic', () => {
    const text = renderExplanation(result, { locale: 'en' });
    expect(text).toContain('Overall score: 81.4 ▲ needs work');
    expect(text).toContain('2.2 × 84.7 + 1.9 × 68.4 + 1.6 × 95 + 1.3 × 78.3 = 570.09 / 7 = 81.4');
    expect(text).toContain('2 × 96.8 + 2 × 31.9 + 2 × 90 + 2 × 88.1 + 2 × 84.6 = 782.8 / 10 = 78.3');
    expect(text).toContain('4 × 83 + 2 × 88 = 508 / 6 = 84.7');
    expect(text).toContain('(1,690 + 196 + 86) / 30,940 × 100 = 6.3736');
  });
});

describe('the mid-size example scores without surprises', () => {
  test('examples/maison-lumiere.yaml: every score in range, every pillar measured, no notes', () => {
    const maison = parse(readFileSync(packagePath('examples', 'maison-lumiere.yaml'), 'utf8')) as BrandFile;
    const r = scoreBrand(maison, loadScoringModel());
    expect(r.notes).toEqual([]);
    expect(r.hasPrevious).toBe(true);
    for (const p of r.pillars) { expect(p.score).not.toBeNull(); expect(p.score as number).toBeGreaterThanOrEqual(0); expect(p.score as number).toBeLessThanOrEqual(100); }
    expect(renderExplanation(r, { locale: 'fr' })).not.toMatch(/NaN|undefined/);
  });
});
