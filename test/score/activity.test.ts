/**
 * Issue 21, item 6: effort is not result. Posting frequency (what the brand does) is shown apart as activity, with
 * weight 0, and moves no pillar and no overall score, even when an objective names it.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { catalogVersion, type AuditResult } from '../../src/audit/index.js';
import type { BrandFile } from '../../src/model/brand.js';
import { packagePath } from '../../src/io/package-root.js';
import { renderAuditHtml } from '../../src/render/html.js';
import { renderAuditMarkdown } from '../../src/render/markdown.js';
import { renderAuditText } from '../../src/render/terminal.js';
import { ACTIVITY_KPIS, loadScoringModel, parseWeights, renderExplanation, scoreBrand, ScoringDataError } from '../../src/score/index.js';
import { renderExplanationMarkdown } from '../../src/score/explain-markdown.js';
import { fixedDeps, fixedResult } from '../support/golden.js';

const model = loadScoringModel();
const brandKpi = (r: ReturnType<typeof scoreBrand>, id: string) => r.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === id)!;
const rawWeights = () => parse(readFileSync(packagePath('benchmarks', 'weights.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;

const postsOnly = (posts: number): BrandFile => ({
  smscore: 1, brand: { name: 'Busy' }, period: { start: '2026-01-01', end: '2026-03-31' },
  channels: [{ id: 'fb', platform: 'facebook', metrics: { posts, followers: { start: 1000, end: 1010 }, medianPostReach: 150 } }],
});

describe('posting frequency is activity, never counted', () => {
  test('it is computed, compared with its reference and shown, with weight 0 and activity: true', () => {
    const k = brandKpi(scoreBrand(postsOnly(60), model), 'posting-frequency');
    expect(k).toMatchObject({ status: 'scored', weight: 0, baseWeight: 0, activity: true });
    expect(k.value).toBeCloseTo(60 / (90 / 7), 4);
    expect([...ACTIVITY_KPIS]).toEqual(['posting-frequency']);
  });

  test('posting more or less changes no pillar and no overall score', () => {
    const few = scoreBrand(postsOnly(2), model);
    const many = scoreBrand(postsOnly(200), model);
    expect(brandKpi(many, 'posting-frequency').score).toBeGreaterThan(brandKpi(few, 'posting-frequency').score!);
    expect(many.pillars.map((p) => p.score)).toEqual(few.pillars.map((p) => p.score));
    expect(many.overall.score).toBe(few.overall.score);
    expect(many.channels[0]!.overall.score).toBe(few.channels[0]!.overall.score);
  });

  test('an objective naming it does not make it count', () => {
    const b = postsOnly(200);
    b.objectives = [{ id: 'publish-more', domain: 'branding', kpis: [{ kpi: 'posting-frequency', target: 5 }] }];
    const r = scoreBrand(b, model);
    expect(brandKpi(r, 'posting-frequency')).toMatchObject({ weight: 0, objectives: ['publish-more'], activity: true });
    expect(r.pillars.find((p) => p.pillar === 'visibility')!.kpis.filter((k) => k.score !== null && k.weight > 0).map((k) => k.kpi)).toEqual(['follower-growth', 'reach-rate']);
  });

  test('activity alone does not make a pillar measured', () => {
    const b: BrandFile = { smscore: 1, brand: { name: 'Only posts' }, period: { start: '2026-01-01', end: '2026-03-31' }, channels: [{ id: 'fb', platform: 'facebook', metrics: { posts: 30 } }] };
    const r = scoreBrand(b, model);
    const vis = r.pillars.find((p) => p.pillar === 'visibility')!;
    expect(vis).toMatchObject({ score: null, status: 'not-measured' });
    expect(r.overall.score).toBeNull();
  });

  test('the weights file must give an activity KPI 0, and a result KPI more than 0', () => {
    const data = rawWeights();
    data.kpiWeights!['posting-frequency'] = 1;
    data.kpiWeights!.reach = 0;
    let message = '';
    try { parseWeights(data); } catch (e) { message = e instanceof ScoringDataError ? e.message : String(e); }
    expect(message).toMatch(/kpiWeights\.posting-frequency: must be 0 \(an activity KPI: effort, not result\)/);
    expect(message).toMatch(/kpiWeights\.reach: must be > 0/);
    expect(model.weights.kpiWeights['posting-frequency']).toBe(0);
  });

  test.each(['en', 'fr'] as const)('every report shows it apart, in %s', (locale) => {
    const r: AuditResult = fixedResult('examples/boulangerie-martin.yaml');
    const { catalog } = fixedDeps();
    const says = locale === 'en' ? /Activity \(effort, not result\), shown apart/ : /Activité \(un effort, pas un résultat\), montrée à part/;
    const outputs = {
      text: renderAuditText(r, { locale, catalog, width: 1000 }),
      markdown: renderAuditMarkdown([{ ok: true, result: r }], { locale, catalog }),
      html: renderAuditHtml([r], { locale, catalog, toolVersion: '0.0.0-test', catalogVersion: catalogVersion(catalog) }),
    };
    for (const [format, text] of Object.entries(outputs)) expect({ format, says: says.test(text) }).toEqual({ format, says: true });
    const explains = locale === 'en' ? 'weight 0: activity (what the brand does' : 'poids 0\u00a0: activité (ce que fait la marque';
    expect(renderExplanation(r.scores, { locale })).toContain(explains);
    expect(renderExplanationMarkdown(r.scores, { locale })).toContain(explains);
    expect(renderAuditText(r, { locale, catalog, width: 1000, verbose: true })).toMatch(locale === 'en' ? /posting-frequency .* activity, not counted/ : /posting-frequency .* activité, non comptée/);
  });
});
