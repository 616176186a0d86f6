/** The CI gate and the summary across brands, as terminal text. */
import Table from 'cli-table3';
import type { AuditOutcome } from '../audit/index.js';
import { failureText, tg } from '../gate/messages.js';
import type { FileGate } from '../gate/index.js';
import { decimalText, signedChange } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { band, displayScore } from '../score/index.js';
import { ownString } from '../util/own-string.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './text-wrap.js';

export interface GateTextOptions {
  locale: Locale;
  style?: Style;
  width?: number;
}

const show = (s: number | null, locale: Locale) => (s === null ? 'n/m' : decimalText(s, locale));
const signed = (c: number | null, locale: Locale) => (c === null ? '' : signedChange(c, locale));

/** What the summary table shows of one file: a few figures, so a streamed report need not keep the result. */
export interface SummaryRow {
  file: string;
  /** Absent for a file that could not be audited. */
  audited?: { brand: string; overall: number | null; readiness: number; gaps: number };
}

export function summaryRow(o: AuditOutcome): SummaryRow {
  if (!o.ok) return { file: ownString(o.validation.file) };
  const r = o.result;
  return { file: ownString(r.file), audited: { brand: ownString(r.brand.brand.name), overall: r.scores.overall.score, readiness: r.readiness.overall, gaps: r.gaps.length } };
}

export function renderSummaryTable(outcomes: readonly AuditOutcome[], gates: ReadonlyMap<string, FileGate> | undefined, options: GateTextOptions): string {
  return renderSummaryRows(outcomes.map(summaryRow), gates, options);
}

export function renderSummaryRows(rows: readonly SummaryRow[], gates: ReadonlyMap<string, FileGate> | undefined, options: GateTextOptions): string {
  const style = options.style ?? plainStyle;
  const { locale } = options;
  const table = new Table({
    head: [tg(locale, 'summary.file'), tg(locale, 'summary.brand'), 'Score', '%', '?', tg(locale, 'summary.gate')].map((h) => style.bold(h)),
    colAligns: ['left', 'left', 'right', 'right', 'right', 'left'],
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const { file, audited: a } of rows) {
    if (!a) {
      table.push([file, '', '', '', '', style.red(tg(locale, 'summary.invalid'))]);
      continue;
    }
    const g = gates?.get(file);
    const b = band(a.overall);
    table.push([
      file, a.brand,
      a.overall === null ? `${b.symbol} n/m` : `${b.symbol} ${displayScore(a.overall)}`,
      String(a.readiness), String(a.gaps),
      g === undefined ? '' : g.passed ? style.green(tg(locale, 'summary.pass')) : style.red(tg(locale, 'summary.fail')),
    ]);
  }
  return `${style.bold(tg(locale, 'summary.head'))}\n${table.toString()}`;
}

export function renderGateText(gates: readonly FileGate[], options: GateTextOptions): string {
  const style = options.style ?? plainStyle;
  const width = options.width ?? 80;
  const { locale } = options;
  const out: string[] = [];
  const failures = gates.flatMap((g) => g.failures);
  out.push(failures.length === 0 ? style.green(style.bold(tg(locale, 'gate.passed'))) : style.red(style.bold(tg(locale, 'gate.failed', { count: failures.length }))));
  for (const f of failures) {
    const where = f.line !== undefined ? `${f.file}:${f.line}:${f.col ?? 1}` : f.file;
    out.push(...wrap(`✖ ${where}  ${failureText(f, locale)}`, width, '  ', '    ').map(style.red));
  }
  for (const g of gates) {
    const lines: string[] = [];
    if (g.waivers.length > 0) {
      lines.push(tg(locale, 'gate.waivers', { count: g.waivers.length }));
      for (const u of g.waivers) {
        const covered = u.covered.length === 0
          ? tg(locale, 'gate.unused')
          : u.covered.map((c) => [c.questionId ?? c.kpi, c.channelId].filter(Boolean).join('@')).join(', ');
        lines.push(...wrap(tg(locale, 'gate.waiver', {
          index: u.index, target: u.waiver.question ?? u.waiver.kpi ?? '', channel: u.waiver.channel ?? '', reason: u.waiver.reason,
          expires: u.waiver.expires ?? '', expired: u.expired ? 1 : '', covered,
        }), width, '    ').map((l) => (u.expired ? style.red(l) : style.yellow(l))));
      }
      lines.push(...wrap(tg(locale, 'gate.with-without', {
        o1: show(g.withoutWaivers.overall, locale), o2: show(g.withWaivers.overall, locale), r1: g.withoutWaivers.readiness, r2: g.withWaivers.readiness,
      }), width, '  '));
    }
    if (g.baseline) {
      const b = g.baseline;
      if (!b.found) lines.push(`  ${tg(locale, 'gate.baseline.missing')}`);
      else {
        lines.push(...wrap(tg(locale, 'gate.baseline', {
          before: show(b.overall.before, locale), after: show(b.overall.after, locale), change: signed(b.overall.change, locale), opened: b.opened.length, closed: b.closed.length,
        }), width, '  '));
        if (b.opened.length) lines.push(...wrap(tg(locale, 'gate.opened', { list: b.opened.join(', ') }), width, '    ').map(style.dim));
        if (b.closed.length) lines.push(...wrap(tg(locale, 'gate.closed', { list: b.closed.join(', ') }), width, '    ').map(style.dim));
      }
    }
    if (lines.length > 0) out.push('', style.bold(g.file), ...lines);
  }
  return out.join('\n');
}
