/**
 * `smscore explain brand.yaml --format markdown`: the same arithmetic as the text explanation (./explain.ts,
 * whose words, numbers and KPI lines it reuses), as Markdown for a pull-request comment or a wiki page: a heading
 * per pillar, a list per KPI. Names, ids and sources come from the brand file, so every text is escaped.
 */
import type { Pillar } from '../model/brand.js';
import type { Locale, MessageArgs } from '../i18n/translate.js';
import { cell } from '../render/markdown.js';
import { genericOverall } from './band.js';
import { domainName, fmtChange, noteText, numberIn, periodOf, PILLAR_NAMES, renderKpi, t, type Key } from './explain.js';
import type { Band, OverallScore, PillarScore, ScoreResult } from './types.js';

export interface ExplainMarkdownOptions {
  locale: Locale;
  pillar?: Pillar;
  channel?: string;
}

export function renderExplanationMarkdown(result: ScoreResult, options: ExplainMarkdownOptions): string {
  const { locale } = options;
  const tr = (key: Key, args?: MessageArgs) => t(locale, key, args);
  const n = numberIn(locale);
  const bandText = (b: Band) => `${b.symbol} ${tr(`band.${b.id}`)}`;
  const period = periodOf(result, locale);
  const out: string[] = [];

  let pillars: PillarScore[] = result.pillars;
  let overall: OverallScore = result.overall;
  if (options.channel !== undefined) {
    const ch = result.channels.find((c) => c.channelId === options.channel);
    if (!ch) throw new Error(tr('unknown-channel', { channel: options.channel, known: result.channels.map((c) => c.channelId).join(', ') || '—' }));
    pillars = ch.pillars;
    overall = ch.overall;
    out.push(`## ${cell(tr('title.channel', { brand: result.brand, channel: ch.channelId, platform: ch.platform, period }))}`, '');
  } else {
    out.push(`## ${cell(tr('title.brand', { brand: result.brand, period }))}`, '');
  }

  if (options.pillar === undefined) {
    if (overall.score === null || !overall.arithmetic) out.push(`**${cell(tr('overall.none'))}**`, '');
    else {
      out.push(`**${cell(tr('overall', { score: n(overall.score), band: bandText(overall.band) }))}**`, '');
      const terms = overall.terms.map((x) => `${n(x.weight)} × ${n(x.score)}`).join(' + ');
      out.push(`- ${cell(tr('overall.formula', { terms, sum: n(overall.arithmetic.weightedSum), total: n(overall.arithmetic.totalWeight), score: n(overall.score) }))}`);
      if (genericOverall(overall)) out.push(`- ${cell(tr('overall.generic'))}`);
    }
    if (overall.previousScore != null && overall.change != null) {
      out.push(`- ${cell(tr('change', { previous: n(overall.previousScore), change: fmtChange(overall.change, locale) }))}`);
    }
    out.push(`- ${cell(tr('weights'))}`);
    for (const w of overall.weights) {
      const parts = w.parts.map((p) =>
        p.from === 'base' ? tr('weight.base', { amount: n(p.amount) })
          : p.from === 'explicit' ? tr('weight.explicit', { amount: n(p.amount) })
            : tr('weight.objective', { objective: p.objective ?? '', domain: domainName(p.domain, locale), weight: n(p.objectiveWeight ?? 0), share: n(p.share ?? 0), amount: n(p.amount) }));
      out.push(`  - ${cell(`${PILLAR_NAMES[locale][w.pillar]} ${n(w.weight)} = ${parts.join(' + ')}`)}`);
    }
    out.push('');
  }

  for (const p of pillars) {
    if (options.pillar !== undefined && p.pillar !== options.pillar) continue;
    const name = PILLAR_NAMES[locale][p.pillar];
    if (p.score === null || !p.arithmetic) {
      out.push(`### ${cell(`${bandText(p.band)} ${tr(p.status === 'no-reference' ? 'pillar.no-reference' : 'pillar.none', { pillar: name })}`)}`, '');
    } else {
      out.push(`### ${cell(tr('pillar', { pillar: name, score: n(p.score), band: bandText(p.band) }))}`, '');
      const terms = p.kpis.filter((k) => k.score !== null && k.weight > 0).map((k) => `${n(k.weight)} × ${n(k.score as number)}`).join(' + ');
      out.push(cell(tr('pillar.formula', { terms, sum: n(p.arithmetic.weightedSum), total: n(p.arithmetic.totalWeight), score: n(p.score) })));
      if (p.previousScore != null && p.change != null) out.push('', cell(tr('change', { previous: n(p.previousScore), change: fmtChange(p.change, locale) })));
      out.push('');
    }
    for (const k of p.kpis) {
      const [first = '', ...rest] = renderKpi(k, tr, locale, result.currency ?? '');
      out.push(`- **${cell(first)}**`, ...rest.map((l) => `  - ${cell(l)}`));
    }
    if (p.kpis.length > 0) out.push('');
  }

  if (result.notes.length > 0) {
    out.push(`### ${cell(tr('notes').replace(/ ?:$/, ''))}`, '');
    for (const note of result.notes) out.push(`- ${cell(noteText(note, locale))}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
