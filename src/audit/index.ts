/**
 * The audit pipeline: validate → score → find gaps. Pure once its inputs are loaded: the scoring model and the
 * question catalog are passed in, so a run over thousands of files loads them once.
 */
import type { ParsedSource } from '../load/source.js';
import type { BenchmarkOverride, BrandFile, Pillar } from '../model/brand.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { assess, loadCatalog, type Catalog, type Gap, type QuestionResult, type Readiness } from '../questions/index.js';
import { loadScoringModel, scoreBrand, type ScoreResult, type ScoringModel } from '../score/index.js';
import { validateFile, type ValidationResult } from '../validate/index.js';

export interface AuditDeps {
  model: ScoringModel;
  catalog: Catalog;
  /** Reference values from the repository's configuration; a brand file's own scoring.benchmarks win. */
  benchmarks?: readonly BenchmarkOverride[];
}

function withExtraBenchmarks(brand: BrandFile, extra: readonly BenchmarkOverride[] | undefined): BrandFile {
  if (!extra?.length) return brand;
  // The first matching override wins, so the brand's own come first.
  return { ...brand, scoring: { ...brand.scoring, benchmarks: [...(brand.scoring?.benchmarks ?? []), ...extra] } };
}

export interface AuditResult {
  file: string;
  brand: BrandFile;
  /** Warnings from validation (impossible figures…): the audit ran, but the user should look. */
  warnings: Diagnostic[];
  scores: ScoreResult;
  gaps: Gap[];
  readiness: Readiness;
  /** Every question's outcome (answered, open, or not applicable), per item for per-channel questions. */
  results: QuestionResult[];
  /** Pillars with no measured KPI: shown as such and reported as gaps. */
  unmeasuredPillars: Pillar[];
}

export function auditBrand(input: { file: string; brand: BrandFile; source: ParsedSource; warnings?: Diagnostic[] }, deps: AuditDeps): AuditResult {
  const scores = scoreBrand(withExtraBenchmarks(input.brand, deps.benchmarks), deps.model);
  const unmeasuredPillars = scores.pillars.filter((p) => p.status === 'not-measured').map((p) => p.pillar);
  const measuredPillars = scores.pillars.filter((p) => p.status !== 'not-measured').map((p) => p.pillar);
  const { gaps, readiness, results } = assess({ brand: input.brand, source: input.source, measuredPillars, unmeasuredPillars }, deps.catalog);
  return { file: input.file, brand: input.brand, warnings: input.warnings ?? [], scores, gaps, readiness, results, unmeasuredPillars };
}

export type AuditOutcome = { ok: true; result: AuditResult } | { ok: false; validation: ValidationResult };

/** Loads the shipped scoring model and catalog (plus extra question packs). */
export function loadAuditDeps(options: { packs?: readonly string[] } = {}): AuditDeps {
  return { model: loadScoringModel(), catalog: loadCatalog({ extraPacks: [...(options.packs ?? [])] }) };
}

/** Validates then audits one file; an invalid file comes back with its diagnostics instead of a result. */
export function auditFile(file: string, deps: AuditDeps): AuditOutcome {
  const validation = validateFile(file);
  if (!validation.valid || !validation.brand || !validation.source) return { ok: false, validation };
  return { ok: true, result: auditBrand({ file, brand: validation.brand, source: validation.source, warnings: validation.diagnostics }, deps) };
}

/** A short fingerprint of the catalog's questions, so reports say which catalog judged them. */
export { catalogVersion } from '../questions/catalog.js';
