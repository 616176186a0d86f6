/**
 * Reference values (median and good) for the KPIs, looked up once per scoring model rather than once per file.
 *
 * The benchmark lookup and the control points it yields depend only on the benchmark set and on (KPI, platform,
 * sector, currency), never on a file's figures, so they are memoized per set. Caches are WeakMaps keyed by the
 * set's own objects: a brand file with its own `scoring.benchmarks` gets a merged set of its own (see
 * mergeOverrides), hence its own cache, and its overrides always win. Sets are treated as immutable.
 * What these functions return is shared between results and files: it is frozen so that it cannot be changed.
 */
import type { KpiId, Platform, Sector } from '../model/brand.js';
import { deriveGood, deriveGoodRule, findBenchmark } from './data.js';
import type { BenchmarkEntry, BenchmarkSet, PointOrigin } from './types.js';

/** A KPI's reference: both control points and where each comes from. */
export interface Ref {
  readonly median: number;
  readonly good: number;
  readonly origin: 'override' | 'benchmark';
  readonly medianFrom: PointOrigin;
  readonly goodFrom: PointOrigin;
}

type Lookup = (kpi: KpiId, platform: Platform | undefined) => BenchmarkEntry | undefined;

const lookups = new WeakMap<BenchmarkSet, Map<string, Lookup>>();

/**
 * findBenchmark for one file's sector and currency, memoized per set: the same answers, without scanning the
 * whole table for every KPI of every channel.
 */
export function benchmarkLookup(set: BenchmarkSet, sector: Sector | undefined, currency: string | undefined): Lookup {
  let bySetting = lookups.get(set);
  if (!bySetting) lookups.set(set, (bySetting = new Map()));
  // Sectors and ISO codes never contain '|'.
  const setting = `${sector ?? ''}|${currency ?? ''}`;
  let lookup = bySetting.get(setting);
  if (!lookup) {
    // Per KPI, per platform ('' for the platform-agnostic lookup); null caches "no entry".
    const found = new Map<KpiId, Map<string, BenchmarkEntry | null>>();
    lookup = (kpi, platform) => {
      let byPlatform = found.get(kpi);
      if (!byPlatform) found.set(kpi, (byPlatform = new Map()));
      let hit = byPlatform.get(platform ?? '');
      if (hit === undefined) byPlatform.set(platform ?? '', (hit = findBenchmark(set, kpi, platform, sector, currency) ?? null));
      return hit ?? undefined;
    };
    bySetting.set(setting, lookup);
  }
  return lookup;
}

const refs = new WeakMap<BenchmarkSet['rules'], WeakMap<BenchmarkEntry, Ref>>();

/** The reference an entry gives (its good point derived by the rules when absent), built once per entry and rules. */
export function refFromEntry(e: BenchmarkEntry, rules: BenchmarkSet['rules']): Ref {
  let byEntry = refs.get(rules);
  if (!byEntry) refs.set(rules, (byEntry = new WeakMap()));
  let ref = byEntry.get(e);
  if (!ref) {
    const from = e.origin === 'brand' ? 'override' : 'benchmark';
    const status = e.origin === 'brand' ? 'brand' : e.status;
    const base: PointOrigin = Object.freeze({ from, source: e.source, ...(e.sourceFr !== undefined && { sourceFr: e.sourceFr }), status, ...(e.year !== undefined && { year: e.year }), ...(e.note && { note: e.note }), ...(e.noteFr && { noteFr: e.noteFr }) });
    const good = e.good ?? deriveGood(e.kpi, e.median, rules);
    const goodFrom: PointOrigin = e.good !== undefined
      ? (e.goodStatus ? Object.freeze({ ...base, status: e.goodStatus }) : base)
      : Object.freeze({ from: 'rule', rule: deriveGoodRule(e.kpi, rules), status: 'convention' });
    ref = Object.freeze({ median: e.median, good, origin: from, medianFrom: base, goodFrom });
    byEntry.set(e, ref);
  }
  return ref;
}

const keys = new WeakMap<Ref, string>();

/** A text key equal for references with equal points and origins, to tell whether channels' references differ. */
export function refKey(ref: Ref): string {
  let key = keys.get(ref);
  if (key === undefined) keys.set(ref, (key = JSON.stringify([ref.median, ref.good, ref.medianFrom, ref.goodFrom])));
  return key;
}
