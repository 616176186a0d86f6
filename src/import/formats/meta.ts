/**
 * Meta's export formats (docs/IMPORT.md, "Facebook Page" and "Instagram"), and the words of every Meta layout,
 * the older ones of ./legacy.ts included: one dictionary, one catalogue area.
 */
import type { Dictionary, MessageArgs } from '../../i18n/translate.js';
import type { Contribution, ExportFormat, ExportRow, ExportTable, ImportNote, ReadContext } from '../model.js';
import { columnIndexes, postContribution, readPostTable, type PostLayout, type PostReading } from '../posts.js';

export const META_MESSAGES = {
  en: {
    'format.facebook': 'Facebook Page Insights, post level (layout of 2014–2018)',
    'format.instagram': 'Instagram posts (Graph API media and insights)',
    'note.several-accounts': (a: MessageArgs) => `this export holds the posts of ${a.count} accounts (${a.accounts}): give the channel with --channel, or export one account at a time`,
    'ignored.category-code': 'a category code of the original study, not an Insights figure',
    'ignored.weekday': 'the day of the week; smscore works with the period as a whole',
    'ignored.hour': 'the hour of posting; smscore works with the period as a whole',
    'ignored.consumers': 'people who clicked anywhere on the post (photo views included): not link clicks',
    'ignored.consumptions': 'clicks anywhere on the post (photo views included): not link clicks',
    'ignored.subset-impressions': 'a subset of impressions',
    'ignored.subset-reach': 'a subset of reach',
    'ignored.subset-engaged': 'a subset of engaged users',
    'ignored.post-id': 'the post id',
    'ignored.post-text': 'the post text',
    'ignored.post-address': 'the post address',
    'ignored.account': 'the account',
    'ignored.product-type': 'where the post appeared (feed, story, reels); the post type is taken from media_type',
    'ignored.sum-of-columns': 'a sum of columns taken separately: adding it would count the same actions twice',
    'ignored.profile-visits': 'profile visits from the post: not a figure smscore stores',
    'ignored.follows': 'follows gained from the post: not a follower count',
    'format.meta-facebook-content': 'Facebook Page posts (Meta Business Suite, Content export)',
    'format.meta-instagram-content': 'Instagram posts (Meta Business Suite, Content export)',
    'format.meta-page-metric': 'one Page metric by day (Meta Business Suite, Overview download)',
    'skipped.page-metric': 'the daily curve of one metric for the whole Page, not its posts: download the Content export instead (docs/IMPORT.md)',
    'note.not-lifetime': (a: MessageArgs) => `${a.count} ${Number(a.count) === 1 ? 'row gives' : 'rows give'} a Date other than Lifetime: ${Number(a.count) === 1 ? 'its' : 'their'} figures may not be the post's lifetime totals`,
    'ignored.breakdown': 'video views broken down by audience or country: part of a figure, not a figure of its own',
    'ignored.account-id': "the account's id; the account is found by its name",
    'ignored.account-name': "the account's name: used to find the channel, not a figure",
    'ignored.duration': "the video's length, not a figure of its audience",
    'ignored.data-comment': "Meta's remark on the row's data",
    'ignored.lifetime': "always Lifetime: the figures are the post's totals on the day of the export",
    'ignored.caption-type': 'the kind of subtitles',
    'ignored.crosspost': 'whether the post was cross-posted or shared from another Page: it counts all the same',
    'ignored.languages': 'the languages the post was aimed at',
    'ignored.labels': 'labels the Page gave its posts',
    'ignored.funded-status': 'whether the post was boosted, in values Meta does not document: smscore does not guess from it which posts were paid',
    'ignored.total-clicks': 'clicks anywhere on the post (photo views, "See more", the Page name): not link clicks, which are taken from their own column',
    'ignored.other-clicks': 'clicks on the post other than on links and photos: not link clicks',
    'ignored.photo-clicks': 'clicks that open the photo: photo views, not link clicks',
    'ignored.earnings': "the Page's earnings from Meta's monetisation, not a figure smscore stores",
    'ignored.ads': "ads Meta showed in the Page's videos (monetisation), not displays of the post",
    'ignored.negative-feedback': 'people who hid or reported the post or the Page: not a figure smscore stores',
    'ignored.seconds-viewed': 'time spent watching the video: not a figure smscore stores',
  },
  fr: {
    'format.facebook': 'Facebook Page Insights, au niveau des publications (présentation de 2014 à 2018)',
    'format.instagram': 'publications Instagram (médias et statistiques de l’API Graph)',
    'note.several-accounts': (a: MessageArgs) => `cet export contient les publications de ${a.count} comptes (${a.accounts})\u00a0: indiquez le canal avec --channel, ou exportez un compte à la fois`,
    'ignored.category-code': 'un code de catégorie de l’étude d’origine, pas un chiffre d’Insights',
    'ignored.weekday': 'le jour de la semaine\u202f; smscore traite la période d’un bloc',
    'ignored.hour': 'l’heure de publication\u202f; smscore traite la période d’un bloc',
    'ignored.consumers': 'les personnes qui ont cliqué n’importe où dans la publication (vues de photos comprises)\u00a0: pas des clics sur le lien',
    'ignored.consumptions': 'les clics n’importe où dans la publication (vues de photos comprises)\u00a0: pas des clics sur le lien',
    'ignored.subset-impressions': 'une partie des impressions',
    'ignored.subset-reach': 'une partie de la portée',
    'ignored.subset-engaged': 'une partie des utilisateurs engagés',
    'ignored.post-id': 'l’identifiant de la publication',
    'ignored.post-text': 'le texte de la publication',
    'ignored.post-address': 'l’adresse de la publication',
    'ignored.account': 'le compte',
    'ignored.product-type': 'l’endroit où la publication est parue (fil, story, reels)\u202f; le type de publication est pris dans media_type',
    'ignored.sum-of-columns': 'la somme d’autres colonnes prises une à une\u00a0: l’ajouter compterait deux fois les mêmes actions',
    'ignored.profile-visits': 'les visites du profil venues de la publication\u00a0: pas un chiffre que smscore enregistre',
    'ignored.follows': 'les abonnements obtenus par la publication\u00a0: pas un nombre d’abonnés',
    'format.meta-facebook-content': 'publications d’une Page Facebook (Meta Business Suite, export des contenus)',
    'format.meta-instagram-content': 'publications Instagram (Meta Business Suite, export des contenus)',
    'format.meta-page-metric': 'un indicateur de la Page jour par jour (Meta Business Suite, téléchargement de la vue d’ensemble)',
    'skipped.page-metric': 'la courbe quotidienne d’un seul indicateur pour toute la Page, pas ses publications\u00a0: téléchargez plutôt l’export des contenus (docs/IMPORT.md)',
    'note.not-lifetime': (a: MessageArgs) => `${a.count} ligne${Number(a.count) < 2 ? ' a' : 's ont'} une date autre que Lifetime\u00a0: ${Number(a.count) < 2 ? 'ses' : 'leurs'} chiffres ne sont peut-être pas les totaux de la publication depuis sa parution`,
    'ignored.breakdown': 'les vues de vidéo ventilées par audience ou par pays\u00a0: une partie d’un chiffre, pas un chiffre à part entière',
    'ignored.account-id': 'l’identifiant du compte\u202f; le compte se retrouve par son nom',
    'ignored.account-name': 'le nom du compte\u00a0: il sert à trouver le canal, ce n’est pas un chiffre',
    'ignored.duration': 'la durée de la vidéo, pas un chiffre de son audience',
    'ignored.data-comment': 'la remarque de Meta sur les données de la ligne',
    'ignored.lifetime': 'toujours Lifetime\u00a0: les chiffres sont les totaux de la publication au jour de l’export',
    'ignored.caption-type': 'le type de sous-titres',
    'ignored.crosspost': 'si la publication a été diffusée sur plusieurs Pages ou partagée depuis une autre Page\u00a0: elle compte de la même façon',
    'ignored.languages': 'les langues visées par la publication',
    'ignored.labels': 'les étiquettes que la Page a données à ses publications',
    'ignored.funded-status': 'si la publication a été boostée, avec des valeurs que Meta ne documente pas\u00a0: smscore n’en déduit pas quelles publications étaient payantes',
    'ignored.total-clicks': 'les clics n’importe où dans la publication (vues de photos, «\u00a0Voir plus\u00a0», nom de la Page)\u00a0: pas des clics sur le lien, pris dans leur propre colonne',
    'ignored.other-clicks': 'les clics sur la publication ailleurs que sur les liens et les photos\u00a0: pas des clics sur le lien',
    'ignored.photo-clicks': 'les clics qui ouvrent la photo\u00a0: des vues de photos, pas des clics sur le lien',
    'ignored.earnings': 'les revenus que la Page tire de la monétisation de Meta, pas un chiffre que smscore enregistre',
    'ignored.ads': 'les publicités que Meta a diffusées dans les vidéos de la Page (monétisation), pas des affichages de la publication',
    'ignored.negative-feedback': 'les personnes qui ont masqué ou signalé la publication ou la Page\u00a0: pas un chiffre que smscore enregistre',
    'ignored.seconds-viewed': 'le temps passé à regarder la vidéo\u00a0: pas un chiffre que smscore enregistre',
  },
} satisfies Dictionary;

/**
 * readPostTable, noting on the way the account each row names: the first filled cell among the header cells named
 * `names` (Meta's multi-account Instagram export repeats the account columns at the end, filled on some rows only).
 * `account` is the one account the rows name; with several, none, and a note says which. `watch` sees every row
 * below the header as it streams.
 */
export async function readWithAccount(
  table: ExportTable, header: { row: number; cells: string[] }, layout: PostLayout, ctx: ReadContext, names: string[],
  watch?: (row: ExportRow) => void,
): Promise<{ reading: PostReading; account?: string }> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const at = header.cells.flatMap((h, i) => (wanted.has(h.replace(/^\ufeff/, '').trim().toLowerCase()) ? [i] : []));
  const accounts = new Set<string>();
  let position = -1;
  const watched: ExportTable = {
    ...table,
    rows: async function* (): AsyncGenerator<ExportRow> {
      for await (const row of table.rows()) {
        position++;
        if (position > header.row) {
          const name = at.map((i) => row.cells[i]?.trim() ?? '').find((c) => c !== '');
          if (name) accounts.add(name);
          watch?.(row);
        }
        yield row;
      }
    },
  };
  const reading = await readPostTable(watched, header, layout, ctx);
  if (accounts.size <= 1) return { reading, ...(accounts.size === 1 ? { account: [...accounts][0]! } : {}) };
  // The first few names are enough to say what the file mixes.
  const named = [...accounts].slice(0, 5).join(', ') + (accounts.size > 5 ? ', …' : '');
  const note: ImportNote = { key: 'note.several-accounts', args: { count: accounts.size, accounts: named }, level: 'warning' };
  return { reading: { ...reading, notes: [...reading.notes, note] } };
}

/** What Business Suite writes in `Date` on every row of a Content export: the figures are the post's lifetime totals. */
const LIFETIME = ['Lifetime', 'Livstid'];

/**
 * Reads a Business Suite Content export: its posts, the account its rows name (`accountColumns`), a warning when
 * some row's `Date` is not "Lifetime" (figures of a day, not of the post's life), and the breakdown columns big
 * exports add ("3-second video views by top audience…", one per audience) listed as ignored rather than unknown.
 */
async function readContent(format: ExportFormat, layout: PostLayout, accountColumns: string[], table: ExportTable,
  header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const dateAt = columnIndexes(header.cells, { date: ['Date', 'Datum'] }).get('date');
  let notLifetime = 0;
  const lifetime = new Set(LIFETIME.map((l) => l.toLowerCase()));
  const { reading, account } = await readWithAccount(table, header, layout, ctx, accountColumns, (row) => {
    const cell = dateAt === undefined ? '' : (row.cells[dateAt] ?? '').trim().toLowerCase();
    if (cell !== '' && !lifetime.has(cell)) notLifetime++;
  });
  const breakdown = reading.unknownColumns.filter((c) => BREAKDOWN.test(c));
  const lifetimeNote: ImportNote = { key: 'note.not-lifetime', args: { count: notLifetime }, level: 'warning' };
  const notes = notLifetime > 0 ? [...reading.notes, lifetimeNote] : reading.notes;
  return postContribution(table, format, {
    ...reading,
    notes,
    unknownColumns: reading.unknownColumns.filter((c) => !BREAKDOWN.test(c)),
    ignoredColumns: [...reading.ignoredColumns, ...breakdown.map((column) => ({ column, why: 'ignored.breakdown' }))],
  }, account);
}

/** The per-audience and per-country breakdown columns of big Facebook exports (English and Swedish UI). */
const BREAKDOWN = /^(3-second video views by |3-sekunders videovisningar efter )/i;

/** The file name Business Suite gives a Content export: `Mar-01-2026_Mar-31-2026_7302958164420385.csv`, often prefixed by the user. */
const CONTENT_NAME = /[A-Z][a-z]{2}-\d{2}-\d{4}_[A-Z][a-z]{2}-\d{2}-\d{4}_\d{10,20}\.csv$/i;

/** Columns both Content exports share, in the English and Swedish UIs (docs/IMPORT.md). */
const SHARED_COLUMNS: PostLayout['columns'] = {
  id: ['Post ID', 'Publicerings-id'],
  date: ['Publish time', 'Publiceringstid'],
  type: ['Post type', 'Inläggstyp'],
  impressions: ['Views', 'Visningar'],
  reach: ['Reach', 'Räckvidd'],
  comments: ['Comments', 'Kommentarer'],
  shares: ['Shares', 'Delningar'],
};

const SHARED_IGNORED: Record<string, string> = {
  Description: 'ignored.post-text', Beskrivning: 'ignored.post-text',
  'Duration (sec)': 'ignored.duration', 'Varaktighet (sek)': 'ignored.duration',
  Permalink: 'ignored.post-address', Permalänk: 'ignored.post-address',
  'Data comment': 'ignored.data-comment', Datakommentar: 'ignored.data-comment',
  Date: 'ignored.lifetime', Datum: 'ignored.lifetime',
};

/**
 * Facebook Page, Content export (Business Suite › Insights › Content › Export data). One row per post published in
 * the range, lifetime figures. `Views` are the displays of the post (Meta's successor of impressions); clicks are
 * the link clicks only (docs/METHODOLOGY.md §10).
 */
export const FACEBOOK_CONTENT_LAYOUT: PostLayout = {
  columns: {
    ...SHARED_COLUMNS,
    reactions: ['Reactions', 'Reaktioner'],
    clicks: ['Link Clicks', 'Länkklick'],
  },
  ignored: {
    ...SHARED_IGNORED,
    'Page ID': 'ignored.account-id', 'Sid-id': 'ignored.account-id',
    'Page name': 'ignored.account-name', Sidnamn: 'ignored.account-name',
    Title: 'ignored.post-text', Titel: 'ignored.post-text',
    'Caption type': 'ignored.caption-type', 'Typ av undertext': 'ignored.caption-type',
    'Is crosspost': 'ignored.crosspost', 'Är korspublicering': 'ignored.crosspost',
    'Is share': 'ignored.crosspost', Delat: 'ignored.crosspost',
    Languages: 'ignored.languages', Språk: 'ignored.languages',
    'Custom labels': 'ignored.labels', 'Anpassade etiketter': 'ignored.labels',
    'Funded content status': 'ignored.funded-status', 'Status för betalinnehåll': 'ignored.funded-status',
    'Reactions, Comments and Shares': 'ignored.sum-of-columns', 'Reaktioner, kommentarer och delningar': 'ignored.sum-of-columns',
    'Total clicks': 'ignored.total-clicks', 'Totalt antal klick': 'ignored.total-clicks',
    'Other Clicks': 'ignored.other-clicks', 'Övriga klick': 'ignored.other-clicks',
    'Matched Audience Targeting Consumption (Photo Click)': 'ignored.photo-clicks',
    'Konsumtion av matchad målgruppsinriktning (Photo Click)': 'ignored.photo-clicks',
    'Approximate content monetization earnings': 'ignored.earnings', 'Uppskattade intäkter från monetarisering av innehåll': 'ignored.earnings',
    'Estimated earnings (USD)': 'ignored.earnings', 'Beräknade intäkter (USD)': 'ignored.earnings',
    'Ad CPM (USD)': 'ignored.ads', 'Annonsens CPM (USD)': 'ignored.ads',
    'Ad impressions': 'ignored.ads', Annonsexponeringar: 'ignored.ads',
    'Negative feedback from users': 'ignored.negative-feedback', 'Negativ feedback från användare': 'ignored.negative-feedback',
    'Unique negative feedback from users': 'ignored.negative-feedback',
    'Negative feedback from users: Hide all': 'ignored.negative-feedback',
    'Unique negative feedback from users: Hide all': 'ignored.negative-feedback',
    'Negative feedback from users: Hide': 'ignored.negative-feedback',
    'Unique negative feedback from users: Hide': 'ignored.negative-feedback',
    'Seconds viewed': 'ignored.seconds-viewed', 'Sekunder visad': 'ignored.seconds-viewed',
    'Average Seconds viewed': 'ignored.seconds-viewed', 'Genomsnittlig visningstid i Sekunder': 'ignored.seconds-viewed',
  },
  date: 'MM/DD/YYYY',
  ragged: true,
};

/**
 * Instagram, Content export (Business Suite › Insights › Content › Export data, Instagram selected). Its 18
 * columns run Likes, Shares, Follows, Comments, Saves; a multi-account export repeats the three account columns
 * at the end in English, filled on some rows, and stops other rows at 18 cells.
 */
export const INSTAGRAM_CONTENT_LAYOUT: PostLayout = {
  columns: {
    ...SHARED_COLUMNS,
    reactions: ['Likes', 'Gilla-markeringar'],
    saves: ['Saves', 'Sparade objekt'],
  },
  ignored: {
    ...SHARED_IGNORED,
    'Account ID': 'ignored.account-id', 'Konto-id': 'ignored.account-id',
    'Account username': 'ignored.account-name', 'Kontots användarnamn': 'ignored.account-name',
    'Account name': 'ignored.account-name', Kontonamn: 'ignored.account-name',
    Follows: 'ignored.follows', Följer: 'ignored.follows',
  },
  date: 'MM/DD/YYYY',
  ragged: true,
};

export const FACEBOOK_CONTENT: ExportFormat = {
  id: 'meta-facebook-content',
  platform: 'facebook',
  title: 'format.meta-facebook-content',
  signature: {
    names: [CONTENT_NAME],
    headers: [['Post ID', 'Publicerings-id'], ['Page ID', 'Sid-id'], ['Publish time', 'Publiceringstid']],
  },
  provides: ['posts', 'medianPostReach', 'impressions', 'reactions', 'comments', 'shares', 'clicks', 'postsWith'],
  read: (table, header, ctx) => readContent(FACEBOOK_CONTENT, FACEBOOK_CONTENT_LAYOUT, ['Page name', 'Sidnamn'], table, header, ctx),
  messages: META_MESSAGES,
};

export const INSTAGRAM_CONTENT: ExportFormat = {
  id: 'meta-instagram-content',
  platform: 'instagram',
  title: 'format.meta-instagram-content',
  signature: {
    names: [CONTENT_NAME],
    headers: [['Post ID', 'Publicerings-id'], ['Account ID', 'Konto-id'], ['Publish time', 'Publiceringstid']],
  },
  provides: ['posts', 'medianPostReach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'postsWith'],
  read: (table, header, ctx) => readContent(INSTAGRAM_CONTENT, INSTAGRAM_CONTENT_LAYOUT, ['Account username', 'Kontots användarnamn'], table, header, ctx),
  messages: META_MESSAGES,
};

/**
 * A page-level download of one metric (Business Suite › Insights › Overview, a chart's download): UTF-16, `sep=,`,
 * the metric's title, then `"Date","Primary"` and one row a day. Recognised, so that a folder holding one is not
 * refused, and not read: a daily curve of one figure for the whole page says nothing of the posts.
 */
export const PAGE_METRIC: ExportFormat = {
  id: 'meta-page-metric',
  title: 'format.meta-page-metric',
  // Row 2 under `sep=,` and the title; row 1 if a reader took the `sep=,` line as the directive it is.
  signature: { headerRows: [2, 1], headers: [['Date'], ['Primary']] },
  provides: [],
  skipped: 'skipped.page-metric',
  messages: META_MESSAGES,
};

export const META_FORMATS: readonly ExportFormat[] = [FACEBOOK_CONTENT, INSTAGRAM_CONTENT, PAGE_METRIC];
