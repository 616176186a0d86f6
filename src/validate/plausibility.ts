/**
 * Plausibility rules: figures that can each be true but are very unlikely together (an engagement rate by reach of
 * 500%, a reach of 100 times the followers…). Each rule is data: a figure, a limit built from other figures, and
 * why the limit holds. A breach is a warning located at the figure (the audit still runs: real exports contain such
 * rows, and the user decides). docs/METHODOLOGY.md § 11 lists every rule; a test keeps that table and this list equal.
 */
import type { Metrics } from '../model/brand.js';

/** A figure of a channel's metrics, by its path in the brand file's `metrics` block. */
export type MetricPath = 'reach' | 'impressions' | 'medianPostReach' | 'posts' | 'reactions' | 'comments' | 'shares'
  | 'clicks' | 'conversions' | 'followers.end' | 'reviews.count' | 'reviews.answered';

/** A quantity from the metrics: the sum or the product of figures; undefined when one of them is missing. */
export type Quantity = { sum: readonly MetricPath[] } | { product: readonly MetricPath[] };

export interface PlausibilityRule {
  /** Stable id; the warning's code is `plausibility.<id>`. */
  id: string;
  /** Breached when value > factor × limit (and limit > 0). */
  value: Quantity;
  limit: Quantity;
  factor: number;
  /** Where the warning points: the figure most likely wrong. */
  at: MetricPath;
  /** The warning, with {value}, {limit} and {ratio} (value / limit × 100, in %). */
  message: { en: string; fr: string };
  /** How to fix it (the warning's hint). */
  hint: { en: string; fr: string };
  /** Why the limit holds (documentation). */
  rationale: string;
}

export const PLAUSIBILITY_RULES: readonly PlausibilityRule[] = [
  {
    id: 'engagement-rate-reach-above-100',
    value: { sum: ['reactions', 'comments', 'shares'] }, limit: { product: ['posts', 'medianPostReach'] }, factor: 1, at: 'medianPostReach',
    message: {
      en: 'engagement rate by reach of {ratio}%: more engagements ({value}) than posts × median post reach ({limit})',
      fr: 'taux d’engagement par portée de {ratio}\u00a0%\u00a0: plus d’engagements ({value}) que publications × portée médiane ({limit})',
    },
    hint: {
      en: 'check that medianPostReach is the reach of one typical post, not a total, and that the engagements cover the same posts',
      fr: 'vérifiez que medianPostReach est la portée d’une publication type, pas un total, et que les engagements portent sur les mêmes publications',
    },
    rationale: 'Above 100%, every person reached by a typical post would have reacted, commented or shared more than once on average, where the shipped reference calls 5% good (Hootsuite’s “1% to 5%” rule of thumb).',
  },
  {
    id: 'reach-above-100x-followers',
    value: { sum: ['reach'] }, limit: { sum: ['followers.end'] }, factor: 100, at: 'reach',
    message: {
      en: 'reach ({value}) is {ratio}% of the followers ({limit}): more than 100 times the audience',
      fr: 'la portée ({value}) vaut {ratio}\u00a0% des abonnés ({limit})\u00a0: plus de 100 fois l’audience',
    },
    hint: {
      en: 'check that reach and followers come from the same account and period (a viral period can do this; say so in the file)',
      fr: 'vérifiez que portée et abonnés viennent du même compte et de la même période (une période virale peut l’expliquer\u202f; dites-le dans le fichier)',
    },
    rationale: 'A viral post reaches beyond the followers, but a whole period reaching more than 100 times the followers more often means the figures come from different accounts, or a count was typed with extra digits.',
  },
  {
    id: 'post-reach-above-100x-followers',
    value: { sum: ['medianPostReach'] }, limit: { sum: ['followers.end'] }, factor: 100, at: 'medianPostReach',
    message: {
      en: 'median post reach ({value}) is {ratio}% of the followers ({limit}): more than 100 times the audience',
      fr: 'la portée médiane par publication ({value}) vaut {ratio}\u00a0% des abonnés ({limit})\u00a0: plus de 100 fois l’audience',
    },
    hint: {
      en: 'check that medianPostReach is one typical post’s reach and that followers is this account’s',
      fr: 'vérifiez que medianPostReach est la portée d’une publication type et que followers est celui de ce compte',
    },
    rationale: 'The median post is the typical one, not the viral one: a typical post reaching more than 100 times the followers gives a reach rate above 10,000%.',
  },
  {
    id: 'comments-above-reach',
    value: { sum: ['comments'] }, limit: { sum: ['reach'] }, factor: 1, at: 'comments',
    message: {
      en: 'more comments ({value}) than people reached over the period ({limit})',
      fr: 'plus de commentaires ({value}) que de personnes touchées sur la période ({limit})',
    },
    hint: {
      en: 'check that reach is the period’s unique reach, not one post’s, and that comments are not counted with replies from the brand',
      fr: 'vérifiez que la portée est la portée unique de la période, pas celle d’une publication, et que les commentaires n’incluent pas les réponses de la marque',
    },
    rationale: 'Commenting is the rarest reaction; for every person reached to have commented more than once over the period, the audience would have to be a handful of regulars.',
  },
  {
    id: 'shares-above-reach',
    value: { sum: ['shares'] }, limit: { sum: ['reach'] }, factor: 1, at: 'shares',
    message: {
      en: 'more shares ({value}) than people reached over the period ({limit}): a virality rate of {ratio}%',
      fr: 'plus de partages ({value}) que de personnes touchées sur la période ({limit})\u00a0: un taux de viralité de {ratio}\u00a0%',
    },
    hint: {
      en: 'check that reach is the period’s unique reach, not one post’s',
      fr: 'vérifiez que la portée est la portée unique de la période, pas celle d’une publication',
    },
    rationale: 'A virality rate above 100% means every person reached shared more than once over the period: possible for a handful of regulars, unlikely for a page with any audience (the shipped reference calls 2% good).',
  },
  {
    id: 'clicks-above-impressions',
    value: { sum: ['clicks'] }, limit: { sum: ['impressions'] }, factor: 1, at: 'clicks',
    message: {
      en: 'more clicks ({value}) than impressions ({limit}): a click-through rate of {ratio}%',
      fr: 'plus de clics ({value}) que d’impressions ({limit})\u00a0: un taux de clic de {ratio}\u00a0%',
    },
    hint: {
      en: 'clicks here are link clicks; all clicks on a post (photo views, "see more") do not belong in this figure',
      fr: 'les clics sont ici des clics sur lien\u202f; les clics sur une publication (photo, «\u00a0voir plus\u00a0») n’ont pas leur place ici',
    },
    rationale: 'Every click follows a display of the content, so the click-through rate cannot exceed 100%.',
  },
  {
    id: 'conversions-above-clicks',
    value: { sum: ['conversions'] }, limit: { sum: ['clicks'] }, factor: 1, at: 'conversions',
    message: {
      en: 'more conversions ({value}) than clicks ({limit}): a conversion rate of {ratio}%',
      fr: 'plus de conversions ({value}) que de clics ({limit})\u00a0: un taux de conversion de {ratio}\u00a0%',
    },
    hint: {
      en: 'count only the conversions that followed a click from this channel (leave out view-through conversions)',
      fr: 'ne comptez que les conversions qui suivent un clic venu de ce canal (sans les conversions après simple affichage)',
    },
    rationale: 'smscore’s conversion rate is per click; above 100%, conversions were counted that no click from this channel brought (view-through attribution, or another channel’s sales).',
  },
  {
    id: 'review-answers-above-reviews',
    value: { sum: ['reviews.answered'] }, limit: { sum: ['reviews.count'] }, factor: 1, at: 'reviews.answered',
    message: {
      en: 'more reviews answered ({value}) than new reviews ({limit}): a review response rate of {ratio}%',
      fr: 'plus d’avis répondus ({value}) que de nouveaux avis ({limit})\u00a0: un taux de réponse aux avis de {ratio}\u00a0%',
    },
    hint: {
      en: 'count only the answers to the period’s new reviews (answers to older reviews belong to their own period)',
      fr: 'ne comptez que les réponses aux nouveaux avis de la période (les réponses à des avis plus anciens relèvent de leur période)',
    },
    rationale: 'The review response rate is the share of the period’s new reviews that were answered: it cannot exceed 100%.',
  },
];

function figure(m: Metrics, path: MetricPath): number | undefined {
  const v = path === 'followers.end' ? m.followers?.end : path === 'reviews.count' ? m.reviews?.count
    : path === 'reviews.answered' ? m.reviews?.answered : m[path];
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

function quantity(m: Metrics, q: Quantity): number | undefined {
  const names = 'sum' in q ? q.sum : q.product;
  let out = 'sum' in q ? 0 : 1;
  for (const n of names) {
    const v = figure(m, n);
    if (v === undefined) return undefined;
    out = 'sum' in q ? out + v : out * v;
  }
  return out;
}

export interface Breach { rule: PlausibilityRule; args: { value: number; limit: number; ratio: number } }

/** The rules one channel's metrics breach, in the list's order. */
export function plausibilityBreaches(m: Metrics): Breach[] {
  const out: Breach[] = [];
  for (const rule of PLAUSIBILITY_RULES) {
    const value = quantity(m, rule.value);
    const limit = quantity(m, rule.limit);
    if (value === undefined || limit === undefined || limit <= 0 || !(value > rule.factor * limit)) continue;
    out.push({ rule, args: { value, limit, ratio: Math.round((value / limit) * 1000) / 10 } });
  }
  return out;
}

/** The path of a rule's figure inside `metrics`. */
export function rulePath(rule: PlausibilityRule): string[] {
  return rule.at.split('.');
}

const quantityText = (q: Quantity): string => ('sum' in q ? q.sum.join(' + ') : q.product.join(' × '));

/**
 * The rules as the Markdown table of docs/METHODOLOGY.md § 11 (a test checks that the committed table is this one,
 * so the documentation cannot drift from the data).
 */
export function plausibilityTable(): string {
  const rows = PLAUSIBILITY_RULES.map((r) =>
    `| \`plausibility.${r.id}\` | \`${r.at}\` | ${quantityText(r.value)} > ${r.factor === 1 ? '' : `${r.factor} × `}${'product' in r.limit && r.factor !== 1 ? `(${quantityText(r.limit)})` : quantityText(r.limit)} | ${r.rationale} |`);
  return ['| warning | points at | flagged when | why |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
