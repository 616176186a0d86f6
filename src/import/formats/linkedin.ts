/**
 * LinkedIn Page exports (Page › Analytics › Content / Followers / Visitors › Export), see docs/IMPORT.md. Workbooks
 * (.xls, often BIFF8, or .xlsx) named `<page>_content_<epoch-ms>.xls`, `<page>_followers_…`, `<page>_visitors_…`.
 *
 * - Content, sheet "All posts": one post per row, lifetime figures; read as posts.
 * - Content, sheet "Metrics": the page's daily totals. Not read: the posts of "All posts" are the same actions
 *   again (reading both would count them twice), and its days include impressions of posts published before the
 *   period.
 * - Followers, sheet "New followers": the day's NEW followers, not a running count. The brand file's followers are
 *   counts at the start and end of the period, which a gain cannot give: the gain is said, never stored.
 * - Other follower sheets (location, job…) and the visitors export: audience breakdowns and page visits, which
 *   smscore does not score.
 */
import { dateText, groupedText } from '../../i18n/numbers.js';
import type { Dictionary, Locale, MessageArgs } from '../../i18n/translate.js';
import { parseDateAs } from '../dates.js';
import type { Contribution, ExportFormat, ExportTable, ImportNote, ReadContext } from '../model.js';
import { postContribution, readDailySums, readPostTable, type DailyLayout, type PostLayout } from '../posts.js';

const n = (v: unknown, locale: Locale) => groupedText(Number(v), locale);
const d = (v: unknown, locale: Locale) => dateText(String(v), locale);

const messages = {
  en: {
    'title.content': 'LinkedIn Page content export (All posts)',
    'title.content-metrics': 'LinkedIn Page content export (Metrics, daily page totals)',
    'title.followers': 'LinkedIn Page followers export (New followers)',
    'title.followers-demographics': 'LinkedIn Page followers export (followers by location, job function, seniority, industry or company size)',
    'title.visitors': 'LinkedIn Page visitors export',
    'ignored.post-title': 'the post’s text',
    'ignored.campaign': 'the sponsored campaign’s details: the post type (Organic or Sponsored) is what smscore keeps',
    'ignored.posted-by': 'who published the post',
    'ignored.audience': 'the audience the post was shown to',
    'ignored.views': 'video views, a subset of impressions (and off-site views are not LinkedIn impressions)',
    'ignored.rate': 'a rate LinkedIn computed (a fraction: 0.0464 is 4.64 %); smscore recomputes its own rates from the counts',
    'ignored.follows': 'follows the post brought: a gain, not the page’s follower count',
    'skipped.content-metrics': 'the page’s daily totals: the same likes, comments, reposts and clicks as the posts of the “All posts” sheet, read from there (reading both would count them twice), and its days include impressions of posts published before the period',
    'skipped.followers-demographics': 'a breakdown of the followers (by location, job…), which smscore does not score',
    'skipped.visitors': 'page visits, which smscore does not score',
    'note.followers-gained': (a: MessageArgs) => `LinkedIn gives new followers per day, not a follower count: ${n(a.gained, 'en')} gained from ${d(a.start, 'en')} to ${d(a.end, 'en')} (organic ${n(a.organic, 'en')}, sponsored ${n(a.sponsored, 'en')}, auto-invited ${n(a.auto, 'en')}). Nothing was stored: type followers.end (Page › Analytics › Followers shows the total) and followers.start = followers.end − ${n(a.gained, 'en')} if that period is the brand file’s.`,
    'note.followers-none': 'LinkedIn gives new followers per day, not a follower count; no day of the period is in this export, and nothing was stored.',
  },
  fr: {
    'title.content': 'export des contenus d’une page LinkedIn (publications)',
    'title.content-metrics': 'export des contenus d’une page LinkedIn (totaux quotidiens de la page)',
    'title.followers': 'export des abonnés d’une page LinkedIn (New followers)',
    'title.followers-demographics': 'export des abonnés d’une page LinkedIn (abonnés par lieu, fonction, niveau hiérarchique, secteur ou taille d’entreprise)',
    'title.visitors': 'export des visiteurs d’une page LinkedIn',
    'ignored.post-title': 'le texte de la publication',
    'ignored.campaign': 'le détail de la campagne sponsorisée\u00a0: smscore garde le type de publication (Organic ou Sponsored)',
    'ignored.posted-by': 'l’auteur de la publication',
    'ignored.audience': 'l’audience à laquelle la publication a été montrée',
    'ignored.views': 'les vues de vidéo, une partie des impressions (les vues hors LinkedIn n’en sont pas)',
    'ignored.rate': 'un taux calculé par LinkedIn (une fraction\u00a0: 0,0464 vaut 4,64\u00a0%)\u202f; smscore recalcule ses propres taux à partir des effectifs',
    'ignored.follows': 'les abonnements suscités par la publication\u00a0: un gain, pas le nombre d’abonnés de la page',
    'skipped.content-metrics': 'les totaux quotidiens de la page\u00a0: les mêmes réactions, commentaires, republications et clics que les publications de l’autre feuille de l’export, lues là (lire les deux les compterait deux fois), et ses journées comptent des impressions de publications antérieures à la période',
    'skipped.followers-demographics': 'une répartition des abonnés (par lieu, fonction…), que smscore n’évalue pas',
    'skipped.visitors': 'les visites de la page, que smscore n’évalue pas',
    'note.followers-gained': (a: MessageArgs) => `LinkedIn donne les nouveaux abonnés de chaque jour, pas un nombre d’abonnés\u00a0: ${n(a.gained, 'fr')} gagnés du ${d(a.start, 'fr')} au ${d(a.end, 'fr')} (organiques ${n(a.organic, 'fr')}, sponsorisés ${n(a.sponsored, 'fr')}, invités automatiquement ${n(a.auto, 'fr')}). Rien n’a été enregistré\u00a0: saisissez followers.end (Page › Statistiques › Abonnés affiche le total) et followers.start = followers.end − ${n(a.gained, 'fr')} si cette période est celle du fichier de marque.`,
    'note.followers-none': 'LinkedIn donne les nouveaux abonnés de chaque jour, pas un nombre d’abonnés\u202f; aucun jour de la période ne figure dans cet export, et rien n’a été enregistré.',
  },
} satisfies Dictionary;

/** The page's vanity name, from `<page>_content_<epoch-ms>.xls` (and a browser's " (1)" suffix). */
export function linkedinPage(name: string): string | undefined {
  return /^(.+?)_(?:content|followers|visitors)_\d{10,}/i.exec(name)?.[1];
}

/** LinkedIn writes MM/DD/YYYY text; a workbook re-saved by a spreadsheet may hold real dates (read as YYYY-MM-DD). */
const linkedinDate = (raw: string): string | undefined => parseDateAs(raw, 'MM/DD/YYYY') ?? parseDateAs(raw, 'iso');

const RATE = 'ignored.rate';
export const LINKEDIN_CONTENT_LAYOUT: PostLayout = {
  columns: {
    id: ['Post link'],
    date: ['Created date'],
    paid: ['Post type'],
    type: ['Content Type'],
    impressions: ['Impressions'],
    clicks: ['Clicks'],
    // LinkedIn's "Likes" counts every reaction (like, celebrate, support…).
    reactions: ['Likes'],
    comments: ['Comments'],
    // Renamed in 2024.
    shares: ['Reposts', 'Shares'],
  },
  paidValues: ['sponsored'],
  date: linkedinDate,
  ignored: {
    'Post title': 'ignored.post-title',
    'Campaign name': 'ignored.campaign', 'Campaign start date': 'ignored.campaign', 'Campaign end date': 'ignored.campaign',
    'Posted by': 'ignored.posted-by',
    Audience: 'ignored.audience',
    Views: 'ignored.views', 'Views (excluding off-site video views)': 'ignored.views', 'Offsite Views': 'ignored.views', 'Off-site Views': 'ignored.views',
    'Click through rate (CTR)': RATE, 'Engagement rate': RATE,
    Follows: 'ignored.follows',
  },
};

const CONTENT_NAMES = [/_content_\d{10,}.*\.xlsx?$/i];
const FOLLOWER_NAMES = [/_followers_\d{10,}.*\.xlsx?$/i];

const content: ExportFormat = {
  id: 'linkedin-content',
  platform: 'linkedin',
  title: 'title.content',
  // Row 1 is a note, row 2 the header.
  signature: { names: CONTENT_NAMES, sheets: ['All posts'], headerRows: [1, 0, 2], headers: [['Post link'], ['Created date'], ['Impressions'], ['Likes']] },
  provides: ['posts', 'impressions', 'clicks', 'reactions', 'comments', 'shares'],
  read: async (table, header, ctx) => postContribution(table, content, await readPostTable(table, header, LINKEDIN_CONTENT_LAYOUT, ctx), linkedinPage(table.name)),
  messages,
};

const contentMetrics: ExportFormat = {
  id: 'linkedin-content-metrics',
  platform: 'linkedin',
  title: 'title.content-metrics',
  signature: { names: CONTENT_NAMES, sheets: ['Metrics'], headerRows: [1, 0, 2], headers: [['Date'], ['Impressions (total)'], ['Reactions (total)'], ['Reposts (total)', 'Shares (total)']] },
  provides: [],
  skipped: 'skipped.content-metrics',
  messages,
};

const NEW_FOLLOWERS: DailyLayout<'sponsored' | 'organic' | 'auto' | 'total'> = {
  date: ['Date'],
  dateAs: linkedinDate,
  // Total followers is the day's new followers (sponsored + organic + auto-invited), not a running count.
  figures: { sponsored: ['Sponsored followers'], organic: ['Organic followers'], auto: ['Auto-invited followers'], total: ['Total followers'] },
};

const followers: ExportFormat = {
  id: 'linkedin-followers',
  platform: 'linkedin',
  title: 'title.followers',
  signature: { names: FOLLOWER_NAMES, sheets: ['New followers'], headerRows: [0, 1], headers: [['Date'], ['Organic followers'], ['Total followers']] },
  provides: [],
  read: (table, header, ctx) => readNewFollowers(table, header, ctx),
  messages,
};

const followersDemographics: ExportFormat = {
  id: 'linkedin-followers-demographics',
  platform: 'linkedin',
  title: 'title.followers-demographics',
  signature: {
    names: FOLLOWER_NAMES, sheets: ['Location', 'Job function', 'Seniority', 'Industry', 'Company size'], headerRows: [0],
    headers: [['Location', 'Job function', 'Seniority', 'Industry', 'Company size'], ['Total followers']],
  },
  provides: [],
  skipped: 'skipped.followers-demographics',
  messages,
};

const visitors: ExportFormat = {
  id: 'linkedin-visitors',
  platform: 'linkedin',
  title: 'title.visitors',
  signature: { names: [/_visitors_\d{10,}.*\.xlsx?$/i], headerRows: [0, 1], headers: [['Date'], ['Total page views (total)'], ['Total unique visitors (total)']] },
  provides: [],
  skipped: 'skipped.visitors',
  messages,
};

/**
 * The "New followers" sheet: each day's new followers, summed over the period and said in a note. The brand file
 * wants follower counts at the period's start and end, which a gain cannot give without one of them: nothing is
 * stored (no `totals`), and the note says what to type.
 */
async function readNewFollowers(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const { sums, ...reading } = await readDailySums(table, header, NEW_FOLLOWERS, ctx);
  const note: ImportNote = reading.span
    ? { key: 'note.followers-gained', level: 'warning', args: { gained: sums.total, organic: sums.organic, sponsored: sums.sponsored, auto: sums.auto, start: reading.span.start, end: reading.span.end } }
    : { key: 'note.followers-none', level: 'warning' };
  const page = linkedinPage(table.name);
  return { table, format: followers, ...(page ? { account: page } : {}), ...reading, notes: [...reading.notes, note] };
}

export const LINKEDIN_FORMATS: readonly ExportFormat[] = [content, contentMetrics, followers, followersDemographics, visitors];
