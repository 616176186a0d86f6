/**
 * The audit as people read it in a terminal: header, pillar table, channels, open questions by severity, and a
 * one-line summary. A pure function of the result: colour, width and language are passed in.
 */
import { formatDataPath } from '../model/diagnostic.js';
import Table from 'cli-table3';
import type { AuditResult } from '../audit/index.js';
import { decimalText, groupedText, signedChange } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { PILLARS, type Pillar } from '../model/brand.js';
import { SEVERITIES, displayPath, type Catalog, type Gap, type Severity } from '../questions/index.js';
import { band, displayScore, noteText, type Band, type OverallScore, type PillarScore } from '../score/index.js';
import { diagnosticMessage } from '../validate/messages.js';
import { tr } from './messages.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './text-wrap.js';

export interface TerminalOptions {
  locale: Locale;
  style?: Style;
  /** Terminal width in columns. */
  width?: number;
  /** Summary (and failures) only. */
  quiet?: boolean;
  /** KPI detail under each pillar, and an example under each gap. */
  verbose?: boolean;
  catalog: Catalog;
}

/** Below this width the tables no longer fit: the same facts are printed as lines. */
const TABLE_MIN_WIDTH = 72;
const SEVERITY_SYMBOL: Record<Severity, string> = { critical: '✖', major: '▲', minor: '•' };

export function renderAuditText(result: AuditResult, options: TerminalOptions): string {
  const style = options.style ?? plainStyle;
  const width = options.width ?? 80;
  const { locale } = options;
  const t = (key: Parameters<typeof tr>[1], args?: Record<string, string | number>) => tr(locale, key, args);
  const summary = summaryLine(result, locale, style);
  if (options.quiet) return summary;

  const out: string[] = [];
  const s = result.scores;
  const period = s.period ? `${s.period.label ? s.period.label + ' · ' : ''}${t('period', { start: s.period.start, end: s.period.end })}` : t('no-period');
  out.push(style.bold(result.brand.brand.name) + style.dim(`  ${period}`), style.dim(result.file), '');

  const gapCount = (p: Pillar) => result.gaps.filter((g) => g.pillars.includes(p)).length;
  const rows = s.pillars.map((p) => ({
    name: t(`pillar.${p.pillar}`),
    score: scoreCell(p.score, style),
    bar: bar(p.score, style),
    gaps: String(gapCount(p.pillar)),
    change: changeCell(p.change, locale),
  }));
  const overallRow = { name: style.bold(t('overall')), score: scoreCell(s.overall.score, style), bar: bar(s.overall.score, style), gaps: String(result.gaps.length), change: changeCell(s.overall.change, locale) };

  if (width >= TABLE_MIN_WIDTH) {
    const table = newTable([t('head.pillar'), t('head.score'), t('head.bar'), t('head.gaps'), t('head.change')], style, ['left', 'right', 'left', 'right', 'right']);
    for (const r of [...rows, overallRow]) table.push([r.name, r.score, r.bar, r.gaps, r.change]);
    out.push(table.toString());
  } else {
    for (const r of [...rows, overallRow]) out.push(`${r.name.padEnd(14)} ${r.score}${r.change ? `  (${r.change})` : ''}`);
  }
  if (options.verbose) out.push('', ...kpiDetail(s.pillars, locale, style, width));
  if (result.unmeasuredPillars.length > 0) out.push(...wrap(t('unmeasured.note'), width).map(style.dim));
  const r = result.readiness;
  out.push('', ...wrap(t('readiness', { score: r.overall, answered: r.answered, total: r.total }), width));
  const sections = options.catalog.sections
    .filter((sec) => r.bySection[sec.id])
    .map((sec) => `${sec.title[locale]} ${r.bySection[sec.id]!.score} %`);
  if (sections.length > 0) out.push(...wrap(sections.join(' · '), width, '  ').map(style.dim));
  for (const n of s.notes) out.push(...wrap(`! ${noteText(n, locale)}`, width).map(style.yellow));

  out.push('', style.bold(t('channels')));
  if (s.channels.length === 0) out.push(t('channels.none'));
  else if (width >= TABLE_MIN_WIDTH) {
    const table = newTable([t('head.channel'), ...PILLARS.map((p) => t(`pillar.short.${p}`)), t('head.overall')], style, ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
    for (const c of s.channels) {
      table.push([clip(`${c.channelId} (${c.label ?? c.platform})`, 24), ...c.pillars.map((p) => scoreCell(p.score, style)), scoreCell(c.overall.score, style)]);
    }
    out.push(table.toString());
  } else {
    for (const c of s.channels) {
      out.push(`${c.channelId}: ${scoreCell(c.overall.score, style)}`);
      const cells = c.pillars.map((p) => `${t(`pillar.short.${p.pillar}`)} ${scoreCell(p.score, style)}`);
      out.push('  ' + cells.slice(0, 3).join('  '), '  ' + cells.slice(3).join('  '));
    }
  }

  out.push('', style.bold(t('gaps', { count: result.gaps.length })));
  if (result.gaps.length === 0) out.push(style.green(t('gaps.none')));
  for (const severity of SEVERITIES) {
    const group = result.gaps.filter((g) => g.severity === severity);
    if (group.length === 0) continue;
    out.push('', severityColor(severity, style)(`${SEVERITY_SYMBOL[severity]} ${t(`severity.${severity}`)} (${group.length})`));
    for (const g of group) out.push(...gapLines(g, options, style, width));
  }

  if (result.warnings.length > 0) {
    out.push('', style.bold(t('warnings', { count: result.warnings.length })));
    for (const w of result.warnings) {
      out.push(`  ${style.yellow('!')} ${w.location.file}:${w.location.line}:${w.location.col}  ${diagnosticMessage(locale, w.code, w.args)}`);
    }
  }
  out.push('', ...wrap(t('explain.hint', { file: result.file }), width).map(style.dim), summary);
  return out.join('\n');
}

export function summaryLine(result: AuditResult, locale: Locale, style: Style = plainStyle): string {
  const o = result.scores.overall;
  return tr(locale, 'summary', {
    brand: style.bold(result.brand.brand.name),
    overall: o.score === null ? tr(locale, 'band.not-measured') : `${displayScore(o.score)} ${o.band.symbol} ${tr(locale, `band.${o.band.id}`)}`,
    readiness: result.readiness.overall,
    gaps: result.gaps.length,
    critical: result.gaps.filter((g) => g.severity === 'critical').length,
    warnings: result.warnings.length,
  });
}

function gapLines(g: Gap, options: TerminalOptions, style: Style, width: number): string[] {
  const { locale, catalog } = options;
  const q = catalog.questions.find((x) => x.id === g.questionId);
  const where = `${g.location.file}:${g.location.line}:${g.location.col}`;
  const scope = g.channelId ? tr(locale, 'gap.channel', { id: g.channelId }) : g.item ? tr(locale, 'gap.item', { id: g.item.id ?? `#${g.item.index + 1}` }) : '';
  const head = `  ${g.questionId}${scope ? ` (${scope})` : ''}`;
  const lines = head.length + 2 + where.length <= width
    ? [`${style.bold(head)}  ${style.dim(where)}`]
    : [style.bold(head), style.dim(`    ${where}`)];
  if (q) {
    lines.push(...wrap(q.question[locale], width, '    '));
    lines.push(...wrap(q.why[locale], width, '    ').map(style.dim));
    lines.push(style.cyan(`    → ${tr(locale, 'gap.answer-at', { path: gapPath(g) || displayPath(q) })}`));
    if (options.verbose) {
      lines.push(style.dim(`    ${tr(locale, 'gap.example')}`), ...q.answer.example.trimEnd().split('\n').map((l) => style.dim(`      ${l}`)));
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
    lines.push(style.bold(`${tr(locale, `pillar.${p.pillar}`)}  ${scoreCell(p.score, style)}`));
    for (const k of p.kpis) {
      const value = k.value === null ? tr(locale, 'not-measured') : formatNumber(k.value, locale);
      const score = k.score === null ? style.dim('—') : scoreCell(k.score, style);
      lines.push(clip(`    ${k.kpi.padEnd(26)} ${value.padStart(12)}  ${score}  ${style.dim(tr(locale, 'kpi.weight-short', { weight: k.weight }))}`, width + 40));
    }
  }
  return lines;
}

function newTable(head: string[], style: Style, align: ('left' | 'right')[]): Table.Table {
  return new Table({
    head: head.map((h) => style.bold(h)),
    colAligns: align,
    // cli-table3 colours borders and headers by itself, even when piped: colour is our decision.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    // No rule between body rows: the table stays short enough to read at a glance.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
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

function bandColor(b: Band, style: Style): (s: string) => string {
  return b.id === 'good' ? style.green : b.id === 'needs-work' ? style.yellow : b.id === 'poor' ? style.red : style.dim;
}

function severityColor(sev: Severity, style: Style): (s: string) => string {
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

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

export type { OverallScore };
