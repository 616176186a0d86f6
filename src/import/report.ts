/**
 * The report of `smscore import <path...>`: file by file (recognised as what, sent to which channel, or why not),
 * then channel by channel (rows read, kept, rejected with file:line, notes, changes). Pure: the CLI prints it.
 * Every text from an export, a file name or a brand file goes through the translators, which make it printable.
 */
import { dateText, decimalText, numbersIn } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { printable } from '../util/printable.js';
import { tFormat } from './format-messages.js';
import { ti, tOf } from './messages.js';
import type { Contribution, ExportFormat, ImportNote, RowProblem } from './model.js';
import type { ChannelPlan, PlanNote, StaleResolution } from './plan.js';

export interface TableEntry {
  status: 'imported' | 'skipped' | 'unrecognised' | 'ambiguous' | 'unreadable';
  file: string;
  source: string;
  format?: ExportFormat;
  contribution?: Contribution;
  /** The channel it went to, once planned. */
  channel?: string;
  closest?: { format: ExportFormat; missing: string[] };
  /** For an ambiguous table: the formats it fits equally well. */
  candidates?: ExportFormat[];
  /** Why it could not be read, already worded. */
  why?: string;
}

export interface ImportReport {
  into: string;
  period: { start: string; end: string } | undefined;
  entries: TableEntry[];
  passed: { file: string; why: 'extension' | 'link' | 'too-deep' }[];
  channels: ChannelPlan[];
  locale: Locale;
  depth: number;
  unusedFileMaps?: string[];
}


/** The format's name in the run's language. */
export function formatTitle(format: ExportFormat, locale: Locale): string {
  return format.title in format.messages.en ? tOf(format)(locale, format.title) : format.id;
}

/** A note worded by the format module that made it, else by the shared import messages; its key if neither has it. */
export function noteText(note: ImportNote, format: ExportFormat | undefined, locale: Locale): string {
  const text = noteWords(note, format, locale);
  return note.about === undefined ? text : ti(locale, 'note.about', { about: note.about, text });
}

function noteWords(note: ImportNote, format: ExportFormat | undefined, locale: Locale): string {
  if (format && note.key in format.messages.en) return tOf(format)(locale, note.key, note.args);
  if (note.key in ti.messages.en) return ti(locale, note.key as Parameters<typeof ti>[1], note.args);
  return note.key;
}

function whyText(why: string, format: ExportFormat, locale: Locale): string {
  if (why in format.messages.en) return tOf(format)(locale, why);
  if (`ignored.${why}` in tFormat.messages.en) return tFormat(locale, `ignored.${why}` as Parameters<typeof tFormat>[1]);
  return why;
}

/** Whether `e` is a table of the same file as `first`, passed over as the same format (so said on one line). */
function skippedLike(e: ImportReport['entries'][number] | undefined, first: ImportReport['entries'][number]): boolean {
  return e !== undefined && e.status === 'skipped' && first.status === 'skipped' && e.file === first.file && e.format === first.format
    && e.source.startsWith(`${e.file} › `) && first.source.startsWith(`${first.file} › `);
}

function planNoteText(note: PlanNote, locale: Locale): string {
  if (note.kind === 'total-not-used') return ti(locale, 'note.total-not-used', { key: note.key, source: note.source });
  if (note.kind === 'locations-summed') return ti(locale, 'note.locations-summed', { source: note.source, count: note.names.length, names: note.names.join(', ') });
  if (note.kind === 'locations-partial') return ti(locale, 'note.locations-partial', { key: note.key, names: note.names.join(', ') });
  if (note.kind === 'location-unmatched') return ti(locale, 'note.location-unmatched', { source: note.source, account: note.account });
  return ti(locale, note.kind === 'duplicate-posts' ? 'note.duplicate-posts' : 'note.duplicate-reviews', { count: note.count });
}

function reasonText(p: RowProblem, locale: Locale): string {
  const value = p.value === undefined ? '' : p.code === 'impressions-below-reach' ? numbersIn(p.value, locale) : p.value;
  return ti(locale, `reason.${p.code}`, { column: p.column ?? '', value });
}

/** Columns left out, those left out for the same reason named together before it: « Calls, Messages — … ». */
function ignoredList(columns: readonly { column: string; why: string }[], format: ExportFormat, locale: Locale): string {
  const byWhy = new Map<string, string[]>();
  for (const c of columns) {
    const why = whyText(c.why, format, locale);
    byWhy.set(why, [...(byWhy.get(why) ?? []), c.column]);
  }
  return [...byWhy].map(([why, names]) => `${names.join(', ')} — ${why}`).join(listSeparator(locale));
}

/** Between the items of a list whose items hold commas: a semicolon, with its thin no-break space in French. */
function listSeparator(locale: Locale): string {
  return locale === 'fr' ? '\u202f; ' : '; ';
}

export function importText(r: ImportReport): string {
  const { locale } = r;
  const t = (key: Parameters<typeof ti>[1], args?: Record<string, string | number>) => ti(locale, key, args);
  const out = [
    t('run.title', { into: r.into }),
    r.period ? t('period', { start: dateText(r.period.start, locale), end: dateText(r.period.end, locale) }) : t('period.none'),
    '',
    t('files'),
  ];
  for (const [i, e] of r.entries.entries()) {
    const format = e.format ? formatTitle(e.format, locale) : '';
    if (e.status === 'skipped' && skippedLike(r.entries[i - 1], e)) continue;
    if (e.status === 'skipped') {
      // The sheets or entries of one file passed over for the same reason: one line naming them all.
      const alike = [e];
      for (let j = i + 1; skippedLike(r.entries[j], e); j++) alike.push(r.entries[j]!);
      const source = alike.length === 1 ? e.source : `${e.file} › ${alike.map((a) => a.source.slice(e.file.length + 3)).join(', ')}`;
      out.push(t('file.skipped', { source, format, why: whyText(e.format!.skipped ?? '', e.format!, locale) }));
      continue;
    }
    if (e.status === 'imported') out.push(e.channel !== undefined ? t('file.imported', { source: e.source, format, channel: e.channel }) : t('file.refused', { source: e.source, format }));
    else if (e.status === 'unreadable') out.push(t('file.unreadable', { source: e.source }));
    else if (e.status === 'ambiguous') out.push(t('file.ambiguous', { source: e.source, formats: e.candidates!.map((f) => `${formatTitle(f, locale)} (--from ${f.id})`).join(', ') }));
    else {
      const closest = e.closest ? t('closest', { format: formatTitle(e.closest.format, locale), missing: e.closest.missing.map((m) => `"${m}"`).join(', ') }) : '';
      out.push(t('file.unrecognised', { source: e.source, closest }));
    }
  }
  for (const p of r.passed) out.push(t(`passed.${p.why}`, { file: p.file, depth: r.depth }));
  for (const f of r.unusedFileMaps ?? []) out.push(t('note.unused-map', { file: f }));

  for (const c of r.channels) {
    out.push('', t('channel', { channel: c.channel, platform: c.platform, count: c.contributions.length }));
    for (const x of c.contributions) {
      const source = x.table.source;
      if (x.posts !== undefined || x.reviews !== undefined) out.push(t('table.rows', { source, rows: x.rows, kept: x.kept, rejected: x.rejected.length, outside: x.outsidePeriod }));
      else out.push(t('table.totals', { source }));
      // Under its table, indented: what was left out and why; a rejected row by file:line, to open it there.
      if (x.rejected.length > 0) {
        out.push(`    ${t('rejected')}`, ...x.rejected.slice(0, 20).map((p) => `      ${printable(source)}:${p.line}  ${reasonText(p, locale)}`));
        if (x.rejected.length > 20) out.push(`      ${t('more', { count: x.rejected.length - 20 })}`);
      }
      if (x.missingCells.length > 0) {
        const byColumn = new Map<string, number[]>();
        for (const m of x.missingCells) byColumn.set(m.column, [...(byColumn.get(m.column) ?? []), m.line]);
        const columns = [...byColumn].map(([col, lines]) => `${col} (${lines.length > 6 ? `${lines.slice(0, 6).join(', ')}…` : lines.join(', ')})`).join(listSeparator(locale));
        out.push(`    ${t(x.posts !== undefined ? 'missing' : 'missing.rows', { count: x.missingCells.length, columns })}`);
      }
      if (x.ignoredColumns.length > 0) out.push(`    ${t('ignored', { list: ignoredList(x.ignoredColumns, x.format, locale) })}`);
      if (x.unknownColumns.length > 0) out.push(`    ${t('unknown', { list: x.unknownColumns.join(', ') })}`);
      for (const n of x.notes) out.push(`    ${n.level === 'warning' ? t('warning', { text: noteText(n, x.format, locale) }) : noteText(n, x.format, locale)}`);
    }
    for (const n of c.merge.notes) out.push(`  ${planNoteText(n, locale)}`);
    const st = c.merge.aggregate?.stats;
    if (st && st.paidShare !== null) {
      const known = st.posts - (st.missing.paid ?? 0);
      out.push(`  ${t('paid', { paid: st.paidPosts, known, share: decimalText((Math.round(st.paidShare * 1000) / 10).toFixed(1), locale) })}`);
    }
    if (c.edits.changes.length === 0) out.push(`  ${t('change.none')}`);
    else {
      out.push(`  ${t('changes', { path: `channels[${c.channelIndex}].metrics` })}`);
      for (const ch of c.edits.changes) out.push(`  ${t('change.line', { key: ch.key, before: ch.before === undefined ? t('unset') : ch.before, after: ch.after })}`);
    }
  }
  return out.join('\n');
}

/** The JSON report, format version 2 (docs/IMPORT.md, schemas/import-report.schema.json). */
export function importJson(r: ImportReport & { dryRun: boolean; resolution: StaleResolution | undefined; written: boolean }) {
  const { locale } = r;
  const notes = (list: readonly ImportNote[], format: ExportFormat | undefined) => list.map((n) => ({ key: n.key, level: n.level ?? 'info', text: noteText(n, format, locale) }));
  let warnings = (r.unusedFileMaps ?? []).length;
  const files = r.entries.map((e) => {
    const x = e.contribution;
    if (x) warnings += [...x.notes].filter((n) => n.level === 'warning').length;
    return {
      file: e.file,
      source: e.source,
      status: e.status,
      format: e.format?.id ?? null,
      channel: e.channel ?? null,
      ...(e.status === 'skipped' && e.format ? { why: whyText(e.format.skipped ?? '', e.format, locale) } : {}),
      ...(e.why ? { why: e.why } : {}),
      ...(e.closest ? { closest: { format: e.closest.format.id, missing: e.closest.missing } } : {}),
      ...(e.candidates ? { candidates: e.candidates.map((f) => f.id) } : {}),
      ...(x ? {
        account: x.account ?? null,
        span: x.span ?? null,
        rows: x.rows,
        kept: x.kept,
        outsidePeriod: x.outsidePeriod,
        rejected: x.rejected,
        missingCells: x.missingCells,
        ignoredColumns: x.ignoredColumns.map((c) => ({ column: c.column, why: whyText(c.why, x.format, locale) })),
        unknownColumns: x.unknownColumns,
        notes: notes(x.notes, x.format),
      } : {}),
    };
  });
  return {
    formatVersion: 2,
    into: r.into,
    period: r.period ?? null,
    dryRun: r.dryRun,
    written: r.written,
    resolution: r.resolution ?? null,
    files,
    passed: r.passed,
    unusedChannelMaps: r.unusedFileMaps ?? [],
    channels: r.channels.map((c) => ({
      channel: c.channel,
      platform: c.platform,
      sources: c.contributions.map((x) => x.table.source),
      metrics: c.merge.metrics,
      stats: c.merge.aggregate?.stats ?? null,
      notes: c.merge.notes.map((n) => ({ ...n, text: planNoteText(n, locale) })),
      changes: c.edits.changes,
      replaced: c.edits.replaced,
      stale: c.edits.stale,
      removed: r.resolution === 'replace-channel' ? c.edits.stale.map((s) => s.key) : [],
    })),
    warnings,
  };
}
