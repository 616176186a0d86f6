import { describe, expect, test } from '@jest/globals';
import { KPI_IDS } from '../../src/model/brand.js';
import type { BrandFile, KpiId, Metrics } from '../../src/model/brand.js';
import { KPIS, loadScoringModel, scoreBrand } from '../../src/score/index.js';
import type { KpiResult, ScoreResult } from '../../src/score/index.js';

const model = loadScoringModel();
const PERIOD = { start: '2026-01-01', end: '2026-01-28' }; // exactly 4 weeks

function brandWith(metrics: Metrics[], extra: Partial<BrandFile> = {}): BrandFile {
  return {
    smscore: 1, brand: { name: 'T' }, period: PERIOD,
    channels: metrics.map((m, i) => ({ id: `c${i}`, platform: i % 2 ? 'facebook' : 'instagram', metrics: m })),
    ...extra,
  };
}
function brandKpi(r: ScoreResult, id: KpiId): KpiResult {
  const k = r.pillars.flatMap((p) => p.kpis).find((x) => x.kpi === id);
  if (!k) throw new Error(id);
  return k;
}
function channelKpi(r: ScoreResult, channel: number, id: KpiId): KpiResult {
  const k = r.channels[channel]?.pillars.flatMap((p) => p.kpis).find((x) => x.kpi === id);
  if (!k) throw new Error(id);
  return k;
}

const FULL: Metrics = {
  followers: { start: 1000, end: 1100 }, posts: 20, reach: 5000, medianPostReach: 400, impressions: 12000,
  reactions: 300, comments: 40, shares: 20, clicks: 120, conversions: 6, revenue: 900, spend: 150, mentions: 30,
  messages: { received: 50, answered: 40, medianFirstResponseHours: 6 },
  sentiment: { positive: 80, neutral: 50, negative: 20 },
  nps: { promoters: 50, passives: 30, detractors: 20 },
  csat: { satisfied: 45, responses: 50 },
  reviews: { count: 40, averageRating: 4.5, answered: 30, medianResponseHours: 12 },
};

describe('every KPI on one channel', () => {
  const r = scoreBrand(brandWith([FULL], { competitors: [{ name: 'A', mentions: 70 }] }), model);
  const expected: Record<KpiId, number> = {
    reach: 5000,
    impressions: 12000,
    'follower-growth': 10,
    'reach-rate': (400 / 1100) * 100,
    'share-of-voice': 30,
    'posting-frequency': 5,
    'shares-per-post': 1,
    'amplification-rate': (20 / 1100) * 100,
    'virality-rate': 0.4,
    mentions: 30,
    'engagement-rate-reach': (360 / (20 * 400)) * 100,
    'engagement-rate-followers': (360 / (20 * 1100)) * 100,
    'comments-per-post': 2,
    'reactions-per-post': 15,
    'click-through-rate': 1,
    'conversion-rate': 5,
    'cost-per-acquisition': 25,
    'return-on-ad-spend': 6,
    'response-rate': 80,
    'first-response-time': 6,
    'sentiment-ratio': 80,
    nps: 30,
    csat: 90,
    'average-rating': 4.5,
    'new-reviews': 40,
    'review-response-rate': 75,
    'review-response-time': 12,
  };
  test.each(KPI_IDS.map((id) => [id]))('%s has the documented value at brand level', (id) => {
    expect(brandKpi(r, id).value).toBeCloseTo(expected[id], 10);
  });
  test('the catalogue covers every KPI id of the schema, once', () => {
    expect(KPIS.map((k) => k.id).sort()).toEqual([...KPI_IDS].sort());
  });
  test('share of voice is measured for the brand only', () => {
    expect(channelKpi(r, 0, 'share-of-voice').status).toBe('not-measured');
    expect(channelKpi(r, 0, 'share-of-voice').reason?.code).toBe('brand-only');
  });
  test('a formula with the numbers filled in', () => {
    expect(brandKpi(r, 'virality-rate').calculation).toBe('20 / 5000 × 100 = 0.4');
    expect(channelKpi(r, 0, 'engagement-rate-reach').calculation).toBe('(300 + 40 + 20) / 8000 × 100 = 4.5');
  });
});

describe('not measured: missing inputs and zero denominators', () => {
  test('a KPI with a missing input is not measured, never 0', () => {
    const r = scoreBrand(brandWith([{ shares: 10 }]), model);
    const k = brandKpi(r, 'shares-per-post');
    expect(k.status).toBe('not-measured');
    expect(k.value).toBeNull();
    expect(k.score).toBeNull();
    expect(k.reason).toEqual({ code: 'missing-input', args: { inputs: 'posts' } });
  });
  test.each<[KpiId, Metrics]>([
    ['follower-growth', { followers: { start: 0, end: 10 } }],
    ['reach-rate', { medianPostReach: 10, followers: { end: 0 } }],
    ['shares-per-post', { shares: 3, posts: 0 }],
    ['virality-rate', { shares: 3, reach: 0 }],
    ['engagement-rate-reach', { reactions: 1, comments: 1, shares: 1, posts: 0, medianPostReach: 10 }],
    ['click-through-rate', { clicks: 0, impressions: 0 }],
    ['conversion-rate', { conversions: 0, clicks: 0 }],
    ['cost-per-acquisition', { spend: 100, conversions: 0 }],
    ['return-on-ad-spend', { revenue: 10, spend: 0 }],
    ['response-rate', { messages: { received: 0, answered: 0 } }],
    ['sentiment-ratio', { sentiment: { positive: 0, negative: 0, neutral: 12 } }],
    ['nps', { nps: { promoters: 0, passives: 0, detractors: 0 } }],
    ['csat', { csat: { satisfied: 0, responses: 0 } }],
  ])('%s with a zero denominator is not measured', (id, m) => {
    const r = scoreBrand(brandWith([m]), model);
    for (const k of [brandKpi(r, id), channelKpi(r, 0, id)]) {
      expect(k.status).toBe('not-measured');
      expect(k.value).toBeNull();
      expect(k.reason?.code).toBe('zero-denominator');
    }
  });
  test('zero numerators are measured values (0 shares is a result)', () => {
    const r = scoreBrand(brandWith([{ shares: 0, posts: 10, reach: 100 }]), model);
    expect(brandKpi(r, 'virality-rate').value).toBe(0);
    expect(brandKpi(r, 'virality-rate').score).toBe(0);
  });
  test('posting frequency needs the period', () => {
    const r = scoreBrand({ ...brandWith([{ posts: 10 }]), period: undefined }, model);
    expect(brandKpi(r, 'posting-frequency').reason).toEqual({ code: 'missing-input', args: { inputs: 'period' } });
  });
  test('a pillar with no measured KPI is not measured and left out of the overall score', () => {
    const r = scoreBrand(brandWith([{ messages: { received: 10, answered: 9 } }]), model);
    const conversion = r.pillars.find((p) => p.pillar === 'conversion');
    expect(conversion?.score).toBeNull();
    expect(conversion?.band.id).toBe('not-measured');
    expect(r.overall.terms.map((t) => t.pillar)).toEqual(['satisfaction']);
    expect(r.overall.score).toBe(r.pillars.find((p) => p.pillar === 'satisfaction')?.score);
  });
  test('an empty file scores nothing, without error', () => {
    const r = scoreBrand({ smscore: 1, brand: { name: 'Empty' } }, model);
    expect(r.overall.score).toBeNull();
    expect(r.pillars.every((p) => p.score === null && p.status === 'not-measured')).toBe(true);
  });
  test('extreme inputs stay finite and bounded', () => {
    const m: Metrics = { shares: 1e12, posts: 1, reach: 1, followers: { start: 1, end: 1e12 }, medianPostReach: 1e12,
      spend: 1e12, conversions: 1, revenue: 0, messages: { received: 1, answered: 1e12, medianFirstResponseHours: 1e5 } };
    const r = scoreBrand(brandWith([m]), model);
    for (const k of r.pillars.flatMap((p) => p.kpis)) {
      if (k.value !== null) expect(Number.isFinite(k.value)).toBe(true);
      if (k.score !== null) { expect(k.score).toBeGreaterThanOrEqual(0); expect(k.score).toBeLessThanOrEqual(100); }
    }
  });
});

describe('brand-level aggregation', () => {
  test('counts are summed before the ratio is taken (not a mean of ratios)', () => {
    const r = scoreBrand(brandWith([{ shares: 1, reach: 100 }, { shares: 99, reach: 900 }]), model);
    // Ratio of sums: 100 / 1000 = 10 %. The mean of the ratios would be (1 % + 11 %) / 2 = 6 %.
    expect(brandKpi(r, 'virality-rate').value).toBeCloseTo(10, 12);
    expect(brandKpi(r, 'virality-rate').channels).toEqual(['c0', 'c1']);
  });
  test('a channel missing an input is left out of that KPI only', () => {
    const r = scoreBrand(brandWith([{ shares: 10, reach: 100, posts: 5 }, { shares: 30, posts: 5 }]), model);
    expect(brandKpi(r, 'virality-rate').value).toBeCloseTo(10, 12);
    expect(brandKpi(r, 'shares-per-post').value).toBe(4);
  });
  test('first-response time: mean of channel medians weighted by answered messages', () => {
    const r = scoreBrand(brandWith([
      { messages: { received: 10, answered: 10, medianFirstResponseHours: 2 } },
      { messages: { received: 40, answered: 30, medianFirstResponseHours: 10 } },
    ]), model);
    expect(brandKpi(r, 'first-response-time').value).toBe(8);
  });
  test('NPS: counts pooled across channels; a channel with only a score makes it a plain mean', () => {
    const pooled = scoreBrand(brandWith([{ nps: { promoters: 10, detractors: 0 } }, { nps: { promoters: 0, passives: 10, detractors: 30 } }]), model);
    expect(brandKpi(pooled, 'nps').value).toBe(-40);
    const mixed = scoreBrand(brandWith([{ nps: { promoters: 10, detractors: 0 } }, { nps: { score: 0 } }]), model);
    expect(brandKpi(mixed, 'nps').value).toBe(50);
  });
  test('posting frequency at brand level is per channel', () => {
    const r = scoreBrand(brandWith([{ posts: 8 }, { posts: 16 }]), model);
    expect(brandKpi(r, 'posting-frequency').value).toBe(3);
  });
});

describe('period-over-period change', () => {
  test('previous figures give previous values, changes and previous scores', () => {
    const brand = brandWith([{ shares: 30, reach: 1000 }], { previous: { period: PERIOD, channels: { c0: { shares: 10, reach: 1000 } } } });
    const r = scoreBrand(brand, model);
    const k = brandKpi(r, 'virality-rate');
    expect(k.previousValue).toBe(1);
    expect(k.change).toBeCloseTo(2, 12);
    expect(k.previousScore).toBeLessThan(k.score as number);
    const p = r.pillars.find((x) => x.pillar === 'amplification');
    expect(p?.change).toBeCloseTo((p?.score ?? 0) - (p?.previousScore ?? 0), 6);
    expect(r.overall.change).not.toBeUndefined();
  });
  test('without previous figures there is no change field', () => {
    const r = scoreBrand(brandWith([{ shares: 30, reach: 1000 }]), model);
    expect(brandKpi(r, 'virality-rate').change).toBeUndefined();
    expect(r.hasPrevious).toBe(false);
  });
});

describe('overflow', () => {
  test('a ratio that overflows over a tiny denominator stays measured, at the extreme', () => {
    const r = scoreBrand(brandWith([{ revenue: 10, spend: 5e-324 }]), model);
    expect(brandKpi(r, 'return-on-ad-spend').value).toBe(Number.MAX_VALUE);
    expect(brandKpi(r, 'return-on-ad-spend').status).toBe('no-reference');
  });
});
