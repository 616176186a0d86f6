/**
 * Shape checks for the two data files (benchmarks.yaml, weights.yaml) and brand overrides. Pure: takes parsed
 * YAML, returns typed data or throws a ScoringDataError listing every problem with its path.
 */
import { KPI_IDS, PILLARS, PLATFORMS } from '../model/brand.js';
import type { BenchmarkOverride, KpiId, Platform, Sector } from '../model/brand.js';
import { curveProblem } from './curve.js';
import { ACTIVITY_KPIS, kpiDef } from './kpis.js';
import type { BenchmarkEntry, BenchmarkSet, BenchmarkStatus, ScoreNote, WeightTable } from './types.js';

export class ScoringDataError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: invalid scoring data:\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'ScoringDataError';
  }
}

const SECTORS: readonly Sector[] = [
  'alcohol', 'fashion', 'financial-services', 'food-beverage', 'health-beauty', 'higher-education', 'home-decor',
  'influencers', 'media', 'nonprofit', 'retail', 'sports-teams', 'tech-software', 'travel-hospitality', 'real-estate',
  'local-business', 'b2b-services', 'public-sector', 'other',
];
const STATUSES: readonly BenchmarkStatus[] = ['sourced', 'secondary', 'convention'];
const DOMAINS = ['branding', 'selling', 'customer-relationship', 'community'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

class Checker {
  problems: string[] = [];
  fail(path: string, msg: string): void { this.problems.push(`${path}: ${msg}`); }
  keys(o: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(`${path}.${k}`, `unknown key (allowed: ${allowed.join(', ')})`);
  }
  num(o: Obj, key: string, path: string, opts: { required?: boolean; min?: number; positive?: boolean } = {}): number | undefined {
    const v = o[key];
    if (v === undefined) { if (opts.required) this.fail(`${path}.${key}`, 'required number is missing'); return undefined; }
    if (!isNum(v)) { this.fail(`${path}.${key}`, `must be a number, got ${JSON.stringify(v)}`); return undefined; }
    if (opts.min !== undefined && v < opts.min) { this.fail(`${path}.${key}`, `must be ≥ ${opts.min}`); return undefined; }
    if (opts.positive && v <= 0) { this.fail(`${path}.${key}`, 'must be > 0'); return undefined; }
    return v;
  }
  oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[], required = false): T | undefined {
    const v = o[key];
    if (v === undefined) { if (required) this.fail(`${path}.${key}`, 'required value is missing'); return undefined; }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.fail(`${path}.${key}`, `must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
      return undefined;
    }
    return v as T;
  }
  str(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = o[key];
    if (v === undefined) { if (required) this.fail(`${path}.${key}`, 'required text is missing'); return undefined; }
    if (typeof v !== 'string' || v.trim() === '') { this.fail(`${path}.${key}`, 'must be non-empty text'); return undefined; }
    return v;
  }
  numMap<K extends string>(v: unknown, path: string, keys: readonly K[], positive = false): Partial<Record<K, number>> {
    const out: Partial<Record<K, number>> = {};
    if (v === undefined) return out;
    if (!isObj(v)) { this.fail(path, 'must be a mapping'); return out; }
    this.keys(v, path, keys);
    for (const k of keys) {
      const n = this.num(v, k, path, positive ? { positive: true } : { min: 0 });
      if (n !== undefined) out[k] = n;
    }
    return out;
  }
}

/** Validates parsed benchmarks.yaml. */
export function parseBenchmarks(data: unknown, file = 'benchmarks.yaml'): BenchmarkSet {
  const c = new Checker();
  if (!isObj(data)) throw new ScoringDataError(file, ['(root): must be a mapping with version, rules and benchmarks']);
  c.keys(data, '(root)', ['version', 'rules', 'benchmarks']);
  if (data.version !== 1) c.fail('version', 'must be 1');
  const rulesRaw = isObj(data.rules) ? data.rules : (c.fail('rules', 'must be a mapping'), {});
  c.keys(rulesRaw, 'rules', ['goodFactor', 'goodFactorByKpi', 'logisticSpread', 'periodDependent', 'referencePeriodDays']);
  const goodFactor = c.num(rulesRaw, 'goodFactor', 'rules', { required: true }) ?? 3;
  if (goodFactor <= 1) c.fail('rules.goodFactor', 'must be > 1');
  const goodFactorByKpi = c.numMap(rulesRaw.goodFactorByKpi, 'rules.goodFactorByKpi', KPI_IDS, true);
  for (const [k, f] of Object.entries(goodFactorByKpi)) if ((f ?? 0) <= 1) c.fail(`rules.goodFactorByKpi.${k}`, 'must be > 1');
  const logisticSpread = c.numMap(rulesRaw.logisticSpread, 'rules.logisticSpread', KPI_IDS, true);
  for (const id of KPI_IDS) {
    if (kpiDef(id).curve === 'logistic' && logisticSpread[id] === undefined) c.fail('rules.logisticSpread', `needs a spread for ${id}`);
  }

  const periodDependent: KpiId[] = [];
  if (!Array.isArray(rulesRaw.periodDependent)) c.fail('rules.periodDependent', 'must be a list of KPI ids');
  else {
    rulesRaw.periodDependent.forEach((k, i) => {
      if (typeof k !== 'string' || !(KPI_IDS as readonly string[]).includes(k)) c.fail(`rules.periodDependent[${i}]`, `must be one of ${KPI_IDS.join(', ')}, got ${JSON.stringify(k)}`);
      else if (periodDependent.includes(k as KpiId)) c.fail(`rules.periodDependent[${i}]`, `${k} is listed twice`);
      else periodDependent.push(k as KpiId);
    });
  }
  const referencePeriodDays = c.num(rulesRaw, 'referencePeriodDays', 'rules', { required: true, positive: true }) ?? 90;

  const entries: BenchmarkEntry[] = [];
  if (!Array.isArray(data.benchmarks)) c.fail('benchmarks', 'must be a list');
  else {
    data.benchmarks.forEach((raw, i) => {
      const path = `benchmarks[${i}]`;
      if (!isObj(raw)) { c.fail(path, 'must be a mapping'); return; }
      const before = c.problems.length;
      c.keys(raw, path, ['kpi', 'platform', 'sector', 'median', 'good', 'goodStatus', 'currency', 'source', 'sourceFr', 'year', 'status', 'note', 'noteFr']);
      const kpi = c.oneOf(raw, 'kpi', path, KPI_IDS, true);
      const platform = c.oneOf(raw, 'platform', path, PLATFORMS);
      const sector = c.oneOf(raw, 'sector', path, SECTORS);
      const median = c.num(raw, 'median', path, { required: true });
      const good = c.num(raw, 'good', path);
      const goodStatus = c.oneOf(raw, 'goodStatus', path, STATUSES);
      const currency = c.str(raw, 'currency', path);
      if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) c.fail(`${path}.currency`, 'must be an ISO 4217 code such as EUR');
      const source = c.str(raw, 'source', path, true);
      // French reports show the source in French: every shipped entry gives it (a brand's override is shown as written).
      const sourceFr = c.str(raw, 'sourceFr', path, true);
      const year = c.num(raw, 'year', path);
      if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100)) c.fail(`${path}.year`, 'must be a year');
      const status = c.oneOf(raw, 'status', path, STATUSES, true);
      const note = c.str(raw, 'note', path);
      // A note is shown to people too: French reports need it in French.
      const noteFr = c.str(raw, 'noteFr', path, note !== undefined);
      if (status === 'convention' && source !== undefined && !/convention/i.test(source)) {
        c.fail(`${path}.source`, 'an entry with status convention must say so in its source (e.g. "smscore default (unsourced convention)")');
      }
      if (status === 'convention' && sourceFr !== undefined && !/convention/i.test(sourceFr)) {
        c.fail(`${path}.sourceFr`, 'an entry with status convention must say so in its French source too (e.g. "convention de smscore (non sourcée)")');
      }
      if (kpi && median !== undefined) {
        const def = kpiDef(kpi);
        const g = good ?? deriveGood(def.id, median, { goodFactor, goodFactorByKpi, logisticSpread, periodDependent, referencePeriodDays });
        const problem = curveProblem({ kind: def.curve, direction: def.direction, good: g, median });
        if (problem) c.fail(path, `median ${median} and good ${g} cannot define a ${def.direction}-is-better ${def.curve} curve (${problem})`);
      }
      if (c.problems.length > before || !kpi || median === undefined || !source || !status) return;
      entries.push({
        kpi, median, source, ...(sourceFr !== undefined && { sourceFr }), status, origin: 'shipped',
        ...(platform && { platform }), ...(sector && { sector }), ...(good !== undefined && { good }),
        ...(goodStatus && { goodStatus }), ...(currency && { currency }), ...(year !== undefined && { year }), ...(note && { note }), ...(noteFr && { noteFr }),
      });
    });
    const seen = new Set<string>();
    entries.forEach((e) => {
      const key = `${e.kpi}/${e.platform ?? '*'}/${e.sector ?? '*'}/${e.currency ?? '*'}`;
      if (seen.has(key)) c.fail('benchmarks', `two entries for ${key}`);
      seen.add(key);
    });
  }
  if (c.problems.length) throw new ScoringDataError(file, c.problems);
  return { version: 1, entries, rules: { goodFactor, goodFactorByKpi, logisticSpread, periodDependent, referencePeriodDays } };
}

/** Validates parsed weights.yaml. */
export function parseWeights(data: unknown, file = 'weights.yaml'): WeightTable {
  const c = new Checker();
  if (!isObj(data)) throw new ScoringDataError(file, ['(root): must be a mapping']);
  c.keys(data, '(root)', ['version', 'priority', 'defaultObjectiveWeight', 'basePillarWeight', 'domains', 'kpiWeights', 'targetedMultiplier']);
  if (data.version !== 1) c.fail('version', 'must be 1');
  const priority = c.numMap(data.priority, 'priority', ['high', 'medium', 'low'] as const, true);
  for (const p of ['high', 'medium', 'low'] as const) if (priority[p] === undefined) c.fail(`priority.${p}`, 'required');
  const defaultObjectiveWeight = c.num(data, 'defaultObjectiveWeight', '(root)', { required: true, positive: true }) ?? 0;
  const basePillarWeight = c.num(data, 'basePillarWeight', '(root)', { required: true, min: 0 }) ?? 0;
  const targetedMultiplier = c.num(data, 'targetedMultiplier', '(root)', { required: true, min: 1 }) ?? 1;
  const domains = {} as WeightTable['domains'];
  if (!isObj(data.domains)) c.fail('domains', 'must be a mapping');
  else {
    c.keys(data.domains, 'domains', DOMAINS);
    for (const d of DOMAINS) {
      const row = c.numMap(data.domains[d], `domains.${d}`, PILLARS);
      const full = Object.fromEntries(PILLARS.map((p) => [p, row[p] ?? 0])) as Record<(typeof PILLARS)[number], number>;
      if (data.domains[d] === undefined) c.fail(`domains.${d}`, 'required');
      else if (PILLARS.every((p) => full[p] === 0)) c.fail(`domains.${d}`, 'needs at least one pillar above 0');
      domains[d] = full;
    }
  }
  // Result KPIs weigh more than 0; effort KPIs (activity) weigh exactly 0, so they never count (METHODOLOGY.md § 6).
  const kw = c.numMap(data.kpiWeights, 'kpiWeights', KPI_IDS);
  for (const id of KPI_IDS) {
    const w = kw[id];
    if (w === undefined) c.fail(`kpiWeights.${id}`, 'required');
    else if (ACTIVITY_KPIS.has(id) && w !== 0) c.fail(`kpiWeights.${id}`, 'must be 0 (an activity KPI: effort, not result)');
    else if (!ACTIVITY_KPIS.has(id) && w <= 0) c.fail(`kpiWeights.${id}`, 'must be > 0');
  }
  if (c.problems.length) throw new ScoringDataError(file, c.problems);
  return {
    version: 1,
    priority: priority as WeightTable['priority'],
    defaultObjectiveWeight, basePillarWeight, targetedMultiplier, domains,
    kpiWeights: kw as Record<KpiId, number>,
  };
}

/** The good point derived from a median when a benchmark gives only the median. */
export function deriveGood(kpi: KpiId, median: number, rules: BenchmarkSet['rules']): number {
  const def = kpiDef(kpi);
  if (def.curve === 'logistic') {
    const spread = rules.logisticSpread[kpi] ?? 1;
    return def.direction === 'higher' ? median + spread : median - spread;
  }
  const f = rules.goodFactorByKpi[kpi] ?? rules.goodFactor;
  if (def.direction === 'lower') return median / f;
  const g = median * f;
  return def.max === undefined ? g : Math.min(g, (median + def.max) / 2);
}

/**
 * The median derived from a target when no usable benchmark exists. `scale` multiplies a logistic spread: for a
 * period-dependent KPI, the period's length over the reference period's (see periodScale in engine.ts).
 */
export function deriveMedian(kpi: KpiId, target: number, rules: BenchmarkSet['rules'], scale = 1): number {
  const def = kpiDef(kpi);
  if (def.curve === 'logistic') {
    const spread = (rules.logisticSpread[kpi] ?? 1) * scale;
    return def.direction === 'higher' ? target - spread : target + spread;
  }
  const f = rules.goodFactorByKpi[kpi] ?? rules.goodFactor;
  return def.direction === 'higher' ? target / f : target * f;
}

export function deriveGoodRule(kpi: KpiId, rules: BenchmarkSet['rules']): string {
  const def = kpiDef(kpi);
  if (def.curve === 'logistic') return `median ${def.direction === 'higher' ? '+' : '−'} ${rules.logisticSpread[kpi] ?? 1}`;
  const f = rules.goodFactorByKpi[kpi] ?? rules.goodFactor;
  if (def.direction === 'lower') return `median ÷ ${f}`;
  return def.max === undefined ? `median × ${f}` : `min(median × ${f}, (median + ${def.max}) / 2)`;
}

export function deriveMedianRule(kpi: KpiId, rules: BenchmarkSet['rules'], scale = 1): string {
  const def = kpiDef(kpi);
  if (def.curve === 'logistic') {
    const spread = rules.logisticSpread[kpi] ?? 1;
    // Rounded as the formulas print numbers (kpis.ts num), so the rule can be redone by hand.
    const scaled = scale === 1 ? '' : ` × ${Math.round(scale * 10000) / 10000}`;
    return `target ${def.direction === 'higher' ? '−' : '+'} ${spread}${scaled}`;
  }
  const f = rules.goodFactorByKpi[kpi] ?? rules.goodFactor;
  return def.direction === 'higher' ? `target ÷ ${f}` : `target × ${f}`;
}

/**
 * Adds the brand's own reference values (`scoring.benchmarks`) to a set. They win over shipped entries. Overrides
 * that cannot define a curve (e.g. good below median for a higher-is-better KPI) are left out and reported.
 * The set given is never changed: with overrides, a new set is returned.
 */
export function mergeOverrides(set: BenchmarkSet, overrides: readonly BenchmarkOverride[] | undefined): { set: BenchmarkSet; notes: ScoreNote[] } {
  const notes: ScoreNote[] = [];
  const extra: BenchmarkEntry[] = [];
  (overrides ?? []).forEach((o, i) => {
    const def = kpiDef(o.kpi);
    const problem = curveProblem({ kind: def.curve, direction: def.direction, good: o.good, median: o.median });
    if (problem) {
      notes.push({ code: 'override-ignored', args: { index: i, kpi: o.kpi, problem, direction: def.direction } });
      return;
    }
    extra.push({
      kpi: o.kpi, median: o.median, good: o.good, source: o.source, status: 'sourced', origin: 'brand',
      ...(o.platform && { platform: o.platform }), ...(o.year !== undefined && { year: o.year }),
    });
  });
  // Without usable overrides the set itself is returned, so lookups cached for it (see references.ts) still apply.
  if (extra.length === 0) return { set, notes };
  return { set: { ...set, entries: [...extra, ...set.entries] }, notes };
}

/**
 * The reference entry for a KPI on one platform (or, with platform undefined, the platform-agnostic one):
 * brand override for the platform, brand override for all platforms, then shipped entries from the most to the
 * least specific (platform + sector, platform, sector, neither). Money entries apply only in their currency.
 */
export function findBenchmark(set: BenchmarkSet, kpi: KpiId, platform: Platform | undefined, sector: Sector | undefined, currency: string | undefined): BenchmarkEntry | undefined {
  const candidates = set.entries.filter((e) => e.kpi === kpi && (e.currency === undefined || e.currency === currency));
  const pick = (pred: (e: BenchmarkEntry) => boolean) => candidates.find(pred);
  const brand = (e: BenchmarkEntry) => e.origin === 'brand';
  const shipped = (e: BenchmarkEntry) => e.origin === 'shipped';
  return (
    (platform && pick((e) => brand(e) && e.platform === platform)) ||
    pick((e) => brand(e) && e.platform === undefined) ||
    (platform && sector && pick((e) => shipped(e) && e.platform === platform && e.sector === sector)) ||
    (platform && pick((e) => shipped(e) && e.platform === platform && e.sector === undefined)) ||
    (sector && pick((e) => shipped(e) && e.platform === undefined && e.sector === sector)) ||
    pick((e) => shipped(e) && e.platform === undefined && e.sector === undefined) ||
    undefined
  );
}
