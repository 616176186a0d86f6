/**
 * renderExplanation: the arithmetic behind a ScoreResult, in English or French, as plain text (no colour, so it
 * reads the same in a terminal, a file or a CI log). Everything printed comes from the result object.
 */
import type { Pillar } from '../model/brand.js';
import { numbersIn, numberText, percentText, periodText } from '../i18n/numbers.js';
import { fitLines } from '../render/text-wrap.js';
import { makeTranslator } from '../i18n/translate.js';
import type { Dictionary, Locale, MessageArgs } from '../i18n/translate.js';
import { genericOverall } from './band.js';
import { kpiName, num, TERM_LABELS } from './kpis.js';
import type { Band, KpiResult, OverallScore, PillarScore, PointOrigin, ScoreResult } from './types.js';

export interface ExplainOptions {
  locale: Locale;
  /** Only this pillar. */
  pillar?: Pillar;
  /** A channel id: explain that channel instead of the brand as a whole. */
  channel?: string;
  /** Use ASCII band symbols. */
  ascii?: boolean;
  /** Terminal width: lines are wrapped to it (a long sum of weights gets one term a line). */
  width?: number;
}

export type Key =
  | 'title.brand' | 'title.channel' | 'overall' | 'overall.none' | 'overall.formula' | 'overall.generic' | 'weights' | 'weight.base'
  | 'weight.objective' | 'weight.explicit' | 'pillar' | 'pillar.formula' | 'pillar.none' | 'pillar.no-reference'
  | 'kpi.value' | 'kpi.formula' | 'kpi.calc' | 'kpi.points' | 'kpi.curve.lognormal' | 'kpi.curve.logistic'
  | 'kpi.curve.edge' | 'kpi.weight' | 'kpi.weight.named' | 'kpi.previous' | 'kpi.other-targets' | 'kpi.channels'
  | 'kpi.period' | 'kpi.period.none' | 'kpi.engagements'
  | 'reason.missing-input' | 'reason.zero-denominator' | 'reason.brand-only' | 'reason.no-reference'
  | 'from.target' | 'from.override' | 'from.benchmark' | 'from.rule' | 'from.mixed' | 'status.sourced' | 'status.secondary'
  | 'status.convention' | 'status.brand' | 'dir.higher' | 'dir.lower' | 'band.good' | 'band.needs-work' | 'band.poor'
  | 'band.not-measured' | 'unknown-channel' | 'change' | 'note.override-ignored' | 'note.target-ignored' | 'notes'
  | 'unit.count' | 'unit.percent' | 'unit.hours' | 'unit.currency' | 'unit.ratio' | 'unit.per-post'
  | 'unit.posts-per-week' | 'unit.points' | 'unit.stars' | 'median-beyond-target' | 'kpi.weight.activity' | 'activity';

export const PILLAR_NAMES: Record<Locale, Record<Pillar, string>> = {
  en: { visibility: 'Visibility', amplification: 'Amplification', conversion: 'Conversion', engagement: 'Engagement', satisfaction: 'Satisfaction' },
  fr: { visibility: 'Visibilité', amplification: 'Amplification', conversion: 'Conversion', engagement: 'Engagement', satisfaction: 'Satisfaction' },
};

const DICT: Dictionary<Key> = {
  en: {
    'title.brand': '{brand}: whole brand{period}',
    'title.channel': '{brand}: channel {channel} ({platform}){period}',
    overall: 'Overall score: {score} {band}',
    'overall.none': 'Overall score: not measured (no measured pillar has a weight above 0)',
    'overall.formula': 'Σ(pillar weight × pillar score) / Σ weight = {terms} = {sum} / {total} = {score}',
    'overall.generic': "Judged against generic benchmarks: the file sets no objective, so every pillar keeps its base weight and every curve comes from a generic benchmark. Confidence: low (a comparison with typical accounts, not a verdict on the brand's goals).",
    weights: 'Pillar weights:',
    'weight.base': 'base {amount}',
    'weight.objective': 'objective {objective} ({domain}, weight {weight}) × {share} = {amount}',
    'weight.explicit': "the brand's own weight (scoring.weights) {amount}",
    pillar: '{pillar}: {score} {band}',
    'pillar.formula': 'Σ(KPI weight × KPI score) / Σ weight = {terms} = {sum} / {total} = {score}',
    'pillar.none': '{pillar}: not measured (no KPI of this pillar could be computed)',
    'pillar.no-reference': '{pillar}: not scored (its KPIs were computed but none has a target or a benchmark)',
    'kpi.value': '{kpi} = {value} ({direction})',
    'kpi.formula': 'formula: {formula}',
    'kpi.calc': 'with the figures: {calc}',
    'kpi.points': 'control points: good {good} ← {goodFrom}; median {median} ← {medianFrom}',
    'kpi.curve.lognormal': 'log-normal curve: t = ln({x} / {median}) / ln({good} / {median}) = {t}; score = Φ(1.2816 × t) × 100 = {score}',
    'kpi.curve.logistic': 'logistic curve: t = ({x} − {median}) / ({good} − {median}) = {t}; score = 100 / (1 + 9^(−t)) = {score}',
    'kpi.curve.edge': 'the value is at the end of the log-normal curve: score = {score}',
    'kpi.weight': 'weight {weight}',
    'kpi.weight.activity': 'weight 0: activity (what the brand does, not what its audience sees or does), shown apart and never counted in the pillar',
    activity: 'Activity (effort, not result), shown apart and not counted in the scores: {list}',
    'kpi.weight.named': 'weight {weight} = {base} × {multiplier} (named by objective {objectives})',
    'kpi.previous': 'previous period: {previous}; change {change}',
    'kpi.other-targets': 'other targets not used (the least demanding target sets "good"): {list}',
    'kpi.period': "period-dependent: references are per {referenceDays} days, scaled to the period's {days} days (× {factor}); targets are not scaled",
    'kpi.period.none': 'period-dependent: references are per {referenceDays} days and used as is, since the file gives no period',
    'kpi.engagements': 'engagements, each figure over the posts that carried it: {calc}',
    'kpi.channels': 'summed over channels: {channels}',
    'reason.missing-input': '{kpi}: not measured (missing: {inputs})',
    'reason.zero-denominator': '{kpi}: not measured (the denominator is zero)',
    'reason.brand-only': '{kpi}: measured for the brand as a whole only',
    'reason.no-reference': '{kpi} = {value}: not scored (no target and no benchmark; declare a target in an objective)',
    'from.target': 'target of objective {objective}',
    'from.override': "the brand's benchmark: {source}{year}",
    'from.benchmark': '{source}{year} [{status}]',
    'from.rule': 'derived by rule {rule} [{status}]',
    'from.mixed': '{rule}{source} [{status}]',
    'status.sourced': 'sourced',
    'status.secondary': 'secondary source',
    'status.convention': 'convention, unsourced',
    'status.brand': "brand's own figure",
    'dir.higher': 'higher is better',
    'dir.lower': 'lower is better',
    'band.good': 'good',
    'band.needs-work': 'needs work',
    'band.poor': 'poor',
    'band.not-measured': 'not measured',
    'unknown-channel': 'No channel "{channel}" in this brand file (channels: {known}).',
    change: 'previous period {previous}, change {change}',
    'note.override-ignored': 'scoring.benchmarks[{index}] ({kpi}) was ignored: its median and good cannot define a {direction}-is-better curve ({problem}).',
    'note.target-ignored': 'The target {target} of objective {objective} for {kpi} was ignored: this KPI needs a target above 0.',
    notes: 'Notes:',
    'unit.count': '', 'unit.percent': '%', 'unit.hours': 'h', 'unit.currency': '{currency}', 'unit.ratio': '×',
    'unit.per-post': 'per post', 'unit.posts-per-week': 'posts/week', 'unit.points': 'points', 'unit.stars': 'stars out of 5',
    'median-beyond-target': 'the benchmark median does not lie below the target, so the median is derived from the target',
  },
  fr: {
    'title.brand': '{brand}\u00a0: marque entière{period}',
    'title.channel': '{brand}\u00a0: canal {channel} ({platform}){period}',
    overall: 'Score global\u00a0: {score} {band}',
    'overall.none': "Score global\u00a0: non mesuré (aucun pilier mesuré n'a de poids supérieur à 0)",
    'overall.formula': 'Σ(poids du pilier × score du pilier) / Σ poids = {terms} = {sum} / {total} = {score}',
    'overall.generic': "Jugé sur des repères génériques\u00a0: le fichier ne fixe aucun objectif, chaque pilier garde donc son poids de base et chaque courbe vient d'un repère générique. Confiance\u00a0: faible (une comparaison avec des comptes types, pas un verdict sur les buts de la marque).",
    weights: 'Poids des piliers\u00a0:',
    'weight.base': 'base {amount}',
    'weight.objective': 'objectif {objective} ({domain}, poids\u00a0{weight}) × {share} = {amount}',
    'weight.explicit': 'poids fixé par la marque (scoring.weights) {amount}',
    pillar: '{pillar}\u00a0: {score} {band}',
    'pillar.formula': 'Σ(poids du KPI × score du KPI) / Σ poids = {terms} = {sum} / {total} = {score}',
    'pillar.none': "{pillar}\u00a0: non mesuré (aucun KPI de ce pilier n'a pu être calculé)",
    'pillar.no-reference': "{pillar}\u00a0: non noté (ses KPI sont calculés mais aucun n'a d'objectif chiffré ni de référence)",
    'kpi.value': '{kpi} = {value} ({direction})',
    'kpi.formula': 'formule\u00a0: {formula}',
    'kpi.calc': 'avec les chiffres\u00a0: {calc}',
    'kpi.points': 'points de contrôle\u00a0: bon {good} ← {goodFrom}\u202f; médiane {median} ← {medianFrom}',
    'kpi.curve.lognormal': 'courbe log-normale\u00a0: t = ln({x} / {median}) / ln({good} / {median}) = {t}\u202f; score = Φ(1,2816 × t) × 100 = {score}',
    'kpi.curve.logistic': 'courbe logistique\u00a0: t = ({x} − {median}) / ({good} − {median}) = {t}\u202f; score = 100 / (1 + 9^(−t)) = {score}',
    'kpi.curve.edge': 'la valeur est au bout de la courbe log-normale\u00a0: score = {score}',
    'kpi.weight': 'poids {weight}',
    'kpi.weight.activity': "poids 0\u00a0: activité (ce que fait la marque, pas ce que son public voit ou fait), montrée à part et jamais comptée dans le pilier",
    activity: 'Activité (un effort, pas un résultat), montrée à part et non comptée dans les scores\u00a0: {list}',
    'kpi.weight.named': "poids {weight} = {base} × {multiplier} (cité par l'objectif {objectives})",
    'kpi.previous': 'période précédente\u00a0: {previous}\u202f; évolution {change}',
    'kpi.other-targets': "autres cibles non retenues (la moins exigeante fixe «\u00a0bon\u00a0»)\u00a0: {list}",
    'kpi.period': 'dépend de la durée\u00a0: les références valent pour {referenceDays} jours et sont ramenées aux {days} jours de la période (× {factor})\u202f; les cibles ne sont pas ramenées',
    'kpi.period.none': 'dépend de la durée\u00a0: les références valent pour {referenceDays} jours et sont prises telles quelles, faute de période dans le fichier',
    'kpi.engagements': 'engagements, chaque chiffre rapporté aux publications où il est connu\u00a0: {calc}',
    'kpi.channels': 'somme sur les canaux\u00a0: {channels}',
    'reason.missing-input': '{kpi}\u00a0: non mesuré (manque\u00a0: {inputs})',
    'reason.zero-denominator': '{kpi}\u00a0: non mesuré (le dénominateur est nul)',
    'reason.brand-only': "{kpi}\u00a0: mesuré pour la marque entière seulement",
    'reason.no-reference': "{kpi} = {value}\u00a0: non noté (ni objectif chiffré ni référence\u202f; fixez une cible dans un objectif)",
    'from.target': "cible de l'objectif {objective}",
    'from.override': 'référence de la marque\u00a0: {source}{year}',
    'from.benchmark': '{source}{year} [{status}]',
    'from.rule': 'déduit par la règle {rule} [{status}]',
    'from.mixed': '{rule}{source} [{status}]',
    'status.sourced': 'sourcé',
    'status.secondary': 'source secondaire',
    'status.convention': 'convention, non sourcée',
    'status.brand': 'chiffre de la marque',
    'dir.higher': 'plus haut = mieux',
    'dir.lower': 'plus bas = mieux',
    'band.good': 'bon',
    'band.needs-work': 'à améliorer',
    'band.poor': 'faible',
    'band.not-measured': 'non mesuré',
    'unknown-channel': 'Aucun canal «\u00a0{channel}\u00a0» dans ce fichier (canaux\u00a0: {known}).',
    change: 'période précédente {previous}, évolution {change}',
    'note.override-ignored': 'scoring.benchmarks[{index}] ({kpi}) est ignoré\u00a0: sa médiane et sa valeur «\u00a0bon\u00a0» ne définissent pas une courbe où {direction} (problème\u00a0: {problem}).',
    'note.target-ignored': "La cible {target} de l'objectif {objective} pour {kpi} est ignorée\u00a0: ce KPI demande une cible supérieure à 0.",
    notes: 'Remarques\u00a0:',
    'unit.count': '', 'unit.percent': '%', 'unit.hours': 'h', 'unit.currency': '{currency}', 'unit.ratio': '×',
    'unit.per-post': 'par publication', 'unit.posts-per-week': 'publications/semaine', 'unit.points': 'points', 'unit.stars': 'étoiles sur 5',
    'median-beyond-target': "la médiane de référence n'est pas en deçà de la cible\u00a0: la médiane est déduite de la cible",
  },
};

export const t = makeTranslator(DICT);

/** Numbers as the formulas write them (up to 4 decimals), with the language's decimal mark. */
export function numberIn(locale: Locale): (x: number) => string {
  return (x) => numberText(Number(num(x)), locale);
}

export function fmtChange(x: number, locale: Locale): string {
  return (x > 0 ? '+' : x < 0 ? '−' : '±') + numberText(Number(num(Math.abs(x))), locale);
}

/**
 * A KPI's value with its unit: "4.6837%" or "4,6837 %" (./numbers.ts percentText), "7.4895 h" or "7,4895 h" (a
 * no-break space in French, so a line never ends on the figure), a count alone.
 */
export function valueText(value: number, unit: string, locale: Locale, currency: string): string {
  const x = Number(num(value));
  if (unit === 'percent') return percentText(x, locale);
  const word = t(locale, `unit.${unit}` as Key, { currency });
  return word === '' ? numberText(x, locale) : `${numberText(x, locale)}${locale === 'fr' ? '\u00a0' : ' '}${word}`;
}

const DOMAIN_FR: Record<string, string> = { branding: 'image de marque', selling: 'vente', 'customer-relationship': 'relation client', community: 'communauté' };

/** An objective's domain as the language names it: the id in English; « vente (selling) » in French (the file says `domain: selling`). */
export function domainName(domain: string | undefined, locale: Locale): string {
  if (domain === undefined) return '—';
  const label = locale === 'fr' ? DOMAIN_FR[domain] : undefined;
  return label === undefined ? domain : `${label} (${domain})`;
}

/** The period a result covers, as the title of an explanation shows it: its label, else its dates in words. */
export function periodOf(result: ScoreResult, locale: Locale): string {
  return result.period ? ` (${result.period.label ?? periodText(result.period.start, result.period.end, locale)})` : '';
}

/**
 * The brand's activity (effort KPIs with a value), in one line: reports show it apart from the pillars it no longer
 * counts in. Null when there is none.
 */
export function activityText(result: ScoreResult, locale: Locale, currency = result.currency ?? ''): string | null {
  const n = numberIn(locale);
  const items = result.pillars.flatMap((p) => p.kpis).filter((k) => k.activity && k.value !== null);
  if (items.length === 0) return null;
  const list = items.map((k) => `${kpiName(k.kpi, locale)} ${valueText(k.value as number, k.unit, locale, currency)}`).join(', ');
  return t(locale, 'activity', { list });
}

const CURVE_WORDS: Record<Locale, Record<string, string>> = {
  en: {
    higher: 'higher', lower: 'lower', 'not-finite': 'a figure is not finite', flat: 'median and good are equal',
    'wrong-direction': 'good is on the wrong side of the median', 'not-positive': 'a log-normal curve needs figures above 0',
  },
  fr: {
    higher: 'plus haut vaut mieux', lower: 'plus bas vaut mieux', 'not-finite': 'un chiffre n’est pas fini',
    flat: 'médiane et «\u00a0bon\u00a0» sont égaux', 'wrong-direction': '«\u00a0bon\u00a0» est du mauvais côté de la médiane',
    'not-positive': 'une courbe log-normale demande des chiffres supérieurs à 0',
  },
};

/** One scoring note (a target or override that could not be used), worded for people. */
export function noteText(note: { code: string; args: MessageArgs }, locale: Locale): string {
  const args = { ...note.args };
  if (typeof args.kpi === 'string') args.kpi = kpiName(args.kpi, locale);
  // A curve's direction and problem are codes in the result (JSON): words here.
  if (typeof args.direction === 'string') args.direction = CURVE_WORDS[locale][args.direction] ?? args.direction;
  if (typeof args.problem === 'string') args.problem = CURVE_WORDS[locale][args.problem] ?? args.problem;
  return t(locale, `note.${note.code}` as Key, args);
}

export function renderExplanation(result: ScoreResult, options: ExplainOptions): string {
  const { locale } = options;
  const tr = (key: Key, args?: MessageArgs) => t(locale, key, args);
  const bandText = (b: Band) => `${options.ascii ? b.ascii : b.symbol} ${tr(`band.${b.id}`)}`;
  const period = periodOf(result, locale);
  const lines: string[] = [];

  let pillars: PillarScore[];
  let overall: OverallScore;
  if (options.channel !== undefined) {
    const ch = result.channels.find((c) => c.channelId === options.channel);
    if (!ch) {
      throw new Error(tr('unknown-channel', { channel: options.channel, known: result.channels.map((c) => c.channelId).join(', ') || '—' }));
    }
    pillars = ch.pillars;
    overall = ch.overall;
    lines.push(tr('title.channel', { brand: result.brand, channel: ch.channelId, platform: ch.platform, period }));
  } else {
    pillars = result.pillars;
    overall = result.overall;
    lines.push(tr('title.brand', { brand: result.brand, period }));
  }
  lines.push('');

  if (options.pillar === undefined) {
    lines.push(...renderOverall(overall, tr, bandText, locale, options.width ?? Infinity));
    lines.push('');
  }
  for (const p of pillars) {
    if (options.pillar !== undefined && p.pillar !== options.pillar) continue;
    lines.push(...renderPillar(p, tr, bandText, locale, result.currency ?? ''));
    lines.push('');
  }
  if (result.notes.length > 0) {
    lines.push(tr('notes'));
    for (const n of result.notes) lines.push('  ' + noteText(n, locale));
    lines.push('');
  }
  const text = lines.join('\n').replace(/\n+$/, '\n');
  return options.width === undefined ? text : fitLines(text, options.width);
}

type Tr = (key: Key, args?: MessageArgs) => string;

function renderOverall(o: OverallScore, tr: Tr, bandText: (b: Band) => string, locale: Locale, width: number): string[] {
  const n = numberIn(locale);
  const out: string[] = [];
  if (o.score === null || !o.arithmetic) out.push(tr('overall.none'));
  else {
    out.push(tr('overall', { score: n(o.score), band: bandText(o.band) }));
    const terms = o.terms.map((x) => `${n(x.weight)} × ${n(x.score)}`).join(' + ');
    out.push('  ' + tr('overall.formula', { terms, sum: n(o.arithmetic.weightedSum), total: n(o.arithmetic.totalWeight), score: n(o.score) }));
    if (genericOverall(o)) out.push('  ' + tr('overall.generic'));
  }
  if (o.previousScore !== undefined && o.previousScore !== null && o.change !== undefined && o.change !== null) {
    out.push('  ' + tr('change', { previous: n(o.previousScore), change: fmtChange(o.change, locale) }));
  }
  out.push('  ' + tr('weights'));
  for (const w of o.weights) {
    const parts = w.parts.map((p) =>
      p.from === 'base' ? tr('weight.base', { amount: n(p.amount) })
        : p.from === 'explicit' ? tr('weight.explicit', { amount: n(p.amount) })
          : tr('weight.objective', { objective: p.objective ?? '', domain: domainName(p.domain, locale), weight: n(p.objectiveWeight ?? 0), share: n(p.share ?? 0), amount: n(p.amount) }));
    const line = `    ${PILLAR_NAMES[locale][w.pillar]} ${n(w.weight)} = ${parts.join(' + ')}`;
    // Too long for the terminal: one term a line, which reads better than a sum cut anywhere.
    if (line.length <= width) out.push(line);
    else out.push(`    ${PILLAR_NAMES[locale][w.pillar]} ${n(w.weight)} = ${parts[0]}`, ...parts.slice(1).map((x) => `        + ${x}`));
  }
  return out;
}

function renderPillar(p: PillarScore, tr: Tr, bandText: (b: Band) => string, locale: Locale, currency: string): string[] {
  const n = numberIn(locale);
  const name = PILLAR_NAMES[locale][p.pillar];
  const out: string[] = [];
  if (p.score === null || !p.arithmetic) out.push(`${bandText(p.band)}  ` + tr(p.status === 'no-reference' ? 'pillar.no-reference' : 'pillar.none', { pillar: name }));
  else {
    out.push(tr('pillar', { pillar: name, score: n(p.score), band: bandText(p.band) }));
    const scored = p.kpis.filter((k) => k.score !== null && k.weight > 0);
    const terms = scored.map((k) => `${n(k.weight)} × ${n(k.score as number)}`).join(' + ');
    out.push('  ' + tr('pillar.formula', { terms, sum: n(p.arithmetic.weightedSum), total: n(p.arithmetic.totalWeight), score: n(p.score) }));
    if (p.previousScore !== undefined && p.previousScore !== null && p.change !== undefined && p.change !== null) {
      out.push('  ' + tr('change', { previous: n(p.previousScore), change: fmtChange(p.change, locale) }));
    }
  }
  for (const k of p.kpis) out.push(...renderKpi(k, tr, locale, currency).map((l, i) => (i === 0 ? '  - ' : '      ') + l));
  return out;
}

/** Rule texts are stored in English in the result; French wording for the renderer. */
const RULE_WORDS_FR: [RegExp, string][] = [
  [/weighted mean of/g, 'moyenne pondérée de'], [/sum of/g, 'somme de'], [/fair share/g, 'part équitable'],
  [/competitors/g, 'concurrents'], [/median/g, 'médiane'], [/target/g, 'cible'],
];

export function origin(o: PointOrigin, tr: Tr, locale: Locale): string {
  const rule = numbersIn(locale === 'fr' ? RULE_WORDS_FR.reduce((s, [re, w]) => s.replace(re, w), o.rule ?? '') : o.rule ?? '', locale);
  o = { ...o, rule, source: locale === 'fr' ? o.sourceFr ?? o.source : o.source };
  const status = tr(`status.${o.status ?? 'convention'}` as Key);
  const year = o.year !== undefined ? `, ${o.year}` : '';
  if (o.from === 'target') return tr('from.target', { objective: o.objective ?? '' });
  if (o.from === 'override') return tr('from.override', { source: o.source ?? '', year });
  if (o.from === 'rule') return tr('from.rule', { rule: o.rule ?? '', status });
  if (o.rule && o.from === 'benchmark') return tr('from.mixed', { rule: o.rule, source: o.source ? ` (${o.source})` : '', status });
  return tr('from.benchmark', { source: o.source ?? '', year, status });
}

/**
 * A channel's engagements when some posts did not carry a figure (kpis.ts engagementRate): how the term shown in
 * the calculation comes from the file's figures. Brand level shows the sum; each channel's explain shows its part.
 */
function engagementsText(k: KpiResult): string | null {
  const i = k.inputs;
  const posts = i.posts;
  if (typeof i.engagements !== 'number' || typeof posts !== 'number') return null;
  const parts: string[] = [];
  for (const [figure, carried] of [['reactions', 'postsWithReactions'], ['comments', 'postsWithComments'], ['shares', 'postsWithShares']] as const) {
    const x = i[figure];
    if (typeof x !== 'number') return null;
    const n = i[carried];
    parts.push(typeof n === 'number' ? `${num(x)} × ${num(posts)} / ${num(n)}` : num(x));
  }
  return `${parts.join(' + ')} = ${num(i.engagements)}`;
}

export function renderKpi(k: KpiResult, tr: Tr, locale: Locale, currency: string): string[] {
  const n = numberIn(locale);
  const labels = TERM_LABELS[locale];
  if (k.status === 'not-measured') {
    const code = (k.reason?.code ?? 'missing-input') as 'missing-input' | 'zero-denominator' | 'brand-only';
    const inputs = String(k.reason?.args.inputs ?? '').split(', ').map((i) => labels[i] ?? i).join(', ');
    return [tr(`reason.${code}`, { kpi: kpiName(k.kpi, locale), inputs })];
  }
  const value = n(k.value as number);
  const shown = valueText(k.value as number, k.unit, locale, currency);
  const out: string[] = [];
  if (k.status === 'no-reference') out.push(tr('reason.no-reference', { kpi: kpiName(k.kpi, locale), value: shown }));
  else out.push(tr('kpi.value', { kpi: kpiName(k.kpi, locale), value: shown, direction: tr(`dir.${k.direction}`) }));
  out.push(tr('kpi.formula', { formula: k.formula[locale] }));
  if (k.calculation) out.push(tr('kpi.calc', { calc: numbersIn(k.calculation, locale) }));
  const scaled = engagementsText(k);
  if (scaled) out.push(tr('kpi.engagements', { calc: numbersIn(scaled, locale) }));
  if (k.channels) out.push(tr('kpi.channels', { channels: k.channels.join(', ') }));
  const c = k.curve;
  if (c && k.score !== null) {
    out.push(tr('kpi.points', { good: n(c.good), median: n(c.median), goodFrom: origin(c.goodFrom, tr, locale), medianFrom: origin(c.medianFrom, tr, locale) }));
    if (c.medianFrom.note === 'benchmark-median-beyond-target') out.push(tr('median-beyond-target'));
    if (c.period) {
      const p = c.period;
      out.push(p.days === null
        ? tr('kpi.period.none', { referenceDays: n(p.referenceDays) })
        : tr('kpi.period', { referenceDays: n(p.referenceDays), days: n(p.days), factor: n(p.factor) }));
    }
    if (c.otherTargets?.length) out.push(tr('kpi.other-targets', { list: c.otherTargets.map((x) => `${n(x.target)} (${x.objective})`).join(', ') }));
    const tv = k.t ?? 0;
    if (!Number.isFinite(tv)) out.push(tr('kpi.curve.edge', { score: n(k.score) }));
    else out.push(tr(c.kind === 'lognormal' ? 'kpi.curve.lognormal' : 'kpi.curve.logistic', { x: value, good: n(c.good), median: n(c.median), t: n(tv), score: n(k.score) }));
    out.push(k.activity ? tr('kpi.weight.activity') : k.weight !== k.baseWeight
      ? tr('kpi.weight.named', { weight: n(k.weight), base: n(k.baseWeight), multiplier: n(k.weight / k.baseWeight), objectives: k.objectives.join(', ') })
      : tr('kpi.weight', { weight: n(k.weight) }));
  }
  if (k.activity && k.score === null) out.push(tr('kpi.weight.activity'));
  if (k.previousValue !== undefined && k.previousValue !== null && k.change !== undefined && k.change !== null) {
    out.push(tr('kpi.previous', { previous: n(k.previousValue), change: fmtChange(k.change, locale) }));
  }
  return out;
}
