/** The CI gate and the summary across brands, as terminal text. */
import type { AuditOutcome } from '../audit/index.js';
import { failureText, tg } from '../gate/messages.js';
import type { FileGate } from '../gate/index.js';
import { dateText, decimalText, signedChange } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { band, displayScore, genericOverall } from '../score/index.js';
import { ownString } from '../util/own-string.js';
import { printable } from '../util/printable.js';
import type { Catalog } from '../questions/index.js';
import { plainStyle, type Paint, type Style } from './style.js';
import { tr } from './messages.js';
import { fitTable } from './table.js';
import { gapView } from '../gate/view.js';
import { wrap } from './text-wrap.js';

export interface GateTextOptions {
  locale: Locale;
  style?: Style;
  width?: number;
  /** Failures only, one line each: nothing when the gate passed. */
  quiet?: boolean;
}

const show = (s: number | null, locale: Locale) => (s === null ? 'n/m' : decimalText(s, locale));
const signed = (c: number | null, locale: Locale) => (c === null ? '' : signedChange(c, locale));
const paintAll = (lines: readonly string[], paint: Paint): string[] => lines.map((l) => paint(l));

/** What the summary table shows of one file: a few figures, so a streamed report need not keep the result. */
export interface SummaryRow {
  file: string;
  /** Absent for a file that could not be audited. */
  audited?: { brand: string; overall: number | null; readiness: number; gaps: number; generic: boolean };
}

/** The figures of the file's own report: open gaps and readiness as its gate judged them (waivers applied). */
export function summaryRow(o: AuditOutcome, gate: FileGate | undefined, catalog: Catalog): SummaryRow {
  if (!o.ok) return { file: ownString(o.validation.file) };
  const r = o.result;
  const view = gapView(r, gate, catalog);
  return {
    file: ownString(r.file),
    audited: {
      brand: ownString(r.brand.brand.name), overall: r.scores.overall.score, readiness: view.readiness.overall, gaps: view.open.length,
      generic: genericOverall(r.scores.overall),
    },
  };
}

export function renderSummaryTable(outcomes: readonly AuditOutcome[], gates: ReadonlyMap<string, FileGate> | undefined, catalog: Catalog, options: GateTextOptions): string {
  return renderSummaryRows(outcomes.map((o) => summaryRow(o, o.ok ? gates?.get(o.result.file) : undefined, catalog)), gates, options);
}

export function renderSummaryRows(rows: readonly SummaryRow[], gates: ReadonlyMap<string, FileGate> | undefined, options: GateTextOptions): string {
  const style = options.style ?? plainStyle;
  const width = options.width ?? 80;
  const { locale } = options;
  const cells = rows.map(({ file, audited: a }) => {
    // File names and brand names come from the inputs: printable() as they enter the table.
    if (!a) return [printable(file), '', '', '', '', style.red(tg(locale, 'summary.invalid'))];
    const g = gates?.get(file);
    const b = band(a.overall);
    return [
      printable(file), printable(a.brand),
      // `*`: judged against generic benchmarks (no objective set), said under the table.
      a.overall === null ? `${b.symbol} n/m` : `${b.symbol} ${displayScore(a.overall)}${a.generic ? '*' : ''}`,
      String(a.readiness), String(a.gaps),
      g === undefined ? '' : g.passed ? style.green(tg(locale, 'summary.pass')) : style.red(tg(locale, 'summary.fail')),
    ];
  });
  const table = fitTable({
    head: [tg(locale, 'summary.file'), tg(locale, 'summary.brand'), 'Score', '%', '?', tg(locale, 'summary.gate')],
    rows: cells,
    align: ['left', 'left', 'right', 'right', 'right', 'left'],
    flexible: [0, 1],
    minWidth: 12,
  }, width, style);
  const legend = rows.some((r) => r.audited?.generic) ? paintAll(wrap(`* ${tr(locale, 'overall.generic.short')}`, width, '', '  '), style.dim) : [];
  if (table) return [style.bold(tg(locale, 'summary.head')), table, ...legend].join('\n');
  // Too narrow for a table: each file on a line, its figures on the next.
  const lines = [style.bold(tg(locale, 'summary.head'))];
  for (const [file, brand, score, readiness, gaps, verdict] of cells) {
    lines.push(...wrap(file!, width));
    // In words: the table's "%" and "?" headers are not there to explain the figures.
    const figures = brand ? `${brand} · ${score} · ${tr(locale, 'readiness.short', { score: readiness! })} · ${tr(locale, 'gaps', { count: gaps! })}` : '';
    lines.push(...wrap([figures, verdict].filter(Boolean).join(' · '), width, '  ', '    '));
  }
  return [...lines, ...legend].join('\n');
}

export function renderGateText(gates: readonly FileGate[], options: GateTextOptions): string {
  const style = options.style ?? plainStyle;
  const width = options.width ?? 80;
  const { locale } = options;
  const out: string[] = [];
  const failures = gates.flatMap((g) => g.failures);
  if (options.quiet && failures.length === 0) return '';
  out.push(failures.length === 0 ? style.green(style.bold(tg(locale, 'gate.passed'))) : style.red(style.bold(tg(locale, 'gate.failed', { count: failures.length }))));
  for (const f of failures) {
    const where = printable(f.line !== undefined ? `${f.file}:${f.line}:${f.col ?? 1}` : f.file);
    out.push(...paintAll(wrap(`✖ ${where}  ${failureText(f, locale)}`, width, '  ', '    '), style.red));
  }
  // Quiet: the verdict and what failed, not the waivers and the baseline's detail.
  if (options.quiet) return out.join('\n');
  for (const g of gates) {
    const lines: string[] = [];
    if (g.waivers.length > 0) {
      lines.push(`  ${tg(locale, 'gate.waivers', { count: g.waivers.length })}`);
      for (const u of g.waivers) {
        const covered = u.covered.length === 0
          ? tg(locale, 'gate.unused')
          : u.covered.map((c) => [c.questionId ?? c.kpi, c.channelId].filter(Boolean).join('@')).join(', ');
        lines.push(...paintAll(wrap(tg(locale, 'gate.waiver', {
          index: u.index, target: u.waiver.question ?? u.waiver.kpi ?? '', channel: u.waiver.channel ?? '', reason: u.waiver.reason,
          expires: dateText(u.waiver.expires ?? '', locale), expired: u.expired ? 1 : '', covered,
        }), width, '    ', '      '), u.expired ? style.red : style.yellow));
      }
      lines.push(...wrap(tg(locale, 'gate.with-without', {
        o1: show(g.withoutWaivers.overall, locale), o2: show(g.withWaivers.overall, locale), r1: g.withoutWaivers.readiness, r2: g.withWaivers.readiness,
      }), width, '  ', '    '));
    }
    if (g.baseline) {
      const b = g.baseline;
      if (!b.found) lines.push(...wrap(tg(locale, 'gate.baseline.missing'), width, '  ', '    '));
      else {
        lines.push(...wrap(tg(locale, 'gate.baseline', {
          before: show(b.overall.before, locale), after: show(b.overall.after, locale), change: signed(b.overall.change, locale), opened: b.opened.length, closed: b.closed.length,
        }), width, '  ', '    '));
        if (b.opened.length) lines.push(...paintAll(wrap(tg(locale, 'gate.opened', { list: b.opened.join(', ') }), width, '    ', '      '), style.dim));
        if (b.closed.length) lines.push(...paintAll(wrap(tg(locale, 'gate.closed', { list: b.closed.join(', ') }), width, '    ', '      '), style.dim));
      }
    }
    if (lines.length > 0) out.push('', ...paintAll(wrap(printable(g.file), width), style.bold), ...lines);
  }
  return out.join('\n');
}
