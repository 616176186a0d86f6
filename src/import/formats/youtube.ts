/**
 * YouTube Studio's Analytics export (Advanced mode → Export current view → Comma-separated values): a ZIP named
 * `Content <first day>_<last day> <Channel>.zip` holding `Table data.csv`, `Chart data.csv` and `Totals.csv`
 * (docs/IMPORT.md, YouTube Studio; research: platform-exports.md §4).
 *
 * `Table data.csv` is read. Its rows are NOT lifetime figures of each video: each row holds what a video did
 * during the export's date range (older videos included), and the `Total` row under the header is the channel's
 * total for that range. So the figures are period totals, the Total row is the one taken (the video rows are
 * checked against it), and `posts` counts the videos published within the range.
 */
import type { Dictionary } from '../../i18n/translate.js';
import type { Metrics, Period } from '../../model/brand.js';
import { validDate } from '../dates.js';
import { inWords } from '../dates-localised.js';
import type { Contribution, ExportFormat, ExportTable, ImportNote, ReadContext } from '../model.js';
import { parseNumber, readPostTable, type PostLayout } from '../posts.js';

const messages = {
  en: {
    'format.table': 'YouTube Studio, table data (figures per video over the export’s dates)',
    'format.chart': 'YouTube Studio, chart data (one metric per video per day)',
    'format.totals': 'YouTube Studio, totals (one metric per day)',
    'skipped.chart': 'the same figures per day for the chart’s one metric; Table data.csv of the same ZIP holds them for the whole range, per video, with its Total row: import that file',
    'skipped.totals': 'the chart’s one metric per day for the whole channel; Table data.csv of the same ZIP holds the same totals with the other metrics: import that file',
    'ignored.title': 'the video’s title',
    'ignored.duration': 'the video’s length, not an audience figure',
    'ignored.views': 'plays of the video, not displays: a view follows a click on the thumbnail (impressions) or a play outside YouTube; smscore takes the thumbnail impressions',
    'ignored.watch-time': 'time watched: no smscore KPI uses it',
    'ignored.subscribers': 'a net change in subscribers over the range (it can be negative), not a count: follower growth needs the subscriber count at the start and at the end, which this export does not give (type them by hand from Studio’s Overview)',
    'ignored.ctr': 'the share of thumbnail impressions that led to a view on YouTube: not a click on a link, so not the click-through rate of smscore (link clicks ÷ impressions)',
    'ignored.retention': 'how much of the video was watched, and for how long: no smscore KPI uses it',
    'ignored.viewers': 'viewers counted by YouTube’s own estimate (blank on video rows): people who watched, not people the videos were shown to, so not comparable with other platforms’ reach',
    'ignored.revenue': 'the channel’s earnings from YouTube, not the brand’s revenue from its campaigns',
    'ignored.dislikes': 'dislikes: smscore counts reactions as applause only',
    'note.total-checked': 'the video rows add up to the Total row ({columns})',
    'note.total-differs': 'the video rows add up to {rows} for “{column}”, the Total row says {total}: the Total row is kept, as it counts every video of the channel, while Studio lists at most about 500 rows in an export (and leaves out rejected rows)',
    'note.no-total': 'no Total row (was the file re-saved by a spreadsheet?): the figures are the sums of the video rows',
    'note.posts': inWords('en', '{posts} of {videos} videos were published within {start} → {end} and are counted as posts; the others are older videos whose activity within the range is in the figures',
      { count: 'posts', template: '{posts} of {videos} videos was published within {start} → {end} and is counted as a post; the others are older videos whose activity within the range is in the figures' }),
    'note.posts-truncated': 'the export is truncated, so videos published within the range may be missing from it: the post count ({posts}) may be too low; export a shorter range to get every video',
    'note.no-publish-time': inWords('en', '{count} videos have no publish time (private or removed videos): their activity is in the figures, they are not counted as posts',
      { count: 'count', template: 'one video has no publish time (a private or removed video): its activity is in the figures, it is not counted as a post' }),
    'note.no-range': 'the dates the export covers are in the ZIP’s name, not in Table data.csv, and no period was given: the post count is left out',
    'warning.range-unknown': inWords('en', 'Table data.csv given alone does not say which dates it covers (the ZIP’s name does): its figures are taken as those of the period {start} → {end}; check that Studio’s date range was the same, or give the ZIP as downloaded'),
    'warning.range-differs': inWords('en', 'the export covers {start} → {end} (from the ZIP’s name) but the period imported is {periodStart} → {periodEnd}: its figures are those of {start} → {end}, not of the period; export the period’s dates in Studio'),
  },
  fr: {
    'format.table': 'YouTube Studio, données du tableau (chiffres par vidéo sur les dates de l’export)',
    'format.chart': 'YouTube Studio, données du graphique (une statistique par vidéo et par jour)',
    'format.totals': 'YouTube Studio, totaux (une statistique par jour)',
    'skipped.chart': 'les mêmes chiffres, jour par jour, pour la seule statistique du graphique\u202f; Table data.csv, dans le même ZIP, les donne pour toute la plage, vidéo par vidéo, avec sa ligne Total\u00a0: importez ce fichier',
    'skipped.totals': 'la seule statistique du graphique, jour par jour, pour toute la chaîne\u202f; Table data.csv, dans le même ZIP, donne les mêmes totaux avec les autres statistiques\u00a0: importez ce fichier',
    'ignored.title': 'le titre de la vidéo',
    'ignored.duration': 'la durée de la vidéo, pas un chiffre d’audience',
    'ignored.views': 'des lectures de la vidéo, pas des affichages\u00a0: une vue suit un clic sur la miniature (les impressions) ou une lecture hors de YouTube\u202f; smscore retient les impressions de miniatures',
    'ignored.watch-time': 'la durée de visionnage\u00a0: aucun indicateur de smscore ne l’utilise',
    'ignored.subscribers': 'une variation nette des abonnés sur la plage (elle peut être négative), pas un nombre d’abonnés\u00a0: la croissance demande le nombre d’abonnés au début et à la fin, que cet export ne donne pas (saisissez-les à la main depuis la vue d’ensemble de Studio)',
    'ignored.ctr': 'la part des impressions de miniatures suivies d’une vue sur YouTube\u00a0: pas un clic sur un lien, donc pas le taux de clic de smscore (clics sur les liens ÷ impressions)',
    'ignored.retention': 'la part de la vidéo regardée et la durée moyenne de visionnage\u00a0: aucun indicateur de smscore ne les utilise',
    'ignored.viewers': 'une estimation par YouTube du nombre de spectateurs (vide sur les lignes des vidéos)\u00a0: les personnes qui ont regardé, pas celles à qui les vidéos ont été montrées, donc pas comparable à la portée des autres plateformes',
    'ignored.revenue': 'les revenus de la chaîne sur YouTube, pas le chiffre d’affaires que la marque tire de ses campagnes',
    'ignored.dislikes': 'les «\u00a0Je n’aime pas\u00a0»\u00a0: smscore ne compte comme réactions que les marques d’approbation',
    'note.total-checked': 'la somme des lignes des vidéos est égale à la ligne Total ({columns})',
    'note.total-differs': 'les lignes des vidéos totalisent {rows} pour «\u00a0{column}\u00a0», la ligne Total indique {total}\u00a0: la ligne Total est retenue, car elle compte toutes les vidéos de la chaîne, alors que Studio n’exporte qu’environ 500 lignes au plus (et les lignes rejetées n’y sont pas)',
    'note.no-total': 'pas de ligne Total (le fichier a-t-il été réenregistré par un tableur\u202f?)\u00a0: les chiffres sont les sommes des lignes des vidéos',
    'note.posts': inWords('fr', '{posts} vidéos sur {videos} ont été publiées du {start} au {end} et comptent comme publications\u202f; les autres sont des vidéos plus anciennes, dont l’activité sur la plage figure dans les chiffres',
      { count: 'posts', template: '{posts} vidéo sur {videos} a été publiée du {start} au {end} et compte comme publication\u202f; les autres sont des vidéos plus anciennes, dont l’activité sur la plage figure dans les chiffres' }),
    'note.posts-truncated': 'l’export est tronqué, des vidéos publiées sur la plage peuvent donc y manquer\u00a0: le nombre de publications ({posts}) peut être trop bas\u202f; exportez une plage plus courte pour avoir toutes les vidéos',
    'note.no-publish-time': inWords('fr', '{count} vidéos n’ont pas de date de publication (vidéos privées ou supprimées)\u00a0: leur activité figure dans les chiffres, elles ne comptent pas comme publications',
      { count: 'count', template: 'une vidéo n’a pas de date de publication (vidéo privée ou supprimée)\u00a0: son activité figure dans les chiffres, elle ne compte pas comme publication' }),
    'note.no-range': 'les dates couvertes par l’export figurent dans le nom du ZIP, pas dans Table data.csv, et aucune période n’a été donnée\u00a0: le nombre de publications n’est pas repris',
    'warning.range-unknown': inWords('fr', 'Table data.csv seul ne dit pas quelles dates il couvre (le nom du ZIP le dit)\u00a0: ses chiffres sont pris pour ceux de la période du {start} au {end}\u202f; vérifiez que la plage choisie dans Studio était la même, ou donnez le ZIP tel que téléchargé'),
    'warning.range-differs': inWords('fr', 'l’export couvre du {start} au {end} (d’après le nom du ZIP), mais la période importée va du {periodStart} au {periodEnd}\u00a0: ses chiffres sont ceux du {start} au {end}, pas ceux de la période\u202f; exportez les dates de la période dans Studio'),
  },
} satisfies Dictionary;


/** Current Studio names the impression columns "Thumbnail …"; exports with the older names are still made: both are read. */
export const IMPRESSIONS = ['Impressions', 'Thumbnail impressions'];
const CTR = ['Impressions click-through rate (%)', 'Thumbnail click-through rate (%)'];

/** The figures taken, by header name. */
const LAYOUT: PostLayout = {
  columns: {
    id: ['Content'],
    date: ['Video publish time'],
    impressions: IMPRESSIONS,
    reactions: ['Likes'],
    comments: ['Comments added'],
    shares: ['Shares'],
  },
  ignored: {
    'Video title': 'ignored.title',
    Duration: 'ignored.duration',
    Views: 'ignored.views',
    'Engaged views': 'ignored.views',
    'YouTube Premium views': 'ignored.views',
    'Watch time (hours)': 'ignored.watch-time',
    Subscribers: 'ignored.subscribers',
    'Subscribers gained': 'ignored.subscribers',
    'Subscribers lost': 'ignored.subscribers',
    'Post subscribers': 'ignored.subscribers',
    ...Object.fromEntries(CTR.map((c) => [c, 'ignored.ctr'])),
    'Average view duration': 'ignored.retention',
    'Average percentage viewed (%)': 'ignored.retention',
    'Stayed to watch (%)': 'ignored.retention',
    'Unique viewers': 'ignored.viewers',
    'New viewers': 'ignored.viewers',
    'Returning viewers': 'ignored.viewers',
    'Regular viewers': 'ignored.viewers',
    'Casual viewers': 'ignored.viewers',
    'Average views per viewer': 'ignored.viewers',
    'Estimated revenue (USD)': 'ignored.revenue',
    Dislikes: 'ignored.dislikes',
    'Likes (vs. dislikes) (%)': 'ignored.dislikes',
  },
  date: 'Mon D, YYYY',
};

/** Period totals this export gives, by the name the brand file uses. */
const SUMMED = ['impressions', 'reactions', 'comments', 'shares'] as const;

/**
 * The export's dates and channel, from the ZIP's name `Content 2026-01-01_2026-03-31 Maison Lumière.zip` (a
 * browser's " (1)" for a second download is dropped). Undefined when the table did not come from such a ZIP.
 */
export function youtubeContainer(container: string | undefined): { range: Period; channel: string } | undefined {
  const m = container ? /^Content (\d{4})-(\d{2})-(\d{2})_(\d{4})-(\d{2})-(\d{2}) (.+?)(?: \(\d+\))?(?:\.zip)?$/i.exec(container.trim()) : null;
  if (!m) return undefined;
  const start = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const end = validDate(Number(m[4]), Number(m[5]), Number(m[6]));
  if (!start || !end || end < start) return undefined;
  return { range: { start, end }, channel: m[7]!.trim() };
}

async function readTable(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  // The Total row is passed over as a video and kept aside: it is the figure taken.
  let totalRow: Partial<Record<(typeof SUMMED)[number], string>> | undefined;
  const reading = await readPostTable(table, header, {
    ...LAYOUT,
    skip: (cell) => {
      if (cell('id')?.toLowerCase() !== 'total') return false;
      totalRow = Object.fromEntries(SUMMED.map((k) => [k, cell(k)]));
      return true;
    },
  }, { today: ctx.today }); // no period: every row is activity within the export's range, whenever the video was published
  const notes: ImportNote[] = [...reading.notes];
  const found = new Set(reading.found);
  const videos = reading.posts;
  const totals: Metrics = {};
  let truncated = false;
  const agreed: string[] = [];
  for (const k of SUMMED) {
    if (!found.has(k)) continue;
    const column = header.cells[headerIndex(header.cells, k)]?.trim() ?? k;
    const sum = videos.reduce((s, v) => s + (v[k] ?? 0), 0);
    const total = totalRow?.[k] !== undefined && totalRow[k] !== '' ? parseNumber(totalRow[k]!) : undefined;
    if (total === undefined) {
      totals[k] = sum;
      continue;
    }
    totals[k] = total;
    if (Math.abs(sum - total) < 1e-6) agreed.push(column);
    else {
      truncated = true;
      notes.push({ key: 'note.total-differs', args: { column, rows: sum, total }, level: 'warning' });
    }
  }
  if (!totalRow) notes.push({ key: 'note.no-total', level: 'warning' });
  else if (agreed.length > 0) notes.push({ key: 'note.total-checked', args: { columns: agreed.join(', ') } });

  // Posts: the videos published within the export's range (else the period imported).
  const named = youtubeContainer(table.container);
  const range = named?.range ?? ctx.period;
  if (named && ctx.period && (named.range.start !== ctx.period.start || named.range.end !== ctx.period.end)) {
    notes.push({ key: 'warning.range-differs', args: { ...named.range, periodStart: ctx.period.start, periodEnd: ctx.period.end }, level: 'warning' });
  } else if (!named && ctx.period) {
    notes.push({ key: 'warning.range-unknown', args: { ...ctx.period }, level: 'warning' });
  }
  const undated = videos.filter((v) => v.date === undefined).length;
  if (undated > 0) notes.push({ key: 'note.no-publish-time', args: { count: undated } });
  if (range) {
    totals.posts = videos.filter((v) => v.date !== undefined && v.date >= range.start && v.date <= range.end).length;
    notes.push({ key: 'note.posts', args: { posts: totals.posts, videos: videos.length, ...range } });
    if (truncated) notes.push({ key: 'note.posts-truncated', args: { posts: totals.posts }, level: 'warning' });
  } else {
    notes.push({ key: 'note.no-range', level: 'warning' });
  }
  return {
    table, format: YOUTUBE_TABLE, totals,
    ...(named ? { account: named.channel, span: named.range } : {}),
    rows: reading.rows, kept: reading.kept, outsidePeriod: 0,
    rejected: reading.rejected, missingCells: reading.missingCells, ignoredColumns: reading.ignoredColumns,
    unknownColumns: reading.unknownColumns, notes,
  };
}

function headerIndex(header: readonly string[], k: (typeof SUMMED)[number]): number {
  const names = (LAYOUT.columns[k] ?? []).map((n) => n.toLowerCase());
  return header.findIndex((h) => names.includes(h.replace(/^\ufeff/, '').trim().toLowerCase()));
}

export const YOUTUBE_TABLE: ExportFormat = {
  id: 'youtube-table',
  platform: 'youtube',
  title: 'format.table',
  signature: {
    names: [/^Table data(?: \(\d+\))?\.csv$/i],
    headers: [['Content'], ['Video title'], ['Video publish time'], ['Duration']],
  },
  provides: ['posts', 'impressions', 'reactions', 'comments', 'shares'],
  read: readTable,
  messages,
};

export const YOUTUBE_FORMATS: readonly ExportFormat[] = [
  YOUTUBE_TABLE,
  {
    id: 'youtube-chart',
    platform: 'youtube',
    title: 'format.chart',
    signature: { names: [/^Chart data(?: \(\d+\))?\.csv$/i], headers: [['Date'], ['Content'], ['Video title'], ['Video publish time']] },
    provides: [],
    skipped: 'skipped.chart',
    messages,
  },
  {
    id: 'youtube-totals',
    platform: 'youtube',
    title: 'format.totals',
    signature: {
      names: [/^Totals(?: \(\d+\))?\.csv$/i],
      // Date and one of Studio's own metric names (Impressions, Likes, Shares, Comments are left out: X's and TikTok's
      // daily files have them too).
      headers: [['Date'], ['Views', 'Watch time (hours)', 'Subscribers', 'Thumbnail impressions', ...CTR, 'Average view duration', 'Unique viewers', 'Estimated revenue (USD)', 'Comments added']],
    },
    provides: [],
    skipped: 'skipped.totals',
    messages,
  },
];
