/**
 * The CI gate: judges audit results against thresholds, applies waivers (always visible, scores shown with and
 * without them), and compares with a baseline report. Pure: today's date and the baseline come in as data.
 */
import type { AuditResult } from '../audit/index.js';
import type { Thresholds, Waiver } from '../config/load.js';
import { PILLARS, type Pillar } from '../model/brand.js';
import { readiness, SEVERITIES, type Catalog, type Gap, type QuestionResult, type Readiness, type Severity } from '../questions/index.js';
import { round1, type ScoreResult } from '../score/index.js';

export type FailureKind = 'min-score' | 'min-pillar' | 'min-readiness' | 'gap' | 'expired-waiver' | 'regression';

export interface GateFailure {
  kind: FailureKind;
  file: string;
  /** Values for the message: actual, limit, pillar, question, severity… */
  args: Record<string, string | number>;
  /** Where to look in the brand file, when there is a place. */
  line?: number;
  col?: number;
}

export interface WaiverUse {
  index: number;
  waiver: Waiver;
  expired: boolean;
  /** What it covered in this file: gaps (question + channel) or KPIs. */
  covered: { questionId?: string; channelId?: string; kpi?: string }[];
}

export interface ScoresView {
  overall: number | null;
  pillars: Record<Pillar, number | null>;
  readiness: number;
}

export interface BaselineComparison {
  /** False when the baseline report has no entry for this file. */
  found: boolean;
  overall: { before: number | null; after: number | null; change: number | null };
  pillars: { pillar: Pillar; before: number | null; after: number | null; change: number | null }[];
  /** Gap keys (question id, plus channel or item) that are new since the baseline, and those it had that are gone. */
  opened: string[];
  closed: string[];
}

export interface FileGate {
  file: string;
  thresholds: Thresholds;
  passed: boolean;
  failures: GateFailure[];
  waivers: WaiverUse[];
  waivedGaps: Gap[];
  /** Thresholds are judged on the scores with waivers; both are reported so a waiver never raises a score unseen. */
  withoutWaivers: ScoresView;
  withWaivers: ScoresView;
  baseline?: BaselineComparison;
}

/** The part of a previous JSON report a baseline needs. */
export interface BaselineEntry {
  file: string;
  overall: number | null;
  pillars: Partial<Record<Pillar, number | null>>;
  gapKeys: string[];
}

export interface GateOptions {
  thresholds: Thresholds;
  waivers: readonly { index: number; waiver: Waiver }[];
  catalog: Catalog;
  /** YYYY-MM-DD. */
  today: string;
  baseline?: ReadonlyMap<string, BaselineEntry>;
  /** Points a score may drop before it counts as a regression; undefined: regressions do not fail. */
  regressionTolerance?: number;
}

export function gapKey(g: { questionId: string; channelId?: string; item?: { index: number; id?: string } }): string {
  const scope = g.channelId ?? g.item?.id ?? (g.item ? `#${g.item.index}` : '');
  return scope ? `${g.questionId}@${scope}` : g.questionId;
}

export function judge(result: AuditResult, options: GateOptions): FileGate {
  const { thresholds } = options;
  const failures: GateFailure[] = [];
  const file = result.file;
  const uses: WaiverUse[] = options.waivers.map(({ index, waiver }) => ({
    index, waiver, expired: waiver.expires !== undefined && waiver.expires < options.today, covered: [],
  }));

  const waivedGaps: Gap[] = [];
  const openGaps: Gap[] = [];
  for (const g of result.gaps) {
    const use = uses.find((u) => u.waiver.question === g.questionId && (u.waiver.channel === undefined || u.waiver.channel === g.channelId));
    if (use) {
      use.covered.push({ questionId: g.questionId, ...(g.channelId ? { channelId: g.channelId } : {}) });
      waivedGaps.push(g);
    } else {
      openGaps.push(g);
    }
  }
  const kpiWaivers = uses.filter((u) => u.waiver.kpi !== undefined);
  const withoutWaivers = view(result.scores, result.readiness.overall);
  const withWaivers = applyWaivers(result, kpiWaivers, waivedGaps, options.catalog);

  for (const u of uses) {
    if (u.expired) failures.push({ kind: 'expired-waiver', file, args: { index: u.index, target: u.waiver.question ?? u.waiver.kpi ?? '', expires: u.waiver.expires ?? '' } });
  }
  if (thresholds.minScore !== undefined && (withWaivers.overall ?? -1) < thresholds.minScore) {
    failures.push({ kind: 'min-score', file, args: { actual: fmt(withWaivers.overall), limit: thresholds.minScore } });
  }
  for (const p of PILLARS) {
    const limit = thresholds.minPillar?.[p];
    if (limit !== undefined && (withWaivers.pillars[p] ?? -1) < limit) {
      failures.push({ kind: 'min-pillar', file, args: { pillar: p, actual: fmt(withWaivers.pillars[p]), limit } });
    }
  }
  if (thresholds.minReadiness !== undefined && withWaivers.readiness < thresholds.minReadiness) {
    failures.push({ kind: 'min-readiness', file, args: { actual: withWaivers.readiness, limit: thresholds.minReadiness } });
  }
  const failOn = thresholds.failOn ?? 'none';
  if (failOn !== 'none') {
    const failing = new Set<Severity>(SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1));
    for (const g of openGaps) {
      if (!failing.has(g.severity)) continue;
      failures.push({
        kind: 'gap', file, line: g.location.line, col: g.location.col,
        args: { question: g.questionId, severity: g.severity, ...(g.channelId ? { channel: g.channelId } : {}) },
      });
    }
  }

  let baseline: BaselineComparison | undefined;
  const before = options.baseline?.get(file);
  if (options.baseline) {
    baseline = compare(before, withoutWaivers, result.gaps);
    if (options.regressionTolerance !== undefined && baseline.found) {
      const tol = options.regressionTolerance;
      const dropped = [{ what: 'overall', c: baseline.overall }, ...baseline.pillars.map((p) => ({ what: p.pillar, c: p }))];
      for (const { what, c } of dropped) {
        if (c.change !== null && c.change < -tol) {
          failures.push({ kind: 'regression', file, args: { what, before: fmt(c.before), after: fmt(c.after), change: c.change, tolerance: tol } });
        }
      }
    }
  }
  return { file, thresholds, passed: failures.length === 0, failures, waivers: uses, waivedGaps, withoutWaivers, withWaivers, ...(baseline ? { baseline } : {}) };
}

function view(scores: ScoreResult, readinessOverall: number): ScoresView {
  const pillars = Object.fromEntries(scores.pillars.map((p) => [p.pillar, p.score])) as Record<Pillar, number | null>;
  return { overall: scores.overall.score, pillars, readiness: readinessOverall };
}

/**
 * Scores and readiness once waivers apply: a waived KPI leaves its pillar's weighted mean (brand level; a waiver
 * limited to one channel does not change the brand's aggregated figures), a waived gap stops counting in readiness.
 */
function applyWaivers(result: AuditResult, kpiWaivers: WaiverUse[], waivedGaps: readonly Gap[], catalog: Catalog): ScoresView {
  const brandWide = kpiWaivers.filter((u) => u.waiver.channel === undefined);
  const pillars = {} as Record<Pillar, number | null>;
  for (const p of result.scores.pillars) {
    let sum = p.arithmetic?.weightedSum ?? 0;
    let total = p.arithmetic?.totalWeight ?? 0;
    for (const k of p.kpis) {
      const use = brandWide.find((u) => u.waiver.kpi === k.kpi);
      if (!use) continue;
      if (!use.covered.some((c) => c.kpi === k.kpi)) use.covered.push({ kpi: k.kpi });
      if (k.score === null) continue;
      sum -= k.weight * k.score;
      total -= k.weight;
    }
    pillars[p.pillar] = brandWide.length === 0 ? p.score : total > 1e-9 ? round1(sum / total) : null;
  }
  for (const u of kpiWaivers.filter((x) => x.waiver.channel !== undefined)) {
    const channel = result.scores.channels.find((c) => c.channelId === u.waiver.channel);
    if (channel?.pillars.some((p) => p.kpis.some((k) => k.kpi === u.waiver.kpi))) u.covered.push({ kpi: u.waiver.kpi!, channelId: u.waiver.channel! });
  }
  let overall = result.scores.overall.score;
  if (brandWide.length > 0) {
    let sum = 0;
    let total = 0;
    for (const w of result.scores.overall.weights) {
      const s = pillars[w.pillar];
      if (s === null || w.weight <= 0) continue;
      sum += w.weight * s;
      total += w.weight;
    }
    overall = total > 0 ? round1(sum / total) : null;
  }
  return { overall, pillars, readiness: readinessWithWaivers(result, waivedGaps, catalog).overall };
}

/**
 * The readiness figures once waived gaps stop counting (they become "does not apply"): what the gate judges, and
 * so what every report shows beside it.
 */
export function readinessWithWaivers(result: AuditResult, waivedGaps: readonly Gap[], catalog: Catalog): Readiness {
  if (waivedGaps.length === 0) return result.readiness;
  const waived = new Set(waivedGaps.map(gapKey));
  const results: QuestionResult[] = result.results.map((r) => ({
    ...r,
    instances: r.instances.map((i) =>
      i.status === 'no' && waived.has(instanceKey(r, i))
        ? { ...i, status: 'na' as const }
        : i,
    ),
  }));
  return readiness(results, catalog);
}

/** The gap key an instance would have, to match it with a waived gap. */
function instanceKey(r: QuestionResult, i: QuestionResult['instances'][number]): string {
  const each = r.question.each;
  if (!each) return gapKey({ questionId: r.question.id });
  if (each === 'channels') return gapKey({ questionId: r.question.id, channelId: i.itemId });
  return gapKey({ questionId: r.question.id, item: { index: Number(i.itemPath?.at(-1) ?? 0), id: i.itemId } });
}

function compare(before: BaselineEntry | undefined, after: ScoresView, gaps: readonly Gap[]): BaselineComparison {
  const change = (b: number | null | undefined, a: number | null) => (b === null || b === undefined || a === null ? null : round1(a - b));
  const nowKeys = gaps.map(gapKey);
  return {
    found: before !== undefined,
    overall: { before: before?.overall ?? null, after: after.overall, change: change(before?.overall, after.overall) },
    pillars: PILLARS.map((p) => ({ pillar: p, before: before?.pillars[p] ?? null, after: after.pillars[p], change: change(before?.pillars[p], after.pillars[p]) })),
    opened: before ? nowKeys.filter((k) => !before.gapKeys.includes(k)) : [],
    closed: before ? before.gapKeys.filter((k) => !nowKeys.includes(k)) : [],
  };
}

function fmt(score: number | null): string {
  return score === null ? 'not measured' : String(score);
}

/** Reads the entries a baseline needs from a previous `--format json` report; throws with a reason if it is not one. */
export function baselineFromReport(report: unknown): Map<string, BaselineEntry> {
  const r = report as { formatVersion?: unknown; files?: unknown };
  if (typeof r !== 'object' || r === null || r.formatVersion !== 1 || !Array.isArray(r.files)) {
    throw new Error('not an smscore JSON report of format version 1 (make it with: smscore audit --format json)');
  }
  const map = new Map<string, BaselineEntry>();
  for (const f of r.files as Record<string, unknown>[]) {
    if (f.valid !== true || typeof f.file !== 'string') continue;
    const scores = f.scores as { overall?: { score?: number | null }; pillars?: { pillar: Pillar; score: number | null }[] } | undefined;
    const gaps = (f.gaps as { questionId: string; channelId?: string | null; item?: { index: number; id?: string } | null }[] | undefined) ?? [];
    map.set(f.file, {
      file: f.file,
      overall: scores?.overall?.score ?? null,
      pillars: Object.fromEntries((scores?.pillars ?? []).map((p) => [p.pillar, p.score])),
      gapKeys: gaps.map((g) => gapKey({ questionId: g.questionId, channelId: g.channelId ?? undefined, item: g.item ?? undefined })),
    });
  }
  return map;
}
