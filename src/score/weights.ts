/**
 * Pillar weights from the brand's objectives (or its explicit `scoring.weights`), and the weight of each KPI
 * inside its pillar. Weights never depend on the measured values, which keeps every score monotone.
 */
import { PILLARS } from '../model/brand.js';
import type { BrandFile, KpiId, Objective, Pillar } from '../model/brand.js';
import { kpiDef } from './kpis.js';
import type { PillarWeight, WeightTable } from './types.js';

export function objectiveWeight(o: Objective, table: WeightTable): number {
  if (o.weight !== undefined) return o.weight;
  return o.priority ? table.priority[o.priority] : table.defaultObjectiveWeight;
}

/**
 * How one objective spreads its weight: by its domain's row; without a domain, evenly over the pillars of the
 * KPIs it names; without either, evenly over the five pillars.
 */
export function objectiveShares(o: Objective, table: WeightTable): Record<Pillar, number> {
  let row: Record<Pillar, number>;
  if (o.domain) row = table.domains[o.domain];
  else {
    const named = new Set((o.kpis ?? []).map((k) => kpiDef(k.kpi).pillar));
    row = Object.fromEntries(PILLARS.map((p) => [p, named.size === 0 || named.has(p) ? 1 : 0])) as Record<Pillar, number>;
  }
  const total = PILLARS.reduce((s, p) => s + row[p], 0);
  return Object.fromEntries(PILLARS.map((p) => [p, row[p] / total])) as Record<Pillar, number>;
}

/** Pillar weights in PILLARS order. Explicit `scoring.weights` replace the derived ones (unlisted pillars get 0). */
export function pillarWeights(brand: BrandFile, table: WeightTable): PillarWeight[] {
  const explicit = brand.scoring?.weights;
  if (explicit && Object.keys(explicit).length > 0) {
    return PILLARS.map((pillar) => {
      const w = explicit[pillar] ?? 0;
      return { pillar, weight: w, parts: [{ from: 'explicit', amount: w }] };
    });
  }
  // Each objective's shares and weight once, not once per pillar.
  const objectives = (brand.objectives ?? []).map((o) => ({ o, shares: objectiveShares(o, table), ow: objectiveWeight(o, table) }));
  return PILLARS.map((pillar) => {
    const parts: PillarWeight['parts'] = [{ from: 'base', amount: table.basePillarWeight }];
    let weight = table.basePillarWeight;
    for (const { o, shares, ow } of objectives) {
      const share = shares[pillar];
      if (share === 0) continue;
      // Rounded to 6 decimals so reports show 3, not 3.0000000000000004; far below the displayed precision.
      const amount = round6(ow * share);
      weight = round6(weight + amount);
      parts.push({ from: 'objective', objective: o.id, ...(o.domain && { domain: o.domain }), objectiveWeight: ow, share, amount });
    }
    return { pillar, weight, parts };
  });
}

/**
 * Where an objective's KPI target applies: its own channel, else every channel and the brand as a whole (the
 * schema's rule; the objective's `channels` say which channels serve it, not where its targets apply).
 */
export function kpiScope(_o: Objective, k: { channel?: string }): readonly string[] | 'all' {
  return k.channel !== undefined ? [k.channel] : 'all';
}

export function inScope(scope: readonly string[] | 'all', channelId: string): boolean {
  return scope === 'all' || scope.includes(channelId);
}

/** Objectives naming a KPI: on one channel (channelId given) or anywhere (brand level). */
export function objectivesNaming(brand: BrandFile, kpi: KpiId, channelId: string | undefined): string[] {
  const ids: string[] = [];
  for (const o of brand.objectives ?? []) {
    const hit = (o.kpis ?? []).some((k) => k.kpi === kpi && (channelId === undefined || inScope(kpiScope(o, k), channelId)));
    if (hit && !ids.includes(o.id)) ids.push(o.id);
  }
  return ids;
}

/**
 * objectivesNaming for one brand file, for every KPI and channel: the objectives' KPI lists are read once, not
 * once per KPI and channel. Returns the same ids in the same order as objectivesNaming.
 */
export function objectivesNamingIndex(brand: BrandFile): (kpi: KpiId, channelId: string | undefined) => string[] {
  // Per KPI, in objective order: the objective naming it and where that naming applies.
  const byKpi = new Map<KpiId, { id: string; scope: readonly string[] | 'all' }[]>();
  for (const o of brand.objectives ?? []) {
    for (const k of o.kpis ?? []) {
      const list = byKpi.get(k.kpi);
      const entry = { id: o.id, scope: kpiScope(o, k) };
      if (list) list.push(entry);
      else byKpi.set(k.kpi, [entry]);
    }
  }
  return (kpi, channelId) => {
    const ids: string[] = [];
    for (const { id, scope } of byKpi.get(kpi) ?? []) {
      if ((channelId === undefined || inScope(scope, channelId)) && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };
}

export function kpiWeight(table: WeightTable, kpi: KpiId, named: boolean): { base: number; weight: number } {
  const base = table.kpiWeights[kpi];
  return { base, weight: named ? base * table.targetedMultiplier : base };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
