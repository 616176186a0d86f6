/**
 * scoreBrand: KPI values per channel and for the brand, control points, KPI → pillar → overall scores, and the
 * period-over-period change. Pure and deterministic: the same file and model always give the same result.
 */
import { PILLARS } from '../model/brand.js';
import type { BrandFile, Channel, KpiId, Metrics, Pillar, Platform } from '../model/brand.js';
import { band } from './band.js';
import { curvePosition, curveProblem, kpiScore, round1, scoreAtPosition } from './curve.js';
import { deriveMedian, deriveMedianRule, mergeOverrides } from './data.js';
import { ACTIVITY_KPIS, KPIS, calculationText, formulaText, num } from './kpis.js';
import type { ChannelContext, Extract, KpiDef } from './kpis.js';
import { benchmarkLookup, refFromEntry, refKey, type Ref } from './references.js';
import type {
  BenchmarkSet, BenchmarkStatus, ChannelScore, Curve, KpiResult, KpiStatus, OverallScore,
  PillarScore, PillarWeight, PointOrigin, ScoreBasis, ScoreConfidence, ScoreNote, ScoreResult, ScoringModel,
} from './types.js';
import { inScope, kpiScope, kpiWeight, objectivesNamingIndex, pillarWeights } from './weights.js';

/** Length of a period in weeks (both dates included); null when absent or unreadable. */
export function periodWeeks(period: { start: string; end: string } | undefined): number | null {
  if (!period) return null;
  const start = Date.parse(period.start + 'T00:00:00Z');
  const end = Date.parse(period.end + 'T00:00:00Z');
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return ((end - start) / 86_400_000 + 1) / 7;
}

/** Length of a period in days (both dates included); null when absent or unreadable. */
export function periodDays(period: { start: string; end: string } | undefined): number | null {
  const weeks = periodWeeks(period);
  return weeks === null ? null : Math.round(weeks * 7);
}

/** How a period-dependent KPI's reference is fitted to the period (types.ts Curve.period); undefined otherwise. */
function periodScale(def: KpiDef, rules: BenchmarkSet['rules'], days: number | null): Curve['period'] {
  if (!rules.periodDependent.includes(def.id)) return undefined;
  const referenceDays = rules.referencePeriodDays;
  // Shared by every curve of the KPI in one result: frozen, like the references.
  return Object.freeze({ days, referenceDays, factor: days === null ? 1 : days / referenceDays });
}

/** A reference multiplied by a period factor: both points (a logistic good is median + spread, scaled alike). */
function scaleRef(ref: Ref, factor: number): Ref {
  if (factor === 1) return ref;
  return { median: ref.median * factor, good: ref.good * factor, origin: ref.origin, medianFrom: ref.medianFrom, goodFrom: ref.goodFrom };
}

interface Value {
  value: number | null; terms: Record<string, number> | null; inputs: Record<string, number | null>;
  reason?: KpiResult['reason']; channels?: string[];
  /** Brand level: each measuring channel's own terms, for the reference weights. */
  perChannel?: { id: string; terms: Record<string, number> }[];
}

/**
 * Inputs as shown: every field the formula needs, null where missing. Loops, not spreads: this runs per KPI.
 * Without extra fields they are the extract's own terms, made for this channel and period and only read after.
 */
function inputsOf(e: Extract): Record<string, number | null> {
  if (e.ok && !e.extra) return e.terms;
  const out: Record<string, number | null> = {};
  if (e.ok) {
    for (const k of Object.keys(e.terms)) out[k] = e.terms[k] as number;
    for (const k of Object.keys(e.extra!)) out[k] = e.extra![k] as number;
  } else {
    for (const m of e.missing) out[m] = null;
  }
  return out;
}

/** Overflow (a huge ratio over a tiny denominator) stays a finite, extreme value; NaN is not a value. */
function finite(v: number | null): number | null {
  if (v === null || Number.isNaN(v)) return null;
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, v));
}

/**
 * Each KPI's extract for each channel, in one period: computed once and used by both the channel and the brand
 * level (extract is pure). `m` is the channel's metrics as given (undefined when it has none).
 */
interface ChannelExtract { id: string; m: Metrics | undefined; e: Extract }

/** A channel's value alone, for the previous period, whose inputs and reasons no report shows. */
function extractValue(def: KpiDef, e: Extract): number | null {
  return def.aggregation === 'brand-only' || !e.ok ? null : finite(def.value(e.terms));
}

function channelValue(def: KpiDef, e: Extract): Value {
  if (def.aggregation === 'brand-only') {
    return { value: null, terms: null, inputs: {}, reason: { code: 'brand-only', args: {} } };
  }
  if (!e.ok) return { value: null, terms: null, inputs: inputsOf(e), reason: { code: 'missing-input', args: { inputs: e.missing.join(', ') } } };
  const value = finite(def.value(e.terms));
  if (value === null) return { value: null, terms: e.terms, inputs: inputsOf(e), reason: { code: 'zero-denominator', args: {} } };
  return { value, terms: e.terms, inputs: inputsOf(e) };
}

/**
 * Brand-level value: terms summed over the channels that give all of them. `sorted` holds the channels' extracts
 * in channel-id order, for exact sums.
 */
function brandValue(def: KpiDef, sorted: readonly ChannelExtract[], ctx: ChannelContext, competitorMentions: number | null): Value {
  const given: { id: string; e: Extract & { ok: true } }[] = [];
  for (const { id, e } of sorted) if (e.ok) given.push({ id, e });
  // A rate counts only the channels where its denominator is measured (above zero): a channel's numerator without
  // its denominator would pull the brand's rate outside the channels' rates (METHODOLOGY.md §3).
  const measured = def.aggregation === 'sum' || def.aggregation === 'pooled-or-mean'
    ? given.filter((x) => def.value(x.e.terms) !== null)
    : given;
  // Every channel with the inputs has a zero denominator: the brand's is zero too (reported as such below).
  const ok = measured.length > 0 ? measured : given;
  const noCompetitors = def.aggregation === 'brand-only' && competitorMentions === null;
  if (ok.length === 0 || noCompetitors) {
    const names = ok.length === 0 ? brandMissing(def, sorted, ctx, noCompetitors) : ['competitorMentions'];
    return { value: null, terms: null, inputs: Object.fromEntries(names.map((n) => [n, null])), reason: { code: 'missing-input', args: { inputs: names.join(', ') } } };
  }
  const channels = ok.map((x) => x.id);
  const perChannel = ok.map((x) => ({ id: x.id, terms: x.e.terms }));
  const sum = (rows: Record<string, number>[]) => {
    const t: Record<string, number> = {};
    for (const r of rows) for (const k of Object.keys(r)) t[k] = (t[k] ?? 0) + (r[k] as number);
    return t;
  };
  let terms: Record<string, number>;
  if (def.aggregation === 'weighted-mean') {
    const weighted = ok.every((x) => (x.e.extra?.answered ?? 0) > 0);
    terms = weighted
      ? { weightedHours: sum(ok.map((x) => ({ v: (x.e.terms.hours ?? 0) * (x.e.extra?.answered ?? 0) }))).v ?? 0, answered: sum(ok.map((x) => ({ v: x.e.extra?.answered ?? 0 }))).v ?? 0 }
      : { sumOfValues: sum(ok.map((x) => ({ v: x.e.terms.hours ?? 0 }))).v ?? 0, channelCount: ok.length };
  } else if (def.aggregation === 'pooled-or-mean' && ok.some((x) => 'score' in x.e.terms)) {
    const values = ok.map((x) => def.value(x.e.terms)).filter((v): v is number => v !== null);
    terms = { sumOfValues: sum(values.map((v) => ({ v }))).v ?? 0, channelCount: values.length };
  } else {
    terms = sum(def.harmonise ? def.harmonise(ok.map((x) => x.e.terms)) : ok.map((x) => x.e.terms));
    if (def.aggregation === 'brand-only') terms.competitorMentions = competitorMentions ?? 0;
  }
  const value = finite('sumOfValues' in terms ? (terms.channelCount ? (terms.sumOfValues ?? 0) / terms.channelCount : null) : def.value(terms));
  if (value === null) return { value: null, terms, inputs: { ...terms }, channels, perChannel, reason: { code: 'zero-denominator', args: {} } };
  return { value, terms, inputs: { ...terms }, channels, perChannel };
}

/**
 * The inputs a brand-level value lacks: those missing on channels that report figures; else all the KPI needs.
 * Channels without figures are ignored, so an empty channel changes nothing.
 */
function brandMissing(def: KpiDef, sorted: readonly ChannelExtract[], ctx: ChannelContext, noCompetitors: boolean): string[] {
  const missing = new Set<string>();
  for (const { m, e } of sorted) {
    if (!m || Object.keys(m).length === 0) continue;
    if (!e.ok) e.missing.forEach((x) => missing.add(x));
  }
  if (missing.size === 0) {
    const blank = def.extract({}, ctx);
    if (!blank.ok) blank.missing.forEach((x) => missing.add(x));
  }
  if (noCompetitors) missing.add('competitorMentions');
  return [...missing];
}

const STATUS_RANK: Record<BenchmarkStatus | 'brand', number> = { convention: 0, secondary: 1, brand: 2, sourced: 2 };

/**
 * Brand reference across platforms: for counts, the sum of the channels' references (every measuring channel
 * needs one); for ratios, their mean weighted by each channel's denominator, i.e. the value the brand would have
 * if every channel sat exactly on its own reference. Channels without a reference are left out of the mean.
 */
function brandRef(refs: { id: string; platform: Platform; ref: Ref | null; weight: number }[], mode: 'sum' | 'mean'): Ref | null {
  const have = refs.filter((r): r is { id: string; platform: Platform; ref: Ref; weight: number } => r.ref !== null);
  const first = have[0];
  if (!first) return null;
  if (mode === 'sum' && have.length < refs.length) return null;
  // The same reference on every channel (the usual case: one cached object) needs no mean.
  if (mode === 'mean' && (have.every((r) => r.ref === first.ref) || new Set(have.map((r) => refKey(r.ref))).size === 1)) return first.ref;
  let median = 0;
  let good = 0;
  let rule: string;
  if (mode === 'sum') {
    for (const r of have) { median += r.ref.median; good += r.ref.good; }
    rule = 'sum of ' + have.map((r) => `${r.id} ${num(r.ref.median)}/${num(r.ref.good)}`).join(', ');
  } else {
    const total = have.reduce((s, r) => s + r.weight, 0);
    // Without any exposure (all weights 0), every channel counts the same.
    const w = (r: { weight: number }) => (total > 0 ? r.weight / total : 1 / have.length);
    for (const r of have) { median += w(r) * r.ref.median; good += w(r) * r.ref.good; }
    rule = 'weighted mean of ' + have.map((r) => `${r.id} ${num(r.ref.median)}/${num(r.ref.good)} × ${num(total > 0 ? r.weight : 1)}`).join(', ');
  }
  const weakest = (pick: (r: Ref) => PointOrigin) => have.map((r) => pick(r.ref).status ?? 'convention').sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0];
  const sources = [...new Set(have.map((r) => r.ref.medianFrom.source).filter((x): x is string => !!x))];
  // In French, each shipped source in French, a brand's own source as written.
  const sourcesFr = [...new Set(have.map((r) => r.ref.medianFrom.sourceFr ?? r.ref.medianFrom.source).filter((x): x is string => !!x))];
  const all = have.every((r) => r.ref.origin === 'override');
  return {
    median, good, origin: all ? 'override' : 'benchmark',
    medianFrom: { from: 'benchmark', rule, source: sources.join('; '), ...(have.some((r) => r.ref.medianFrom.sourceFr !== undefined) && { sourceFr: sourcesFr.join('\u202f; ') }), status: weakest((r) => r.medianFrom) ?? 'convention' },
    goodFrom: { from: 'benchmark', rule, status: weakest((r) => r.goodFrom) ?? 'convention' },
  };
}

interface Target { objective: string; target: number }

/**
 * Combines targets and the reference into control points; null when neither exists. `ref` is already fitted to the
 * period; `period` says how (period-dependent KPIs only), and scales a logistic spread when the median is derived.
 */
function buildCurve(def: KpiDef, targets: Target[], ref: Ref | null, rules: BenchmarkSet['rules'], period?: Curve['period']): Curve | null {
  // Without a target (the usual case) the curve is the reference's: built as a literal, without spreads.
  if (targets.length === 0) {
    if (!ref) return null;
    const curve: Curve = { kind: def.curve, direction: def.direction, good: ref.good, median: ref.median, origin: ref.origin, goodFrom: ref.goodFrom, medianFrom: ref.medianFrom };
    if (period) curve.period = period;
    return curve;
  }
  // The least demanding target sets `good`, so that meeting any declared target scores at least 90.
  const sorted = [...targets].sort((a, b) => (def.direction === 'higher' ? a.target - b.target : b.target - a.target) || (a.objective < b.objective ? -1 : 1));
  const used = sorted[0] as Target;
  const others = sorted.slice(1);
  const goodFrom: PointOrigin = { from: 'target', objective: used.objective };
  // Literals rather than spreads of a shared base: this runs for every channel a target covers.
  const fits = ref !== null && curveProblem({ kind: def.curve, direction: def.direction, good: used.target, median: ref.median }) === null;
  let curve: Curve;
  const factor = period?.factor ?? 1;
  if (fits && ref) {
    curve = { kind: def.curve, direction: def.direction, good: used.target, median: ref.median, origin: 'target', goodFrom, medianFrom: ref.medianFrom };
    if (period) curve.period = period;
  } else {
    const medianFrom: PointOrigin = { from: 'rule', rule: deriveMedianRule(def.id, rules, factor), status: 'convention' };
    if (ref) medianFrom.note = 'benchmark-median-beyond-target';
    curve = { kind: def.curve, direction: def.direction, good: used.target, median: deriveMedian(def.id, used.target, rules, factor), origin: 'target', goodFrom, medianFrom };
    // Only a logistic spread is scaled; a log-normal median derived from a target (÷ 3) does not depend on the period.
    if (period && def.curve === 'logistic') curve.period = period;
  }
  if (others.length) curve.otherTargets = others;
  return curve;
}

/** Share-of-voice default: the fair share among the brand and its competitors (a convention). */
function fairShareRef(competitors: number): Ref {
  const median = 100 / (competitors + 1);
  const good = Math.min(2 * median, (median + 100) / 2);
  const rule = `fair share 100 / (1 + ${competitors} competitors)`;
  return {
    median, good, origin: 'benchmark',
    medianFrom: { from: 'rule', rule, status: 'convention' },
    goodFrom: { from: 'rule', rule: 'min(2 × median, (median + 100) / 2)', status: 'convention' },
  };
}

/** Σ(weight × score) / Σ weight over the items with a score and a positive weight, in their order. */
function weightedMean<T>(items: readonly T[], scoreOf: (x: T) => number | null, weightOf: (x: T) => number): { score: number | null; arithmetic: { weightedSum: number; totalWeight: number } | null } {
  let weightedSum = 0;
  let totalWeight = 0;
  for (const it of items) {
    const score = scoreOf(it);
    const weight = weightOf(it);
    if (score === null || weight <= 0) continue;
    weightedSum += weight * score;
    totalWeight += weight;
  }
  if (totalWeight === 0) return { score: null, arithmetic: null };
  return { score: round1(weightedSum / totalWeight), arithmetic: { weightedSum, totalWeight } };
}

// Accessors for weightedMean, defined once: pillar scores are computed for every channel of every file.
const kpiScoreOf = (k: KpiResult) => k.score;
const kpiPreviousScoreOf = (k: KpiResult) => k.previousScore ?? null;
const kpiWeightOf = (k: KpiResult) => k.weight;
const termScoreOf = (t: { score: number }) => t.score;
const termWeightOf = (t: { weight: number }) => t.weight;

function pillarScore(pillar: Pillar, kpis: KpiResult[]): PillarScore {
  const own = kpis.filter((k) => k.pillar === pillar);
  const { score, arithmetic } = weightedMean(own, kpiScoreOf, kpiWeightOf);
  // Activity alone does not make a pillar measured: it says what the brand did, not what the audience saw.
  const status: KpiStatus = score !== null ? 'scored' : own.some((k) => k.value !== null && !k.activity) ? 'no-reference' : 'not-measured';
  const withPrev = own.some((k) => k.previousValue !== undefined);
  const prev = withPrev ? weightedMean(own, kpiPreviousScoreOf, kpiWeightOf) : undefined;
  return {
    pillar, score, status, band: band(score), kpis: own, arithmetic,
    ...(prev && { previousScore: prev.score, change: score !== null && prev.score !== null ? round1(score - prev.score) : null }),
  };
}

/**
 * No objective: the weights are the base ones and every curve is a generic benchmark, so the overall score says
 * how the brand compares with typical accounts, not whether it meets its goals; its confidence is lowered.
 */
export function scoreBasis(brand: BrandFile): { basis: ScoreBasis; confidence: ScoreConfidence } {
  return (brand.objectives?.length ?? 0) > 0 ? { basis: 'objectives', confidence: 'normal' } : { basis: 'generic-benchmarks', confidence: 'low' };
}

function overallScore(pillars: PillarScore[], weights: PillarWeight[], withPrev: boolean, basis: ReturnType<typeof scoreBasis>): OverallScore {
  const w = (p: Pillar) => weights.find((x) => x.pillar === p)?.weight ?? 0;
  const terms = pillars.filter((p) => p.score !== null && w(p.pillar) > 0).map((p) => ({ pillar: p.pillar, weight: w(p.pillar), score: p.score as number }));
  const { score, arithmetic } = weightedMean(terms, termScoreOf, termWeightOf);
  const prev = withPrev ? weightedMean(pillars, (p) => p.previousScore ?? null, (p) => w(p.pillar)) : undefined;
  return {
    score, band: band(score), weights, terms, arithmetic,
    ...(prev && { previousScore: prev.score, change: score !== null && prev.score !== null ? round1(score - prev.score) : null }),
    basis: basis.basis,
    confidence: basis.confidence,
  };
}

export function scoreBrand(brand: BrandFile, model: ScoringModel): ScoreResult {
  const { set, notes } = mergeOverrides(model.benchmarks, brand.scoring?.benchmarks);
  const notesOut: ScoreNote[] = [...notes];
  const rules = set.rules;
  const sector = brand.brand.sector;
  const currency = brand.brand.currency;
  const channels: Channel[] = brand.channels ?? [];
  const ctx: ChannelContext = { weeks: periodWeeks(brand.period) };
  const days = periodDays(brand.period);
  // Per KPI: how its references are fitted to the period (undefined for KPIs that do not depend on it).
  const periodOf = new Map(KPIS.map((def) => [def.id, periodScale(def, rules, days)]));
  const prevCtx: ChannelContext = { weeks: periodWeeks(brand.previous?.period) };
  const prevChannels = brand.previous?.channels;
  const hasPrevious = prevChannels !== undefined && channels.some((c) => prevChannels[c.id] !== undefined);
  const weights = pillarWeights(brand, model.weights);
  const basis = scoreBasis(brand);

  // Targets per KPI, with their scope; unusable ones (≤ 0 on a log-normal KPI) are reported and left out.
  const targets: { kpi: KpiId; objective: string; target: number; scope: readonly string[] | 'all' }[] = [];
  for (const o of brand.objectives ?? []) {
    for (const k of o.kpis ?? []) {
      if (k.target === undefined) continue;
      const def = KPIS.find((d) => d.id === k.kpi);
      if (!def) continue;
      // The target must define a curve even with its derived median (a log-normal KPI needs a target above 0).
      if (curveProblem({ kind: def.curve, direction: def.direction, good: k.target, median: deriveMedian(def.id, k.target, rules, periodOf.get(def.id)?.factor) }) !== null) {
        notesOut.push({ code: 'target-ignored', args: { objective: o.id, kpi: k.kpi, target: k.target } });
        continue;
      }
      targets.push({ kpi: k.kpi, objective: o.id, target: k.target, scope: kpiScope(o, k) });
    }
  }

  // Targets grouped by KPI once, rather than filtered out of the whole list for every channel and KPI.
  const targetsByKpi = new Map<KpiId, typeof targets>();
  for (const t of targets) {
    const list = targetsByKpi.get(t.kpi);
    if (list) list.push(t);
    else targetsByKpi.set(t.kpi, [t]);
  }
  const noTargets: typeof targets = [];
  const naming = objectivesNamingIndex(brand);

  const findRef = benchmarkLookup(set, sector, currency);
  // Fitted to the period once per KPI and platform: channels on one platform share one reference object.
  const scaledRefs = new Map<string, Ref | null>();
  const channelRef = (def: KpiDef, platform: Platform): Ref | null => {
    const key = `${def.id}|${platform}`;
    let ref = scaledRefs.get(key);
    if (ref === undefined) {
      const e = findRef(def.id, platform);
      ref = e ? scaleRef(refFromEntry(e, rules), periodOf.get(def.id)?.factor ?? 1) : null;
      scaledRefs.set(key, ref);
    }
    return ref;
  };

  const finish = (def: KpiDef, v: Value, prev: number | null | undefined, curve: Curve | null, named: string[], brandLevel: boolean): KpiResult => {
    // Effort KPIs weigh 0 in the table (the loader insists), so they are shown and never counted.
    const activity = ACTIVITY_KPIS.has(def.id);
    const { base, weight } = kpiWeight(model.weights, def.id, named.length > 0);
    const scored = v.value !== null && curve !== null;
    const status: KpiStatus = v.value === null ? 'not-measured' : scored ? 'scored' : 'no-reference';
    // Built field by field, without spreads; the key order is the report's (JSON output depends on it).
    const result = {
      kpi: def.id, pillar: def.pillar, status, value: v.value, unit: def.unit, direction: def.direction, inputs: v.inputs,
      formula: formulaText(def, brandLevel, v.terms ?? undefined),
      calculation: v.value !== null && v.terms ? calculationText(def, brandLevel, v.terms, v.value) : null,
    } as KpiResult;
    if (v.reason && status === 'not-measured') result.reason = v.reason;
    if (status === 'no-reference') result.reason = { code: 'no-reference', args: {} };
    if (v.channels) result.channels = v.channels;
    result.curve = v.value !== null ? curve : null;
    // One curve position gives both the score (as kpiScore computes it) and `t`.
    const t = scored && curve ? curvePosition(curve, v.value as number) : undefined;
    result.score = t !== undefined && curve ? round1(100 * scoreAtPosition(curve.kind, t)) : null;
    result.weight = weight;
    result.baseWeight = base;
    result.objectives = named;
    if (activity) result.activity = true;
    if (t !== undefined) result.t = t;
    if (prev !== undefined) {
      result.previousValue = prev;
      result.change = v.value !== null && prev !== null ? v.value - prev : null;
      result.previousScore = prev !== null && curve ? kpiScore(curve, prev) : null;
    }
    return result;
  };

  // Every KPI's extract for every channel, in both periods: each is used at the channel and at the brand level.
  const extractsOf = (metricsOf: (c: Channel) => Metrics | undefined, periodCtx: ChannelContext): Map<KpiId, ChannelExtract[]> =>
    new Map(KPIS.map((def) => [def.id, channels.map((c) => {
      const m = metricsOf(c);
      return { id: c.id, m, e: def.extract(m ?? {}, periodCtx) };
    })]));
  const extracts = extractsOf((c) => c.metrics, ctx);
  const prevExtracts = hasPrevious ? extractsOf((c) => prevChannels?.[c.id], prevCtx) : undefined;

  // Channel level.
  const channelKpis = new Map<string, Map<KpiId, { v: Value; ref: Ref | null }>>();
  const channelScores: ChannelScore[] = channels.map((c, i) => {
    const perKpi = new Map<KpiId, { v: Value; ref: Ref | null }>();
    const kpis = KPIS.map((def) => {
      const v = channelValue(def, (extracts.get(def.id) as ChannelExtract[])[i]!.e);
      const prev = prevExtracts ? extractValue(def, (prevExtracts.get(def.id) as ChannelExtract[])[i]!.e) : undefined;
      const ref = channelRef(def, c.platform);
      perKpi.set(def.id, { v, ref });
      const ts = targetsByKpi.get(def.id)?.filter((t) => inScope(t.scope, c.id)) ?? noTargets;
      const curve = buildCurve(def, ts, ref, rules, periodOf.get(def.id));
      return finish(def, v, prev, curve, naming(def.id, c.id), false);
    });
    channelKpis.set(c.id, perKpi);
    const pillars = PILLARS.map((p) => pillarScore(p, kpis));
    return { channelId: c.id, platform: c.platform, ...(c.label && { label: c.label }), overall: overallScore(pillars, weights, hasPrevious, basis), pillars };
  });

  // Brand level. Channels are taken in channel-id order, for exact sums.
  const order = channels.map((c, i) => ({ id: c.id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.i);
  const sortedOf = (list: ChannelExtract[]) => order.map((i) => list[i] as ChannelExtract);
  const platformOf = new Map<string, Platform>();
  for (const c of channels) if (!platformOf.has(c.id)) platformOf.set(c.id, c.platform);
  const competitorMentions = (brand.competitors ?? []).filter((c) => c.mentions !== undefined);
  const compTotal = competitorMentions.length ? competitorMentions.reduce((s, c) => s + (c.mentions ?? 0), 0) : null;
  const prevComp = brand.previous?.competitors;
  const prevCompTotal = prevComp && Object.keys(prevComp).length ? Object.values(prevComp).reduce((s, n) => s + n, 0) : null;
  const brandKpis = KPIS.map((def) => {
    const v = brandValue(def, sortedOf(extracts.get(def.id) as ChannelExtract[]), ctx, compTotal);
    const prev = prevExtracts
      ? brandValue(def, sortedOf(prevExtracts.get(def.id) as ChannelExtract[]), prevCtx, prevCompTotal).value
      : undefined;
    const measuring = v.channels ?? [];
    // A target counts for the brand when its scope covers every channel that measures the KPI.
    const ts = targetsByKpi.get(def.id)?.filter((t) => measuring.length > 0 && measuring.every((id) => inScope(t.scope, id))) ?? noTargets;
    let ref: Ref | null;
    if (def.aggregation === 'brand-only') {
      const agnostic = findRef(def.id, undefined);
      ref = agnostic ? scaleRef(refFromEntry(agnostic, rules), periodOf.get(def.id)?.factor ?? 1) : competitorMentions.length ? fairShareRef(competitorMentions.length) : null;
    } else {
      const refs = (v.perChannel ?? []).map((pc) => {
        const w = def.refWeight === 'sum' ? 1 : def.refWeight(pc.terms);
        return { id: pc.id, platform: platformOf.get(pc.id) as Platform, ref: channelKpis.get(pc.id)?.get(def.id)?.ref ?? null, weight: w };
      });
      ref = brandRef(refs, def.refWeight === 'sum' ? 'sum' : 'mean');
    }
    const curve = buildCurve(def, ts, ref, rules, periodOf.get(def.id));
    return finish(def, v, prev, curve, naming(def.id, undefined), true);
  });
  const pillars = PILLARS.map((p) => pillarScore(p, brandKpis));

  return {
    modelVersion: 2,
    brand: brand.brand.name,
    ...(sector && { sector }),
    ...(currency && { currency }),
    ...(brand.period && { period: { ...brand.period } }),
    hasPrevious,
    overall: overallScore(pillars, weights, hasPrevious, basis),
    pillars,
    channels: channelScores,
    notes: notesOut,
  };
}
