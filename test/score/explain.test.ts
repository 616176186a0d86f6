import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../../src/io/package-root.js';
import type { BrandFile } from '../../src/model/brand.js';
import { activityText, loadScoringModel, noteText, renderExplanation, scoreBrand } from '../../src/score/index.js';

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
    expect(text).toContain('virality-rate = 1% (higher is better)');
    expect(text).toContain('with the figures: 40 / 4,000 × 100 = 1');
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
    expect(text).toContain('taux de clics (click-through-rate)\u00a0: non mesuré (manque\u00a0: clics, impressions)');
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
    expect(text).toContain('response-rate = 0% (higher is better)');
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

describe('explain writes numbers, sources, names and dates as each language does (issue 22)', () => {
  const maison = scoreBrand(parse(readFileSync(packagePath('examples', 'maison-lumiere.yaml'), 'utf8')) as BrandFile, loadScoringModel());
  const en = renderExplanation(maison, { locale: 'en' });
  const fr = renderExplanation(maison, { locale: 'fr' });

  test('English: thousands grouped with commas, 92% with no space, no space before a colon', () => {
    expect(en).toContain('reach = 1,091,500: not scored');
    expect(en).toContain('3 × 85.9 = 1,058.94 / 15 = 70.6');
    expect(en).toContain('with the figures: (215,460 − 205,820) / 205,820 × 100 = 4.6837');
    expect(en).toContain('follower-growth = 4.6837% (higher is better)');
    expect(en).not.toMatch(/\S :/);
    expect(en).not.toMatch(/[\u00a0\u202f]/);
  });

  test('French: narrow no-break spaces between thousands, « 4,6837 % », a no-break space before the colon', () => {
    expect(fr).toContain('portée (reach) = 1\u202f091\u202f500\u00a0: non noté');
    expect(fr).toContain('3 × 85,9 = 1\u202f058,94 / 15 = 70,6');
    expect(fr).toContain('avec les chiffres\u00a0: (215\u202f460 − 205\u202f820) / 205\u202f820 × 100 = 4,6837');
    expect(fr).toContain('croissance des abonnés (follower-growth) = 4,6837\u00a0% (plus haut = mieux)');
    expect(fr).toContain('délai de première réponse (first-response-time) = 7,4895\u00a0h (plus bas = mieux)');
    // No figure of four digits or more is left ungrouped; years (of sources, of the label) stay as years.
    expect((fr.match(/(?<![\p{L}\d.,-])\d{4,}(?![\d-])/gu) ?? []).filter((n) => !/^(19|20)\d\d$/.test(n))).toEqual([]);
    expect(fr.match(/(?<![\p{L}\d.,-])\d{4,}(?![\d-])/gu)?.length).toBeGreaterThan(3);
  });

  test('French: benchmark sources in French, KPI names in French with their id', () => {
    expect(fr).toContain('convention de smscore (non sourcée), sur 90 jours (environ un trimestre)');
    expect(fr).toContain('Sprout Social Index (édition de décembre 2013, données du 3e trimestre 2013)\u00a0: les marques ont répondu à 17,3\u202f% des messages');
    expect(fr).not.toMatch(/smscore default|unsourced|per 90 days|about one quarter|all industries|brands answered|via copies/);
    expect(fr).toContain('- part de voix (share-of-voice) = ');
    expect(fr).toContain('- note moyenne (average-rating)\u00a0: non mesuré');
    expect(en).toContain('smscore default (unsourced convention), per 90 days (about one quarter)');
    expect(en).not.toMatch(/convention de smscore|portée/);
  });

  test('the activity line names the KPI in French too', () => {
    expect(activityText(maison, 'fr')).toBe('Activité (un effort, pas un résultat), montrée à part et non comptée dans les scores\u00a0: fréquence de publication (posting-frequency) 2,2556\u00a0publications/semaine');
    expect(activityText(maison, 'en')).toBe('Activity (effort, not result), shown apart and not counted in the scores: posting-frequency 2.2556 posts/week');
  });

  test('a period without a label is shown in words: 1 January 2026 → 31 March 2026, 1er janvier 2026 → 31 mars 2026', () => {
    const unlabelled = scoreBrand({ ...brand, period: { start: '2026-01-01', end: '2026-03-31' } }, loadScoringModel());
    expect(renderExplanation(unlabelled, { locale: 'en' })).toMatch(/^Maison Test: whole brand \(1 January 2026 → 31 March 2026\)\n/);
    expect(renderExplanation(unlabelled, { locale: 'fr' })).toMatch(/^Maison Test\u00a0: marque entière \(1er janvier 2026 → 31 mars 2026\)\n/);
  });

  test('objective domains and scoring notes in French words, with the ids the file uses', () => {
    expect(fr).toContain('objectif ventes-en-ligne (vente (selling), poids\u00a03) × 0,2 = 0,6');
    const note = { code: 'override-ignored', args: { index: 0, kpi: 'first-response-time', problem: 'wrong-direction', direction: 'lower' } };
    expect(noteText(note, 'fr')).toBe('scoring.benchmarks[0] (délai de première réponse (first-response-time)) est ignoré\u00a0: sa médiane et sa valeur «\u00a0bon\u00a0» ne définissent pas une courbe où plus bas vaut mieux (problème\u00a0: «\u00a0bon\u00a0» est du mauvais côté de la médiane).');
    expect(noteText(note, 'en')).toBe('scoring.benchmarks[0] (first-response-time) was ignored: its median and good cannot define a lower-is-better curve (good is on the wrong side of the median).');
  });
});
