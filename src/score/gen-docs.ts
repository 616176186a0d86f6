/**
 * The tables of docs/METHODOLOGY.md that restate data (weights by domain, KPI weights, plausibility rules) are
 * generated from that data, between markers, so the document cannot drift from benchmarks/weights.yaml and
 * src/validate/plausibility.ts again. `npm run docs` rewrites them; a test fails when the committed ones are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PILLARS, type Pillar } from '../model/brand.js';
import { plausibilityTable } from '../validate/plausibility.js';
import { ACTIVITY_KPIS, KPIS } from './kpis.js';
import { loadWeights } from './load.js';
import type { WeightTable } from './types.js';

export const METHODOLOGY_DOC = 'docs/METHODOLOGY.md';

const PILLAR_TITLES: Record<Pillar, string> = {
  visibility: 'Visibility', amplification: 'Amplification', conversion: 'Conversion', engagement: 'Engagement', satisfaction: 'Satisfaction',
};

/** How each objective domain spreads its weight: the raw row, as weights.yaml gives it (rows are normalised). */
export function domainTable(w: WeightTable): string {
  const rows = Object.entries(w.domains).map(([domain, row]) => `| ${domain} | ${PILLARS.map((p) => row[p]).join(' | ')} |`);
  return [`| Domain | ${PILLARS.map((p) => PILLAR_TITLES[p]).join(' | ')} |`, `|---|${PILLARS.map(() => '---').join('|')}|`, ...rows].join('\n') + '\n';
}

/** Each KPI's base weight inside its pillar, in pillar order; activity KPIs are marked. */
export function kpiWeightTable(w: WeightTable): string {
  const rows = PILLARS.flatMap((p) => KPIS.filter((k) => k.pillar === p).map((k) =>
    `| ${PILLAR_TITLES[p]} | \`${k.id}\` | ${k.unit} | ${w.kpiWeights[k.id]}${ACTIVITY_KPIS.has(k.id) ? ' (activity: never counted)' : ''} |`));
  return ['| Pillar | KPI | unit | base weight |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** The generated blocks, by name. */
export function generatedBlocks(w: WeightTable): Record<string, string> {
  return { 'domain-weights': domainTable(w), 'kpi-weights': kpiWeightTable(w), 'plausibility-rules': plausibilityTable() };
}

/**
 * Replaces the body of every `<!-- generated:NAME … -->` … `<!-- /generated:NAME -->` block of `doc`; a block
 * the document lacks, or a marker without its end, is an error (the document and the generator must agree).
 */
export function fillGenerated(doc: string, blocks: Record<string, string>): string {
  let out = doc;
  for (const [name, body] of Object.entries(blocks)) {
    const open = out.indexOf(`<!-- generated:${name} `);
    const close = out.indexOf(`<!-- /generated:${name} -->`);
    if (open < 0 || close < open) throw new Error(`${METHODOLOGY_DOC}: no generated block "${name}"`);
    const start = out.indexOf('\n', open) + 1;
    out = out.slice(0, start) + body + out.slice(close);
  }
  return out;
}

/** Rewrites the generated tables of docs/METHODOLOGY.md under `root`; returns the path when it changed. */
export function writeMethodologyTables(root: string): string[] {
  const file = join(root, METHODOLOGY_DOC);
  const doc = readFileSync(file, 'utf8');
  const next = fillGenerated(doc, generatedBlocks(loadWeights(join(root, 'benchmarks', 'weights.yaml'))));
  if (next === doc) return [];
  writeFileSync(file, next);
  return [file];
}
