import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BrandFile } from '../../src/model/brand.js';
import { packagePath } from '../../src/io/package-root.js';
import {
  findBenchmark, loadBenchmarks, loadScoringModel, loadWeights, mergeOverrides, parseBenchmarks, parseWeights,
  pillarWeights, scoreBrand, ScoringDataError,
} from '../../src/score/index.js';

const model = loadScoringModel();
const rawBenchmarks = () => parse(readFileSync(packagePath('benchmarks', 'benchmarks.yaml'), 'utf8')) as Record<string, unknown>;
const rawWeights = () => parse(readFileSync(packagePath('benchmarks', 'weights.yaml'), 'utf8')) as Record<string, unknown>;

function problems(fn: () => unknown): string[] {
  try { fn(); } catch (e) { if (e instanceof ScoringDataError) return e.problems; throw e; }
  return [];
}

describe('shipped data files', () => {
  test('load and pass their checks', () => {
    expect(loadBenchmarks().entries.length).toBeGreaterThan(10);
    expect(loadWeights().targetedMultiplier).toBe(2);
  });
  test('every entry has a source and a status; conventions say so in their source', () => {
    for (const e of loadBenchmarks().entries) {
      expect(e.source.length).toBeGreaterThan(5);
      if (e.status === 'convention') expect(e.source).toMatch(/unsourced convention/);
      if (e.status !== 'convention') expect(e.year).toBeDefined();
    }
  });
  test('every entry gives its source in French too (sourceFr), and French conventions say so', () => {
    for (const e of loadBenchmarks().entries) {
      expect(e.sourceFr?.length).toBeGreaterThan(5);
      if (e.status === 'convention') expect(e.sourceFr).toMatch(/^convention de smscore \(non sourcée\)/);
    }
  });
  test('a missing file is a clear error', () => {
    expect(() => loadBenchmarks('/nonexistent/benchmarks.yaml')).toThrow(/cannot read the file/);
  });
});

describe('benchmark file checks', () => {
  test.each<[string, (d: Record<string, unknown>) => void, RegExp]>([
    ['wrong version', (d) => { d.version = 2; }, /^version: must be 1/],
    ['unknown KPI', (d) => { (d.benchmarks as Record<string, unknown>[])[0]!.kpi = 'likes'; }, /benchmarks\[0\]\.kpi: must be one of/],
    ['no French source', (d) => { delete (d.benchmarks as Record<string, unknown>[])[0]!.sourceFr; }, /benchmarks\[0\]\.sourceFr/],
    ['a French convention that does not say so', (d) => {
      const e = (d.benchmarks as Record<string, unknown>[]).find((x) => x.status === 'convention')!;
      e.sourceFr = 'valeur par défaut';
    }, /\.sourceFr: an entry with status convention must say so/],
    ['median as text', (d) => { (d.benchmarks as Record<string, unknown>[])[0]!.median = 'low'; }, /benchmarks\[0\]\.median: must be a number/],
    ['no source', (d) => { delete (d.benchmarks as Record<string, unknown>[])[0]!.source; }, /benchmarks\[0\]\.source: required/],
    ['unknown key', (d) => { (d.benchmarks as Record<string, unknown>[])[0]!.medain = 1; }, /benchmarks\[0\]\.medain: unknown key/],
    ['good on the wrong side', (d) => { (d.benchmarks as Record<string, unknown>[])[0]!.good = 0.01; }, /cannot define a higher-is-better/],
    ['convention not labelled', (d) => {
      (d.benchmarks as Record<string, unknown>[]).push({ kpi: 'reach', median: 10, source: 'a blog', status: 'convention' });
    }, /must say so in its source/],
    ['duplicate entry', (d) => { const b = d.benchmarks as unknown[]; b.push(b[0]); }, /two entries for/],
    ['period-dependent KPI unknown', (d) => { (d.rules as Record<string, unknown>).periodDependent = ['reach', 'likes']; }, /rules\.periodDependent\[1\]: must be one of/],
    ['period-dependent KPI twice', (d) => { (d.rules as Record<string, unknown>).periodDependent = ['reach', 'reach']; }, /rules\.periodDependent\[1\]: reach is listed twice/],
    ['period-dependent KPIs not a list', (d) => { delete (d.rules as Record<string, unknown>).periodDependent; }, /rules\.periodDependent: must be a list of KPI ids/],
    ['reference period missing', (d) => { delete (d.rules as Record<string, unknown>).referencePeriodDays; }, /rules\.referencePeriodDays: required/],
    ['reference period zero', (d) => { (d.rules as Record<string, unknown>).referencePeriodDays = 0; }, /rules\.referencePeriodDays: must be > 0/],
  ])('%s', (_name, mutate, message) => {
    const data = rawBenchmarks();
    mutate(data);
    expect(problems(() => parseBenchmarks(data)).join('\n')).toMatch(message);
  });
  test('not a mapping', () => {
    expect(problems(() => parseBenchmarks([1, 2]))).toEqual(['(root): must be a mapping with version, rules and benchmarks']);
  });
  test('the error message lists the file and each problem', () => {
    const data = rawBenchmarks();
    data.version = 3;
    expect(() => parseBenchmarks(data, 'x.yaml')).toThrow(/x\.yaml: invalid scoring data:\n {2}- version: must be 1/);
  });
});

describe('weights file checks', () => {
  test('a domain row of zeros and a missing KPI weight are reported', () => {
    const data = rawWeights();
    (data.domains as Record<string, unknown>).branding = { visibility: 0 };
    delete (data.kpiWeights as Record<string, unknown>).nps;
    const p = problems(() => parseWeights(data)).join('\n');
    expect(p).toMatch(/domains\.branding: needs at least one pillar above 0/);
    expect(p).toMatch(/kpiWeights\.nps: required/);
  });
});

describe('benchmark lookup and overrides', () => {
  const set = model.benchmarks;
  test('platform + sector beats platform, which beats any platform', () => {
    expect(findBenchmark(set, 'engagement-rate-followers', 'instagram', 'health-beauty', 'EUR')?.median).toBe(0.14);
    expect(findBenchmark(set, 'engagement-rate-followers', 'instagram', 'retail', 'EUR')?.median).toBe(0.47);
    expect(findBenchmark(set, 'engagement-rate-followers', 'linkedin', undefined, 'EUR')).toBeUndefined();
    expect(findBenchmark(set, 'engagement-rate-reach', 'linkedin', undefined, undefined)?.status).toBe('convention');
  });
  test('money benchmarks apply only in their currency', () => {
    expect(findBenchmark(set, 'cost-per-acquisition', 'facebook', undefined, 'USD')?.median).toBe(18.68);
    expect(findBenchmark(set, 'cost-per-acquisition', 'facebook', undefined, 'EUR')).toBeUndefined();
  });
  test("the brand's overrides win, platform first", () => {
    const { set: merged, notes } = mergeOverrides(set, [
      { kpi: 'engagement-rate-followers', median: 1, good: 2, source: 'ours' },
      { kpi: 'engagement-rate-followers', platform: 'instagram', median: 3, good: 6, source: 'ours ig' },
      { kpi: 'first-response-time', median: 2, good: 5, source: 'wrong way round' },
    ]);
    expect(findBenchmark(merged, 'engagement-rate-followers', 'instagram', 'health-beauty', 'EUR')?.median).toBe(3);
    expect(findBenchmark(merged, 'engagement-rate-followers', 'facebook', undefined, 'EUR')?.median).toBe(1);
    expect(notes).toEqual([{ code: 'override-ignored', args: { index: 2, kpi: 'first-response-time', problem: 'wrong-direction', direction: 'lower' } }]);
  });
  test('an override shows as such in the result', () => {
    const brand: BrandFile = {
      smscore: 1, brand: { name: 'T' },
      channels: [{ id: 'ig', platform: 'instagram', metrics: { shares: 5, reach: 100 } }],
      scoring: { benchmarks: [{ kpi: 'virality-rate', median: 1, good: 4, source: 'our panel', year: 2025 }] },
    };
    const k = scoreBrand(brand, model).pillars[1]?.kpis.find((x) => x.kpi === 'virality-rate');
    expect(k?.curve?.origin).toBe('override');
    expect(k?.curve?.medianFrom).toEqual({ from: 'override', source: 'our panel', status: 'brand', year: 2025 });
  });
});

describe('targets as control points', () => {
  const base = (kpis: { kpi: 'virality-rate' | 'cost-per-acquisition' | 'nps'; target: number; channel?: string }[]): BrandFile => ({
    smscore: 1, brand: { name: 'T', currency: 'EUR' },
    channels: [
      { id: 'ig', platform: 'instagram', metrics: { shares: 5, reach: 100, spend: 100, conversions: 4, nps: { score: 10 } } },
      { id: 'fb', platform: 'facebook', metrics: { shares: 5, reach: 100 } },
    ],
    objectives: [{ id: 'o1', priority: 'high', kpis }],
  });
  const vir = (r: ReturnType<typeof scoreBrand>, level: 'brand' | 'ig' | 'fb') => {
    const pillars = level === 'brand' ? r.pillars : r.channels.find((c) => c.channelId === level)?.pillars ?? [];
    return pillars.flatMap((p) => p.kpis).find((k) => k.kpi === 'virality-rate');
  };
  test('a target is "good"; the benchmark median stays the median', () => {
    const r = scoreBrand(base([{ kpi: 'virality-rate', target: 5 }]), model);
    const k = vir(r, 'brand');
    expect(k?.curve).toMatchObject({ good: 5, median: 0.5, origin: 'target', goodFrom: { from: 'target', objective: 'o1' } });
    expect(k?.score).toBe(90); // 10 / 200 × 100 = 5 %: meets the target exactly
    expect(k?.weight).toBe(4); // base 2 × 2: named by an objective
  });
  test('only a target: the median is derived by the rule (target ÷ 3)', () => {
    const r = scoreBrand(base([{ kpi: 'cost-per-acquisition', target: 20 }]), model);
    const k = r.pillars.find((p) => p.pillar === 'conversion')?.kpis.find((x) => x.kpi === 'cost-per-acquisition');
    expect(k?.curve).toMatchObject({ good: 20, median: 60, medianFrom: { from: 'rule', rule: 'target × 3', status: 'convention' } });
    expect(k?.value).toBe(25);
  });
  test('a target below the benchmark median: the median is derived from the target', () => {
    const r = scoreBrand(base([{ kpi: 'virality-rate', target: 0.3 }]), model);
    expect(vir(r, 'brand')?.curve).toMatchObject({ good: 0.3, median: 0.3 / 3, medianFrom: { from: 'rule', note: 'benchmark-median-beyond-target' } });
  });
  test('a channel target applies to that channel, and to the brand only if it covers every measuring channel', () => {
    const r = scoreBrand(base([{ kpi: 'virality-rate', target: 8, channel: 'ig' }]), model);
    expect(vir(r, 'ig')?.curve?.origin).toBe('target');
    expect(vir(r, 'fb')?.curve?.origin).toBe('benchmark');
    expect(vir(r, 'brand')?.curve?.origin).toBe('benchmark');
    expect(vir(r, 'fb')?.weight).toBe(2);
    expect(vir(r, 'brand')?.weight).toBe(4);
  });
  test('several targets: the least demanding one sets "good", so meeting any of them scores ≥ 90', () => {
    const r = scoreBrand(base([{ kpi: 'virality-rate', target: 8 }, { kpi: 'virality-rate', target: 4 }]), model);
    expect(vir(r, 'brand')?.curve).toMatchObject({ good: 4, otherTargets: [{ objective: 'o1', target: 8 }] });
  });
  test('NPS uses the logistic curve and accepts negative targets', () => {
    const r = scoreBrand(base([{ kpi: 'nps', target: -10 }]), model);
    const k = r.pillars.find((p) => p.pillar === 'satisfaction')?.kpis.find((x) => x.kpi === 'nps');
    expect(k?.curve).toMatchObject({ kind: 'logistic', good: -10, median: -40 });
    expect(k?.score).toBeGreaterThan(90);
  });
  test('a target too small to derive a median from (5e-324) is ignored, never NaN', () => {
    const r = scoreBrand(base([{ kpi: 'virality-rate', target: 5e-324 }]), model);
    expect(r.notes[0]?.code).toBe('target-ignored');
    expect(vir(r, 'brand')?.curve?.origin).toBe('benchmark');
    expect(vir(r, 'brand')?.score).toBe(98.3);
  });
  test('a target ≤ 0 on a log-normal KPI is ignored and reported', () => {
    const r = scoreBrand(base([{ kpi: 'virality-rate', target: 0 }]), model);
    expect(r.notes).toEqual([{ code: 'target-ignored', args: { objective: 'o1', kpi: 'virality-rate', target: 0 } }]);
  });
});

describe('pillar weights', () => {
  const w = (brand: Partial<BrandFile>) => Object.fromEntries(pillarWeights({ smscore: 1, brand: { name: 'T' }, ...brand }, model.weights).map((x) => [x.pillar, x.weight]));
  test('no objective: every pillar weighs the base', () => {
    expect(w({})).toEqual({ visibility: 1, amplification: 1, conversion: 1, engagement: 1, satisfaction: 1 });
  });
  test('a high-priority selling objective shifts 3 points mostly to conversion', () => {
    const x = w({ objectives: [{ id: 's', domain: 'selling', priority: 'high' }] });
    expect(x.conversion).toBeCloseTo(1 + 3 * 0.6, 12);
    expect(x.visibility).toBeCloseTo(1 + 3 * 0.2, 12);
    expect(x.amplification).toBe(1);
  });
  test('explicit objective weight wins over priority; no domain spreads over its KPIs’ pillars', () => {
    const x = w({ objectives: [{ id: 'o', weight: 10, priority: 'low', kpis: [{ kpi: 'nps' }, { kpi: 'reach' }] }] });
    expect(x).toEqual({ visibility: 6, amplification: 1, conversion: 1, engagement: 1, satisfaction: 6 });
  });
  test("the brand's scoring.weights replace the derived weights", () => {
    expect(w({ scoring: { weights: { conversion: 5 } }, objectives: [{ id: 'o', domain: 'branding' }] }))
      .toEqual({ visibility: 0, amplification: 0, conversion: 5, engagement: 0, satisfaction: 0 });
  });
});
