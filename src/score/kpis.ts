/**
 * The KPI catalogue: for each KPI its pillar, direction, unit, curve and formula, and how to read its inputs from
 * one channel's metrics. Brand-level values sum each input over the channels that give all of them, then apply
 * the same formula (a ratio of sums, never a mean of ratios); the few exceptions are marked `aggregation`.
 */
import type { KpiId, Metrics, Pillar } from '../model/brand.js';
import type { CurveKind, Direction, KpiUnit } from './types.js';

export interface ChannelContext {
  /** Length of the period in weeks, when the brand file gives a period. */
  weeks: number | null;
}

/** What one channel gives for a KPI: the summable terms, or the names of the missing inputs. */
export type Extract =
  | { ok: true; terms: Record<string, number>; extra?: Record<string, number> }
  | { ok: false; missing: string[] };

export interface KpiDef {
  id: KpiId;
  pillar: Pillar;
  direction: Direction;
  unit: KpiUnit;
  curve: CurveKind;
  /** Upper bound of the value, when it has one (shares of a whole in percent). */
  max?: number;
  /** Formula over the terms; `{name}` is replaced by a term's label or value. */
  expr: string;
  /** Brand-level formula when it differs from the channel one. */
  brandExpr?: string;
  /** sum: terms summed over channels. weighted-mean / pooled-or-mean / brand-only: see METHODOLOGY.md. */
  aggregation: 'sum' | 'weighted-mean' | 'pooled-or-mean' | 'brand-only';
  extract(m: Metrics, ctx: ChannelContext): Extract;
  /**
   * Brand reference on mixed platforms: 'sum' adds the channels' reference values (counts); otherwise they are
   * averaged weighted by this term of each channel (the formula's denominator, its exposure).
   */
  refWeight: 'sum' | ((t: Record<string, number>) => number);
  /** The value from (summed) terms; null when the denominator is zero. */
  value(t: Record<string, number>): number | null;
  /**
   * Formula used instead of `expr` when the terms hold the key `when`: per-post figures that some posts did not
   * carry (metrics.postsWith), whose terms differ from the usual ones.
   */
  altExpr?: { when: string; expr: string };
  /** Brand level: makes the channels' terms alike before they are summed (some with `altExpr` terms, some without). */
  harmonise?(rows: Record<string, number>[]): Record<string, number>[];
}

type Getter = (m: Metrics) => number | undefined;

const FIELDS = {
  reach: (m) => m.reach,
  impressions: (m) => m.impressions,
  followersStart: (m) => m.followers?.start,
  followersEnd: (m) => m.followers?.end,
  medianPostReach: (m) => m.medianPostReach,
  posts: (m) => m.posts,
  reactions: (m) => m.reactions,
  comments: (m) => m.comments,
  shares: (m) => m.shares,
  clicks: (m) => m.clicks,
  conversions: (m) => m.conversions,
  revenue: (m) => m.revenue,
  spend: (m) => m.spend,
  mentions: (m) => m.mentions,
  received: (m) => m.messages?.received,
  answered: (m) => m.messages?.answered,
  hours: (m) => m.messages?.medianFirstResponseHours,
  positive: (m) => m.sentiment?.positive,
  negative: (m) => m.sentiment?.negative,
  promoters: (m) => m.nps?.promoters,
  passives: (m) => m.nps?.passives,
  detractors: (m) => m.nps?.detractors,
  npsScore: (m) => m.nps?.score,
  satisfied: (m) => m.csat?.satisfied,
  responses: (m) => m.csat?.responses,
  csatScore: (m) => m.csat?.score,
  postsWithReactions: (m) => m.postsWith?.reactions,
  postsWithComments: (m) => m.postsWith?.comments,
  postsWithShares: (m) => m.postsWith?.shares,
  reviews: (m) => m.reviews?.count,
  averageRating: (m) => m.reviews?.averageRating,
  reviewsAnswered: (m) => m.reviews?.answered,
  reviewHours: (m) => m.reviews?.medianResponseHours,
} satisfies Record<string, Getter>;
export type Field = keyof typeof FIELDS;

/** Reads the named fields; fails with the list of missing ones. */
function read(m: Metrics, names: readonly Field[]): Extract {
  const terms: Record<string, number> = {};
  const missing: string[] = [];
  for (const n of names) {
    const v = FIELDS[n](m);
    if (v === undefined || !Number.isFinite(v)) missing.push(n);
    else terms[n] = v;
  }
  return missing.length ? { ok: false, missing } : { ok: true, terms };
}

const ratio = (num: number, den: number, factor = 1): number | null => (den === 0 ? null : (num / den) * factor);
const at = (t: Record<string, number>, k: string): number => t[k] ?? 0;

/** A plain ratio KPI: terms read straight from the metrics, summed across channels. */
function simple(
  id: KpiId, pillar: Pillar, direction: Direction, unit: KpiUnit, curve: CurveKind,
  fields: readonly Field[], expr: string, value: (t: Record<string, number>) => number | null, max?: number,
  weight?: (t: Record<string, number>) => number,
): KpiDef {
  // Counts are summed; ratios are weighted by their denominator, the last field.
  const den = fields[fields.length - 1] as string;
  const refWeight = fields.length === 1 ? 'sum' as const : weight ?? ((t: Record<string, number>) => t[den] ?? 0);
  return { id, pillar, direction, unit, curve, expr, aggregation: 'sum', extract: (m) => read(m, fields), value, refWeight, ...(max === undefined ? {} : { max }) };
}

/** The per-post figures an export can leave empty on some posts, with the count of posts that carried each. */
const CARRIED = [['reactions', 'postsWithReactions'], ['comments', 'postsWithComments'], ['shares', 'postsWithShares']] as const;
type CarriedFigure = (typeof CARRIED)[number][0];

/**
 * How many posts carried a figure, when it differs from `posts` (metrics.postsWith); undefined when every post did.
 * An empty cell is not a zero: a per-post figure is divided by the posts that carried it.
 */
function carriedBy(m: Metrics, figure: CarriedFigure, posts: number): number | undefined {
  const n = m.postsWith?.[figure];
  return n === undefined || !Number.isFinite(n) || n === posts ? undefined : n;
}

/**
 * Reactions + comments + shares, with a per-post denominator built from `per` (followers or post reach). When some
 * posts did not carry a figure, each figure is first scaled to every post (figure × posts ÷ posts carrying it), so
 * that the rate is the sum of the per-post means over the posts that carried each figure.
 */
function engagementRate(id: KpiId, per: Field, perTerm: string): KpiDef {
  return {
    id, pillar: 'engagement', direction: 'higher', unit: 'percent', curve: 'lognormal', aggregation: 'sum',
    expr: `({reactions} + {comments} + {shares}) / {${perTerm}} × 100`,
    altExpr: { when: 'engagements', expr: `{engagements} / {${perTerm}} × 100` },
    extract: (m) => {
      const r = read(m, ['reactions', 'comments', 'shares', 'posts', per]);
      if (!r.ok) return r;
      const { reactions = 0, comments = 0, shares = 0, posts = 0 } = r.terms;
      const base = r.terms[per] ?? 0;
      const counts = CARRIED.map(([f, key]) => [f, key, carriedBy(m, f, posts)] as const);
      if (counts.every(([, , n]) => n === undefined)) {
        return { ok: true, terms: { reactions, comments, shares, [perTerm]: posts * base }, extra: { posts, [per]: base } };
      }
      // A figure that no post carried is unknown, not zero.
      const none = counts.filter(([, , n]) => n === 0).map(([f]) => f);
      if (none.length) return { ok: false, missing: none };
      let engagements = 0;
      const extra: Record<string, number> = { reactions, comments, shares, posts, [per]: base };
      for (const [f, key, n] of counts) {
        engagements += n === undefined ? r.terms[f] ?? 0 : ((r.terms[f] ?? 0) * posts) / n;
        if (n !== undefined) extra[key] = n;
      }
      return { ok: true, terms: { engagements, [perTerm]: posts * base }, extra };
    },
    harmonise: (rows) => (rows.some((t) => 'engagements' in t)
      ? rows.map((t) => ('engagements' in t ? t : { engagements: at(t, 'reactions') + at(t, 'comments') + at(t, 'shares'), [perTerm]: at(t, perTerm) }))
      : rows),
    value: (t) => ratio('engagements' in t ? at(t, 'engagements') : at(t, 'reactions') + at(t, 'comments') + at(t, 'shares'), at(t, perTerm), 100),
    refWeight: (t) => at(t, perTerm),
  };
}

/** A figure per post (shares, comments, reactions), divided by the posts that carried it. */
function perPost(id: KpiId, pillar: Pillar, figure: CarriedFigure): KpiDef {
  const key = (CARRIED.find(([f]) => f === figure) as (typeof CARRIED)[number])[1];
  const posts = (t: Record<string, number>) => (key in t ? at(t, key) : at(t, 'posts'));
  return {
    id, pillar, direction: 'higher', unit: 'per-post', curve: 'lognormal', aggregation: 'sum',
    expr: `{${figure}} / {posts}`,
    altExpr: { when: key, expr: `{${figure}} / {${key}}` },
    extract: (m) => {
      const r = read(m, [figure, 'posts']);
      if (!r.ok) return r;
      const n = carriedBy(m, figure, r.terms.posts ?? 0);
      return n === undefined ? r : { ok: true, terms: { [figure]: r.terms[figure] ?? 0, [key]: n }, extra: { posts: r.terms.posts ?? 0 } };
    },
    // A channel whose every post carried the figure counts all its posts.
    harmonise: (rows) => (rows.some((t) => key in t)
      ? rows.map((t) => (key in t ? t : { [figure]: at(t, figure), [key]: at(t, 'posts') }))
      : rows),
    value: (t) => ratio(at(t, figure), posts(t)),
    refWeight: posts,
  };
}

/** Survey KPIs (NPS, CSAT): counts when given (pooled across channels), else the reported score. */
function survey(id: KpiId, curve: CurveKind, unit: KpiUnit, counts: readonly Field[], scoreField: Field, expr: string,
  fromCounts: (t: Record<string, number>) => number | null, max?: number): KpiDef {
  return {
    id, pillar: 'satisfaction', direction: 'higher', unit, curve, expr, aggregation: 'pooled-or-mean',
    extract: (m) => {
      const c = read(m, counts);
      if (c.ok) {
        // Optional count (NPS passives): 0 when not given, as a survey export without passives implies.
        if (id === 'nps') c.terms.passives = FIELDS.passives(m) ?? 0;
        return c;
      }
      const s = read(m, [scoreField]);
      return s.ok ? { ok: true, terms: { score: s.terms[scoreField] ?? 0 } } : { ok: false, missing: c.missing };
    },
    value: (t) => ('score' in t ? at(t, 'score') : fromCounts(t)),
    refWeight: () => 1,
    ...(max === undefined ? {} : { max }),
  };
}

/**
 * A Satisfaction average given per channel (a rating, a median time) carried as `sumTerm` = value × `by`, so that
 * channels add up: the brand value is Σ(value × by) / Σ by, the mean weighted by each channel's `by`.
 */
function weightedAverage(id: KpiId, direction: Direction, unit: KpiUnit, field: Field, by: Field, sumTerm: string,
  refWeight: (t: Record<string, number>) => number, max?: number): KpiDef {
  return {
    id, pillar: 'satisfaction', direction, unit, curve: 'lognormal', aggregation: 'sum', expr: `{${sumTerm}} / {${by}}`,
    extract: (m) => {
      const r = read(m, [field, by]);
      if (!r.ok) return r;
      const v = r.terms[field] ?? 0;
      const n = r.terms[by] ?? 0;
      return { ok: true, terms: { [sumTerm]: v * n, [by]: n }, extra: { [field]: v } };
    },
    value: (t) => ratio(at(t, sumTerm), at(t, by)),
    refWeight,
    ...(max === undefined ? {} : { max }),
  };
}

export const KPIS: readonly KpiDef[] = [
  // Visibility
  simple('reach', 'visibility', 'higher', 'count', 'lognormal', ['reach'], '{reach}', (t) => at(t, 'reach')),
  simple('impressions', 'visibility', 'higher', 'count', 'lognormal', ['impressions'], '{impressions}', (t) => at(t, 'impressions')),
  simple('follower-growth', 'visibility', 'higher', 'percent', 'logistic', ['followersEnd', 'followersStart'],
    '({followersEnd} − {followersStart}) / {followersStart} × 100',
    (t) => ratio(at(t, 'followersEnd') - at(t, 'followersStart'), at(t, 'followersStart'), 100)),
  simple('reach-rate', 'visibility', 'higher', 'percent', 'lognormal', ['medianPostReach', 'followersEnd'],
    '{medianPostReach} / {followersEnd} × 100', (t) => ratio(at(t, 'medianPostReach'), at(t, 'followersEnd'), 100)),
  {
    id: 'share-of-voice', pillar: 'visibility', direction: 'higher', unit: 'percent', curve: 'lognormal', max: 100,
    aggregation: 'brand-only', expr: '{mentions} / ({mentions} + {competitorMentions}) × 100',
    extract: (m) => read(m, ['mentions']),
    value: (t) => ratio(at(t, 'mentions'), at(t, 'mentions') + at(t, 'competitorMentions'), 100),
    refWeight: () => 1,
  },
  {
    id: 'posting-frequency', pillar: 'visibility', direction: 'higher', unit: 'posts-per-week', curve: 'lognormal',
    aggregation: 'sum', expr: '{posts} / {weeks}',
    extract: (m, ctx) => {
      const r = read(m, ['posts']);
      if (!r.ok) return ctx.weeks === null ? { ok: false, missing: ['posts', 'period'] } : r;
      if (ctx.weeks === null) return { ok: false, missing: ['period'] };
      return { ok: true, terms: { posts: r.terms.posts ?? 0, weeks: ctx.weeks } };
    },
    value: (t) => ratio(at(t, 'posts'), at(t, 'weeks')),
    refWeight: (t) => at(t, 'weeks'),
  },
  // Amplification
  perPost('shares-per-post', 'amplification', 'shares'),
  simple('amplification-rate', 'amplification', 'higher', 'percent', 'lognormal', ['shares', 'followersEnd'],
    '{shares} / {followersEnd} × 100', (t) => ratio(at(t, 'shares'), at(t, 'followersEnd'), 100)),
  simple('virality-rate', 'amplification', 'higher', 'percent', 'lognormal', ['shares', 'reach'],
    '{shares} / {reach} × 100', (t) => ratio(at(t, 'shares'), at(t, 'reach'), 100)),
  simple('mentions', 'amplification', 'higher', 'count', 'lognormal', ['mentions'], '{mentions}', (t) => at(t, 'mentions')),
  // Engagement
  engagementRate('engagement-rate-reach', 'medianPostReach', 'postReach'),
  engagementRate('engagement-rate-followers', 'followersEnd', 'postFollowers'),
  perPost('comments-per-post', 'engagement', 'comments'),
  perPost('reactions-per-post', 'engagement', 'reactions'),
  // Conversion
  simple('click-through-rate', 'conversion', 'higher', 'percent', 'lognormal', ['clicks', 'impressions'],
    '{clicks} / {impressions} × 100', (t) => ratio(at(t, 'clicks'), at(t, 'impressions'), 100)),
  simple('conversion-rate', 'conversion', 'higher', 'percent', 'lognormal', ['conversions', 'clicks'],
    '{conversions} / {clicks} × 100', (t) => ratio(at(t, 'conversions'), at(t, 'clicks'), 100)),
  simple('cost-per-acquisition', 'conversion', 'lower', 'currency', 'lognormal', ['spend', 'conversions'],
    '{spend} / {conversions}', (t) => ratio(at(t, 'spend'), at(t, 'conversions'))),
  simple('return-on-ad-spend', 'conversion', 'higher', 'ratio', 'lognormal', ['revenue', 'spend'],
    '{revenue} / {spend}', (t) => ratio(at(t, 'revenue'), at(t, 'spend'))),
  // Satisfaction
  simple('response-rate', 'satisfaction', 'higher', 'percent', 'lognormal', ['answered', 'received'],
    '{answered} / {received} × 100', (t) => ratio(at(t, 'answered'), at(t, 'received'), 100), 100),
  {
    id: 'first-response-time', pillar: 'satisfaction', direction: 'lower', unit: 'hours', curve: 'lognormal',
    aggregation: 'weighted-mean', expr: '{hours}', brandExpr: '{weightedHours} / {answered}',
    extract: (m) => {
      const r = read(m, ['hours']);
      if (!r.ok) return r;
      const answered = FIELDS.answered(m);
      return { ok: true, terms: { hours: r.terms.hours ?? 0 }, ...(answered === undefined ? {} : { extra: { answered } }) };
    },
    value: (t) => ('weightedHours' in t ? ratio(at(t, 'weightedHours'), at(t, 'answered')) : at(t, 'hours')),
    refWeight: () => 1,
  },
  simple('sentiment-ratio', 'satisfaction', 'higher', 'percent', 'lognormal', ['positive', 'negative'],
    '{positive} / ({positive} + {negative}) × 100', (t) => ratio(at(t, 'positive'), at(t, 'positive') + at(t, 'negative'), 100), 100,
    // Equal weights: the denominator moves with the numerator, so weighting by it could lower the score of a gain.
    () => 1),
  survey('nps', 'logistic', 'points', ['promoters', 'detractors'], 'npsScore',
    '({promoters} − {detractors}) / ({promoters} + {passives} + {detractors}) × 100',
    (t) => ratio(at(t, 'promoters') - at(t, 'detractors'), at(t, 'promoters') + at(t, 'passives') + at(t, 'detractors'), 100)),
  survey('csat', 'lognormal', 'percent', ['satisfied', 'responses'], 'csatScore', '{satisfied} / {responses} × 100',
    (t) => ratio(at(t, 'satisfied'), at(t, 'responses'), 100), 100),
  // Reviews and ratings (review platforms). Averages are carried as sums weighted by the number of reviews, so the
  // brand value is a ratio of sums like every other: Σ(rating × reviews) / Σ reviews.
  weightedAverage('average-rating', 'higher', 'stars', 'averageRating', 'reviews', 'ratingPoints', (t) => at(t, 'reviews'), 5),
  simple('new-reviews', 'satisfaction', 'higher', 'count', 'lognormal', ['reviews'], '{reviews}', (t) => at(t, 'reviews')),
  simple('review-response-rate', 'satisfaction', 'higher', 'percent', 'lognormal', ['reviewsAnswered', 'reviews'],
    '{reviewsAnswered} / {reviews} × 100', (t) => ratio(at(t, 'reviewsAnswered'), at(t, 'reviews'), 100), 100),
  // Equal reference weights, as for first-response time.
  weightedAverage('review-response-time', 'lower', 'hours', 'reviewHours', 'reviewsAnswered', 'reviewHoursAnswered', () => 1),
];

export const KPI_BY_ID: ReadonlyMap<KpiId, KpiDef> = new Map(KPIS.map((k) => [k.id, k]));

/**
 * Effort, not result: what the brand does rather than what its audience sees or does. Shown apart as "activity",
 * with its value and its reference, but never counted in a pillar (weight 0), however an objective names it:
 * the five criteria judge the audience's response (METHODOLOGY.md § 6).
 */
export const ACTIVITY_KPIS: ReadonlySet<KpiId> = new Set<KpiId>(['posting-frequency']);

export function kpiDef(id: KpiId): KpiDef {
  const d = KPI_BY_ID.get(id);
  if (!d) throw new Error(`smscore: unknown KPI ${id}`);
  return d;
}

/**
 * KPIs' names in French. The id stays the name in English (it is English words) and is what a brand file's
 * objectives and benchmarks are written with, so French texts show both: « portée (reach) » (kpiName).
 */
export const KPI_LABELS_FR: Record<KpiId, string> = {
  reach: 'portée', impressions: 'impressions', 'follower-growth': 'croissance des abonnés', 'reach-rate': 'taux de portée',
  'share-of-voice': 'part de voix', 'posting-frequency': 'fréquence de publication', 'shares-per-post': 'partages par publication',
  'amplification-rate': "taux d'amplification", 'virality-rate': 'taux de viralité', mentions: 'mentions',
  'engagement-rate-reach': "taux d'engagement par portée", 'engagement-rate-followers': "taux d'engagement par abonné",
  'comments-per-post': 'commentaires par publication', 'reactions-per-post': 'réactions par publication',
  'click-through-rate': 'taux de clics', 'conversion-rate': 'taux de conversion', 'cost-per-acquisition': 'coût par acquisition',
  'return-on-ad-spend': 'retour sur dépense publicitaire', 'response-rate': 'taux de réponse',
  'first-response-time': 'délai de première réponse', 'sentiment-ratio': 'part des mentions positives', nps: 'NPS', csat: 'CSAT',
  'average-rating': 'note moyenne', 'new-reviews': 'nouveaux avis', 'review-response-rate': 'taux de réponse aux avis',
  'review-response-time': 'délai de réponse aux avis',
};

/** A KPI as a reader of the language names it: the id in English; « portée (reach) » in French (the id alone when the two read the same). */
export function kpiName(id: string, locale: 'en' | 'fr'): string {
  const label = locale === 'fr' ? KPI_LABELS_FR[id as KpiId] : undefined;
  return label === undefined || label.toLowerCase() === id ? id : `${label} (${id})`;
}

/** Term and input labels, used to write formulas in words. */
export const TERM_LABELS: Record<'en' | 'fr', Record<string, string>> = {
  en: {
    reach: 'reach', impressions: 'impressions', followersStart: 'followers at start', followersEnd: 'followers at end',
    medianPostReach: 'median post reach', posts: 'posts', weeks: 'weeks', reactions: 'reactions', comments: 'comments',
    shares: 'shares', clicks: 'clicks', conversions: 'conversions', revenue: 'revenue', spend: 'spend',
    mentions: 'brand mentions', competitorMentions: "competitors' mentions", received: 'messages received',
    answered: 'messages answered', hours: 'median first-response hours', weightedHours: 'Σ(hours × answered)',
    positive: 'positive mentions', negative: 'negative mentions', promoters: 'promoters', passives: 'passives',
    detractors: 'detractors', npsScore: 'reported NPS', satisfied: 'satisfied answers', responses: 'survey answers',
    csatScore: 'reported CSAT', score: 'reported score', postReach: 'post reach (posts × median post reach)',
    postFollowers: 'post-followers (posts × followers at end)', period: 'period', sumOfValues: 'sum of channel values',
    channelCount: 'channels',
    postsWithReactions: 'posts with a reactions figure', postsWithComments: 'posts with a comments figure',
    postsWithShares: 'posts with a shares figure',
    engagements: 'engagements, each figure scaled to every post (figure × posts ÷ posts with that figure)',
    reviews: 'new reviews', averageRating: 'average rating', ratingPoints: 'Σ(rating × reviews)',
    reviewsAnswered: 'reviews answered', reviewHours: 'median review-answer hours',
    reviewHoursAnswered: 'Σ(answer hours × reviews answered)',
  },
  fr: {
    reach: 'portée', impressions: 'impressions', followersStart: 'abonnés au début', followersEnd: 'abonnés à la fin',
    medianPostReach: "portée médiane d'une publication", posts: 'publications', weeks: 'semaines', reactions: 'réactions',
    comments: 'commentaires', shares: 'partages', clicks: 'clics', conversions: 'conversions', revenue: "chiffre d'affaires",
    spend: 'dépense', mentions: 'mentions de la marque', competitorMentions: 'mentions des concurrents',
    received: 'messages reçus', answered: 'messages répondus', hours: 'délai médian de première réponse (h)',
    weightedHours: 'Σ(heures × répondus)', positive: 'mentions positives', negative: 'mentions négatives',
    promoters: 'promoteurs', passives: 'passifs', detractors: 'détracteurs', npsScore: 'NPS déclaré',
    satisfied: 'réponses satisfaites', responses: 'réponses au questionnaire', csatScore: 'CSAT déclaré',
    score: 'score déclaré', postReach: 'portée des publications (publications × portée médiane)',
    postFollowers: 'abonnés-publications (publications × abonnés à la fin)', period: 'période',
    sumOfValues: 'somme des valeurs des canaux', channelCount: 'canaux',
    postsWithReactions: 'publications dont les réactions sont connues', postsWithComments: 'publications dont les commentaires sont connus',
    postsWithShares: 'publications dont les partages sont connus',
    engagements: 'engagements, chaque chiffre ramené à toutes les publications (chiffre × publications ÷ publications où il est connu)',
    reviews: 'nouveaux avis', averageRating: 'note moyenne',
    ratingPoints: 'Σ(note × avis)', reviewsAnswered: 'avis répondus', reviewHours: 'délai médian de réponse aux avis (h)',
    reviewHoursAnswered: 'Σ(heures de réponse × avis répondus)',
  },
};

/**
 * A formula split once at its `{name}` placeholders: the literal text around them and the names, in order
 * (`literals` has one more item than `names`). Formulas are a handful of constant strings, filled for every KPI
 * of every channel of every file, so each is split only once.
 */
interface Template { literals: string[]; names: string[] }

const templates = new Map<string, Template>();

function templateOf(expr: string): Template {
  let t = templates.get(expr);
  if (!t) {
    // split() with a capture group alternates literal text and captured names.
    const parts = expr.split(/\{(\w+)\}/);
    t = { literals: parts.filter((_, i) => i % 2 === 0), names: parts.filter((_, i) => i % 2 === 1) };
    templates.set(expr, t);
  }
  return t;
}

/** Fills a template's `{name}` placeholders, each with `valueOf(name)`; undefined keeps `{name}` as written. */
function fillTemplate(t: Template, valueOf: (name: string) => string | undefined): string {
  let out = t.literals[0] as string;
  for (let i = 0; i < t.names.length; i++) {
    const name = t.names[i] as string;
    out += (valueOf(name) ?? `{${name}}`) + (t.literals[i + 1] as string);
  }
  return out;
}

function exprFor(def: KpiDef, brandLevel: boolean, terms?: Record<string, number>): string {
  if (terms && 'score' in terms) return '{score}';
  if (terms && 'sumOfValues' in terms) return '{sumOfValues} / {channelCount}';
  if (terms && def.altExpr && def.altExpr.when in terms) return def.altExpr.expr;
  return brandLevel && def.brandExpr ? def.brandExpr : def.expr;
}

/** Formulas in words depend on the formula text only: written once per formula. */
const formulaTexts = new Map<string, { en: string; fr: string }>();

export function formulaText(def: KpiDef, brandLevel: boolean, terms?: Record<string, number>): { en: string; fr: string } {
  const expr = exprFor(def, brandLevel, terms);
  let text = formulaTexts.get(expr);
  if (!text) {
    const t = templateOf(expr);
    const label = (labels: Record<string, string>) => (name: string) => (Object.hasOwn(labels, name) ? labels[name] : undefined);
    text = { en: fillTemplate(t, label(TERM_LABELS.en)), fr: fillTemplate(t, label(TERM_LABELS.fr)) };
    formulaTexts.set(expr, text);
  }
  // A fresh object per result: results never share mutable parts with one another.
  return { en: text.en, fr: text.fr };
}

/** A number as the formulas print it: integers as is, others with up to 4 decimals. */
export function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Math.round(x * 10000) / 10000);
}

export function calculationText(def: KpiDef, brandLevel: boolean, terms: Record<string, number>, value: number): string {
  const t = templateOf(exprFor(def, brandLevel, terms));
  return `${fillTemplate(t, (name) => (Object.hasOwn(terms, name) ? num(terms[name] as number) : undefined))} = ${num(value)}`;
}
