/**
 * Checks the schema cannot express: dates in order, ids unique and references resolvable (errors, since a
 * dangling reference silently loses meaning), and figures that cannot all be true (warnings only, because real
 * platform exports contain such rows and the user must still get an audit).
 */
import type { BrandFile, Metrics } from '../model/brand.js';
import type { DataPath, Diagnostic, Severity } from '../model/diagnostic.js';
import { toPointer } from '../model/diagnostic.js';
import type { ParsedSource } from '../load/source.js';
import { suggest } from '../util/suggest.js';
import { plausibilityBreaches, rulePath } from './plausibility.js';

export function semanticDiagnostics(brand: BrandFile, source: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (severity: Severity, code: string, path: DataPath, args: Record<string, string | number> = {}, target: 'key' | 'value' = 'value') =>
    out.push({ severity, code, args, location: source.locate(path, target), pointer: toPointer(path) });

  checkPeriod(brand.period, ['period'], report);
  checkPeriod(brand.previous?.period, ['previous', 'period'], report);
  if (brand.period && brand.previous?.period && brand.previous.period.end > brand.period.start) {
    report('warning', 'semantic.previous-overlaps', ['previous', 'period', 'end'], { end: brand.previous.period.end, start: brand.period.start });
  }
  checkAgeRange(brand.audience?.ageRange, ['audience', 'ageRange'], report);
  brand.audience?.personas?.forEach((p, i) => checkAgeRange(p.ageRange, ['audience', 'personas', i, 'ageRange'], report));

  const channelIds = uniqueIds(brand.channels ?? [], 'channels', 'channel', report);
  const objectiveIds = uniqueIds(brand.objectives ?? [], 'objectives', 'objective', report);
  const refChannel = (id: string, path: DataPath, target: 'key' | 'value' = 'value') => {
    if (!channelIds.has(id)) report('error', 'semantic.unknown-channel', path, withSuggestion({ id, known: list(channelIds) }, id, channelIds), target);
  };

  brand.objectives?.forEach((o, i) => {
    o.channels?.forEach((c, j) => refChannel(c, ['objectives', i, 'channels', j]));
    o.kpis?.forEach((k, j) => { if (k.channel !== undefined) refChannel(k.channel, ['objectives', i, 'kpis', j, 'channel']); });
  });
  brand.channels?.forEach((c, i) => {
    c.objectives?.forEach((o, j) => {
      if (!objectiveIds.has(o)) {
        report('error', 'semantic.unknown-objective', ['channels', i, 'objectives', j], withSuggestion({ id: o, known: list(objectiveIds) }, o, objectiveIds));
      }
    });
    checkAgeRange(c.audience?.ageRange, ['channels', i, 'audience', 'ageRange'], report);
    if (c.platform === 'other' && !c.label) report('warning', 'semantic.other-without-label', ['channels', i, 'platform']);
    if (c.metrics) checkFigures(c.metrics, ['channels', i, 'metrics'], report);
  });
  brand.audience?.journey?.forEach((s, i) => s.channels?.forEach((c, j) => refChannel(c, ['audience', 'journey', i, 'channels', j])));
  brand.plans?.mediaPlan?.periods?.forEach((m, i) => m.channels?.forEach((c, j) => refChannel(c, ['plans', 'mediaPlan', 'periods', i, 'channels', j])));
  const competitorNames = new Set((brand.competitors ?? []).map((c) => c.name));
  for (const name of Object.keys(brand.previous?.competitors ?? {})) {
    if (!competitorNames.has(name)) {
      report('error', 'semantic.unknown-competitor', ['previous', 'competitors', name], withSuggestion({ id: name, known: list(competitorNames) }, name, competitorNames), 'key');
    }
  }
  brand.plans?.messages?.forEach((m, i) => m.channels?.forEach((c, j) => refChannel(c, ['plans', 'messages', i, 'channels', j])));
  brand.community?.offline?.forEach((a, i) => a.channels?.forEach((c, j) => refChannel(c, ['community', 'offline', i, 'channels', j])));
  for (const id of Object.keys(brand.organisation?.budget?.byChannel ?? {})) refChannel(id, ['organisation', 'budget', 'byChannel', id], 'key');
  for (const [id, metrics] of Object.entries(brand.previous?.channels ?? {})) {
    refChannel(id, ['previous', 'channels', id], 'key');
    checkFigures(metrics, ['previous', 'channels', id], report);
  }
  brand.scoring?.benchmarks?.forEach((b, i) => {
    if (b.good === b.median) report('error', 'semantic.benchmark-flat', ['scoring', 'benchmarks', i, 'good'], { value: b.good });
  });
  return out;
}

type Report = (severity: Severity, code: string, path: DataPath, args?: Record<string, string | number>, target?: 'key' | 'value') => void;

function checkPeriod(period: { start: string; end: string } | undefined, path: DataPath, report: Report): void {
  // ISO dates compare correctly as strings.
  if (period && period.end < period.start) report('error', 'semantic.period-order', [...path, 'end'], { start: period.start, end: period.end });
}

function checkAgeRange(range: { min?: number; max?: number } | undefined, path: DataPath, report: Report): void {
  if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
    report('error', 'semantic.age-range', [...path, 'max'], { min: range.min, max: range.max });
  }
}

function uniqueIds(items: readonly { id: string }[], key: string, kind: string, report: Report): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const prior = first.get(item.id);
    if (prior === undefined) first.set(item.id, i);
    else report('error', 'semantic.duplicate-id', [key, i, 'id'], { id: item.id, kind, first: prior + 1 });
  });
  return new Set(first.keys());
}

function checkFigures(m: Metrics, path: DataPath, report: Report): void {
  const warn = (code: string, at: string[], args: Record<string, string | number>) => report('warning', code, [...path, ...at], args);
  if (m.messages?.answered !== undefined && m.messages.received !== undefined && m.messages.answered > m.messages.received) {
    warn('figures.answered-exceeds-received', ['messages', 'answered'], { answered: m.messages.answered, received: m.messages.received });
  }
  if (m.impressions !== undefined && m.reach !== undefined && m.impressions < m.reach) {
    warn('figures.impressions-below-reach', ['impressions'], { impressions: m.impressions, reach: m.reach });
  }
  if (m.medianPostReach !== undefined && m.reach !== undefined && m.medianPostReach > m.reach) {
    warn('figures.post-reach-exceeds-reach', ['medianPostReach'], { postReach: m.medianPostReach, reach: m.reach });
  }
  for (const figure of ['reactions', 'comments', 'shares'] as const) {
    const carried = m.postsWith?.[figure];
    if (carried !== undefined && m.posts !== undefined && carried > m.posts) {
      warn('figures.posts-with-exceeds-posts', ['postsWith', figure], { figure, carried, posts: m.posts });
    }
  }
  if (m.csat?.satisfied !== undefined && m.csat.responses !== undefined && m.csat.satisfied > m.csat.responses) {
    warn('figures.csat-satisfied-exceeds-responses', ['csat', 'satisfied'], { satisfied: m.csat.satisfied, responses: m.csat.responses });
  }
  const n = m.nps;
  if (n?.score !== undefined && n.promoters !== undefined && n.detractors !== undefined) {
    const total = n.promoters + (n.passives ?? 0) + n.detractors;
    if (total > 0) {
      const computed = Math.round(((n.promoters - n.detractors) / total) * 1000) / 10;
      if (Math.abs(computed - n.score) > 1) warn('figures.nps-mismatch', ['nps', 'score'], { score: n.score, computed });
    }
  }
  const c = m.csat;
  if (c?.score !== undefined && c.satisfied !== undefined && c.responses) {
    const computed = Math.round((c.satisfied / c.responses) * 1000) / 10;
    if (Math.abs(computed - c.score) > 1) warn('figures.csat-mismatch', ['csat', 'score'], { score: c.score, computed });
  }
  for (const b of plausibilityBreaches(m)) warn(`plausibility.${b.rule.id}`, rulePath(b.rule), b.args);
}

function list(ids: Set<string>): string {
  return ids.size === 0 ? '(none)' : [...ids].join(', ');
}

function withSuggestion(args: Record<string, string>, id: string, known: Set<string>): Record<string, string> {
  const s = suggest(id, [...known]);
  return s ? { ...args, suggestion: s } : args;
}
