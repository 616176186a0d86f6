/**
 * Issue 21, item 7: reviews and ratings. Review platforms are channels; their KPIs (average rating, new reviews,
 * share of reviews answered, time to answer) belong to Satisfaction and add up across platforms as ratios of sums.
 */
import { describe, expect, test } from '@jest/globals';
import type { BrandFile } from '../../src/model/brand.js';
import { loadScoringModel, scoreBrand } from '../../src/score/index.js';
import { validateText } from '../../src/validate/index.js';

const model = loadScoringModel();
const brand: BrandFile = {
  smscore: 1, brand: { name: 'Chez Lou' }, period: { start: '2026-01-01', end: '2026-03-31' },
  channels: [
    { id: 'google', platform: 'google-business-profile', metrics: { reviews: { count: 40, averageRating: 4.5, answered: 30, medianResponseHours: 20 } } },
    { id: 'trip', platform: 'tripadvisor', metrics: { reviews: { count: 10, averageRating: 3.5, answered: 2, medianResponseHours: 100 } } },
  ],
};
const r = scoreBrand(brand, model);
const kpi = (id: string) => r.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === id)!;

describe('reviews and ratings', () => {
  test('the review KPIs are Satisfaction KPIs', () => {
    const sat = r.pillars.find((p) => p.pillar === 'satisfaction')!;
    expect(sat.kpis.map((k) => k.kpi)).toEqual(expect.arrayContaining(['average-rating', 'new-reviews', 'review-response-rate', 'review-response-time']));
    expect(sat.score).not.toBeNull();
  });

  test('brand values are ratios of sums: the rating is weighted by the number of reviews, the time by the reviews answered', () => {
    expect(kpi('average-rating').value).toBeCloseTo((4.5 * 40 + 3.5 * 10) / 50, 10);
    expect(kpi('new-reviews').value).toBe(50);
    expect(kpi('review-response-rate').value).toBeCloseTo(32 / 50 * 100, 10);
    expect(kpi('review-response-time').value).toBeCloseTo((20 * 30 + 100 * 2) / 32, 10);
    // Each lies between the channels' values.
    expect(kpi('average-rating').value).toBeGreaterThan(3.5);
    expect(kpi('average-rating').value).toBeLessThan(4.5);
  });

  test('references are openly labelled conventions; a count (new reviews) is scored only against a target', () => {
    for (const id of ['average-rating', 'review-response-rate', 'review-response-time']) {
      expect({ id, status: kpi(id).status, median: kpi(id).curve?.medianFrom.status, good: kpi(id).curve?.goodFrom.status })
        .toEqual({ id, status: 'scored', median: 'convention', good: 'convention' });
    }
    expect(kpi('new-reviews').status).toBe('no-reference');
    const targeted = scoreBrand({ ...brand, objectives: [{ id: 'more-reviews', domain: 'customer-relationship', kpis: [{ kpi: 'new-reviews', target: 60 }] }] }, model);
    expect(targeted.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === 'new-reviews')?.status).toBe('scored');
  });

  test('a better rating never lowers the score', () => {
    const better = scoreBrand({ ...brand, channels: [brand.channels![0]!, { ...brand.channels![1]!, metrics: { reviews: { count: 10, averageRating: 4.8, answered: 2, medianResponseHours: 100 } } }] }, model);
    expect(better.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === 'average-rating')!.score!).toBeGreaterThan(kpi('average-rating').score!);
  });

  test('the brand file accepts review platforms and a reviews block, and refuses a rating outside 1–5 stars', () => {
    const ok = 'smscore: 1\nbrand: { name: X }\nchannels:\n  - id: g\n    platform: google-business-profile\n    metrics:\n      reviews: { count: 3, averageRating: 4.7, answered: 3, medianResponseHours: 5 }\n';
    expect(validateText('r.yaml', ok).valid).toBe(true);
    for (const p of ['tripadvisor', 'trustpilot', 'app-store', 'google-play']) expect(validateText('r.yaml', ok.replace('google-business-profile', p)).valid).toBe(true);
    const bad = validateText('r.yaml', ok.replace('averageRating: 4.7', 'averageRating: 6'));
    expect(bad.valid).toBe(false);
    expect(bad.diagnostics[0]).toMatchObject({ pointer: '/channels/0/metrics/reviews/averageRating', location: expect.objectContaining({ line: 7 }) });
  });
});
