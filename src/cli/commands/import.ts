/**
 * `smscore import <format> <export> --into brand.yaml --channel <id>`: fills one channel's metrics from a platform
 * export. Shows what it read, what it rejected and what will change; then writes the brand file with its comments
 * kept, atomically, and only if the result is still a valid brand file.
 */
import { applyEdits } from '../../edit/yaml-edit.js';
import { beginEdit, type FileEdit } from '../../io/atomic-write.js';
import { READ_LIMITS, readText } from '../../io/read-text.js';
import { BUILT_IN_FORMATS, parseMapping, parsePeriod, planImport, type ImportFormat, type ImportPlan } from '../../import/index.js';
import { tFormat } from '../../import/format-messages.js';
import { ti } from '../../import/messages.js';
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
  channel: string;
  period?: string;
  mapping?: string;
  dryRun?: boolean;
  format: 'text' | 'json';
}

export const IMPORT_FORMATS = ['facebook', 'instagram', 'generic'] as const;

export function importCommand(formatId: string, exportFile: string, opts: ImportOptions, ctx: CliContext): number {
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
  const channelIndex = channels.indexOf(opts.channel);
  if (channelIndex === -1) {
    throw new UsageError(t('error.channel', { channel: opts.channel, file: opts.into, suggestion: suggest(opts.channel, channels) ?? '', known: channels.join(', ') || '—' }));
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
    if (opts.format === 'text') ctx.out(fitLines(planText(plan, exportFile, opts, format, period, ctx.locale), ctx.width));
    throw new UsageError(t('error.no-rows', { file: exportFile }));
  }

  const newText = applyEdits(brandCheck.source.text, plan.edits);
  const after = validateText(opts.into, newText);
  if (!after.valid) {
    ctx.err(t('error.result-invalid', { file: opts.into }));
    ctx.err(validationText([after], true, ctx));
    return EXIT.invalidInput;
  }

  if (opts.format === 'json') ctx.out(jsonSafe(JSON.stringify(planJson(plan, exportFile, opts, format, period, ctx.locale), null, 2)));
  else ctx.out(fitLines(planText(plan, exportFile, opts, format, period, ctx.locale), ctx.width));

  if (plan.edits.length > 0 && edit) {
    try {
      edit.commit(newText);
    } catch (err) {
      throw asUsageError(err, ctx.locale);
    }
  }
  if (opts.format === 'text') {
    if (opts.dryRun) ctx.out(t('dry-run', { file: opts.into }));
    else if (plan.edits.length > 0) ctx.out(t('written', { file: opts.into, count: plan.edits.length }));
  }
  return EXIT.ok;
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

function planText(plan: ImportPlan, file: string, opts: ImportOptions, format: ImportFormat, period: { start: string; end: string } | undefined, locale: Locale): string {
  const t = (key: Parameters<typeof ti>[1], args?: Record<string, string | number>) => ti(locale, key, args);
  const r = plan.reading;
  const out = [
    t('title', { file, format: formatName(format, opts, locale), into: opts.into, channel: opts.channel }),
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

function planJson(plan: ImportPlan, file: string, opts: ImportOptions, format: ImportFormat, period: { start: string; end: string } | undefined, locale: Locale) {
  return {
    formatVersion: 1,
    export: file,
    format: format.id,
    into: opts.into,
    channel: opts.channel,
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
