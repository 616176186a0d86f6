/**
 * X (Twitter) analytics exports, see docs/IMPORT.md:
 *
 * - x-tweet-activity: the legacy tweet activity export (analytics.twitter.com, until 2023), one tweet per row.
 * - x-content: the current Premium "Account analytics" content export, one post per row (dates without a time).
 * - x-overview: the current account overview, one row per day. Its figures are the account's daily totals (the
 *   posts of the content export again, plus older posts' impressions): only its follows and unfollows are read,
 *   into a note, as they give a change of followers, not a count.
 * - x-video-overview: daily video views and watch time, which smscore does not score.
 *
 * Reposts (retweets) are the shares: a re-broadcast to the reposter's own followers, as a LinkedIn repost or a
 * Facebook share. X's separate "Shares" column counts posts sent privately (direct message, copied link, another
 * app): not imported, so that a channel's shares mean the same on every platform (docs/IMPORT.md says so).
 */
import { dateText, groupedText } from '../../i18n/numbers.js';
import type { Dictionary, Locale, MessageArgs } from '../../i18n/translate.js';
import type { Contribution, ExportFormat, ExportTable, ImportNote, ReadContext } from '../model.js';
import { postContribution, readDailySums, readPostTable, type DailyLayout, type PostLayout } from '../posts.js';

const n = (v: unknown, locale: Locale) => groupedText(Number(v), locale);
const d = (v: unknown, locale: Locale) => dateText(String(v), locale);
/** A whole change with its sign: +6, −2 (a real minus sign), 0. */
const signed = (v: unknown, locale: Locale) => `${Number(v) > 0 ? '+' : Number(v) < 0 ? '−' : ''}${n(Math.abs(Number(v)), locale)}`;
/** followers.end minus a change, as an operation to type: "− 12" or "+ 3" (a loss). */
const minus = (v: unknown, locale: Locale) => (Number(v) >= 0 ? `− ${n(v, locale)}` : `+ ${n(-Number(v), locale)}`);

const messages = {
  en: {
    'title.tweet-activity': 'X tweet activity export (analytics.twitter.com, until 2023)',
    'title.content': 'X account analytics: content export (one row per post)',
    'title.overview': 'X account analytics: overview export (one row per day)',
    'title.video-overview': 'X account analytics: video overview export',
    'ignored.link': 'the post’s address (its id is taken)',
    'ignored.text': 'the post’s text',
    'ignored.engagements': 'X’s own sum of every interaction (detail expands and profile clicks included): smscore counts reactions, comments, shares and clicks itself',
    'ignored.rate': 'a rate X computed (a fraction: 0.0028 is 0.28 %); smscore recomputes its own rates from the counts',
    'ignored.private-shares': 'posts sent privately (direct message, copied link, another app); smscore’s shares are the reposts, public as on other platforms',
    'ignored.interest-clicks': 'clicks that open the post, its author’s profile or a hashtag, not its link: smscore’s clicks are link clicks',
    'ignored.follows': 'follows the post brought: a gain, not the account’s follower count',
    'ignored.app': 'app-install and call-to-action figures of promoted tweets',
    'ignored.media': 'media views and clicks on the media, not link clicks',
    'ignored.promoted': 'the figures of the tweet’s paid promotion, given apart from its organic figures, which are the ones imported',
    'skipped.video-overview': 'daily video views and watch time, which smscore does not score',
    'note.follows': (a: MessageArgs) => `X gives follows and unfollows per day, not a follower count: from ${d(a.start, 'en')} to ${d(a.end, 'en')}, ${n(a.follows, 'en')} follows and ${n(a.unfollows, 'en')} unfollows, a change of ${signed(a.change, 'en')}. Nothing was stored: type followers.end (your profile shows it) and followers.start = followers.end ${minus(a.change, 'en')} if that period is the brand file’s.`,
    'note.follows-none': 'X gives follows and unfollows per day, not a follower count; no day of the period is in this export, and nothing was stored.',
    'ignored.daily-totals': 'the account’s daily total: the content export (account_analytics_content_….csv) gives it post by post, and reading both would count it twice',
  },
  fr: {
    'title.tweet-activity': 'export d’activité des tweets X (analytics.twitter.com, jusqu’en 2023)',
    'title.content': 'statistiques de compte X\u00a0: export des contenus (une ligne par publication)',
    'title.overview': 'statistiques de compte X\u00a0: export de la vue d’ensemble (une ligne par jour)',
    'title.video-overview': 'statistiques de compte X\u00a0: export de la vue d’ensemble des vidéos',
    'ignored.link': 'l’adresse de la publication (son identifiant est repris)',
    'ignored.text': 'le texte de la publication',
    'ignored.engagements': 'la somme de toutes les interactions calculée par X (ouvertures du détail et clics sur le profil compris)\u00a0: smscore compte lui-même réactions, commentaires, partages et clics',
    'ignored.rate': 'un taux calculé par X (une fraction\u00a0: 0,0028 vaut 0,28\u00a0%)\u202f; smscore recalcule ses propres taux à partir des effectifs',
    'ignored.private-shares': 'les envois privés de la publication (message direct, lien copié, autre application)\u202f; pour smscore, les partages sont les republications, publiques comme sur les autres plateformes',
    'ignored.interest-clicks': 'les clics qui ouvrent la publication, le profil de l’auteur ou un hashtag, pas son lien\u00a0: pour smscore, les clics sont les clics sur le lien',
    'ignored.follows': 'les abonnements suscités par la publication\u00a0: un gain, pas le nombre d’abonnés du compte',
    'ignored.app': 'les installations d’application et appels à l’action des tweets sponsorisés',
    'ignored.media': 'les vues des médias et les clics sur ceux-ci, pas des clics sur le lien',
    'ignored.promoted': 'les chiffres de la promotion payante du tweet, donnés à part de ses chiffres organiques, seuls importés',
    'skipped.video-overview': 'les vues et la durée de visionnage quotidiennes des vidéos, que smscore n’évalue pas',
    'note.follows': (a: MessageArgs) => `X donne les abonnements et désabonnements de chaque jour, pas un nombre d’abonnés\u00a0: du ${d(a.start, 'fr')} au ${d(a.end, 'fr')}, ${n(a.follows, 'fr')} abonnements et ${n(a.unfollows, 'fr')} désabonnements, soit une variation de ${signed(a.change, 'fr')}. Rien n’a été enregistré\u00a0: saisissez followers.end (affiché sur votre profil) et followers.start = followers.end ${minus(a.change, 'fr')} si cette période est celle du fichier de marque.`,
    'note.follows-none': 'X donne les abonnements et désabonnements de chaque jour, pas un nombre d’abonnés\u202f; aucun jour de la période ne figure dans cet export, et rien n’a été enregistré.',
    'ignored.daily-totals': 'le total quotidien du compte\u00a0: l’export des contenus (account_analytics_content_….csv) le donne publication par publication, et lire les deux le compterait deux fois',
  },
} satisfies Dictionary;

/** The @handle, from a post's address (twitter.com or x.com). */
const HANDLE_IN_LINK = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/status\//i;

/** The account: the legacy file's name holds the handle; otherwise the first post address of the table's first rows. */
export function xHandle(table: ExportTable): string | undefined {
  const named = /^tweet_activity_metrics_(\w{1,15})_\d{8}_\d{8}_[a-z]{2}/i.exec(table.name)?.[1];
  if (named) return named;
  for (const row of table.head) {
    for (const cell of row.cells) {
      const m = HANDLE_IN_LINK.exec(cell.trim());
      if (m) return m[1];
    }
  }
  return undefined;
}

const LEGACY_PROMOTED = ['impressions', 'engagements', 'engagement rate', 'retweets', 'replies', 'likes', 'user profile clicks', 'url clicks', 'hashtag clicks', 'detail expands', 'permalink clicks', 'app opens', 'app installs', 'follows', 'email tweet', 'dial phone', 'media views', 'media engagements'];

export const X_TWEET_ACTIVITY_LAYOUT: PostLayout = {
  columns: {
    id: ['Tweet id'],
    date: ['time'],
    impressions: ['impressions'],
    reactions: ['likes'],
    comments: ['replies'],
    shares: ['retweets'],
    clicks: ['url clicks'],
  },
  // "2021-11-30 16:00 +0000": the day in UTC.
  date: 'iso',
  blanks: ['-'],
  ignored: {
    'Tweet permalink': 'ignored.link',
    'Tweet text': 'ignored.text',
    engagements: 'ignored.engagements',
    'engagement rate': 'ignored.rate',
    'user profile clicks': 'ignored.interest-clicks', 'hashtag clicks': 'ignored.interest-clicks', 'detail expands': 'ignored.interest-clicks', 'permalink clicks': 'ignored.interest-clicks',
    'app opens': 'ignored.app', 'app installs': 'ignored.app', 'email tweet': 'ignored.app', 'dial phone': 'ignored.app',
    follows: 'ignored.follows',
    'media views': 'ignored.media', 'media engagements': 'ignored.media',
    ...Object.fromEntries(LEGACY_PROMOTED.map((c) => [`promoted ${c}`, 'ignored.promoted'])),
  },
};

export const X_CONTENT_LAYOUT: PostLayout = {
  columns: {
    id: ['Post id'],
    date: ['Date'],
    impressions: ['Impressions'],
    reactions: ['Likes'],
    comments: ['Replies'],
    shares: ['Reposts'],
    saves: ['Bookmarks'],
    clicks: ['URL Clicks'],
  },
  // "Sun, Aug 30, 2026": no time.
  date: 'Mon D, YYYY',
  ignored: {
    'Post text': 'ignored.text',
    'Post Link': 'ignored.link',
    Engagements: 'ignored.engagements',
    Shares: 'ignored.private-shares',
    'New follows': 'ignored.follows',
    'Profile visits': 'ignored.interest-clicks', 'Detail Expands': 'ignored.interest-clicks', 'Hashtag Clicks': 'ignored.interest-clicks', 'Permalink Clicks': 'ignored.interest-clicks',
  },
};

const tweetActivity: ExportFormat = {
  id: 'x-tweet-activity',
  platform: 'x',
  title: 'title.tweet-activity',
  signature: {
    names: [/^tweet_activity_metrics_.+_\d{8}_\d{8}_[a-z]{2}\.csv$/i],
    headers: [['Tweet id'], ['Tweet permalink'], ['time'], ['impressions'], ['retweets']],
  },
  provides: ['posts', 'impressions', 'reactions', 'comments', 'shares', 'clicks'],
  read: async (table, header, ctx) => postContribution(table, tweetActivity, await readPostTable(table, header, X_TWEET_ACTIVITY_LAYOUT, ctx), xHandle(table)),
  messages,
};

const content: ExportFormat = {
  id: 'x-content',
  platform: 'x',
  title: 'title.content',
  signature: {
    names: [/^account_analytics_content_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}.*\.csv$/i],
    headers: [['Post id'], ['Post Link'], ['Impressions'], ['Reposts'], ['Bookmarks']],
  },
  provides: ['posts', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks'],
  read: async (table, header, ctx) => postContribution(table, content, await readPostTable(table, header, X_CONTENT_LAYOUT, ctx), xHandle(table)),
  messages,
};

const FOLLOWS: DailyLayout<'follows' | 'unfollows'> = {
  date: ['Date'],
  dateAs: 'Mon D, YYYY',
  figures: { follows: ['New follows'], unfollows: ['Unfollows'] },
  ignored: Object.fromEntries(['Impressions', 'Likes', 'Engagements', 'Bookmarks', 'Shares', 'Replies', 'Reposts', 'Profile visits', 'Create Post', 'Video views', 'Media views'].map((c) => [c, 'ignored.daily-totals'])),
};

const overview: ExportFormat = {
  id: 'x-overview',
  platform: 'x',
  title: 'title.overview',
  signature: {
    names: [/^account_overview_analytics.*\.csv$/i],
    headers: [['Date'], ['Impressions'], ['New follows'], ['Unfollows']],
  },
  provides: [],
  read: (table, header, ctx) => readOverview(table, header, ctx),
  messages,
};

/** The overview's follows and unfollows, summed over the period into a change that a note says (never a count). */
async function readOverview(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const { sums, ...reading } = await readDailySums(table, header, FOLLOWS, ctx);
  const note: ImportNote = reading.span
    ? { key: 'note.follows', level: 'warning', args: { follows: sums.follows, unfollows: sums.unfollows, change: sums.follows - sums.unfollows, start: reading.span.start, end: reading.span.end } }
    : { key: 'note.follows-none', level: 'warning' };
  return { table, format: overview, ...reading, notes: [...reading.notes, note] };
}

const videoOverview: ExportFormat = {
  id: 'x-video-overview',
  platform: 'x',
  title: 'title.video-overview',
  // A title line ("Video overview,,,,,"), then the header.
  signature: { names: [/^video_overview_analytics.*\.csv$/i], headerRows: [1, 0], headers: [['Date'], ['Views'], ['Watch Time (ms)']] },
  provides: [],
  skipped: 'skipped.video-overview',
  messages,
};

export const X_FORMATS: readonly ExportFormat[] = [tweetActivity, content, overview, videoOverview];
