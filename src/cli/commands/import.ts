/**
 * `smscore import <path...> --into brand.yaml`: fills channels' metrics from platform exports (files, ZIPs, folders),
 * each recognised by its layout and sent to its channel; and the older `smscore import <format> <export> --channel
 * <id>`, kept as it was. Shows what it read, what it rejected and what will change; then writes the brand file with
 * its comments kept, once, atomically, and only if the result is still a valid brand file.
 */
import { statSync } from 'node:fs';
import { applyEdits } from '../../edit/yaml-edit.js';
import { beginEdit, type FileEdit } from '../../io/atomic-write.js';
import { READ_LIMITS, readText } from '../../io/read-text.js';
import { BUILT_IN_FORMATS, parseMapping, parsePeriod, planImport, type ImportFormat, type ImportPlan } from '../../import/index.js';
import { detectFormat, headerFor } from '../../import/detect.js';
import { findExportFiles, MAX_DEPTH, MAX_FILES } from '../../import/folder.js';
import { tFormat } from '../../import/format-messages.js';
import { formatById, EXPORT_FORMATS } from '../../import/formats/index.js';
import { ti } from '../../import/messages.js';
import type { Contribution, ExportTable } from '../../import/model.js';
import {
  channelEdits, parseChannelOptions, planEdits, planImport as planContributions, type ChannelEdits, type StaleFigure, type StaleResolution,
} from '../../import/plan.js';
import { ExportReadError, openExport } from '../../import/read/index.js';
import { formatTitle, importJson, importText, type TableEntry } from '../../import/report.js';
import type { Channel } from '../../model/brand.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { parseSource } from '../../load/source.js';
import { fitLines } from '../../render/text-wrap.js';
import { dateText, decimalText, numbersIn } from '../../i18n/numbers.js';
import type { Locale } from '../../i18n/translate.js';
import { validateFile, validateText } from '../../validate/index.js';
import { jsonSafe, printable } from '../../util/printable.js';
import { suggest } from '../../util/suggest.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { asUsageError, refuseOutputOverInput } from '../file-guards.js';
import { EXIT } from '../exit-codes.js';
import { validationText } from './validate.js';

export interface ImportOptions {
  into: string;
  /** Repeatable: `<id>`, `<platform>=<id>`, `<file name>=<id>`. */
  channel?: string[];
  from?: string;
  period?: string;
  mapping?: string;
  dryRun?: boolean;
  replaceChannel?: boolean;
  keepOthers?: boolean;
  format: 'text' | 'json';
}

/** The formats of the first syntax, `smscore import <format> <export>`, read by today's reader (./import-legacy). */
export const IMPORT_FORMATS = ['facebook', 'instagram', 'generic'] as const;

export async function importCommand(args: string[], opts: ImportOptions, ctx: CliContext): Promise<number> {
  if (opts.replaceChannel && opts.keepOthers) throw new UsageError(ti(ctx.locale, 'error.both-flags'));
  const [first, ...rest] = args;
  // `smscore import facebook insights.csv`: a format id first, then one export (docs and scripts use it).
  if (first !== undefined && rest.length === 1 && (IMPORT_FORMATS as readonly string[]).includes(first) && opts.from === undefined) {
    return legacyImport(first, rest[0]!, opts, ctx);
  }
  if (first !== undefined && rest.length === 1 && formatById(first) && opts.from === undefined) {
    return importExports(rest, { ...opts, from: first }, ctx);
  }
  // `--from generic --mapping m.yaml` reads one CSV through its mapping, as the first syntax does.
  if (opts.from === 'generic') {
    if (args.length !== 1 || isFolder(args[0]!)) throw new UsageError(ti(ctx.locale, 'error.generic-one-file'));
    return legacyImport('generic', args[0]!, opts, ctx);
  }
  return importExports(args, opts, ctx);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function legacyImport(formatId: string, exportFile: string, opts: ImportOptions, ctx: CliContext): Promise<number> {
  const t = (key: Parameters<typeof ti>[1], args?: Record<string, string | number>) => ti(ctx.locale, key, args);
  refuseOutputOverInput([opts.into], [
    { role: 'export', path: exportFile }, ...(opts.mapping !== undefined ? [{ role: 'mapping' as const, path: opts.mapping }] : []),
  ], ctx.locale);
  // Begun before the brand file is read: a write by anyone else from here on is seen, and refused, at the end.
  let edit: FileEdit | undefined;
  try {
    if (!opts.dryRun) edit = beginEdit(opts.into);
  } catch (err) {
    throw asUsageError(err, ctx.locale);
  }
  const brandCheck = validateFile(opts.into);
  if (!brandCheck.valid || !brandCheck.brand || !brandCheck.source) {
    ctx.err(validationText([brandCheck], true, ctx));
    return EXIT.invalidInput;
  }
  const brand = brandCheck.brand;
  const channels = (brand.channels ?? []).map((c) => c.id);
  const channelId = legacyChannel(opts.channel ?? [], brand.channels ?? [], formatId, opts.into, ctx.locale);
  const channelIndex = channels.indexOf(channelId);
  if (channelIndex === -1) {
    throw new UsageError(t('error.channel', { channel: channelId, file: opts.into, suggestion: suggest(channelId, channels) ?? '', known: channels.join(', ') || '—' }));
  }
  let period = brand.period ? { start: brand.period.start, end: brand.period.end } : undefined;
  if (opts.period !== undefined) {
    period = parsePeriod(opts.period);
    if (!period) throw new UsageError(t('error.period', { value: opts.period }));
  }

  const { format, delimiter } = resolveFormat(formatId, opts.mapping, ctx);
  const read = readText(exportFile, READ_LIMITS.export);
  if (!read.ok) {
    ctx.err(validationText([{ file: exportFile, valid: false, diagnostics: [read.diagnostic] }], false, ctx));
    return EXIT.invalidInput;
  }
  const plan = planImport({ brand, exportText: read.text, format, channelIndex, ...(period ? { period } : {}), ...(delimiter ? { delimiter } : {}) });
  if (plan.reading.found.length === 0 || !plan.reading.found.some((f) => !['date', 'month', 'type', 'paid'].includes(f))) {
    const expected = Object.values(format.columns).slice(0, 4).map((names) => `"${names[0]}"`).join(', ');
    throw new UsageError(t('error.no-columns', { format: format.id, file: exportFile, expected }));
  }
  if (plan.reading.posts.length === 0) {
    // Show what was rejected and why before refusing: that is what the user needs to fix the export.
    if (opts.format === 'text') ctx.out(fitLines(planText(plan, exportFile, channelId, opts, format, period, ctx.locale), ctx.width));
    throw new UsageError(t('error.no-rows', { file: exportFile }));
  }

  // The same edits as the plan's, with the figures of the channel this import would leave from before.
  const source = brandCheck.source;
  const channelPlan = channelEdits(brand.channels?.[channelIndex]?.metrics ?? {}, plan.aggregate.metrics, channelIndex, (path) => source.locate(path));
  const stale = [{ channel: channelId, stale: channelPlan.stale }].filter((c) => c.stale.length > 0);
  // The report first: what the import reads and changes is what the question about figures left from before is about.
  if (opts.format === 'text') ctx.out(fitLines(planText(plan, exportFile, channelId, opts, format, period, ctx.locale), ctx.width));
  const resolution = await settleStale(stale, opts, ctx);
  if (resolution === 'refused') return EXIT.invalidInput;
  if (resolution === 'cancelled') return EXIT.ok;
  if (resolution === 'interrupted') return EXIT.interrupted;
  const edits = [...channelPlan.edits, ...(resolution === 'replace-channel' ? channelPlan.removals : [])];
  const newText = applyEdits(brandCheck.source.text, edits);
  const after = validateText(opts.into, newText);
  if (!after.valid) {
    ctx.err(t('error.result-invalid', { file: opts.into }));
    ctx.err(validationText([after], true, ctx));
    return EXIT.invalidInput;
  }

  if (opts.format === 'json') ctx.out(jsonSafe(JSON.stringify(planJson(plan, exportFile, channelId, opts, format, period, ctx.locale), null, 2)));
  else {
    const staleText = staleLines([{ channel: channelId, edits: channelPlan }], resolution, ctx.locale);
    if (staleText.length > 0) ctx.out(fitLines(staleText.join('\n'), ctx.width));
  }

  if (edits.length > 0 && edit) {
    try {
      edit.commit(newText);
    } catch (err) {
      throw asUsageError(err, ctx.locale);
    }
  }
  if (opts.format === 'text') {
    if (opts.dryRun) ctx.out(t('dry-run', { file: opts.into }));
    else if (edits.length > 0) ctx.out(t('written', { file: opts.into, count: edits.length }));
  }
  return EXIT.ok;
}

/**
 * The channel of the first syntax: `--channel <id>` (or `<format>=<id>`); without it, the only channel of the
 * format's platform.
 */
function legacyChannel(values: readonly string[], channels: readonly Channel[], formatId: string, into: string, locale: Locale): string {
  const bare = [...new Set(values.filter((v) => !v.includes('=')).map((v) => v.trim()))];
  if (bare.length > 1) throw new UsageError(ti(locale, 'error.two-defaults', { first: bare[0]!, second: bare[1]! }));
  if (bare.length === 1) return bare[0]!;
  const mapped = values.map((v) => v.split('=')).find(([k]) => k!.trim().toLowerCase() === formatId);
  if (mapped) return mapped.slice(1).join('=').trim();
  const candidates = channels.filter((c) => c.platform === formatId);
  if (candidates.length === 1) return candidates[0]!.id;
  throw new UsageError(ti(locale, 'error.channel-needed', { file: into, format: formatId, candidates: candidates.map((c) => c.id).join(', ') || '—' }));
}

function resolveFormat(id: string, mappingFile: string | undefined, ctx: CliContext): { format: ImportFormat; delimiter?: ',' | ';' | '\t' } {
  if (id === 'generic') {
    if (!mappingFile) throw new UsageError(ti(ctx.locale, 'error.mapping'));
    const read = readText(mappingFile, READ_LIMITS.mapping);
    if (!read.ok) {
      ctx.err(validationText([{ file: mappingFile, valid: false, diagnostics: [read.diagnostic] }], false, ctx));
      throw new UsageError(tFormat(ctx.locale, 'error.bad-mapping', { file: mappingFile }));
    }
    const { mapping, diagnostics } = parseMapping(mappingFile, read.text);
    if (!mapping) {
      ctx.err(validationText([{ file: mappingFile, valid: false, diagnostics, source: parseSource(mappingFile, read.text) }], false, ctx));
      throw new UsageError(tFormat(ctx.locale, 'error.bad-mapping', { file: mappingFile }));
    }
    return mapping;
  }
  const format = BUILT_IN_FORMATS[id];
  if (!format) throw new UsageError(tFormat(ctx.locale, 'error.format', { format: id, known: [...Object.keys(BUILT_IN_FORMATS), 'generic'].join(', ') }));
  return { format };
}

function planText(plan: ImportPlan, file: string, channel: string, opts: ImportOptions, format: ImportFormat, period: { start: string; end: string } | undefined, locale: Locale): string {
  const t = (key: Parameters<typeof ti>[1], args?: Record<string, string | number>) => ti(locale, key, args);
  const r = plan.reading;
  const out = [
    t('title', { file, format: formatName(format, opts, locale), into: opts.into, channel }),
    period ? t('period', { start: dateText(period.start, locale), end: dateText(period.end, locale) }) : t('period.none'),
    t('rows', { rows: plan.table.rows.length + plan.table.malformed.length, kept: r.posts.length, rejected: r.rejected.length, outside: r.outsidePeriod }),
  ];
  if (r.rejected.length > 0) {
    out.push('', t('rejected'));
    for (const p of r.rejected.slice(0, 20)) out.push(`  ${printable(file)}:${p.line}  ${t(`reason.${p.code}`, { column: p.column ?? '', value: reasonValue(p, locale) })}`);
    if (r.rejected.length > 20) out.push(`  ${t('more', { count: r.rejected.length - 20 })}`);
  }
  if (r.missingCells.length > 0) {
    const byColumn = new Map<string, number[]>();
    for (const m of r.missingCells) byColumn.set(m.column, [...(byColumn.get(m.column) ?? []), m.line]);
    const columns = [...byColumn].map(([c, lines]) => `${c} (${lines.length > 6 ? `${lines.slice(0, 6).join(', ')}…` : lines.join(', ')})`).join('; ');
    out.push('', t('missing', { count: r.missingCells.length, columns }));
  }
  if (r.ignoredColumns.length > 0) out.push(t('ignored', { list: r.ignoredColumns.map((c) => `${c.column} — ${tFormat(locale, `ignored.${c.why}`)}`).join('; ') }));
  if (r.unknownColumns.length > 0) out.push(t('unknown', { list: r.unknownColumns.join(', ') }));
  const st = plan.aggregate.stats;
  if (st.paidShare !== null) {
    const known = st.posts - (st.missing.paid ?? 0);
    out.push(t('paid', { paid: st.paidPosts, known, share: decimalText((Math.round(st.paidShare * 1000) / 10).toFixed(1), locale) }));
  }
  out.push('');
  if (plan.changes.length === 0) out.push(t('change.none'));
  else {
    out.push(t('changes', { path: `channels[${plan.channelIndex}].metrics` }));
    for (const c of plan.changes) out.push(t('change.line', { key: c.key, before: c.before === undefined ? t('unset') : c.before, after: c.after }));
  }
  return out.join('\n');
}

/** The format as the report names it, in the run's language. */
function formatName(format: ImportFormat, opts: ImportOptions, locale: Locale): string {
  return format.id === 'facebook' || format.id === 'instagram' || format.id === 'generic' ? tFormat(locale, `format.${format.id}`, { mapping: opts.mapping ?? '' }) : format.name;
}

function planJson(plan: ImportPlan, file: string, channel: string, opts: ImportOptions, format: ImportFormat, period: { start: string; end: string } | undefined, locale: Locale) {
  return {
    formatVersion: 1,
    export: file,
    format: format.id,
    into: opts.into,
    channel,
    period: period ?? null,
    dryRun: Boolean(opts.dryRun),
    rows: plan.table.rows.length + plan.table.malformed.length,
    kept: plan.reading.posts.length,
    outsidePeriod: plan.reading.outsidePeriod,
    rejected: plan.reading.rejected,
    missingCells: plan.reading.missingCells,
    ignoredColumns: plan.reading.ignoredColumns.map((c) => ({ column: c.column, why: tFormat(locale, `ignored.${c.why}`) })),
    unknownColumns: plan.reading.unknownColumns,
    stats: plan.aggregate.stats,
    metrics: plan.aggregate.metrics,
    changes: plan.changes,
  };
}

/**
 * A rejected row's value as a reader of the language writes it: the figures smscore compared (« 10 966 < 37 088 »)
 * grouped; a cell's own text (a value that is not a number) as the export holds it.
 */
function reasonValue(p: { code: string; value?: string }, locale: Locale): string {
  if (p.value === undefined) return '';
  return p.code === 'impressions-below-reach' ? numbersIn(p.value, locale) : p.value;
}

// -----------------------------------------------------------------------------------------------------------------
// Stale figures: settled by a flag, a prompt in a terminal, or refused.

type Settled = StaleResolution | undefined | 'refused' | 'cancelled' | 'interrupted';

/** Whether a person is at the terminal to answer: stdin and stdout terminals, not CI, a text report. */
function interactive(opts: ImportOptions): boolean {
  const ci = process.env.CI;
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && (ci === undefined || ci === '' || ci === 'false') && opts.format === 'text';
}

async function settleStale(stale: { channel: string; stale: StaleFigure[] }[], opts: ImportOptions, ctx: CliContext): Promise<Settled> {
  if (opts.replaceChannel) return 'replace-channel';
  if (opts.keepOthers) return 'keep-others';
  if (stale.length === 0) return undefined;
  const count = stale.reduce((n, c) => n + c.stale.length, 0);
  const list = [ti(ctx.locale, 'stale.title'), ...stale.flatMap((c) => c.stale.map((f) => staleLine(f, c.channel, ctx.locale)))];
  if (!interactive(opts)) {
    ctx.err(fitLines([ti(ctx.locale, 'error.stale', { file: opts.into, count }), ...list, ti(ctx.locale, 'error.stale.how')].join('\n'), ctx.width));
    return 'refused';
  }
  ctx.out(fitLines(list.join('\n'), ctx.width));
  const { inquirerPrompter, isExitPromptError } = await import('../../questionnaire/index.js');
  const prompter = await inquirerPrompter(ctx.locale);
  try {
    const choice = await prompter.select<'replace-channel' | 'keep-others' | 'cancel'>({
      message: ti(ctx.locale, 'prompt.stale'),
      choices: [
        { name: ti(ctx.locale, 'prompt.replace'), value: 'replace-channel', short: '--replace-channel' },
        { name: ti(ctx.locale, 'prompt.keep'), value: 'keep-others', short: '--keep-others' },
        { name: ti(ctx.locale, 'prompt.cancel'), value: 'cancel' },
      ],
    });
    if (choice === 'cancel') {
      ctx.out(ti(ctx.locale, 'cancelled', { file: opts.into }));
      return 'cancelled';
    }
    return choice;
  } catch (err) {
    if (isExitPromptError(err)) return 'interrupted';
    throw err;
  }
}

function staleLine(f: StaleFigure, channel: string, locale: Locale): string {
  const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.col}` : channel;
  return ti(locale, 'stale.line', { location: where, key: `${channel}.${f.key}`, value: f.value });
}

/** What the report says of figures replaced and left from before, once settled. */
function staleLines(channels: readonly { channel: string; edits: ChannelEdits }[], resolution: Settled, locale: Locale): string[] {
  const out: string[] = [];
  const replaced = channels.flatMap((c) => c.edits.replaced.map((k) => `${c.channel}.${k}`));
  if (replaced.length > 0) out.push(ti(locale, 'replaced', { list: replaced.join(', ') }));
  const stale = channels.flatMap((c) => c.edits.stale.map((f) => staleLine(f, c.channel, locale)));
  if (stale.length > 0) out.push(ti(locale, resolution === 'replace-channel' ? 'stale.removed' : resolution === 'keep-others' ? 'stale.kept' : 'stale.title'), ...stale);
  return out;
}

// -----------------------------------------------------------------------------------------------------------------
// `smscore import <path...>`: files, ZIPs and folders, each table recognised, one plan, one write.

async function importExports(paths: string[], opts: ImportOptions, ctx: CliContext): Promise<number> {
  const t = (key: Parameters<typeof ti>[1], args?: Record<string, string | number>) => ti(ctx.locale, key, args);
  const forced = opts.from !== undefined ? formatById(opts.from) : undefined;
  if (opts.from !== undefined && !forced) {
    throw new UsageError(tFormat(ctx.locale, 'error.format', { format: opts.from, known: [...new Set([...EXPORT_FORMATS.map((f) => f.id), ...IMPORT_FORMATS])].join(', ') }));
  }
  const found = findExportFiles(paths);
  if (found.missing.length > 0) throw new UsageError(t('error.not-found', { file: found.missing[0]! }));
  if (found.tooMany) throw new UsageError(t('error.too-many', { max: MAX_FILES }));
  refuseOutputOverInput([opts.into], found.files.map((path) => ({ role: 'export' as const, path })), ctx.locale);
  // Begun before the brand file is read: a write by anyone else from here on is seen, and refused, at the end.
  let edit: FileEdit | undefined;
  try {
    if (!opts.dryRun) edit = beginEdit(opts.into);
  } catch (err) {
    throw asUsageError(err, ctx.locale);
  }
  const brandCheck = validateFile(opts.into);
  if (!brandCheck.valid || !brandCheck.brand || !brandCheck.source) {
    ctx.err(validationText([brandCheck], true, ctx));
    return EXIT.invalidInput;
  }
  const brand = brandCheck.brand;
  const source = brandCheck.source;
  const channelIds = (brand.channels ?? []).map((c) => c.id);
  const { options: channelOptions, problems } = parseChannelOptions(opts.channel ?? [], channelIds);
  for (const p of problems) {
    if (p.kind === 'unknown-channel') throw new UsageError(t('error.channel', { channel: p.channel, file: opts.into, suggestion: suggest(p.channel, channelIds) ?? '', known: channelIds.join(', ') || '—' }));
    if (p.kind === 'two-defaults') throw new UsageError(t('error.two-defaults', { first: p.first, second: p.second }));
    throw new UsageError(t('error.channel-empty', { value: p.value }));
  }
  let period = brand.period ? { start: brand.period.start, end: brand.period.end } : undefined;
  if (opts.period !== undefined) {
    period = parsePeriod(opts.period);
    if (!period) throw new UsageError(t('error.period', { value: opts.period }));
  }

  // Open, recognise and read every table; nothing is written until all are read.
  const entries: TableEntry[] = [];
  const unreadable: Diagnostic[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const file of found.files) {
    let tables: ExportTable[];
    try {
      const opened = await openExport(file);
      unreadable.push(...opened.problems);
      tables = opened.tables;
      if (opened.problems.length > 0) entries.push({ status: 'unreadable', file, source: file });
    } catch (err) {
      if (!(err instanceof ExportReadError)) throw err;
      unreadable.push(err.diagnostic);
      entries.push({ status: 'unreadable', file, source: file });
      continue;
    }
    for (const table of tables) {
      const detected = forced ? forcedHeader(table, forced) : detectFormat(table);
      if ('unknown' in detected) {
        const closest = detected.unknown.closest ? { format: detected.unknown.closest, missing: detected.unknown.missing } : undefined;
        entries.push({ status: 'unrecognised', file, source: table.source, ...(closest ? { closest } : {}) });
        continue;
      }
      if ('ambiguous' in detected) {
        entries.push({ status: 'ambiguous', file, source: table.source, candidates: detected.ambiguous.map((a) => a.format) });
        continue;
      }
      const format = detected.format;
      if (!format.read) {
        entries.push({ status: 'skipped', file, source: table.source, format });
        continue;
      }
      try {
        // Rows are streamed: a file can turn out unreadable half-way (an unclosed quote, a ZIP entry larger than it
        // said). Nothing is written then; the reader's diagnostic says where.
        const contribution = await format.read(table, detected.header, { ...(period ? { period } : {}), today });
        entries.push({ status: 'imported', file, source: table.source, format, contribution });
      } catch (err) {
        if (!(err instanceof ExportReadError)) throw err;
        unreadable.push(err.diagnostic);
        entries.push({ status: 'unreadable', file, source: table.source });
      }
    }
  }
  const passed = found.passed;
  const contributions = entries.flatMap((e) => (e.contribution ? [e.contribution] : []));

  if (unreadable.length > 0 || entries.some((e) => e.status === 'unreadable')) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of unreadable) byFile.set(d.location.file, [...(byFile.get(d.location.file) ?? []), d]);
    if (byFile.size > 0) ctx.err(validationText([...byFile].map(([file, diagnostics]) => ({ file, valid: false, diagnostics })), true, ctx));
    ctx.err(t('error.unreadable', { count: new Set(entries.filter((e) => e.status === 'unreadable').map((e) => e.file)).size }));
    return EXIT.invalidInput;
  }
  // One file given, not recognised: what it lacks to be the closest known export.
  const single = paths.length === 1 && found.files[0] === paths[0] && entries.length === 1 ? entries[0]! : undefined;
  if (single && single.status === 'ambiguous') {
    throw new UsageError(t('error.ambiguous-format', { source: single.source, formats: single.candidates!.map((f) => `${formatTitle(f, ctx.locale)} (--from ${f.id})`).join(', ') }));
  }
  if (single && single.status === 'unrecognised') {
    const closest = single.closest
      ? t('error.closest', { format: formatTitle(single.closest.format, ctx.locale), id: single.closest.format.id, missing: single.closest.missing.map((m) => `"${m}"`).join(', ') })
      : '';
    if (forced) throw new UsageError(t('error.from-mismatch', { source: single.source, format: forced.id, missing: (single.closest?.missing ?? []).map((m) => `"${m}"`).join(', ') }));
    throw new UsageError(t('error.unrecognised', { source: single.source, closest }));
  }
  if (contributions.length === 0) {
    if (opts.format === 'text') ctx.out(fitLines(importText({ into: opts.into, period, entries, passed, channels: [], locale: ctx.locale, depth: MAX_DEPTH }), ctx.width));
    throw new UsageError(t('error.nothing', { count: found.files.length }));
  }

  const plan = planContributions({ brand, contributions, channelOptions, locate: (path) => source.locate(path) });
  // By table: an export of several locations can send each to a channel of its own.
  const channelsOf = new Map<ExportTable, string[]>();
  for (const c of plan.channels) for (const contribution of c.contributions) channelsOf.set(contribution.table, [...new Set([...(channelsOf.get(contribution.table) ?? []), c.channel])]);
  for (const e of entries) if (e.contribution && channelsOf.has(e.contribution.table)) e.channel = channelsOf.get(e.contribution.table)!.join(', ');
  const report = { into: opts.into, period, entries, passed, channels: plan.channels, locale: ctx.locale, depth: MAX_DEPTH, unusedFileMaps: plan.unusedFileMaps };

  const errors: string[] = [];
  for (const r of plan.refusals) {
    const format = formatTitle(formatById(r.format) ?? contributions.find((c) => c.format.id === r.format)!.format, ctx.locale);
    if (r.kind === 'no-platform') errors.push(t('error.no-platform', { source: r.source, format }));
    // The YAML lines are ours (a platform id): printed as lines, not through a message's arguments.
    else if (r.kind === 'no-channel') errors.push(t('error.no-channel', { source: r.source, format, file: opts.into, platform: r.platform }), r.yaml, t('error.no-channel.or', { platform: r.platform }));
    else errors.push(t('error.ambiguous', { source: r.source, format, file: opts.into, platform: r.platform, candidates: r.candidates.join(', '), account: r.account ?? '', flag: r.flag }));
  }
  for (const c of plan.conflicts) errors.push(t('error.conflict', { channel: c.channel, key: c.key, first: c.sources[0], second: c.sources[1] }));
  for (const c of plan.channels) {
    if (c.contributions.every((x) => x.kept === 0 && !x.totals)) errors.push(t('error.no-rows-channel', { channel: c.channel }));
  }
  if (errors.length > 0) {
    if (opts.format === 'text') ctx.out(fitLines(importText(report), ctx.width));
    ctx.err(fitLines(errors.join('\n'), ctx.width));
    if (plan.refusals.length > 0) ctx.err(t('error.refused', { count: plan.refusals.length }));
    return EXIT.invalidInput;
  }

  // The report first: what the import reads and changes is what the question about figures left from before is about.
  if (opts.format === 'text') ctx.out(fitLines(importText(report), ctx.width));
  const resolution = await settleStale(plan.channels.map((c) => ({ channel: c.channel, stale: c.edits.stale })).filter((c) => c.stale.length > 0), opts, ctx);
  if (resolution === 'refused') {
    // Scripts read the figures left from before, with their places, in the report they asked for.
    if (opts.format === 'json') ctx.out(jsonSafe(JSON.stringify(importJson({ ...report, dryRun: Boolean(opts.dryRun), resolution: undefined, written: false }), null, 2)));
    return EXIT.invalidInput;
  }
  if (resolution === 'cancelled') return EXIT.ok;
  if (resolution === 'interrupted') return EXIT.interrupted;
  const edits = planEdits(plan, resolution);
  const newText = applyEdits(source.text, edits);
  const after = validateText(opts.into, newText);
  if (!after.valid) {
    ctx.err(t('error.result-invalid', { file: opts.into }));
    ctx.err(validationText([after], true, ctx));
    return EXIT.invalidInput;
  }
  const written = edits.length > 0 && edit !== undefined;
  if (opts.format === 'json') ctx.out(jsonSafe(JSON.stringify(importJson({ ...report, dryRun: Boolean(opts.dryRun), resolution, written }), null, 2)));
  else {
    const staleText = staleLines(plan.channels, resolution, ctx.locale);
    if (staleText.length > 0) ctx.out(fitLines(staleText.join('\n'), ctx.width));
  }
  if (written) {
    try {
      edit!.commit(newText);
    } catch (err) {
      throw asUsageError(err, ctx.locale);
    }
  }
  if (opts.format === 'text') {
    if (opts.dryRun) ctx.out(t('dry-run', { file: opts.into }));
    else if (edits.length > 0) ctx.out(t('written', { file: opts.into, count: edits.length }));
  }
  return EXIT.ok;
}

/** `--from`: the format's header in this table, or what it lacks (reported like an unknown layout). */
function forcedHeader(table: ExportTable, format: NonNullable<ReturnType<typeof formatById>>): ReturnType<typeof detectFormat> {
  const h = headerFor(table, format);
  return 'missing' in h ? { unknown: { closest: format, missing: h.missing } } : { format, header: h.header };
}
