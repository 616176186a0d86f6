/**
 * The machine-readable audit report. Versioned (formatVersion) and complete: scores with their KPI breakdown,
 * gaps with locations and their texts, readiness, warnings, and which tool, catalog and scoring model made it,
 * so anyone can recompute every number from the report alone.
 */
import type { AuditOutcome, AuditResult } from '../audit/index.js';
import type { Locale } from '../i18n/translate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayPath, gapExample, progressText, type Catalog, type Gap } from '../questions/index.js';
import type { BrandFile } from '../model/brand.js';
import type { FileGate } from '../gate/index.js';
import { failureText } from '../gate/messages.js';
import { diagnosticHint, diagnosticMessage } from '../validate/messages.js';
import type { ReportStream } from './index.js';
import { streamOf } from './stream-of.js';
import { ARRAY_SLOT, fitsWhole, jsonArrayStream } from './json-stream.js';

export const REPORT_FORMAT_VERSION = 1;

export interface ReportMeta {
  toolVersion: string;
  catalogVersion: string;
  locale: Locale;
  catalog: Catalog;
  gates?: ReadonlyMap<string, FileGate>;
}

function gateJson(g: FileGate, locale: Locale) {
  return {
    passed: g.passed,
    thresholds: g.thresholds,
    failures: g.failures.map((f) => ({ ...f, message: failureText(f, locale) })),
    waivers: g.waivers.map((u) => ({ index: u.index, ...u.waiver, expired: u.expired, covered: u.covered })),
    withoutWaivers: g.withoutWaivers,
    withWaivers: g.withWaivers,
    baseline: g.baseline ?? null,
  };
}

export function diagnosticJson(d: Diagnostic, locale: Locale) {
  return {
    severity: d.severity,
    code: d.code,
    message: diagnosticMessage(locale, d.code, d.args),
    hint: diagnosticHint(locale, d.code, d.args) ?? null,
    file: d.location.file,
    line: d.location.line,
    col: d.location.col,
    pointer: d.pointer,
    args: d.args,
  };
}

function gapJson(g: Gap, meta: ReportMeta, brand: BrandFile) {
  const q = meta.catalog.questions.find((x) => x.id === g.questionId);
  return {
    questionId: g.questionId,
    severity: g.severity,
    section: g.section,
    pillars: g.pillars,
    channelId: g.channelId ?? null,
    item: g.item ?? null,
    file: g.location.file,
    line: g.location.line,
    col: g.location.col,
    path: g.path,
    // Partly answered list (4 of 10 stages): counts, and the same in words in the report's language.
    progress: g.progress ? { have: g.progress.have, of: g.progress.of, text: progressText(g.progress, meta.locale) } : null,
    question: q?.question[meta.locale] ?? null,
    why: q?.why[meta.locale] ?? null,
    answer: q ? { path: displayPath(q), kind: q.answer.kind, example: gapExample(q, g, brand, meta.locale) } : null,
  };
}

export function auditResultJson(r: AuditResult, meta: ReportMeta) {
  return {
    file: r.file,
    valid: true,
    brand: { name: r.brand.brand.name, sector: r.brand.brand.sector ?? null, currency: r.brand.brand.currency ?? null },
    period: r.brand.period ?? null,
    scores: r.scores,
    readiness: r.readiness,
    unmeasuredPillars: r.unmeasuredPillars,
    gaps: r.gaps.map((g) => gapJson(g, meta, r.brand)),
    warnings: r.warnings.map((d) => diagnosticJson(d, meta.locale)),
    ...(meta.gates?.has(r.file) ? { gate: gateJson(meta.gates.get(r.file)!, meta.locale) } : {}),
  };
}

/** One element of the report's `files` array. */
export function fileJson(o: AuditOutcome, meta: ReportMeta) {
  return o.ok
    ? auditResultJson(o.result, meta)
    : { file: o.validation.file, valid: false, diagnostics: o.validation.diagnostics.map((d) => diagnosticJson(d, meta.locale)) };
}

/** The report around its `files`: the header, and the summary of counts, which comes before the files. */
function reportJson<F>(meta: ReportMeta, counts: { files: number; invalid: number }, files: F) {
  const gates = meta.gates ? [...meta.gates.values()] : undefined;
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    tool: { name: 'smscore', version: meta.toolVersion },
    catalog: { version: meta.catalogVersion, questions: meta.catalog.questions.length },
    scoringModel: { version: 2 },
    locale: meta.locale,
    summary: {
      files: counts.files,
      invalid: counts.invalid,
      ...(gates ? { passed: gates.filter((g) => g.passed).length, failed: gates.filter((g) => !g.passed).length } : {}),
    },
    files,
  };
}

export function auditReportJson(outcomes: readonly AuditOutcome[], meta: ReportMeta) {
  return reportJson(meta, { files: outcomes.length, invalid: outcomes.filter((o) => !o.ok).length }, outcomes.map((o) => fileJson(o, meta)));
}

/**
 * The same report, streamed: each file's element as soon as it is audited, indented as in the whole report. The
 * summary above `files` is known only at the end, so the stream's head comes last (the sink holds the files
 * until then, on disk). An element is made into text where the file was audited (a worker thread, maybe) when it
 * is of ordinary size; a larger one (a brand of thousands of channels) is kept as data and written in parts, so
 * that its text, tens of MB, is never held whole.
 */
export function auditReportJsonStream(meta: ReportMeta): ReportStream {
  const counts = { files: 0, invalid: 0 };
  const files = jsonArrayStream(2);
  return streamOf({
    headLast: true,
    piece: (o) => {
      const element = fileJson(o, meta);
      return fitsWhole(element) ? { invalid: !o.ok, text: files.indented(element) } : { invalid: !o.ok, element };
    },
    add(p) {
      counts.files++;
      if (p.invalid) counts.invalid++;
      return p.text !== undefined ? files.place(p.text) : { parts: files.placeParts(p.element) };
    },
    end: () => files.end(JSON.stringify(reportJson(meta, counts, ARRAY_SLOT), null, 2) + '\n'),
  });
}
