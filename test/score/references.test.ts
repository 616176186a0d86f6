/**
 * The reference lookups cached per scoring model (src/score/references.ts): they must give what an uncached
 * lookup gives, and a brand file's own scoring.benchmarks must still win after the cache has seen the KPI.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BenchmarkOverride, BrandFile, KpiId, Platform, Sector } from '../../src/model/brand.js';
import { KPI_IDS, PLATFORMS } from '../../src/model/brand.js';
import { packagePath } from '../../src/io/package-root.js';
import { findBenchmark, loadScoringModel, mergeOverrides, scoreBrand } from '../../src/score/index.js';
import { benchmarkLookup, refFromEntry, refKey } from '../../src/score/references.js';

const model = loadScoringModel();
const bakery = parse(readFileSync(packagePath('examples', 'boulangerie-martin.yaml'), 'utf8')) as BrandFile;
const withOverrides = (benchmarks: BenchmarkOverride[]): BrandFile => ({ ...bakery, scoring: { ...bakery.scoring, benchmarks } });
const channelKpi = (r: ReturnType<typeof scoreBrand>, channel: string, id: KpiId) =>
  r.channels.find((c) => c.channelId === channel)?.pillars.flatMap((p) => p.kpis).find((k) => k.kpi === id);

describe('benchmarkLookup', () => {
  test('gives what findBenchmark gives, for every KPI, platform, sector and currency tried, twice over', () => {
    const settings: [Sector | undefined, string | undefined][] = [[undefined, undefined], ['health-beauty', 'EUR'], ['retail', 'USD'], ['food-beverage', 'EUR']];
    let found = 0;
    for (let round = 0; round < 2; round++) {
      for (const [sector, currency] of settings) {
        const lookup = benchmarkLookup(model.benchmarks, sector, currency);
        for (const kpi of KPI_IDS) {
          for (const platform of [undefined, ...PLATFORMS] as (Platform | undefined)[]) {
            const expected = findBenchmark(model.benchmarks, kpi, platform, sector, currency);
            expect(lookup(kpi, platform)).toBe(expected);
            if (expected) found++;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  test('one lookup per set and setting; a merged set has its own', () => {
    expect(benchmarkLookup(model.benchmarks, 'retail', 'EUR')).toBe(benchmarkLookup(model.benchmarks, 'retail', 'EUR'));
    expect(benchmarkLookup(model.benchmarks, 'retail', 'EUR')).not.toBe(benchmarkLookup(model.benchmarks, 'retail', 'USD'));
    const { set } = mergeOverrides(model.benchmarks, [{ kpi: 'engagement-rate-reach', median: 10, good: 20, source: 'ours' }]);
    expect(set).not.toBe(model.benchmarks);
    expect(benchmarkLookup(set, undefined, undefined)('engagement-rate-reach', 'instagram')).toMatchObject({ origin: 'brand', median: 10, good: 20 });
    expect(benchmarkLookup(model.benchmarks, undefined, undefined)('engagement-rate-reach', 'instagram')).toMatchObject({ origin: 'shipped', median: 2, good: 5 });
  });
});

describe('mergeOverrides', () => {
  test('returns the set itself when no override is usable, so its cached lookups apply', () => {
    expect(mergeOverrides(model.benchmarks, undefined).set).toBe(model.benchmarks);
    const { set, notes } = mergeOverrides(model.benchmarks, [{ kpi: 'reach', median: 20, good: 10, source: 'upside down' }]);
    expect(set).toBe(model.benchmarks);
    expect(notes).toEqual([{ code: 'override-ignored', args: { index: 0, kpi: 'reach', problem: 'wrong-direction', direction: 'higher' } }]);
  });
});

describe('refFromEntry', () => {
  const entry = model.benchmarks.entries.find((e) => e.kpi === 'engagement-rate-reach' && e.platform === undefined && e.sector === undefined);

  test('derives the good point when the entry has none, and builds each reference once, frozen', () => {
    const noGood = model.benchmarks.entries.find((e) => e.good === undefined);
    expect(noGood).toBeDefined();
    const ref = refFromEntry(noGood!, model.benchmarks.rules);
    expect(ref.goodFrom).toMatchObject({ from: 'rule', status: 'convention' });
    expect(ref.good).not.toBe(noGood!.median);
    expect(refFromEntry(noGood!, model.benchmarks.rules)).toBe(ref);
    expect(Object.isFrozen(ref) && Object.isFrozen(ref.medianFrom) && Object.isFrozen(ref.goodFrom)).toBe(true);
  });

  test('the shipped convention for engagement-rate-reach: median 2, good 5', () => {
    const ref = refFromEntry(entry!, model.benchmarks.rules);
    expect([ref.median, ref.good, ref.origin, ref.medianFrom.status]).toEqual([2, 5, 'benchmark', 'convention']);
  });

  test('refKey is equal for equal references and differs otherwise', () => {
    const ref = refFromEntry(entry!, model.benchmarks.rules);
    const copy = refFromEntry({ ...entry! }, model.benchmarks.rules);
    expect(copy).not.toBe(ref);
    expect(refKey(copy)).toBe(refKey(ref));
    expect(refKey(refFromEntry({ ...entry!, median: 3 }, model.benchmarks.rules))).not.toBe(refKey(ref));
  });
});

describe('scoreBrand with cached references', () => {
  const override: BenchmarkOverride = { kpi: 'engagement-rate-reach', platform: 'facebook', median: 8, good: 12, source: 'Our own posts', year: 2025 };

  test("a brand's own override wins after the cache has seen the same KPI without it, and does not leak", () => {
    const before = channelKpi(scoreBrand(bakery, model), 'facebook', 'engagement-rate-reach');
    expect(before?.curve).toMatchObject({ median: 2, good: 5, origin: 'benchmark' });

    const overridden = channelKpi(scoreBrand(withOverrides([override]), model), 'facebook', 'engagement-rate-reach');
    expect(overridden?.curve).toMatchObject({ median: 8, good: 12, origin: 'override', medianFrom: { from: 'override', source: 'Our own posts', status: 'brand', year: 2025 } });
    expect(overridden?.value).toBe(before?.value);
    expect(overridden?.score).not.toBe(before?.score);
    expect(overridden!.score!).toBeLessThan(before!.score!);

    // The next file without the override is scored on the shipped reference again.
    expect(channelKpi(scoreBrand(bakery, model), 'facebook', 'engagement-rate-reach')).toEqual(before);
  });

  test('two files with different overrides for the same KPI each get their own', () => {
    const a = channelKpi(scoreBrand(withOverrides([override]), model), 'facebook', 'engagement-rate-reach');
    const b = channelKpi(scoreBrand(withOverrides([{ ...override, median: 1, good: 3 }]), model), 'facebook', 'engagement-rate-reach');
    expect(a?.curve?.median).toBe(8);
    expect(b?.curve?.median).toBe(1);
    expect(b!.score!).toBeGreaterThan(a!.score!);
  });

  test('results share no mutable object: changing one leaves the next file untouched', () => {
    const first = scoreBrand(bakery, model);
    const k = channelKpi(first, 'facebook', 'engagement-rate-reach')!;
    k.curve!.median = 99;
    k.formula.en = 'changed';
    const again = channelKpi(scoreBrand(bakery, model), 'facebook', 'engagement-rate-reach');
    expect(again?.curve?.median).toBe(2);
    expect(again?.formula.en).not.toBe('changed');
  });
});
