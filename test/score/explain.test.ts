import { describe, expect, test } from '@jest/globals';
import type { BrandFile } from '../../src/model/brand.js';
import { loadScoringModel, renderExplanation, scoreBrand } from '../../src/score/index.js';

const brand: BrandFile = {
  smscore: 1, brand: { name: 'Maison Test', currency: 'EUR' },
  period: { start: '2026-01-01', end: '2026-03-31', label: 'Q1 2026' },
  previous: { channels: { ig: { shares: 20, reach: 4000 } } },
  objectives: [{ id: 'ventes', domain: 'selling', priority: 'high', kpis: [{ kpi: 'cost-per-acquisition', target: 20 }] }],
  channels: [
    { id: 'ig', platform: 'instagram', metrics: { shares: 40, reach: 4000, spend: 500, conversions: 20, nps: { promoters: 5, detractors: 1 } } },
    { id: 'fb', platform: 'facebook', metrics: { messages: { received: 10, answered: 0 } } },
  ],
};
const result = scoreBrand(brand, loadScoringModel());

describe('renderExplanation', () => {
  test('English, whole brand: overall, weights, each KPI with its formula, control points and sources', () => {
    const text = renderExplanation(result, { locale: 'en' });
    expect(text).toMatch(/^Maison Test: whole brand \(Q1 2026\)\n/);
    expect(text).toContain('Pillar weights:');
    expect(text).toContain('objective ventes (selling, weight 3) × 0.6 = 1.8');
    expect(text).toContain('virality-rate = 1 % (higher is better)');
    expect(text).toContain('with the figures: 40 / 4000 × 100 = 1');
    expect(text).toContain('smscore default (unsourced convention) [convention, unsourced]');
    expect(text).toContain('cost-per-acquisition = 25 EUR (lower is better)');
    expect(text).toContain('control points: good 20 ← target of objective ventes; median 60 ← derived by rule target × 3 [convention, unsourced]');
    expect(text).toContain('weight 4 = 2 × 2 (named by objective ventes)');
    expect(text).toContain('previous period: 0.5; change +0.5');
    expect(text).toContain('click-through-rate: not measured (missing: clicks, impressions)');
    expect(text).toContain('logistic curve: t = (66.6667 − 20) / (50 − 20) = 1.5556');
    expect(text).not.toMatch(/NaN|undefined|\{\w+\}/);
  });
  test('French', () => {
    const text = renderExplanation(result, { locale: 'fr' });
    expect(text).toContain('Maison Test\u00a0: marque entière (Q1 2026)');
    expect(text).toContain('Poids des piliers\u00a0:');
    expect(text).toContain('formule\u00a0: partages / portée × 100');
    expect(text).toContain('click-through-rate\u00a0: non mesuré (manque\u00a0: clics, impressions)');
    expect(text).toContain('[convention, non sourcée]');
    // Numbers with the French decimal comma, in the worked formulas too.
    expect(text).toMatch(/ = \d+,\d+/);
    // (Benchmark sources are quoted as published, so only the worked lines are checked.)
    const worked = text.split('\n').filter((l) => /avec les chiffres|Σ|courbe|évolution|poids \d/.test(l));
    expect(worked.length).toBeGreaterThan(5);
    expect(worked.filter((l) => /\d\.\d/.test(l))).toEqual([]);
    expect(text).not.toMatch(/NaN|undefined|\{\w+\}/);
  });
  test('one pillar only', () => {
    const text = renderExplanation(result, { locale: 'en', pillar: 'amplification' });
    expect(text).toContain('Amplification: ');
    expect(text).not.toContain('Overall score');
    expect(text).not.toContain('Visibility');
  });
  test('one channel, with a zero denominator and ASCII symbols', () => {
    const text = renderExplanation(result, { locale: 'en', channel: 'fb', ascii: true });
    expect(text).toContain('Maison Test: channel fb (facebook)');
    expect(text).toContain('response-rate = 0 % (higher is better)');
    expect(text).toContain('the value is at the end of the log-normal curve: score = 0');
    expect(text).not.toMatch(/[●▲✖○]/);
  });
  test('an unknown channel is an error that lists the known ones', () => {
    expect(() => renderExplanation(result, { locale: 'en', channel: 'tiktok' })).toThrow('No channel "tiktok" in this brand file (channels: ig, fb).');
  });
  test('the JSON result carries everything needed to recompute a score', () => {
    const json = JSON.parse(JSON.stringify(result)) as typeof result;
    const k = json.pillars.find((p) => p.pillar === 'amplification')?.kpis.find((x) => x.kpi === 'virality-rate');
    expect(k).toMatchObject({ value: 1, inputs: { shares: 40, reach: 4000 }, curve: { kind: 'lognormal', good: 2, median: 0.5 }, weight: 2 });
    const t = Math.log((k?.value ?? 0) / 0.5) / Math.log(2 / 0.5);
    expect(k?.t).toBeCloseTo(t, 12);
  });
});
