/**
 * The machine-readable audit report. Versioned (formatVersion) and complete: scores with their KPI breakdown,
 * gaps with locations and their texts, readiness, warnings, and which tool, catalog and scoring model made it,
 * so anyone can recompute every number from the report alone.
 */
import type { AuditOutcome, AuditResult } from '../audit/index.js';
import type { Locale } from '../i18n/translate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayPath, type Catalog, type Gap } from '../questions/index.js';
import { diagnosticHint, diagnosticMessage } from '../validate/messages.js';

export const REPORT_FORMAT_VERSION = 1;

export interface ReportMeta {
  toolVersion: string;
  catalogVersion: string;
  locale: Locale;
  catalog: Catalog;
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

function gapJson(g: Gap, meta: ReportMeta) {
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
    question: q?.question[meta.locale] ?? null,
    why: q?.why[meta.locale] ?? null,
    answer: q ? { path: displayPath(q), kind: q.answer.kind, example: q.answer.example } : null,
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
    gaps: r.gaps.map((g) => gapJson(g, meta)),
    warnings: r.warnings.map((d) => diagnosticJson(d, meta.locale)),
  };
}

export function auditReportJson(outcomes: readonly AuditOutcome[], meta: ReportMeta) {
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    tool: { name: 'smscore', version: meta.toolVersion },
    catalog: { version: meta.catalogVersion, questions: meta.catalog.questions.length },
    scoringModel: { version: 1 },
    locale: meta.locale,
    files: outcomes.map((o) =>
      o.ok
        ? auditResultJson(o.result, meta)
        : { file: o.validation.file, valid: false, diagnostics: o.validation.diagnostics.map((d) => diagnosticJson(d, meta.locale)) },
    ),
  };
}
