/**
 * One file's work in `smscore audit`: audit it, judge it against the gate, render its piece of every streamed
 * report. It runs in worker threads when there are many files (src/parallel/pool.ts), or in the command's own
 * thread; either way the command receives the same small, plain results, in file order, and does the rest
 * (running totals, writing, the verdict). Everything here is loaded once per thread, not once per file.
 */
import { auditFile, catalogVersion, type AuditOutcome } from '../../audit/index.js';
import { thresholdsFor, waiversFor, type LoadedConfig, type Thresholds } from '../../config/load.js';
import { judge, type BaselineEntry, type FileGate } from '../../gate/index.js';
import type { Locale } from '../../i18n/translate.js';
import type { BenchmarkOverride } from '../../model/brand.js';
import { loadCatalog, type Catalog } from '../../questions/index.js';
import { STREAM_RENDERERS, type RenderContext, type ReportStream } from '../../render/index.js';
import { createStyle } from '../../render/style.js';
import { loadScoringModel } from '../../score/index.js';
import type { ValidationResult } from '../../validate/index.js';
import { VERSION } from '../version.js';
import type { ValidationSummary } from './validate.js';

/** Everything a thread needs to do a file's work: plain data, so that it can be sent to a worker. */
export interface AuditJobInit {
  packs: string[];
  /** The catalog the command already loaded from `packs`: only when the job runs in the command's thread. */
  catalog?: Catalog;
  /** The repository's reference values (configuration `benchmarks`). */
  benchmarks?: BenchmarkOverride[];
  gate?: {
    loaded?: LoadedConfig;
    cli: Thresholds;
    baseline?: Map<string, BaselineEntry>;
    tolerance?: number;
    today: string;
  };
  render: { locale: Locale; width: number; quiet?: boolean; verbose?: boolean; root: string };
  /** The streamed reports, in the command's order; `color` for the one written to a terminal. */
  reports: { format: string; color: boolean }[];
  /** How many files the run has (some reports word a single file differently). */
  files: number;
  /** Also return the outcome itself, for a report written whole (HTML): only when the job runs in this thread. */
  keepOutcome: boolean;
}

export interface AuditPiece {
  file: string;
  gate?: FileGate;
  /** An invalid file's diagnostics and text, for the list printed at the end. */
  invalid?: ValidationSummary;
  /** Each streamed report's piece for this file (ReportStream.piece), in the order of `init.reports`. */
  pieces: unknown[];
  outcome?: AuditOutcome;
}

export async function setup(init: AuditJobInit): Promise<(file: string) => AuditPiece> {
  const catalog = init.catalog ?? loadCatalog({ extraPacks: init.packs });
  const deps = { model: loadScoringModel(), catalog, ...(init.benchmarks ? { benchmarks: init.benchmarks } : {}) };
  // The pieces may show this file's verdict: it is judged first and put here for the time of its rendering.
  const gates = new Map<string, FileGate>();
  const base: RenderContext = {
    ...init.render, catalog, catalogVersion: catalogVersion(catalog), toolVersion: VERSION, ...(init.gate ? { gates } : {}),
  };
  const streams: ReportStream[] = [];
  for (const r of init.reports) {
    const open = STREAM_RENDERERS[r.format];
    if (!open) throw new Error(`internal: ${r.format} has no stream form`);
    streams.push(await open({ ...base, style: createStyle(r.color) }, init.files));
  }
  const judgeOne = gateJudge(init.gate, catalog);

  return (file) => {
    const o = auditFile(file, deps);
    const gate = o.ok ? judgeOne?.(o) : undefined;
    if (gate) gates.set(file, gate);
    const pieces = streams.map((s) => s.piece(o));
    gates.delete(file);
    return {
      file,
      ...(gate ? { gate } : {}),
      ...(o.ok ? {} : { invalid: invalidFile(o.validation) }),
      pieces,
      ...(init.keepOutcome ? { outcome: o } : {}),
    };
  };
}

function gateJudge(g: AuditJobInit['gate'], catalog: Catalog) {
  if (!g) return undefined;
  const allWaivers = g.loaded?.config.waivers ?? [];
  return (o: Extract<AuditOutcome, { ok: true }>): FileGate => {
    const file = o.result.file;
    const waivers = waiversFor(g.loaded, file).map((waiver) => ({ index: allWaivers.indexOf(waiver) + 1, waiver }));
    return judge(o.result, {
      thresholds: { ...thresholdsFor(g.loaded, file), ...g.cli },
      waivers, catalog, today: g.today,
      ...(g.baseline ? { baseline: g.baseline } : {}),
      ...(g.tolerance !== undefined ? { regressionTolerance: g.tolerance } : {}),
    });
  };
}

/** What is said of an invalid file at the end: its diagnostics and its text (for excerpts), not its parsed document. */
export function invalidFile(v: ValidationResult): ValidationSummary {
  return { file: v.file, valid: v.valid, diagnostics: v.diagnostics, ...(v.source ? { source: { text: v.source.text } } : {}) };
}
