/**
 * TikTok Studio's analytics exports (Analytics → a tab → Download data): one ZIP per tab, `Content_<handle>.zip`
 * (Content.csv), `Overview_<first day>_<epoch>_<handle>.zip` (Overview.csv), `Followers_<handle>.zip`
 * (FollowerHistory.csv and three audience files), `Viewers_<handle>.zip` (docs/IMPORT.md, TikTok Studio;
 * research: platform-exports.md §5).
 *
 * Headers are English whatever the interface's language, but dates are a month name and a day WITHOUT a year, in
 * that language ("February 28", "28 mai", "9月13日"): ../dates-localised.ts reads them and infers the year.
 */
import type { Dictionary } from '../../i18n/translate.js';
import type { Metrics, Period } from '../../model/brand.js';
import { spanOf, validDate } from '../dates.js';
import { inWords, onOrBefore, parseMonthDay, yearsBackward, yearsForward, type MonthDay } from '../dates-localised.js';
import type { Contribution, ExportFormat, ExportTable, ImportNote, ReadContext, RowProblem } from '../model.js';
import { columnIndexes, parseNumber, postContribution, readPostTable, sortHeader, type PostLayout } from '../posts.js';

const messages = {
  en: {
    'format.content': 'TikTok Studio, content (lifetime figures per video)',
    'format.overview': 'TikTok Studio, overview (the account’s figures per day)',
    'format.follower-history': 'TikTok Studio, follower history (followers per day)',
    'format.follower-activity': 'TikTok Studio, follower activity (followers online per hour)',
    'format.follower-gender': 'TikTok Studio, followers by gender',
    'format.follower-territories': 'TikTok Studio, followers by territory',
    'format.viewers': 'TikTok Studio, viewers per day',
    'skipped.follower-activity': 'when followers are online, hour by hour: a guide to posting times, not a figure of the period',
    'skipped.follower-gender': 'the followers’ split by gender: it describes the audience, smscore does not score it',
    'skipped.follower-territories': 'the followers’ split by country: it describes the audience, smscore does not score it',
    'skipped.viewers': 'people who watched, per day, by TikTok’s estimate: a person who watched on two days is counted on both, so the days cannot be added up into the period’s reach',
    'ignored.time': 'the date of the export, the same on every row (it dates the posts’ days, which have no year)',
    'ignored.title': 'the video’s caption',
    'ignored.profile-views': 'visits to the account’s profile: no smscore KPI uses them',
    'ignored.new-followers': 'followers gained per day: follower growth needs the follower count at the start and at the end of the period, which FollowerHistory.csv (in the Followers ZIP) gives',
    'ignored.difference': 'the day’s change in followers: the running count beside it is taken',
    'note.content-year-file': inWords('en', 'post times have no year: each is given the year that puts it on or before the export date, {date} (the Time column, dated by the file’s own date)'),
    'note.content-year-today': inWords('en', 'post times have no year: each is given the year that puts it on or before the export date, {date} (the Time column, dated by today’s date)'),
    'note.year-zip': inWords('en', 'the dates have no year: the first day, {first}, comes from the ZIP’s name, and the year changes where the month goes back'),
    'note.year-file': inWords('en', 'the dates have no year: the last one is given the year that puts it on or before {anchor}, the file’s own date, and the earlier ones follow, going back'),
    'note.year-today': inWords('en', 'the dates have no year: the last one is given the year that puts it on or before today, {anchor}, and the earlier ones follow, going back'),
    'warning.partial-period': inWords('en', 'the export covers {start} → {end}, only part of the period {periodStart} → {periodEnd}: its totals are those of {days} days; download the period’s dates in TikTok Studio',
      { count: 'days', template: 'the export covers {start} → {end}, only part of the period {periodStart} → {periodEnd}: its totals are those of one day; download the period’s dates in TikTok Studio' }),
    'warning.missing-days': inWords('en', '{count} days have no figure for “{column}”: its total counts only the days that have one',
      { count: 'count', template: 'one day has no figure for “{column}”: its total counts only the days that have one' }),
    'warning.followers-start': inWords('en', 'the follower count at the start is that of {date}, the first day of the period the export gives one for'),
    'warning.followers-end': inWords('en', 'the follower count at the end is that of {date}, the last day of the period the export gives one for'),
    'warning.no-followers': 'no day of the period has a follower count: nothing is taken',
  },
  fr: {
    'format.content': 'TikTok Studio, contenu (chiffres cumulés par vidéo)',
    'format.overview': 'TikTok Studio, vue d’ensemble (chiffres du compte par jour)',
    'format.follower-history': 'TikTok Studio, historique des abonnés (abonnés par jour)',
    'format.follower-activity': 'TikTok Studio, activité des abonnés (abonnés en ligne par heure)',
    'format.follower-gender': 'TikTok Studio, abonnés par genre',
    'format.follower-territories': 'TikTok Studio, abonnés par pays',
    'format.viewers': 'TikTok Studio, spectateurs par jour',
    'skipped.follower-activity': 'les heures où les abonnés sont en ligne\u00a0: un repère pour choisir quand publier, pas un chiffre de la période',
    'skipped.follower-gender': 'la répartition des abonnés par genre\u00a0: elle décrit l’audience, smscore ne la note pas',
    'skipped.follower-territories': 'la répartition des abonnés par pays\u00a0: elle décrit l’audience, smscore ne la note pas',
    'skipped.viewers': 'les personnes qui ont regardé, jour par jour, selon l’estimation de TikTok\u00a0: qui a regardé deux jours est compté deux fois, on ne peut donc pas additionner les jours pour obtenir la portée de la période',
    'ignored.time': 'la date de l’export, la même sur chaque ligne (elle sert à dater les jours des publications, qui n’ont pas d’année)',
    'ignored.title': 'la légende de la vidéo',
    'ignored.profile-views': 'les visites du profil du compte\u00a0: aucun indicateur de smscore ne les utilise',
    'ignored.new-followers': 'les abonnés gagnés chaque jour\u00a0: la croissance demande le nombre d’abonnés au début et à la fin de la période, que donne FollowerHistory.csv (dans le ZIP Followers)',
    'ignored.difference': 'la variation d’un jour à l’autre\u00a0: c’est le nombre d’abonnés, dans la colonne voisine, qui est retenu',
    'note.content-year-file': inWords('fr', 'les dates de publication n’ont pas d’année\u00a0: chacune est rattachée à l’année qui la situe au plus tard à la date de l’export, le {date} (colonne Time, datée d’après la date du fichier)'),
    'note.content-year-today': inWords('fr', 'les dates de publication n’ont pas d’année\u00a0: chacune est rattachée à l’année qui la situe au plus tard à la date de l’export, le {date} (colonne Time, datée d’après la date du jour)'),
    'note.year-zip': inWords('fr', 'les dates n’ont pas d’année\u00a0: le premier jour, le {first}, vient du nom du ZIP, et l’année change là où le mois revient en arrière'),
    'note.year-file': inWords('fr', 'les dates n’ont pas d’année\u00a0: la dernière est rattachée à l’année qui la situe au plus tard le {anchor}, date du fichier, et les années des précédentes s’en déduisent en remontant'),
    'note.year-today': inWords('fr', 'les dates n’ont pas d’année\u00a0: la dernière est rattachée à l’année qui la situe au plus tard aujourd’hui, le {anchor}, et les années des précédentes s’en déduisent en remontant'),
    'warning.partial-period': inWords('fr', 'l’export couvre du {start} au {end}, une partie seulement de la période du {periodStart} au {periodEnd}\u00a0: ses totaux sont ceux de {days} jours\u202f; téléchargez les dates de la période dans TikTok Studio',
      { count: 'days', template: 'l’export couvre du {start} au {end}, une partie seulement de la période du {periodStart} au {periodEnd}\u00a0: ses totaux sont ceux d’un seul jour\u202f; téléchargez les dates de la période dans TikTok Studio' }),
    'warning.missing-days': inWords('fr', '{count} jours n’ont pas de chiffre pour «\u00a0{column}\u00a0»\u00a0: son total ne compte que les jours qui en ont un',
      { count: 'count', template: 'un jour n’a pas de chiffre pour «\u00a0{column}\u00a0»\u00a0: son total ne compte que les jours qui en ont un' }),
    'warning.followers-start': inWords('fr', 'le nombre d’abonnés au début est celui du {date}, premier jour de la période pour lequel l’export en donne un'),
    'warning.followers-end': inWords('fr', 'le nombre d’abonnés à la fin est celui du {date}, dernier jour de la période pour lequel l’export en donne un'),
    'warning.no-followers': 'aucun jour de la période n’a de nombre d’abonnés\u00a0: rien n’est repris',
  },
} satisfies Dictionary;


/** Cells TikTok writes for a day without data. */
const BLANKS = ['undefined'];

/** What a TikTok ZIP's name says: `Overview_2026-01-01_1767312000_maisonlumiere.zip`, `Content_maisonlumiere.zip`. */
export function tiktokContainer(container: string | undefined): { first?: string; handle?: string } {
  const name = (container ?? '').trim().replace(/(?: \(\d+\))?\.zip$/i, '');
  const overview = /^Overview_(\d{4})-(\d{2})-(\d{2})_\d+_([\w.]+)$/i.exec(name);
  if (overview) {
    const first = validDate(Number(overview[1]), Number(overview[2]), Number(overview[3]));
    return { ...(first ? { first } : {}), handle: overview[4]! };
  }
  const other = /^(?:Content|Followers|Viewers)_([\w.]+)$/i.exec(name);
  return other ? { handle: other[1]! } : {};
}

/** The day the export was made, as far as the file says: its own date, never after today; else today. */
function exportDay(table: ExportTable, ctx: ReadContext): { day: string; from: 'file' | 'today' } {
  const file = table.modified && !Number.isNaN(table.modified.getTime()) ? table.modified.toISOString().slice(0, 10) : undefined;
  return file && file <= ctx.today ? { day: file, from: 'file' } : { day: ctx.today, from: 'today' };
}

// ------------------------------------------------------------------------------------------------ Content.csv

const CONTENT_LAYOUT: PostLayout = {
  columns: {
    id: ['Video link'],
    date: ['Post time'],
    reactions: ['Total likes'],
    comments: ['Total comments'],
    shares: ['Total shares'],
    // TikTok has no impressions: a view is counted each time the video starts playing, and the feed plays a video as
    // soon as it is on screen, so a view is a display (docs/IMPORT.md, TikTok Studio).
    impressions: ['Total views'],
  },
  ignored: { Time: 'ignored.time', 'Video title': 'ignored.title' },
  blanks: BLANKS,
};

async function readContent(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  // Time, the export date, is the same on every row: the first data row's dates the rest.
  const anchor = exportDay(table, ctx);
  const timeAt = columnIndexes(header.cells, { time: ['Time'] }).get('time');
  const first = table.head.slice(header.row + 1).find((r) => r.cells.some((c) => c.trim() !== ''));
  const time = timeAt !== undefined && first ? parseMonthDay(first.cells[timeAt] ?? '') : undefined;
  const exported = (time && onOrBefore(time, anchor.day)) ?? anchor.day;
  const reading = await readPostTable(table, header, {
    ...CONTENT_LAYOUT,
    date: (raw) => {
      const md = parseMonthDay(raw);
      return md && onOrBefore(md, exported);
    },
  }, ctx);
  let handle = tiktokContainer(table.container).handle;
  for (const post of reading.posts) {
    // Only a TikTok video address gives an id and a handle (letters, digits, _ and .): any other text in the cell
    // is the file's, not an id to show or match on.
    const link = post.id ? /^https?:\/\/(?:www\.)?tiktok\.com\/@([\w.]+)\/video\/(\d{1,25})(?:[/?#]|$)/.exec(post.id) : null;
    if (!link) { delete post.id; continue; }
    post.id = link[2]!;
    handle ??= link[1]!;
  }
  reading.notes.push({ key: anchor.from === 'file' ? 'note.content-year-file' : 'note.content-year-today', args: { date: exported } });
  return postContribution(table, TIKTOK_CONTENT, reading, handle);
}

// ------------------------------------------------------------------------------------------------ daily series

interface Day {
  line: number;
  date: string;
  values: Record<string, number | undefined>;
}

interface Series {
  days: Day[];
  rows: number;
  rejected: RowProblem[];
  missingCells: { line: number; column: string }[];
  ignoredColumns: { column: string; why: string }[];
  unknownColumns: string[];
  notes: ImportNote[];
  /** Header name of each field found. */
  names: Map<string, string>;
}

/**
 * Reads a table of one row per day (Overview.csv, FollowerHistory.csv): the yearless dates get their years from the
 * ZIP's name (forward from the first day) or from the export's date (backward from the last day), then each figure.
 * Rows are kept in memory until the years are known: one per day, a year is 366.
 */
async function readSeries(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext,
  columns: Record<string, string[]>, ignored: Record<string, string>): Promise<Series> {
  const index = columnIndexes<string>(header.cells, { date: ['Date'], ...columns });
  const used = new Set(index.values());
  const names = new Map<string, string>();
  for (const [field, i] of index) names.set(field, header.cells[i]!.replace(/^\ufeff/, '').trim());
  const { ignoredColumns, unknownColumns } = sortHeader(header.cells, used, ignored);
  const width = header.cells.length;
  const dateAt = index.get('date');
  const rejected: RowProblem[] = [];
  const missingCells: { line: number; column: string }[] = [];
  const read: { line: number; md: MonthDay; raw: string; values: Record<string, number | undefined> }[] = [];
  let rows = 0;
  let position = -1;
  rows: for await (const row of table.rows()) {
    position++;
    if (position <= header.row || row.cells.every((c) => c.trim() === '')) continue;
    rows++;
    if (row.cells.length !== width) { rejected.push({ line: row.line, code: 'wrong-cell-count', value: `${row.cells.length}/${width}` }); continue; }
    const raw = dateAt === undefined ? '' : row.cells[dateAt]!.trim();
    const md = parseMonthDay(raw);
    if (!md) { rejected.push({ line: row.line, code: 'bad-date', column: names.get('date') ?? 'Date', value: raw }); continue; }
    const values: Record<string, number | undefined> = {};
    for (const field of Object.keys(columns)) {
      const i = index.get(field);
      if (i === undefined) continue;
      const cell = row.cells[i]!.trim();
      if (cell === '' || BLANKS.includes(cell.toLowerCase())) { missingCells.push({ line: row.line, column: names.get(field)! }); continue; }
      const n = parseNumber(cell);
      if (n === undefined) { rejected.push({ line: row.line, code: 'not-a-number', column: names.get(field)!, value: cell }); continue rows; }
      values[field] = n;
    }
    read.push({ line: row.line, md, raw, values });
  }
  const notes: ImportNote[] = [...table.notes];
  const first = tiktokContainer(table.container).first;
  let dates: (string | undefined)[];
  if (first) {
    dates = yearsForward(read.map((r) => r.md), first);
    notes.push({ key: 'note.year-zip', args: { first } });
  } else {
    const anchor = exportDay(table, ctx);
    dates = yearsBackward(read.map((r) => r.md), anchor.day);
    notes.push({ key: anchor.from === 'file' ? 'note.year-file' : 'note.year-today', args: { anchor: anchor.day } });
  }
  const days: Day[] = [];
  read.forEach((r, i) => {
    const date = dates[i];
    // 29 February in a year that has none.
    if (!date) rejected.push({ line: r.line, code: 'bad-date', column: names.get('date') ?? 'Date', value: r.raw });
    else days.push({ line: r.line, date, values: r.values });
  });
  rejected.sort((a, b) => a.line - b.line);
  return { days, rows, rejected, missingCells, ignoredColumns, unknownColumns, notes, names };
}

function inside(day: Day, period: Period | undefined): boolean {
  return !period || (day.date >= period.start && day.date <= period.end);
}

const daysBetween = (start: string, end: string): number => Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;

// ------------------------------------------------------------------------------------------------ Overview.csv

const OVERVIEW_COLUMNS = { impressions: ['Video Views'], reactions: ['Likes'], comments: ['Comments'], shares: ['Shares'] };

async function readOverview(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const series = await readSeries(table, header, ctx, OVERVIEW_COLUMNS, { 'Profile Views': 'ignored.profile-views', 'New followers': 'ignored.new-followers' });
  const kept = series.days.filter((d) => inside(d, ctx.period));
  const keptLines = new Set(kept.map((d) => d.line));
  const totals: Metrics = {};
  const notes = series.notes;
  for (const field of Object.keys(OVERVIEW_COLUMNS) as (keyof typeof OVERVIEW_COLUMNS)[]) {
    const column = series.names.get(field);
    if (column === undefined) continue;
    // Daily values may be negative (comments deleted): they are added as they are.
    totals[field] = kept.reduce((s, d) => s + (d.values[field] ?? 0), 0);
    const missing = series.missingCells.filter((m) => m.column === column && keptLines.has(m.line)).length;
    if (missing > 0) notes.push({ key: 'warning.missing-days', args: { count: missing, column }, level: 'warning' });
  }
  const span = spanOf(kept.map((d) => d.date));
  if (span && ctx.period && (span.start > ctx.period.start || span.end < ctx.period.end)) {
    notes.push({ key: 'warning.partial-period', args: { ...span, periodStart: ctx.period.start, periodEnd: ctx.period.end, days: daysBetween(span.start, span.end) }, level: 'warning' });
  }
  return {
    table, format: TIKTOK_OVERVIEW, totals, ...(span ? { span } : {}), ...accountOf(table),
    rows: series.rows, kept: kept.length, outsidePeriod: series.days.length - kept.length,
    rejected: series.rejected, missingCells: series.missingCells.filter((m) => keptLines.has(m.line)),
    ignoredColumns: series.ignoredColumns, unknownColumns: series.unknownColumns, notes,
  };
}

function accountOf(table: ExportTable): { account?: string } {
  const handle = tiktokContainer(table.container).handle;
  return handle ? { account: handle } : {};
}

// ------------------------------------------------------------------------------------------------ FollowerHistory.csv

async function readFollowerHistory(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const series = await readSeries(table, header, ctx, { followers: ['Followers'] }, { 'Difference in followers from previous day': 'ignored.difference' });
  const kept = series.days.filter((d) => inside(d, ctx.period));
  const keptLines = new Set(kept.map((d) => d.line));
  const counted = kept.filter((d) => d.values.followers !== undefined);
  const notes = series.notes;
  const totals: Metrics = {};
  const start = counted[0];
  const end = counted[counted.length - 1];
  if (start && end) {
    totals.followers = { start: start.values.followers!, end: end.values.followers! };
    if (ctx.period && start.date !== ctx.period.start) notes.push({ key: 'warning.followers-start', args: { date: start.date }, level: 'warning' });
    if (ctx.period && end.date !== ctx.period.end) notes.push({ key: 'warning.followers-end', args: { date: end.date }, level: 'warning' });
  } else {
    notes.push({ key: 'warning.no-followers', level: 'warning' });
  }
  const span = spanOf(kept.map((d) => d.date));
  return {
    table, format: TIKTOK_FOLLOWER_HISTORY, totals, ...(span ? { span } : {}), ...accountOf(table),
    rows: series.rows, kept: kept.length, outsidePeriod: series.days.length - kept.length,
    rejected: series.rejected, missingCells: series.missingCells.filter((m) => keptLines.has(m.line)),
    ignoredColumns: series.ignoredColumns, unknownColumns: series.unknownColumns, notes,
  };
}

// ------------------------------------------------------------------------------------------------ the formats

export const TIKTOK_CONTENT: ExportFormat = {
  id: 'tiktok-content',
  platform: 'tiktok',
  title: 'format.content',
  signature: {
    names: [/^Content(?: \(\d+\))?\.csv$/i],
    headers: [['Time'], ['Video title'], ['Video link'], ['Post time'], ['Total likes'], ['Total comments'], ['Total shares'], ['Total views']],
  },
  provides: ['posts', 'impressions', 'reactions', 'comments', 'shares'],
  read: readContent,
  messages,
};

export const TIKTOK_OVERVIEW: ExportFormat = {
  id: 'tiktok-overview',
  platform: 'tiktok',
  title: 'format.overview',
  signature: {
    names: [/^Overview(?: \(\d+\))?\.(?:csv|xlsx)$/i],
    sheets: ['Overview'],
    headers: [['Date'], ['Video Views'], ['Profile Views'], ['Likes'], ['Comments'], ['Shares']],
  },
  provides: ['impressions', 'reactions', 'comments', 'shares'],
  read: readOverview,
  messages,
};

export const TIKTOK_FOLLOWER_HISTORY: ExportFormat = {
  id: 'tiktok-follower-history',
  platform: 'tiktok',
  title: 'format.follower-history',
  signature: {
    names: [/^FollowerHistory(?: \(\d+\))?\.csv$/i],
    headers: [['Date'], ['Followers'], ['Difference in followers from previous day']],
  },
  provides: ['followers'],
  read: readFollowerHistory,
  messages,
};

export const TIKTOK_FORMATS: readonly ExportFormat[] = [
  TIKTOK_CONTENT,
  TIKTOK_OVERVIEW,
  TIKTOK_FOLLOWER_HISTORY,
  {
    id: 'tiktok-follower-activity', platform: 'tiktok', title: 'format.follower-activity',
    signature: { names: [/^FollowerActivity(?: \(\d+\))?\.csv$/i], headers: [['Date'], ['Hour'], ['Active followers']] },
    provides: [], skipped: 'skipped.follower-activity', messages,
  },
  {
    id: 'tiktok-follower-gender', platform: 'tiktok', title: 'format.follower-gender',
    signature: { names: [/^FollowerGender(?: \(\d+\))?\.csv$/i], headers: [['Gender'], ['Distribution']] },
    provides: [], skipped: 'skipped.follower-gender', messages,
  },
  {
    id: 'tiktok-follower-territories', platform: 'tiktok', title: 'format.follower-territories',
    signature: { names: [/^FollowerTopTerritories(?: \(\d+\))?\.csv$/i], headers: [['Top territories'], ['Distribution']] },
    provides: [], skipped: 'skipped.follower-territories', messages,
  },
  {
    id: 'tiktok-viewers', platform: 'tiktok', title: 'format.viewers',
    signature: { names: [/^Viewers(?: \(\d+\))?\.(?:csv|xlsx)$/i], headers: [['Date'], ['Total Viewers'], ['New Viewers'], ['Returning Viewers']] },
    provides: [], skipped: 'skipped.viewers', messages,
  },
];
