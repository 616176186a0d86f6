/**
 * A compact Markdown report for a pull-request comment or a CI job summary ($GITHUB_STEP_SUMMARY): scores first,
 * open questions folded by severity, so a reviewer sees the verdict without scrolling.
 */
import { formatDataPath } from '../model/diagnostic.js';
import type { AuditOutcome, AuditResult } from '../audit/index.js';
import { dateText, decimalText, percentText, periodText, signedChange } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { SEVERITIES, progressText, type Catalog, type Gap, type Severity } from '../questions/index.js';
import { activityText, band, displayScore, genericOverall } from '../score/index.js';
import { diagnosticMessage } from '../validate/messages.js';
import type { FileGate } from '../gate/index.js';
import { failureText, tg } from '../gate/messages.js';
import { ownString } from '../util/own-string.js';
import { printable } from '../util/printable.js';
import type { ReportStream } from './index.js';
import { streamOf } from './stream-of.js';
import { tr } from './messages.js';
import { channelCell } from './channel-cell.js';
import { gapView, waiverOf, type GapView } from '../gate/view.js';

export interface MarkdownOptions {
  locale: Locale;
  catalog: Catalog;
  gates?: ReadonlyMap<string, FileGate>;
}

const SEVERITY_SYMBOL: Record<Severity, string> = { critical: '✖', major: '▲', minor: '•' };

export function renderAuditMarkdown(outcomes: readonly AuditOutcome[], options: MarkdownOptions): string {
  const { locale } = options;
  const out: string[] = [];
  const valid = outcomes.filter((o): o is Extract<AuditOutcome, { ok: true }> => o.ok).map((o) => o.result);
  const invalid = outcomes.filter((o): o is Extract<AuditOutcome, { ok: false }> => !o.ok);
  if (options.gates && options.gates.size > 0) out.push(...gateSection([...options.gates.values()], locale));
  if (outcomes.length > 1) {
    const generic = valid.some((r) => genericOverall(r.scores.overall));
    out.push(...summaryTable(locale, valid.map((r) => summaryRow(r, viewOf(r, options), locale)), invalid.map((o) => invalidRow(o, locale)), generic));
  }
  const h = heading(outcomes.length);
  for (const r of valid) out.push(...brandSection(r, options, h));
  for (const o of invalid) out.push(...invalidSection(o, locale, h));
  return out.join('\n').trimEnd() + '\n';
}

/**
 * The same report, streamed: each brand's section as it comes. The verdict and the table across brands come
 * first and are known only at the end, so the head comes last; the sections of invalid files, which follow every
 * brand's, are kept until then (a few lines each), as are the table's rows.
 */
export function auditMarkdownStream(options: MarkdownOptions, files: number): ReportStream {
  const { locale } = options;
  const h = heading(files);
  const rows: string[] = [];
  const invalidRows: string[] = [];
  const invalidLines: string[] = [];
  let seen = 0;
  let body = false;
  let generic = false;
  // The whole report ends with trimEnd(): the trailing white space of what is written so far waits here, and is
  // dropped if nothing else comes. (A section always starts with its heading, so trimming never reaches further.)
  let pending = '';
  return streamOf({
    headLast: true,
    piece: (o) => (o.ok
      ? { row: summaryRow(o.result, viewOf(o.result, options), options.locale), section: brandSection(o.result, options, h).join('\n'), generic: genericOverall(o.result.scores.overall) }
      : { row: invalidRow(o, locale), invalidLines: invalidSection(o, locale, h) }),
    add(p) {
      seen++;
      // Copied: what is kept until the end must not keep the brand file's text with it.
      if (p.invalidLines) {
        invalidRows.push(ownString(p.row));
        invalidLines.push(...p.invalidLines.map(ownString));
        return '';
      }
      rows.push(ownString(p.row));
      if (p.generic) generic = true;
      const text = pending + (body ? '\n' : '') + p.section;
      body = true;
      const kept = text.trimEnd();
      pending = text.slice(kept.length);
      return kept;
    },
    end() {
      if (seen !== files) throw new Error(`internal: the markdown stream was promised ${files} files and given ${seen}`);
      const headLines = [
        ...(options.gates && options.gates.size > 0 ? gateSection([...options.gates.values()], locale) : []),
        ...(seen > 1 ? summaryTable(locale, rows, invalidRows, generic) : []),
      ];
      if (!body && invalidLines.length === 0) return { head: headLines.join('\n').trimEnd() + '\n', tail: '' };
      const rest = invalidLines.length > 0 ? (body ? '\n' : '') + invalidLines.join('\n') : '';
      return { head: headLines.length > 0 ? headLines.join('\n') + '\n' : '', tail: (pending + rest).trimEnd() + '\n' };
    },
  });
}

/** A single brand's report has its sections at level 2; several brands' sit under the table, at level 3. */
const heading = (files: number) => (files > 1 ? '###' : '##');

function summaryTable(locale: Locale, rows: readonly string[], invalidRows: readonly string[], generic: boolean): string[] {
  // A row's score marked \* is judged against generic benchmarks (no objective set): said under the table.
  const legend = generic ? [`${GENERIC_MARK} ${tr(locale, 'overall.generic.short')}`, ''] : [];
  return [
    `## smscore — ${tr(locale, 'summary.files', { files: rows.length + invalidRows.length, invalid: invalidRows.length })}`, '',
    `| ${tr(locale, 'md.brand')} | ${tr(locale, 'head.overall')} | ${tr(locale, 'md.readiness')} | ${tr(locale, 'head.gaps')} | ${tr(locale, 'md.file')} |`, '|---|---:|---:|---:|---|',
    ...rows, ...invalidRows, '', ...legend,
  ];
}

/** Marks a score judged against generic benchmarks, escaped so that Markdown shows the star. */
const GENERIC_MARK = '\\*';

/** Open and waived gaps, and the readiness the gate judged: the figures the text report shows too. */
const viewOf = (r: AuditResult, options: MarkdownOptions): GapView => gapView(r, options.gates?.get(r.file), options.catalog);

function summaryRow(r: AuditResult, view: GapView, locale: Locale): string {
  return `| ${cell(r.brand.brand.name)} | ${score(r.scores.overall.score)}${genericOverall(r.scores.overall) ? GENERIC_MARK : ''} | ${percentText(view.readiness.overall, locale)} | ${view.open.length} | \`${code(r.file)}\` |`;
}

function invalidRow(o: Extract<AuditOutcome, { ok: false }>, locale: Locale): string {
  return `| — | ${tr(locale, 'md.invalid')} | | | \`${code(o.validation.file)}\` |`;
}

function invalidSection(o: Extract<AuditOutcome, { ok: false }>, locale: Locale, h: string): string[] {
  const out = [`${h} ❌ \`${code(o.validation.file)}\` — ${tr(locale, 'md.invalid')}`, ''];
  for (const d of o.validation.diagnostics) {
    out.push(`- \`${code(d.location.file)}:${d.location.line}:${d.location.col}\` **${d.severity}** ${cell(diagnosticMessage(locale, d.code, d.args))}`);
  }
  out.push('');
  return out;
}

function brandSection(r: AuditResult, options: MarkdownOptions, h: string): string[] {
  const { locale, catalog } = options;
  const s = r.scores;
  const o = s.overall;
  const out: string[] = [];
  const view = viewOf(r, options);
  const period = s.period ? ` — ${cell(s.period.label ?? periodText(s.period.start, s.period.end, locale))}` : '';
  out.push(`${h} ${cell(r.brand.brand.name)}${period}`, '');
  out.push(
    `**${tr(locale, 'overall')} ${score(o.score)}** ${o.score === null ? '' : `(${tr(locale, `band.${o.band.id}`)})`}` +
      ` · ${tr(locale, 'readiness.short', { score: view.readiness.overall })}` +
      ` · ${tr(locale, 'gaps', { count: view.open.length })}` +
      (o.change !== null && o.change !== undefined ? ` · ${tr(locale, 'head.change')} ${change(o.change, locale)}` : ''),
    '',
  );
  if (genericOverall(o)) out.push(`> ${tr(locale, 'overall.generic')}`, '');
  out.push(`| ${tr(locale, 'head.pillar')} | ${tr(locale, 'head.score')} | ${tr(locale, 'head.change')} | ${tr(locale, 'head.gaps')} |`, '|---|---:|---:|---:|');
  for (const p of s.pillars) {
    const open = view.open.filter((g) => g.pillars.includes(p.pillar)).length;
    out.push(`| ${tr(locale, `pillar.${p.pillar}`)} | ${score(p.score)} | ${change(p.change, locale)} | ${open} |`);
  }
  const activity = activityText(s, locale);
  if (activity) out.push('', cell(activity));
  out.push('', `\`${code(r.file)}\``, '');
  if (s.channels.length > 0) {
    out.push(`<details><summary>${tr(locale, 'channels')} (${s.channels.length})</summary>`, '');
    out.push(`| ${tr(locale, 'head.channel')} | ${s.pillars.map((p) => tr(locale, `pillar.short.${p.pillar}`)).join(' | ')} | ${tr(locale, 'head.overall')} |`);
    out.push(`|---|${s.pillars.map(() => '---:').join('|')}|---:|`);
    for (const c of s.channels) {
      out.push(`| ${cell(channelCell(c))} | ${c.pillars.map((p) => score(p.score)).join(' | ')} | ${score(c.overall.score)} |`);
    }
    out.push('', '</details>', '');
  }
  for (const sev of SEVERITIES) {
    const group = view.open.filter((g) => g.severity === sev);
    if (group.length === 0) continue;
    out.push(`<details${sev === 'critical' ? ' open' : ''}><summary>${SEVERITY_SYMBOL[sev]} ${tr(locale, `severity.${sev}`)} (${group.length})</summary>`, '');
    for (const g of group) out.push(gapLine(g, catalog, locale));
    out.push('', '</details>', '');
  }
  if (view.waived.length > 0) {
    out.push(`<details><summary>○ ${tr(locale, 'waived', { count: view.waived.length })}</summary>`, '');
    for (const g of view.waived) {
      const use = waiverOf(g, options.gates!.get(r.file)!);
      const reason = use ? ` — ${cell(tr(locale, 'gap.waived', { reason: use.waiver.reason, expires: dateText(use.waiver.expires ?? '', locale), expired: use.expired ? 1 : '' }))}` : '';
      out.push(gapLine(g, catalog, locale) + reason);
    }
    out.push('', '</details>', '');
  }
  if (r.warnings.length > 0) {
    out.push(`<details><summary>⚠ ${tr(locale, 'warnings', { count: r.warnings.length })}</summary>`, '');
    for (const w of r.warnings) out.push(`- \`${code(w.location.file)}:${w.location.line}:${w.location.col}\` ${cell(diagnosticMessage(locale, w.code, w.args))}`);
    out.push('', '</details>', '');
  }
  return out;
}

function gapLine(g: Gap, catalog: Catalog, locale: Locale): string {
  const q = catalog.questions.find((x) => x.id === g.questionId);
  const scope = g.channelId ? ` (${tr(locale, 'gap.channel', { id: g.channelId })})` : g.item ? ` (${tr(locale, 'gap.item', { id: g.item.id ?? `#${g.item.index + 1}` })})` : '';
  const path = formatDataPath(g.path);
  const progress = g.progress ? ` (${cell(progressText(g.progress, locale))})` : '';
  return `- \`${code(g.questionId)}\`${cell(scope)} — ${cell(q?.question[locale] ?? '')}${progress} \`${code(g.location.file)}:${g.location.line}:${g.location.col}\` → \`${code(path)}\``;
}

function score(value: number | null): string {
  const b = band(value);
  return value === null ? `${b.symbol} n/m` : `${b.symbol} ${displayScore(value)}`;
}

function change(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return signedChange(value, locale);
}

/**
 * Untrusted text in Markdown prose, a heading or a table cell (issue 20, item 5): it shows as written and never
 * becomes HTML, a link or image, a new table row or column, or a new block. Control characters and line breaks go
 * through printable() (a line break is ⏎), so the text stays on its line; `<`, `>` and `&` become entities; `\`,
 * `|`, `[`, `]` are backslash-escaped; a backtick becomes ʼ (it would open a code span); and a block marker at its
 * start (`#`, `>`, `-`, `+`, `*`, `=`, `_`, `~`, `1.`) is escaped, since the text may follow a list item's `- `.
 */
export function cell(text: string): string {
  return printable(text)
    .replace(/[\\|[\]]/g, (c) => `\\${c}`).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, 'ʼ')
    .replace(/^(\s*)([#>+*=_~-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * Untrusted text inside an inline code span (a file name, a location): Markdown and HTML are not read there, so
 * only what could end the span or the table row is changed — a backtick becomes ʼ, `|` is escaped (GitHub reads
 * it as a column even in code) — and control characters and line breaks go through printable().
 */
export function code(text: string): string {
  return printable(text).replace(/`/g, 'ʼ').replace(/\|/g, '\\|');
}

/** The verdict first: a reviewer reads whether the change passes before any score. */
function gateSection(gates: readonly FileGate[], locale: Locale): string[] {
  const failures = gates.flatMap((g) => g.failures);
  const out = [failures.length === 0 ? `### ✅ ${tg(locale, 'gate.passed')}` : `### ❌ ${tg(locale, 'gate.failed', { count: failures.length })}`, ''];
  for (const f of failures) {
    const where = f.line !== undefined ? `${f.file}:${f.line}:${f.col ?? 1}` : f.file;
    out.push(`- \`${code(where)}\` ${cell(failureText(f, locale))}`);
  }
  const waivers = gates.flatMap((g) => g.waivers.map((u) => ({ g, u })));
  if (waivers.length > 0) {
    out.push('', `<details><summary>${tg(locale, 'gate.waivers', { count: waivers.length })}</summary>`, '');
    for (const { g, u } of waivers) {
      out.push(`- \`${code(g.file)}\` ${cell(tg(locale, 'gate.waiver', {
        index: u.index, target: u.waiver.question ?? u.waiver.kpi ?? '', channel: u.waiver.channel ?? '', reason: u.waiver.reason,
        expires: dateText(u.waiver.expires ?? '', locale), expired: u.expired ? 1 : '',
        covered: u.covered.length ? u.covered.map((c) => [c.questionId ?? c.kpi, c.channelId].filter(Boolean).join('@')).join(', ') : tg(locale, 'gate.unused'),
      }))}`);
    }
    out.push('', '</details>');
  }
  for (const g of gates) {
    if (!g.baseline?.found) continue;
    const b = g.baseline;
    const c = b.overall.change;
    out.push('', `- \`${code(g.file)}\` ${cell(tg(locale, 'gate.baseline', {
      before: b.overall.before === null ? 'n/m' : decimalText(b.overall.before, locale),
      after: b.overall.after === null ? 'n/m' : decimalText(b.overall.after, locale), change: c === null ? '' : change(c, locale), opened: b.opened.length, closed: b.closed.length,
    }))}`);
  }
  out.push('');
  return out;
}
