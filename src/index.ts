/**
 * Programmatic API: `import { audit, validate } from 'smscore'`. Functions over files and text; nothing here
 * prints or exits.
 */
import { auditFile, loadAuditDeps, type AuditDeps, type AuditOutcome } from './audit/index.js';

export { validateFile as validate, validateText, type ValidationResult } from './validate/index.js';
export { parseSource, type ParsedSource } from './load/source.js';
export { auditBrand, auditFile, catalogVersion, loadAuditDeps, type AuditDeps, type AuditOutcome, type AuditResult } from './audit/index.js';
export { scoreBrand, loadScoringModel, renderExplanation, band, displayScore } from './score/index.js';
export type { ScoreResult, PillarScore, KpiResult, ChannelScore, OverallScore, ScoringModel } from './score/index.js';
export { loadCatalog, findGaps, assess, renderQuestionList, renderQuestion } from './questions/index.js';
export type { Catalog, Question, Gap, Readiness } from './questions/index.js';
export { auditReportJson, REPORT_FORMAT_VERSION } from './render/json.js';
export { renderAuditText } from './render/terminal.js';
export type * from './model/brand.js';
export type { Diagnostic, SourceLocation, DataPath, Severity } from './model/diagnostic.js';
export { diagnosticMessage, diagnosticHint } from './validate/messages.js';
export type { Locale } from './i18n/translate.js';

let defaults: AuditDeps | undefined;

/**
 * Validates and audits one brand file with the shipped scoring model and catalog (loaded once, then reused).
 * Returns `{ ok: false, validation }` for an invalid file rather than throwing.
 */
export function audit(file: string, options: { packs?: readonly string[] } = {}): AuditOutcome {
  const deps = options.packs?.length ? loadAuditDeps(options) : (defaults ??= loadAuditDeps());
  return auditFile(file, deps);
}
