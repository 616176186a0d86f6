/**
 * The audit as people read it in a terminal: header, pillar table, channels, open questions by severity, and a
 * one-line summary. A pure function of the result: colour, width and language are passed in. Every text that
 * comes from an input (names, labels, file names, a pack's questions) goes through printable() as it is laid out.
 */
import { formatDataPath } from '../model/diagnostic.js';
import type { AuditResult } from '../audit/index.js';
import type { FileGate, WaiverUse } from '../gate/index.js';
import { gapView, waiverOf, type GapView } from '../gate/view.js';
import { dateText, decimalText, groupedText, percentText, signedChange } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { PILLARS, type BrandFile, type Pillar } from '../model/brand.js';
import { SEVERITIES, displayPath, gapExample, progressText, type Catalog, type Gap, type Severity } from '../questions/index.js';
import { activityText, band, displayScore, genericOverall, noteText, type Band, type OverallScore, type PillarScore } from '../score/index.js';
import { printable } from '../util/printable.js';
import { diagnosticMessage } from '../validate/messages.js';
import { tr } from './messages.js';
import { plainStyle, type Paint, type Style } from './style.js';
import { fitTable } from './table.js';
import { fitLines, pad, visibleWidth, wrap } from './text-wrap.js';
import { channelCell } from './channel-cell.js';

export interface TerminalOptions {
  locale: Locale;
  style?: Style;
  /** Terminal width in columns: no line of the report is wider. */
  width?: number;
  /** The summary line only (a failing gate is told by the gate's own text). */
  quiet?: boolean;
  /** KPI detail under each pillar, and an example under each gap. */
  verbose?: boolean;
  catalog: Catalog;
  /**
   * This file's CI gate, when one judged it: its waived gaps are shown as waived and no longer counted as open,
   * and readiness is the figure the gate judged (with waivers).
   */
  gate?: FileGate;
}

/** Below this width the tables no longer fit: the same facts are printed as lines. */
const TABLE_MIN_WIDTH = 72;
const SEVERITY_SYMBOL: Record<Severity, string> = { critical: '✖', major: '▲', minor: '•' };
const WAIVED_SYMBOL = '○';

/** Colours each line (never `lines.map(paint)`: see Paint). */
const paintAll = (lines: readonly string[], paint: Paint): string[] => lines.map((l) => paint(l));

export function renderAuditText(result: AuditResult, options: TerminalOptions): string {
  const style = options.style ?? plainStyle;
  const width = options.width ?? 80;
  const { locale } = options;
  const t = (key: Parameters<typeof tr>[1], args?: Record<string, string | number>) => tr(locale, key, args);
  const view = gapView(result, options.gate, options.catalog);
  const summary = wrap(summaryLine(result, locale, style, view), width, '', '  ').join('\n');
  if (options.quiet) return summary;

  const out: string[] = [];
  const s = result.scores;
  const period = s.period ? `${s.period.label ? printable(s.period.label) + ' · ' : ''}${t('period', { start: dateText(s.period.start, locale), end: dateText(s.period.end, locale) })}` : t('no-period');
  const name = printable(result.brand.brand.name);
  if (visibleWidth(`${name}  ${period}`) <= width) out.push(style.bold(name) + style.dim(`  ${period}`));
  else out.push(...paintAll(wrap(name, width), style.bold), ...paintAll(wrap(period, width), style.dim));
  out.push(...paintAll(wrap(printable(result.file), width), style.dim), '');

  const gapCount = (p: Pillar) => view.open.filter((g) => g.pillars.includes(p)).length;
  const rows = s.pillars.map((p) => ({
    name: t(`pillar.${p.pillar}`),
    score: scoreCell(p.score, style),
    bar: bar(p.score, style),
    gaps: String(gapCount(p.pillar)),
    change: changeCell(p.change, locale),
  }));
  const overallRow = { name: style.bold(t('overall')), score: scoreCell(s.overall.score, style), bar: bar(s.overall.score, style), gaps: String(view.open.length), change: changeCell(s.overall.change, locale) };

  const pillarTable = width >= TABLE_MIN_WIDTH ? fitTable({
    head: [t('head.pillar'), t('head.score'), t('head.bar'), t('head.gaps'), t('head.change')],
    rows: [...rows, overallRow].map((r) => [r.name, r.score, r.bar, r.gaps, r.change]),
    align: ['left', 'right', 'left', 'right', 'right'],
    flexible: [0],
  }, width, style) : undefined;
  if (pillarTable) out.push(pillarTable);
  else {
    const nameWidth = Math.max(...[...rows, overallRow].map((r) => visibleWidth(r.name)));
    for (const r of [...rows, overallRow]) out.push(...wrap(`${pad(r.name, nameWidth)}  ${r.score}${r.change ? `  (${r.change})` : ''}`, width, '', '  '));
  }
  if (options.verbose) out.push('', ...kpiDetail(s.pillars, locale, style, width));
  const activity = activityText(s, locale);
  if (activity) out.push(...paintAll(wrap(printable(activity), width, '', '  '), style.dim));
  if (genericOverall(s.overall)) out.push(...paintAll(wrap(`! ${t('overall.generic')}`, width, '', '  '), style.yellow));
  if (result.unmeasuredPillars.length > 0) out.push(...paintAll(wrap(t('unmeasured.note'), width), style.dim));
  const r = view.readiness;
  const waiverNote = view.waived.length > 0 ? ` · ${t('readiness.waivers', { count: waiverCount(options.gate!), without: result.readiness.overall })}` : '';
  out.push('', ...wrap(t('readiness', { score: r.overall, answered: r.answered, total: r.total }) + waiverNote, width));
  const sections = options.catalog.sections
    .filter((sec) => r.bySection[sec.id])
    .map((sec) => `${printable(sec.title[locale])} ${percentText(r.bySection[sec.id]!.score, locale)}`);
  if (sections.length > 0) out.push(...paintAll(wrap(sections.join(' · '), width, '  '), style.dim));
  for (const n of s.notes) out.push(...paintAll(wrap(`! ${noteText(n, locale)}`, width, '', '  '), style.yellow));

  out.push('', style.bold(t('channels')));
  if (s.channels.length === 0) out.push(t('channels.none'));
  else {
    const channelTable = width >= TABLE_MIN_WIDTH ? fitTable({
      head: [t('head.channel'), ...PILLARS.map((p) => t(`pillar.short.${p}`)), t('head.overall')],
      // A long label is cut to what the width leaves (a wrapped one would make rows of uneven height).
      rows: s.channels.map((c) => [printable(channelCell(c)), ...c.pillars.map((p) => scoreCell(p.score, style)), scoreCell(c.overall.score, style)]),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      flexible: [0],
      minWidth: 16,
      overflow: 'clip',
    }, width, style) : undefined;
    if (channelTable) out.push(channelTable);
    else {
      for (const c of s.channels) {
        out.push(...wrap(`${printable(c.channelId)}: ${scoreCell(c.overall.score, style)}`, width, '', '  '));
        const cells = c.pillars.map((p) => `${t(`pillar.short.${p.pillar}`)} ${scoreCell(p.score, style)}`);
        out.push('  ' + cells.slice(0, 3).join('  '), '  ' + cells.slice(3).join('  '));
      }
    }
  }

  out.push('', style.bold(t('gaps', { count: view.open.length })));
  if (view.open.length === 0) out.push(style.green(t('gaps.none')));
  for (const severity of SEVERITIES) {
    const group = view.open.filter((g) => g.severity === severity);
    if (group.length === 0) continue;
    out.push('', severityColor(severity, style)(`${SEVERITY_SYMBOL[severity]} ${t(`severity.${severity}`)} (${group.length})`));
    for (const g of group) out.push(...gapLines(g, options, style, width, result.brand));
  }
  if (view.waived.length > 0) {
    out.push('', style.dim(`${WAIVED_SYMBOL} ${t('waived', { count: view.waived.length })}`));
    for (const g of view.waived) out.push(...gapLines(g, options, style, width, result.brand, waiverOf(g, options.gate!)));
  }

  if (result.warnings.length > 0) {
    out.push('', style.bold(t('warnings', { count: result.warnings.length })));
    for (const w of result.warnings) {
      const where = `${printable(w.location.file)}:${w.location.line}:${w.location.col}`;
      const text = `${where}  ${diagnosticMessage(locale, w.code, w.args)}`;
      out.push(...wrap(text, width, '  ! ', '    ').map((l, i) => (i === 0 ? l.replace('! ', style.yellow('!') + ' ') : l)));
    }
  }
  out.push('', ...paintAll(wrap(t('explain.hint', { file: result.file }), width), style.dim), summary);
  return out.join('\n');
}

export function summaryLine(result: AuditResult, locale: Locale, style: Style = plainStyle, view?: GapView): string {
  const o = result.scores.overall;
  const open = view?.open ?? result.gaps;
  const name = printable(result.brand.brand.name);
  const text = tr(locale, 'summary', {
    brand: name,
    overall: o.score === null ? tr(locale, 'band.not-measured')
      : `${displayScore(o.score)} ${o.band.symbol} ${tr(locale, `band.${o.band.id}`)}${genericOverall(o) ? ` (${tr(locale, 'overall.generic.short')})` : ''}`,
    readiness: (view?.readiness ?? result.readiness).overall,
    gaps: open.length,
    critical: open.filter((g) => g.severity === 'critical').length,
    waived: view?.waived.length ?? 0,
    warnings: result.warnings.length,
  });
  // The name opens the line in both languages; it is made bold here, since a styled argument would be escaped.
  return text.startsWith(name) ? style.bold(name) + text.slice(name.length) : text;
}

/** The waivers of a gate that cover at least one gap. */
function waiverCount(gate: FileGate): number {
  return gate.waivers.filter((u) => u.covered.some((c) => c.questionId !== undefined)).length;
}

function gapLines(g: Gap, options: TerminalOptions, style: Style, width: number, brand: BrandFile, waiver?: WaiverUse): string[] {
  const { locale, catalog } = options;
  const q = catalog.questions.find((x) => x.id === g.questionId);
  const where = `${printable(g.location.file)}:${g.location.line}:${g.location.col}`;
  const scope = g.channelId ? tr(locale, 'gap.channel', { id: g.channelId }) : g.item ? tr(locale, 'gap.item', { id: g.item.id ?? `#${g.item.index + 1}` }) : '';
  const head = `${printable(g.questionId)}${scope ? ` (${scope})` : ''}${g.progress ? ` — ${printable(progressText(g.progress, locale))}` : ''}`;
  const lines = 2 + visibleWidth(head) + 2 + visibleWidth(where) <= width
    ? [`  ${style.bold(head)}  ${style.dim(where)}`]
    : [...paintAll(wrap(head, width, '  ', '    '), style.bold), ...paintAll(wrap(where, width, '    '), style.dim)];
  if (q) {
    lines.push(...wrap(printable(q.question[locale]), width, '    '));
    lines.push(...paintAll(wrap(printable(q.why[locale]), width, '    '), style.dim));
    if (waiver) {
      const text = tr(locale, 'gap.waived', { reason: waiver.waiver.reason, expires: dateText(waiver.waiver.expires ?? '', locale), expired: waiver.expired ? 1 : '' });
      lines.push(...paintAll(wrap(text, width, '    ', '      '), waiver.expired ? style.red : style.yellow));
    } else {
      lines.push(...paintAll(wrap(`→ ${tr(locale, 'gap.answer-at', { path: gapPath(g) || displayPath(q) })}`, width, '    ', '      '), style.cyan));
    }
    if (options.verbose) {
      lines.push(style.dim(`    ${tr(locale, 'gap.example')}`), ...paintAll(fitLines(gapExample(q, g, brand, locale).trimEnd().split('\n').map((l) => `      ${printable(l)}`).join('\n'), width).split('\n'), style.dim));
    }
  }
  return lines;
}

/** channels[2].owner, as a reader writes a path. */
function gapPath(g: Gap): string {
  return formatDataPath(g.path);
}

function kpiDetail(pillars: readonly PillarScore[], locale: Locale, style: Style, width: number): string[] {
  const lines: string[] = [];
  for (const p of pillars) {
    lines.push(`${style.bold(tr(locale, `pillar.${p.pillar}`))}  ${scoreCell(p.score, style)}`);
    for (const k of p.kpis) {
      const value = k.value === null ? tr(locale, 'not-measured') : formatNumber(k.value, locale);
      const score = k.score === null ? style.dim('—') : scoreCell(k.score, style);
      const weight = k.activity ? tr(locale, 'kpi.activity-short') : tr(locale, 'kpi.weight-short', { weight: k.weight });
      const figures = `${value.padStart(12)}  ${score}  ${style.dim(weight)}`;
      const line = `    ${printable(k.kpi).padEnd(26)} ${figures}`;
      // Narrow: the figures under the KPI's name rather than a line cut in the middle of them.
      if (visibleWidth(line) <= width) lines.push(line);
      else lines.push(...wrap(printable(k.kpi), width, '    '), ...wrap(figures.trimStart(), width, '      '));
    }
  }
  return lines;
}

function scoreCell(score: number | null, style: Style): string {
  const b = band(score);
  const text = score === null ? `${b.symbol} n/m` : `${b.symbol} ${displayScore(score)}`;
  return bandColor(b, style)(text);
}

function bar(score: number | null, style: Style): string {
  if (score === null) return style.dim('·'.repeat(10));
  const full = Math.round(score / 10);
  return bandColor(band(score), style)('█'.repeat(full)) + style.dim('░'.repeat(10 - full));
}

function bandColor(b: Band, style: Style): Paint {
  return b.id === 'good' ? style.green : b.id === 'needs-work' ? style.yellow : b.id === 'poor' ? style.red : style.dim;
}

function severityColor(sev: Severity, style: Style): Paint {
  return sev === 'critical' ? style.red : sev === 'major' ? style.yellow : style.cyan;
}

function changeCell(change: number | null | undefined, locale: Locale): string {
  if (change === null || change === undefined) return '';
  return signedChange(change, locale);
}

/** A KPI's value: whole and grouped from 1,000, else with up to two decimals. */
function formatNumber(n: number, locale: Locale): string {
  return Math.abs(n) >= 1000 ? groupedText(n, locale) : decimalText(Math.round(n * 100) / 100, locale);
}

export type { OverallScore };

