/**
 * Issue 21, items 1–3, on hand-made files: brand rates over the channels that measure both parts, KPIs that depend
 * on the period's length, and per-post figures that some posts did not carry (empty cells). The fast-check
 * properties for the same rules are in properties.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import type { BrandFile, KpiId, Metrics } from '../../src/model/brand.js';
import { loadScoringModel, renderExplanation, scoreBrand } from '../../src/score/index.js';
import type { KpiResult, ScoreResult } from '../../src/score/index.js';
import { aggregate } from '../../src/import/aggregate.js';
import { planImport } from '../../src/import/index.js';
import { FACEBOOK } from '../../src/import/formats.js';
import { validateText } from '../../src/validate/index.js';

const model = loadScoringModel();
const kpi = (r: ScoreResult, id: KpiId): KpiResult => r.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === id) as KpiResult;
const channelKpi = (r: ScoreResult, ch: string, id: KpiId): KpiResult =>
  r.channels.find((c) => c.channelId === ch)?.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === id) as KpiResult;
const brandOf = (channels: { id: string; metrics: Metrics }[], extra: Partial<BrandFile> = {}): BrandFile =>
  ({ smscore: 1, brand: { name: 'T' }, channels: channels.map((c) => ({ platform: 'facebook', ...c })), ...extra }) as BrandFile;

describe('item 1: a brand rate counts only the channels that measure its denominator', () => {
  // The case: the second channel has followers {start: 0, end: 0}.
  const r = scoreBrand(brandOf([
    { id: 'a', metrics: { followers: { start: 1000, end: 1000 }, medianPostReach: 500, posts: 10, reactions: 100, comments: 10, shares: 10 } },
    { id: 'b', metrics: { followers: { start: 0, end: 0 }, medianPostReach: 300, posts: 10, reactions: 100, comments: 10, shares: 10 } },
  ]), model);

  test.each<[KpiId, number]>([['reach-rate', 50], ['engagement-rate-followers', 1.2], ['amplification-rate', 1]])(
    '%s is the only measured channel\'s, %d %%', (id, value) => {
      expect(kpi(r, id).value).toBeCloseTo(value, 10);
      expect(kpi(r, id).channels).toEqual(['a']);
      expect(channelKpi(r, 'b', id).reason?.code).toBe('zero-denominator');
    });

  test('the engagement rate by reach still counts both channels: both reach people', () => {
    expect(kpi(r, 'engagement-rate-reach').channels).toEqual(['a', 'b']);
  });

  test('when every channel has a zero denominator the brand rate is not measured, for that reason', () => {
    const z = scoreBrand(brandOf([{ id: 'b', metrics: { followers: { start: 0, end: 0 }, medianPostReach: 300 } }]), model);
    expect([kpi(z, 'reach-rate').value, kpi(z, 'reach-rate').reason?.code]).toEqual([null, 'zero-denominator']);
  });
});

describe('item 2: KPIs that depend on the period are compared per unit of time', () => {
  // 1 % growth per 30 days, compounded neither way: the same pace over 90 and over 365 days.
  const growth = (start: string, end: string, days: number) => scoreBrand(brandOf(
    [{ id: 'a', metrics: { followers: { start: 10_000, end: 10_000 * (1 + days / 3000) } } }],
    { period: { start, end } },
  ), model);
  const quarter = growth('2026-01-01', '2026-03-31', 90);
  const year = growth('2026-01-01', '2026-12-31', 365);

  test('the same pace scores the same over a quarter and over a year (75, not 75 and 99.8)', () => {
    expect(kpi(quarter, 'follower-growth').score).toBe(75);
    expect(kpi(year, 'follower-growth').score).toBe(75);
    expect(kpi(year, 'follower-growth').curve?.period).toEqual({ days: 365, referenceDays: 90, factor: 365 / 90 });
    expect(kpi(year, 'follower-growth').curve?.median).toBeCloseTo(365 / 90, 10);
  });

  test('explain says how the period was taken into account, in English and French', () => {
    const en = renderExplanation(year, { locale: 'en' });
    expect(en).toContain("period-dependent: references are per 90 days, scaled to the period's 365 days (× 4.0556); targets are not scaled");
    expect(en).toContain('control points: good 20.2778');
    const fr = renderExplanation(year, { locale: 'fr' }).replace(/[ \t\n]+/g, ' ');
    expect(fr).toContain('dépend de la durée\u00a0: les références valent pour 90 jours et sont ramenées aux 365 jours de la période (× 4,0556)\u202f; les cibles ne sont pas ramenées');
  });

  test('without a period, the reference is used as is, and explain says so', () => {
    const r = scoreBrand(brandOf([{ id: 'a', metrics: { followers: { start: 100, end: 103 } } }]), model);
    expect(kpi(r, 'follower-growth').curve?.period).toEqual({ days: null, referenceDays: 90, factor: 1 });
    expect(renderExplanation(r, { locale: 'en' }).replace(/\s+/g, ' ')).toContain('references are per 90 days and used as is, since the file gives no period');
  });

  test('a target is the brand\'s own, for its period: never scaled; a logistic spread is', () => {
    const r = scoreBrand(brandOf([{ id: 'a', metrics: { followers: { start: 100, end: 110 } } }], {
      period: { start: '2026-01-01', end: '2026-06-29' },
      objectives: [{ id: 'grow', kpis: [{ kpi: 'follower-growth', target: 2 }] }],
    }), model);
    const c = kpi(r, 'follower-growth').curve;
    // 180 days: the convention's median 1 becomes 2, which is not below the target 2; the median is the target
    // minus the spread 4 scaled to 180 days.
    expect([c?.good, c?.median, c?.medianFrom.rule]).toEqual([2, 2 - 8, 'target − 4 × 2']);
  });

  test('rates of two flows over the same period, per-post figures and stocks are not scaled', () => {
    const ids = model.benchmarks.rules.periodDependent;
    expect([...ids].sort()).toEqual(['amplification-rate', 'follower-growth', 'impressions', 'mentions', 'new-reviews', 'reach']);
  });
});

describe('item 3: an empty cell is not a zero', () => {
  // The real export's counts: 496 posts, 1 empty like cell, 4 empty share cells.
  const metrics: Metrics = { posts: 496, reactions: 87800, comments: 3730, shares: 13427, medianPostReach: 5260, postsWith: { reactions: 495, shares: 492 } };
  const r = scoreBrand(brandOf([{ id: 'fb', metrics }]), model);

  test('per-post figures divide by the posts that carried them', () => {
    expect(kpi(r, 'reactions-per-post').value).toBeCloseTo(87800 / 495, 10);
    expect(kpi(r, 'shares-per-post').value).toBeCloseTo(13427 / 492, 10);
    expect(kpi(r, 'comments-per-post').value).toBeCloseTo(3730 / 496, 10);
    expect(kpi(r, 'reactions-per-post').calculation).toBe('87800 / 495 = 177.3737');
    expect(kpi(r, 'reactions-per-post').formula.en).toBe('reactions / posts with a reactions figure');
  });

  test('the engagement rate adds the per-post means, each over its own posts', () => {
    const perPost = 87800 / 495 + 3730 / 496 + 13427 / 492;
    expect(kpi(r, 'engagement-rate-reach').value).toBeCloseTo((perPost / 5260) * 100, 10);
    const en = renderExplanation(r, { locale: 'en', channel: 'fb' });
    expect(en).toContain('87,800 × 496 / 495 + 3,730 + 13,427 × 496 / 492 = 105,243.5363');
    expect(renderExplanation(r, { locale: 'fr', channel: 'fb' })).toContain('87\u202f800 × 496 / 495 + 3\u202f730 + 13\u202f427 × 496 / 492 = 105\u202f243,5363');
  });

  test('a channel without counts and one with them add up: the first one\'s posts all carried the figures', () => {
    const two = scoreBrand(brandOf([{ id: 'fb', metrics }, { id: 'ig', metrics: { posts: 4, shares: 8, reactions: 40, comments: 4, medianPostReach: 100 } }]), model);
    expect(kpi(two, 'shares-per-post').value).toBeCloseTo((13427 + 8) / (492 + 4), 10);
    const engagements = 87800 * 496 / 495 + 3730 + 13427 * 496 / 492 + 52;
    expect(kpi(two, 'engagement-rate-reach').value).toBeCloseTo(engagements / (496 * 5260 + 4 * 100) * 100, 10);
  });

  test('a figure that no post carried is not measured, not zero', () => {
    const none = scoreBrand(brandOf([{ id: 'fb', metrics: { ...metrics, postsWith: { reactions: 0 } } }]), model);
    expect(kpi(none, 'engagement-rate-reach').reason).toEqual({ code: 'missing-input', args: { inputs: 'reactions' } });
    expect(kpi(none, 'reactions-per-post').reason?.code).toBe('zero-denominator');
  });

  test('the importer stores how many posts carried each figure, and refreshes a count left by an earlier import', () => {
    const posts = [{ line: 2, reactions: 10, shares: 1 }, { line: 3, reactions: 20 }, { line: 4, comments: 2 }];
    expect(aggregate(posts).metrics).toEqual({ posts: 3, reactions: 30, comments: 2, shares: 1, postsWith: { reactions: 2, comments: 1, shares: 1 } });
    const csv = ['Lifetime Post Total Reach,Lifetime Post Total Impressions,like,comment,share', '100,150,10,1,2', '200,250,20,2,4'].join('\n');
    const brand = brandOf([{ id: 'fb', metrics: { posts: 9, postsWith: { shares: 7 } } }]);
    const plan = planImport({ brand, exportText: csv, format: FACEBOOK, channelIndex: 0 });
    expect(plan.changes).toContainEqual({ key: 'postsWith.shares', before: 7, after: 2 });
  });

  test('a count above the posts is flagged where it is written', () => {
    const text = 'smscore: 1\nbrand: { name: X }\nchannels:\n  - id: a\n    platform: facebook\n    metrics:\n      posts: 3\n      shares: 4\n      postsWith: { shares: 5 }\n';
    const r = validateText('b.yaml', text);
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => `${d.location.line} ${d.code}`)).toEqual(['9 figures.posts-with-exceeds-posts']);
  });
});
