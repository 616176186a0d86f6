/**
 * The typed data that flows through an import, from the bytes on disk to the edits of a brand file:
 *
 *   open (./read/)      a file, a ZIP entry or a workbook sheet → ExportTable (rows streamed, first rows kept)
 *   detect (./detect.ts) ExportTable → which ExportFormat it is, or the closest one and what it lacked
 *   read (./formats/)   ExportTable + ExportFormat → Contribution (posts, period totals, what was left out and why)
 *   plan (./plan.ts)    Contributions → one channel each → merged figures → edits, stale-figure warnings
 *
 * Each stage is pure over its input except `open`, which reads files. The CLI (src/cli/commands/import.ts) shows the
 * plan and writes the brand file once.
 */
import type { Metrics, Period } from '../model/brand.js';
import type { Dictionary } from '../i18n/translate.js';

/** One row of an export as read: its 1-based line (a sheet's row number) and its cells as text. */
export interface ExportRow {
  line: number;
  cells: string[];
}

/**
 * One table of an export: a CSV file, a CSV inside a ZIP, or a sheet of a workbook. Opened lazily: `head` holds the
 * first rows (for detection, and for formats whose header is not on row 1); `rows()` streams every row from the
 * first, head included, and can be called once.
 */
export interface ExportTable {
  /** How messages name it: "exports/Content_maison.zip › Content.csv", "page_content.xlsx › All posts". */
  source: string;
  /** The path of the file on disk, as the user gave it or as found in a folder. */
  file: string;
  /** The entry's name inside a ZIP. */
  entry?: string;
  /** The sheet's name inside a workbook. */
  sheet?: string;
  /** The base name that detection matches: the ZIP entry's own name if any, else the file's. */
  name: string;
  /** The ZIP's base name when the table came from one (YouTube and TikTok put dates and handles there). */
  container?: string;
  /** The file's last modification (UTC), for exports whose dates have no year. */
  modified?: Date;
  /** The first rows (up to HEAD_ROWS), blank rows included so that line numbers stay true. */
  head: ExportRow[];
  /** Every row, streamed. */
  rows(): AsyncIterable<ExportRow>;
  /**
   * Releases the file (or the ZIP entry) a table whose rows will not be read holds open: a table read to its end, or
   * whose reading stops early, releases it itself. Absent when nothing is held (JSON, workbooks).
   */
  close?(): void;
  /** A JSON document (Google Takeout reviews), parsed; no rows then. */
  json?: unknown;
  /** What decoding noticed and the reader should say (a Windows-1252 file, a UTF-16 file…). */
  notes: ImportNote[];
}

export const HEAD_ROWS = 12;

/** The platforms an import can fill; a channel's `platform` (schemas/brand.schema.json). */
export type ImportPlatform = 'facebook' | 'instagram' | 'linkedin' | 'youtube' | 'tiktok' | 'x' | 'google-business-profile';

/** A message for the import report, worded in the run's language by the dictionary of the module that made it. */
export interface ImportNote {
  /** A key of the format module's `messages` (or of src/import/messages.ts for the shared ones). */
  key: string;
  args?: Record<string, string | number>;
  /** `warning` notes are shown even in quiet runs and counted in the JSON report. */
  level?: 'info' | 'warning';
  /** What the note is about when a channel's figures come from several accounts (a location's name): said first. */
  about?: string;
}

/** What a format module's reader is given besides the table. */
export interface ReadContext {
  /** The period to keep (the brand file's, or `--period`). Rows dated outside it are counted, not read. */
  period?: Period;
  /** Today, as YYYY-MM-DD (injected, so that tests are reproducible): the latest date a yearless date can mean. */
  today: string;
}

export type RowProblemCode = 'not-a-number' | 'impressions-below-reach' | 'bad-date' | 'wrong-cell-count';

export interface RowProblem {
  line: number;
  code: RowProblemCode;
  column?: string;
  value?: string;
}

/** One post as read from a per-post export. Figures are lifetime totals of that post unless the format says not. */
export interface PostRecord {
  line: number;
  /** The platform's id of the post, to drop the same post found in two exports. */
  id?: string;
  /** YYYY-MM-DD when the export has dates. */
  date?: string;
  /** 1–12 when the export only has months. */
  month?: number;
  type?: string;
  paid?: boolean;
  followers?: number;
  reach?: number;
  impressions?: number;
  reactions?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  clicks?: number;
  engagedUsers?: number;
  interactions?: number;
}

/** One review from a review export (Google Takeout), to count and average per channel once every file is read. */
export interface ReviewRecord {
  /** The platform's id of the review, to drop one found in two files (Takeout pages, two accounts). */
  id?: string;
  /** YYYY-MM-DD the review was written. */
  date: string;
  /** 1–5, when the review has a rating. */
  rating?: number;
  /** Whether the brand answered it. */
  answered: boolean;
  /** Hours from the review to the answer, when both are dated. */
  responseHours?: number;
}

/**
 * What one table gives to one channel. Per-post exports give `posts` (aggregated per channel once every file is
 * read, so that two monthly exports make one quarter and a post in both counts once); everything else gives
 * `totals`, figures for the period as a whole (daily series summed, follower counts, reviews).
 */
export interface Contribution {
  table: ExportTable;
  format: ExportFormat;
  /** The account the export names (page name, @handle, channel name), to find the channel when several share a platform. */
  account?: string;
  posts?: PostRecord[];
  /** Reviews of the period (review exports): counted, averaged and deduplicated per channel like posts. */
  reviews?: ReviewRecord[];
  totals?: Metrics;
  /** The first and last day the rows cover, when the export dates them. */
  span?: Period;
  /** Rows read (header and notes excluded), kept, and outside the period. */
  rows: number;
  kept: number;
  outsidePeriod: number;
  rejected: RowProblem[];
  /** Empty cells of known columns: that figure is missing for that row, never a zero. */
  missingCells: { line: number; column: string }[];
  /** Known columns deliberately not imported, with why (a key of the format module's messages). */
  ignoredColumns: { column: string; why: string }[];
  /** Header cells no field uses. */
  unknownColumns: string[];
  /** Anything else the reader wants said: a check that passed, a figure it could not take and why. */
  notes: ImportNote[];
  /**
   * One table, several accounts (Google Business Profile's multi-location download): one Contribution per account,
   * each matched to its channel like any other. The outer one then gives no figures itself (no posts, reviews or
   * totals): it says what the table as a whole held (rows, rejected rows, empty cells, columns, notes).
   */
  byAccount?: Contribution[];
}

/** How a format is recognised: all of it is data, matched by ./detect.ts. */
export interface FormatSignature {
  /** File names (or ZIP entry names) this export is downloaded as; a match adds confidence, never decides alone. */
  names?: RegExp[];
  /** Workbook sheets it is read from, in preference order (matched without regard to case). */
  sheets?: string[];
  /** The rows (0-based, within HEAD_ROWS) where its header may be; [0] when absent. */
  headerRows?: number[];
  /**
   * Header cells that must all be present, each given as its accepted spellings (any UI language); matched after
   * trimming, without regard to case. A JSON format gives none and uses `json` instead.
   */
  headers?: string[][];
  /** For JSON documents: top-level keys that must be present. */
  json?: string[];
}

/** One platform export layout: what it is, how it is recognised, and (unless it is only recognised) how it is read. */
export interface ExportFormat {
  /** Stable id, used by `--from` and in the JSON report: `meta-facebook-content`, `tiktok-overview`… */
  id: string;
  /** The channel platform it fills; none for the generic mapping. */
  platform?: ImportPlatform;
  /** The format's name in the run's language: a key of `messages`. */
  title: string;
  signature: FormatSignature;
  /** The metrics keys this format can give (`followers`, `reach`, `medianPostReach`, `reviews`…), for stale-figure checks. */
  provides: (keyof Metrics)[];
  /**
   * Reads the table. Absent for exports smscore recognises but takes nothing from (a chart of one metric, an
   * audience breakdown): `skipped` then says why.
   */
  read?: (table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext) => Promise<Contribution>;
  /** Why a recognised export is not read: a key of `messages`. */
  skipped?: string;
  /** The words of this format (title, ignored-column reasons, notes), en and fr. */
  messages: Dictionary;
}
