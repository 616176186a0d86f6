/**
 * Types of the scoring engine's data files and of its result. The result is plain JSON: every number needed to
 * recompute every score (inputs, control points, weights) is in it.
 */
import type { KpiId, Pillar, Platform, Sector } from '../model/brand.js';

export type Direction = 'higher' | 'lower';
export type CurveKind = 'lognormal' | 'logistic';
export type KpiUnit = 'count' | 'percent' | 'hours' | 'currency' | 'ratio' | 'per-post' | 'posts-per-week' | 'points' | 'stars';

/** How far a reference value can be trusted: read in a primary source, in a secondary write-up, or a convention. */
export type BenchmarkStatus = 'sourced' | 'secondary' | 'convention';

/** One reference value from benchmarks/benchmarks.yaml (or a brand override). */
export interface BenchmarkEntry {
  kpi: KpiId;
  /** Absent: applies to every platform. */
  platform?: Platform;
  /** Absent: applies to every sector. */
  sector?: Sector;
  /** Scores 50. */
  median: number;
  /** Scores 90. Absent: derived from the median by the rules (shown as a convention). */
  good?: number;
  /** Status of `good` when it is given; defaults to `status`. */
  goodStatus?: BenchmarkStatus;
  /** ISO 4217 code for money KPIs; the entry is used only for brands in that currency. */
  currency?: string;
  source: string;
  /** The source in French (shipped entries: required by data.ts; a brand's override has none). */
  sourceFr?: string;
  year?: number;
  status: BenchmarkStatus;
  note?: string;
  /** The note in French (required by data.ts when there is a note). */
  noteFr?: string;
  /** 'brand' for entries from the brand file's `scoring.benchmarks`. */
  origin: 'shipped' | 'brand';
}

export interface DerivationRules {
  /** Log-normal KPIs: good = median × factor (higher is better) or median ÷ factor (lower is better). */
  goodFactor: number;
  goodFactorByKpi: Partial<Record<KpiId, number>>;
  /** Logistic KPIs (can be negative): good = median + spread, median = target − spread (signs flip when lower is better). */
  logisticSpread: Partial<Record<KpiId, number>>;
  /**
   * KPIs whose value grows with the period's length (counts and flows over the period). Their references and
   * logistic spreads are per `referencePeriodDays` days and are scaled to the brand file's period.
   */
  periodDependent: KpiId[];
  referencePeriodDays: number;
}

export interface BenchmarkSet {
  version: 1;
  entries: BenchmarkEntry[];
  rules: DerivationRules;
}

export interface WeightTable {
  version: 1;
  /** Weight of an objective by priority (high/medium/low). */
  priority: Record<'high' | 'medium' | 'low', number>;
  /** Weight of an objective with neither priority nor weight. */
  defaultObjectiveWeight: number;
  /** Every pillar starts with this weight before the objectives add theirs. */
  basePillarWeight: number;
  /** How each objective domain spreads its weight over the pillars (rows are normalised to sum 1). */
  domains: Record<'branding' | 'selling' | 'customer-relationship' | 'community', Record<Pillar, number>>;
  /** Base weight of each KPI inside its pillar. */
  kpiWeights: Record<KpiId, number>;
  /** A KPI named by an objective (in scope) has its weight multiplied by this. */
  targetedMultiplier: number;
}

export interface ScoringModel {
  benchmarks: BenchmarkSet;
  weights: WeightTable;
}

/** Where one control point comes from. */
export interface PointOrigin {
  from: 'target' | 'override' | 'benchmark' | 'rule';
  /** Objective id, for targets. */
  objective?: string;
  source?: string;
  /** The source in French, for shipped benchmarks (benchmarks.yaml sourceFr); a brand's own source is shown as written. */
  sourceFr?: string;
  year?: number;
  status?: BenchmarkStatus | 'brand';
  /** For 'rule': how it was derived, e.g. 'median × 3'. For a mixed-platform benchmark, the platforms averaged. */
  rule?: string;
  note?: string;
  /** The note in French, for shipped benchmarks (benchmarks.yaml noteFr). */
  noteFr?: string;
}

export interface Curve {
  kind: CurveKind;
  direction: Direction;
  /** Scores 90 (Lighthouse's p10). */
  good: number;
  /** Scores 50. */
  median: number;
  /** Overall origin: target if a target set `good`, else override or benchmark. */
  origin: 'target' | 'override' | 'benchmark';
  goodFrom: PointOrigin;
  medianFrom: PointOrigin;
  /** Other targets declared for this KPI and scope but not used (the least demanding one is used). */
  otherTargets?: { objective: string; target: number }[];
  /**
   * Period-dependent KPIs: how the reference was fitted to the period. The reference's points (and a logistic
   * spread) are per `referenceDays` days and were multiplied by `factor` = `days` / `referenceDays`; `days` is null
   * when the file gives no period (factor 1: the reference is used as is). Targets are never scaled: they are the
   * brand's own, for its period.
   */
  period?: { days: number | null; referenceDays: number; factor: number };
}

export type KpiStatus = 'scored' | 'no-reference' | 'not-measured';

export interface KpiResult {
  kpi: KpiId;
  pillar: Pillar;
  status: KpiStatus;
  /** Null when not measured. Never NaN. */
  value: number | null;
  unit: KpiUnit;
  direction: Direction;
  /** The figures the formula uses (null = missing). */
  inputs: Record<string, number | null>;
  formula: { en: string; fr: string };
  /** The formula with the numbers filled in, e.g. '58 / 6900 × 100 = 0.8406'. */
  calculation: string | null;
  /** Why it is not measured: message codes such as 'missing-input', 'zero-denominator'. */
  reason?: { code: string; args: Record<string, string | number> };
  /** Channels whose figures were summed (brand level). */
  channels?: string[];
  curve: Curve | null;
  /** Curve position: 1 at `good`, 0 at `median` (ln ratio for log-normal, linear for logistic). */
  t?: number;
  /** 0–100, one decimal; null unless scored. */
  score: number | null;
  /** Weight inside the pillar (base × multiplier when an objective names the KPI). */
  weight: number;
  baseWeight: number;
  /** Objectives naming this KPI in this scope. */
  objectives: string[];
  /** Present (true) on effort KPIs (posting frequency): shown apart as activity, weight 0, never counted. */
  activity?: true;
  previousValue?: number | null;
  /** value − previousValue, in the KPI's unit. */
  change?: number | null;
  previousScore?: number | null;
}

export type BandId = 'good' | 'needs-work' | 'poor' | 'not-measured';
export interface Band { id: BandId; symbol: string; ascii: string }

export interface PillarScore {
  pillar: Pillar;
  /** 0–100, one decimal; null = not measured. */
  score: number | null;
  status: KpiStatus;
  band: Band;
  kpis: KpiResult[];
  /** Σ weight × score / Σ weight over scored KPIs. */
  arithmetic: { weightedSum: number; totalWeight: number } | null;
  previousScore?: number | null;
  change?: number | null;
}

export interface PillarWeight {
  pillar: Pillar;
  weight: number;
  /** How the weight was built: the base, then one line per objective, or the brand's explicit weight. */
  parts: { from: 'base' | 'objective' | 'explicit'; objective?: string; domain?: string; objectiveWeight?: number; share?: number; amount: number }[];
}

export interface OverallScore {
  score: number | null;
  band: Band;
  weights: PillarWeight[];
  /** Measured pillars with a weight above 0: the terms of the weighted mean. */
  terms: { pillar: Pillar; weight: number; score: number }[];
  arithmetic: { weightedSum: number; totalWeight: number } | null;
  previousScore?: number | null;
  change?: number | null;
  /**
   * What the score is judged against: the brand's objectives, or only generic benchmarks because the file sets no
   * objective (the method wants indicators to follow objectives, so such a score is a comparison, not a verdict).
   */
  basis: ScoreBasis;
  /** 'low' when the basis is generic benchmarks; see METHODOLOGY.md § 7. */
  confidence: ScoreConfidence;
}

export type ScoreBasis = 'objectives' | 'generic-benchmarks';
export type ScoreConfidence = 'normal' | 'low';

export interface ChannelScore {
  channelId: string;
  platform: Platform;
  label?: string;
  overall: OverallScore;
  pillars: PillarScore[];
}

export interface ScoreNote {
  code: string;
  args: Record<string, string | number>;
}

export interface ScoreResult {
  /** Version of the scoring model; bump when formulas, curves or rounding change. */
  modelVersion: 2;
  brand: string;
  sector?: Sector;
  currency?: string;
  period?: { start: string; end: string; label?: string };
  hasPrevious: boolean;
  overall: OverallScore;
  pillars: PillarScore[];
  channels: ChannelScore[];
  notes: ScoreNote[];
}
