/**
 * Google Business Profile, see docs/IMPORT.md:
 *
 * - google-business-insights: the Performance download of Business Profile Manager, one row per location for the
 *   period chosen at download (no date column), a definition row under the header. Each location is a
 *   Contribution of its own (Contribution.byAccount), named by its Business name, so that each fills its channel:
 *     impressions = the profile's views summed over the four surfaces (Search and Maps, mobile and desktop): each
 *                   counts people who viewed it on that surface, so the sum counts one person seen on two surfaces
 *                   twice, as impressions do; it is not a reach, and reach is left empty;
 *     clicks      = website clicks;
 *   calls, direction requests, messages, bookings and food orders are said in a note: the brand file has no field
 *   for calls or directions, and a conversation count says nothing of how (or whether) it was answered.
 * - google-business-reviews: Google Takeout's reviews.json (and its pages, reviews-….json): the reviews of the
 *   period, to be counted, averaged and deduplicated per channel.
 * - google-maps-reviews-written: Takeout's "Maps (your places)/Reviews.json", the reviews the account's owner WROTE
 *   about other places: recognised and refused, never read as the business's reviews.
 */
import { dateText, groupedText } from '../../i18n/numbers.js';
import type { Dictionary, Locale, MessageArgs } from '../../i18n/translate.js';
import type { Metrics } from '../../model/brand.js';
import { parseTimestamp, spanOf } from '../dates.js';
import type { Contribution, ExportFormat, ExportTable, ImportNote, ReadContext, ReviewRecord, RowProblem } from '../model.js';
import { columnIndexes, parseNumber } from '../posts.js';

const n = (v: unknown, locale: Locale) => groupedText(Number(v), locale);
const d = (v: unknown, locale: Locale) => dateText(String(v), locale);

/** The other actions of a location's note, in the order they are said; a column the export lacks is left out. */
const ACTIONS = ['calls', 'directions', 'messages', 'bookings', 'food', 'menu', 'hotel'] as const;
type Action = (typeof ACTIONS)[number];
const ACTION_WORDS: Record<Locale, Record<Action, [string, string]>> = {
  en: {
    calls: ['call', 'calls'], directions: ['direction request', 'direction requests'], messages: ['conversation started', 'conversations started'],
    bookings: ['booking', 'bookings'], food: ['food order', 'food orders'], menu: ['menu click', 'menu clicks'], hotel: ['hotel booking-link click', 'hotel booking-link clicks'],
  },
  fr: {
    calls: ['appel', 'appels'], directions: ['demande d’itinéraire', 'demandes d’itinéraire'], messages: ['conversation ouverte', 'conversations ouvertes'],
    bookings: ['réservation', 'réservations'], food: ['commande de repas', 'commandes de repas'], menu: ['clic sur le menu', 'clics sur le menu'], hotel: ['clic sur le lien de réservation d’hôtel', 'clics sur le lien de réservation d’hôtel'],
  },
};
const actionList = (a: MessageArgs, locale: Locale) => ACTIONS.filter((k) => a[k] !== undefined)
  .map((k) => { const v = Number(a[k]); const [one, many] = ACTION_WORDS[locale][k]; return `${n(v, locale)} ${(locale === 'fr' ? v < 2 : v === 1) ? one : many}`; })
  .join(', ');

const messages = {
  en: {
    'title.insights': 'Google Business Profile performance (one row per location)',
    'title.reviews': 'Google Business Profile reviews (Google Takeout)',
    'title.maps-reviews-written': 'Google Maps reviews you wrote (Google Takeout, Maps)',
    'ignored.location': 'identifies the location (its Business name names the channel)',
    'ignored.other-actions': 'said in a note for each location: the brand file has no field for it',
    'skipped.maps-reviews-written': 'these are the reviews the Google account WROTE about other places, not the reviews the business received: give the reviews.json of Takeout’s “Google Business Profile” folder instead',
    'note.no-dates': (a: MessageArgs) => (a.start
      ? `This export has no dates: its figures are for the period chosen when it was downloaded. Check that it was ${d(a.start, 'en')} to ${d(a.end, 'en')}.`
      : 'This export has no dates: its figures are for the period chosen when it was downloaded.'),
    'note.other-actions': (a: MessageArgs) => `Other actions on the profile, not stored (the brand file has no field for them): ${actionList(a, 'en')}.`,
    'note.views-incomplete': 'Impressions not stored: a surface’s views are missing for this location, and a partial sum would be taken for the whole.',
    'note.same-name': 'Several locations share the name “{name}”: each is named with its store code, or its address when it has none.',
    'note.reviews-outside': (a: MessageArgs) => `${n(a.count, 'en')} review${Number(a.count) === 1 ? '' : 's'} of another period counted and left out.`,
    'note.reply-time': 'The time to answer runs to the reply’s last edit: Google keeps no date of the first answer, so an edited reply seems later than it was.',
    'note.not-reviews': 'This file holds no list of reviews ("reviews"): is it the reviews.json of Takeout’s “Google Business Profile” folder?',
  },
  fr: {
    'title.insights': 'performances d’une fiche d’établissement Google (une ligne par établissement)',
    'title.reviews': 'avis d’une fiche d’établissement Google (Google Takeout)',
    'title.maps-reviews-written': 'avis Google Maps que vous avez rédigés (Google Takeout, Maps)',
    'ignored.location': 'identifie l’établissement (son nom, Business name, désigne le canal)',
    'ignored.other-actions': 'indiqué dans une note pour chaque établissement\u00a0: le fichier de marque n’a pas de champ pour ce chiffre',
    'skipped.maps-reviews-written': 'ce sont les avis que le compte Google a RÉDIGÉS sur d’autres lieux, pas les avis reçus par l’établissement\u00a0: donnez plutôt le reviews.json du dossier «\u00a0Google Business Profile\u00a0» de Takeout',
    'note.no-dates': (a: MessageArgs) => (a.start
      ? `Cet export n’a pas de dates\u00a0: ses chiffres portent sur la période choisie au téléchargement. Vérifiez qu’il s’agissait du ${d(a.start, 'fr')} au ${d(a.end, 'fr')}.`
      : 'Cet export n’a pas de dates\u00a0: ses chiffres portent sur la période choisie au téléchargement.'),
    'note.other-actions': (a: MessageArgs) => `Autres actions sur la fiche, non enregistrées (le fichier de marque n’a pas de champ pour elles)\u00a0: ${actionList(a, 'fr')}.`,
    'note.views-incomplete': 'Impressions non enregistrées\u00a0: il manque les vues d’une surface pour cet établissement, et une somme partielle passerait pour le total.',
    'note.same-name': 'Plusieurs établissements portent le nom «\u00a0{name}\u00a0»\u00a0: chacun est désigné par son code de magasin, ou par son adresse s’il n’en a pas.',
    'note.reviews-outside': (a: MessageArgs) => `${n(a.count, 'fr')} avis d’une autre période ${Number(a.count) < 2 ? 'compté et écarté' : 'comptés et écartés'}.`,
    'note.reply-time': 'Le délai de réponse court jusqu’à la dernière modification de la réponse\u00a0: Google ne garde pas la date de la première, si bien qu’une réponse modifiée paraît plus tardive qu’elle ne l’a été.',
    'note.not-reviews': 'Ce fichier ne contient pas de liste d’avis («\u00a0reviews\u00a0»)\u00a0: est-ce bien le reviews.json du dossier «\u00a0Google Business Profile\u00a0» de Takeout\u202f?',
  },
} satisfies Dictionary;

const VIEWS = {
  searchMobile: ['Google Search - Mobile'],
  searchDesktop: ['Google Search - Desktop'],
  mapsMobile: ['Google Maps - Mobile'],
  mapsDesktop: ['Google Maps - Desktop'],
};
const INSIGHTS_COLUMNS = {
  storeCode: ['Store code'],
  name: ['Business name'],
  ...VIEWS,
  website: ['Website clicks'],
  calls: ['Calls'],
  directions: ['Directions'],
  messages: ['Messages'],
  bookings: ['Bookings'],
  food: ['Food orders'],
  menu: ['Food menu clicks'],
  hotel: ['Hotel bookings'],
};
type InsightsColumn = keyof typeof INSIGHTS_COLUMNS;
const FIGURES: InsightsColumn[] = [...(Object.keys(VIEWS) as InsightsColumn[]), 'website', ...ACTIONS];
const IGNORED: Record<string, string> = { 'Store code': 'ignored.location', Address: 'ignored.location', Labels: 'ignored.location' };

const insights: ExportFormat = {
  id: 'google-business-insights',
  platform: 'google-business-profile',
  title: 'title.insights',
  signature: { headers: [['Store code'], ['Business name'], ['Google Search - Mobile'], ['Google Maps - Mobile'], ['Website clicks']] },
  provides: ['impressions', 'clicks'],
  read: (table, header, ctx) => readInsights(table, header, ctx),
  messages,
};

/** The definition row under the header: no location, and a sentence where the figures will be. */
function isDefinitionRow(cells: string[], index: Map<InsightsColumn, number>): boolean {
  const name = (cells[index.get('name') ?? -1] ?? '').trim();
  const views = (cells[index.get('searchMobile') ?? -1] ?? '').trim();
  return name === '' && /^[^\d\s-]/u.test(views);
}

async function readInsights(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const index = columnIndexes<InsightsColumn>(header.cells, INSIGHTS_COLUMNS);
  const columnOf = (key: InsightsColumn) => header.cells[index.get(key)!]!.trim();
  const used = new Set(index.values());
  const ignoredColumns: { column: string; why: string }[] = [];
  const unknownColumns: string[] = [];
  header.cells.forEach((raw, i) => {
    const h = raw.trim();
    if (h === '') return;
    const key = [...index].find(([, at]) => at === i)?.[0];
    if (key && (ACTIONS as readonly string[]).includes(key)) ignoredColumns.push({ column: h, why: 'ignored.other-actions' });
    else if (IGNORED[h]) ignoredColumns.push({ column: h, why: IGNORED[h]! });
    else if (!used.has(i)) unknownColumns.push(h);
  });
  const rejected: RowProblem[] = [];
  const missingCells: { line: number; column: string }[] = [];
  const locations: { line: number; name: string; storeCode: string; address: string; figures: Partial<Record<InsightsColumn, number>>; missing: InsightsColumn[] }[] = [];
  const addressAt = header.cells.findIndex((c) => c.trim().toLowerCase() === 'address');
  let rows = 0;
  let position = -1;
  rows: for await (const row of table.rows()) {
    position++;
    if (position <= header.row || row.cells.every((c) => c.trim() === '')) continue;
    if (position === header.row + 1 && isDefinitionRow(row.cells, index)) continue;
    rows++;
    if (row.cells.length !== header.cells.length) { rejected.push({ line: row.line, code: 'wrong-cell-count', value: `${row.cells.length}/${header.cells.length}` }); continue; }
    const name = (row.cells[index.get('name') ?? -1] ?? '').trim();
    if (name === '') { missingCells.push({ line: row.line, column: columnOf('name') }); continue; }
    const figures: Partial<Record<InsightsColumn, number>> = {};
    const missing: InsightsColumn[] = [];
    for (const key of FIGURES) {
      const i = index.get(key);
      if (i === undefined) continue;
      const raw = (row.cells[i] ?? '').trim();
      if (raw === '') { missing.push(key); missingCells.push({ line: row.line, column: columnOf(key) }); continue; }
      const value = parseNumber(raw);
      if (value === undefined) { rejected.push({ line: row.line, code: 'not-a-number', column: columnOf(key), value: raw }); continue rows; }
      figures[key] = value;
    }
    locations.push({ line: row.line, name, storeCode: (row.cells[index.get('storeCode') ?? -1] ?? '').trim(), address: addressAt === -1 ? '' : (row.cells[addressAt] ?? '').trim(), figures, missing });
  }

  const notes: ImportNote[] = [...table.notes, { key: 'note.no-dates', level: 'warning', args: ctx.period ? { start: ctx.period.start, end: ctx.period.end } : {} }];
  const counts = new Map<string, number>();
  for (const l of locations) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  for (const [name, count] of counts) if (count > 1) notes.push({ key: 'note.same-name', args: { name } });

  const byAccount = locations.map((l): Contribution => {
    const totals: Metrics = {};
    const views = (Object.keys(VIEWS) as InsightsColumn[]).filter((k) => index.has(k));
    const own: ImportNote[] = [];
    if (views.length > 0 && views.every((k) => l.figures[k] !== undefined)) totals.impressions = views.reduce((s, k) => s + l.figures[k]!, 0);
    else own.push({ key: 'note.views-incomplete' });
    if (l.figures.website !== undefined) totals.clicks = l.figures.website;
    const actions = Object.fromEntries(ACTIONS.filter((k) => l.figures[k] !== undefined).map((k) => [k, l.figures[k]!]));
    if (Object.keys(actions).length > 0) own.push({ key: 'note.other-actions', args: actions });
    const account = counts.get(l.name)! > 1 ? `${l.name} (${l.storeCode || l.address})` : l.name;
    return {
      table, format: insights, account, totals, rows: 1, kept: 1, outsidePeriod: 0, rejected: [],
      missingCells: l.missing.map((k) => ({ line: l.line, column: columnOf(k) })), ignoredColumns: [], unknownColumns: [], notes: own,
    };
  });
  return { table, format: insights, rows, kept: locations.length, outsidePeriod: 0, rejected, missingCells, ignoredColumns, unknownColumns, notes, byAccount };
}

const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

const reviews: ExportFormat = {
  id: 'google-business-reviews',
  platform: 'google-business-profile',
  title: 'title.reviews',
  signature: { names: [/^reviews(?:[-_ ].*)?\.json$/i], json: ['reviews'] },
  provides: ['reviews'],
  read: (table, _header, ctx) => Promise.resolve(readReviews(table, ctx)),
  messages,
};

/**
 * Takeout's reviews: each with its id (`name`), its day (createTime, UTC), its stars, whether it was answered and
 * how many hours later. Nothing of a review's text is kept. A review without a valid createTime is rejected; its
 * "line" is its position in the file's list (1 for the first), as JSON has no rows.
 */
function readReviews(table: ExportTable, ctx: ReadContext): Contribution {
  const doc = table.json as { reviews?: unknown } | undefined;
  const list = doc && typeof doc === 'object' && Array.isArray(doc.reviews) ? doc.reviews : undefined;
  const base = { table, format: reviews, missingCells: [], ignoredColumns: [], unknownColumns: [] };
  if (!list) return { ...base, rows: 0, kept: 0, outsidePeriod: 0, rejected: [], notes: [{ key: 'note.not-reviews', level: 'warning' }], reviews: [] };
  const kept: ReviewRecord[] = [];
  const rejected: RowProblem[] = [];
  let outsidePeriod = 0;
  let answeredLate = false;
  list.forEach((item: unknown, i) => {
    const r = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const created = typeof r.createTime === 'string' ? parseTimestamp(r.createTime) : undefined;
    if (created === undefined) { rejected.push({ line: i + 1, code: 'bad-date', column: 'createTime', value: typeof r.createTime === 'string' ? r.createTime : '' }); return; }
    const date = new Date(created).toISOString().slice(0, 10);
    if (ctx.period && (date < ctx.period.start || date > ctx.period.end)) { outsidePeriod++; return; }
    const reply = (r.reviewReply && typeof r.reviewReply === 'object' ? r.reviewReply : undefined) as Record<string, unknown> | undefined;
    const answered = reply !== undefined && typeof reply.comment === 'string' && reply.comment.trim() !== '';
    const replied = answered && typeof reply.updateTime === 'string' ? parseTimestamp(reply.updateTime) : undefined;
    const review: ReviewRecord = { date, answered };
    if (typeof r.name === 'string' && r.name !== '') review.id = r.name;
    const stars = typeof r.starRating === 'string' ? STARS[r.starRating] : undefined;
    if (stars !== undefined) review.rating = stars;
    if (replied !== undefined && replied >= created) {
      review.responseHours = Math.round((replied - created) / 36_000) / 100;
      answeredLate = true;
    }
    kept.push(review);
  });
  const notes: ImportNote[] = [...table.notes];
  if (outsidePeriod > 0) notes.push({ key: 'note.reviews-outside', args: { count: outsidePeriod } });
  if (answeredLate) notes.push({ key: 'note.reply-time' });
  const span = spanOf(kept.map((r) => r.date));
  return { ...base, reviews: kept, rows: list.length, kept: kept.length, outsidePeriod, rejected, notes, ...(span ? { span } : {}) };
}

const mapsReviewsWritten: ExportFormat = {
  id: 'google-maps-reviews-written',
  platform: 'google-business-profile',
  title: 'title.maps-reviews-written',
  // A GeoJSON FeatureCollection, one Feature per place the account reviewed.
  signature: { names: [/^reviews\.json$/i], json: ['type', 'features'] },
  provides: [],
  skipped: 'skipped.maps-reviews-written',
  messages,
};

export const GOOGLE_BUSINESS_FORMATS: readonly ExportFormat[] = [insights, reviews, mapsReviewsWritten];
