/**
 * `smscore audit`: collect the brand files (files, folders, globs), validate, score and list gaps for each, judge
 * them against the repository's thresholds and waivers, then render every requested report. Everything is
 * rendered before anything is written, and each file is written atomically.
 */
import { readFileSync } from 'node:fs';
import { auditFile, catalogVersion, type AuditOutcome } from '../../audit/index.js';
import { matches, thresholdsFor, waiversFor, type FailOn, type LoadedConfig, type Thresholds } from '../../config/load.js';
import { baselineFromReport, judge, type BaselineEntry, type FileGate } from '../../gate/index.js';
import { isLocale } from '../../i18n/translate.js';
import { WriteError, writeFileAtomic } from '../../io/atomic-write.js';
import { collectInputs } from '../../io/collect-inputs.js';
import { parseSource } from '../../load/source.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { RENDERERS, type RenderContext } from '../../render/index.js';
import { renderGateText } from '../../render/gate-text.js';
import { plainStyle } from '../../render/style.js';
import { summaryLine } from '../../render/terminal.js';
import { loadScoringModel } from '../../score/index.js';
import { suggest } from '../../util/suggest.js';
import { loadCatalogFor } from '../catalog.js';
import { configPacks, loadConfigFor, printDiagnostics } from '../config.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { t } from '../messages.js';
import { planFromSequence, planOutputs, type OutputFlag } from '../outputs.js';
import { VERSION } from '../version.js';
import { validationText } from './validate.js';

export interface AuditOptions {
  format: string[];
  output: string[];
  /** The --format and --output flags in the order typed (from the CLI); without it, they pair by position. */
  outputSequence?: OutputFlag[];
  quiet?: boolean;
  verbose?: boolean;
  pack?: string[];
  /** A path, false for --no-config, undefined to look for smscore.config.yaml. */
  config?: string | false;
  minScore?: number;
  minReadiness?: number;
  failOn?: FailOn;
  baseline?: string;
  /** true: flag given without points (tolerance 0). */
  failOnRegression?: number | true;
  lang?: string;
}

export async function auditCommand(inputs: string[], opts: AuditOptions, ctx: CliContext): Promise<number> {
  const targets = opts.outputSequence ? planFromSequence(opts.outputSequence) : planOutputs(opts.format, opts.output);
  const cwd = process.cwd();

  const loaded = loadConfigFor(opts.config, ctx, cwd);
  if (loaded === 'invalid') return EXIT.invalidInput;
  // Language: --lang, then the repository's configuration, then the environment's locale.
  if (!ctx.langFromFlag && loaded?.config.lang && isLocale(loaded.config.lang)) ctx.locale = loaded.config.lang;

  const ignoreGlobs = loaded?.config.ignore ?? [];
  const collected = collectInputs(inputs, {
    cwd,
    ignore: loaded && ignoreGlobs.length ? (abs) => matches(ignoreGlobs, relativeTo(loaded, abs)) : undefined,
  });
  if (collected.empty.length > 0) {
    throw new UsageError(`no brand file (*.yaml, *.yml) found for: ${collected.empty.join(', ')}`);
  }
  const packs = [...configPacks(loaded), ...(opts.pack ?? [])];
  const catalog = loadCatalogFor(ctx, packs);
  if (loaded && !checkWaiverQuestions(loaded, catalog.questions.map((q) => q.id), ctx)) return EXIT.invalidInput;

  const baseline = opts.baseline !== undefined ? readBaseline(opts.baseline) : undefined;
  const deps = { model: loadScoringModel(), catalog, benchmarks: loaded?.config.benchmarks };
  const cliThresholds: Thresholds = {
    ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
    ...(opts.minReadiness !== undefined ? { minReadiness: opts.minReadiness } : {}),
    ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
  };
  const tolerance = opts.failOnRegression === true ? 0 : opts.failOnRegression;
  const gating = loaded !== undefined || Object.keys(cliThresholds).length > 0 || baseline !== undefined;
  const gates = new Map<string, FileGate>();
  const today = process.env.SMSCORE_TODAY ?? new Date().toISOString().slice(0, 10);
  const allWaivers = loaded?.config.waivers ?? [];
  const judgeOne = (o: AuditOutcome) => {
    if (!gating || !o.ok) return;
    const file = o.result.file;
    const waivers = waiversFor(loaded, file).map((waiver) => ({ index: allWaivers.indexOf(waiver) + 1, waiver }));
    gates.set(file, judge(o.result, {
      thresholds: { ...thresholdsFor(loaded, file), ...cliThresholds },
      waivers, catalog, today, ...(baseline ? { baseline } : {}), ...(tolerance !== undefined ? { regressionTolerance: tolerance } : {}),
    }));
  };

  // The summary-only run (pre-commit hooks, large repositories) streams: each file is audited, judged, printed
  // and let go, so memory stays flat however many files there are.
  const streaming = opts.quiet === true && targets.length === 1 && targets[0]!.format === 'text' && targets[0]!.file === undefined;
  const outcomes: AuditOutcome[] = [];
  const invalid: Extract<AuditOutcome, { ok: false }>[] = [];
  for (const file of collected.files) {
    const o = auditFile(file, deps);
    judgeOne(o);
    if (!o.ok) invalid.push(o);
    if (!streaming) outcomes.push(o);
    else if (o.ok) process.stdout.write(summaryLine(o.result, ctx.locale, ctx.style) + '\n');
  }
  if (streaming) {
    if (gates.size > 0) process.stdout.write(renderGateText([...gates.values()], { locale: ctx.locale, style: ctx.style, width: ctx.width }) + '\n');
    return finish(invalid, [{ format: 'text' }], gates, ctx);
  }

  const base: RenderContext = {
    locale: ctx.locale, catalog, catalogVersion: catalogVersion(catalog), toolVersion: VERSION,
    width: ctx.width, quiet: opts.quiet, verbose: opts.verbose, root: cwd, ...(gating ? { gates } : {}),
  };
  const rendered: { file?: string; text: string }[] = [];
  for (const target of targets) {
    const renderer = RENDERERS[target.format];
    if (!renderer) throw new UsageError(`the ${target.format} format is not available in this version`);
    // Colour only ever goes to a terminal, never into a file.
    const style = target.file === undefined ? ctx.style : plainStyle;
    rendered.push({ file: target.file, text: await renderer(outcomes, { ...base, style }) });
  }
  for (const r of rendered) {
    if (r.file === undefined) {
      if (r.text) process.stdout.write(r.text);
      continue;
    }
    try {
      writeFileAtomic(r.file, r.text);
    } catch (err) {
      if (err instanceof WriteError) throw new UsageError(err.message);
      throw err;
    }
  }
  return finish(invalid, targets, gates, ctx);
}

/** Invalid files are explained on stderr (a report on stdout stays parseable), then the exit code. */
function finish(invalid: readonly Extract<AuditOutcome, { ok: false }>[], targets: readonly { format: string; file?: string }[], gates: ReadonlyMap<string, FileGate>, ctx: CliContext): number {
  const stdoutIsText = targets.some((tg) => tg.file === undefined && tg.format === 'text');
  if (invalid.length > 0 && stdoutIsText) ctx.err(validationText(invalid.map((o) => o.validation), false, ctx));
  for (const o of invalid) {
    ctx.err(t(ctx.locale, 'audit.invalid', { file: o.validation.file, errors: o.validation.diagnostics.filter((d) => d.severity === 'error').length }));
  }
  if (invalid.length > 0) return EXIT.invalidInput;
  return [...gates.values()].every((g) => g.passed) ? EXIT.ok : EXIT.thresholdFailed;
}

function checkWaiverQuestions(loaded: LoadedConfig, ids: readonly string[], ctx: CliContext): boolean {
  const problems: Diagnostic[] = [];
  (loaded.config.waivers ?? []).forEach((w, i) => {
    if (w.question === undefined || ids.includes(w.question)) return;
    const s = suggest(w.question, ids);
    // Position: the config was valid, so re-locating is cheap and exact.
    problems.push({
      severity: 'error', code: 'config.unknown-question', args: { id: w.question, ...(s ? { suggestion: s } : {}) },
      location: locateIn(loaded.file, ['waivers', i, 'question']), pointer: `/waivers/${i}/question`,
    });
  });
  if (problems.length > 0) printDiagnostics(problems, ctx);
  return problems.length === 0;
}

function locateIn(file: string, path: (string | number)[]) {
  return parseSource(file, readFileSync(file, 'utf8')).locate(path);
}

function relativeTo(loaded: LoadedConfig, abs: string): string {
  return abs.startsWith(loaded.dir + '/') ? abs.slice(loaded.dir.length + 1) : abs;
}

function readBaseline(file: string): Map<string, BaselineEntry> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the baseline ${file}: ${code ? `${code}` : 'not valid JSON'}`);
  }
  try {
    return baselineFromReport(data);
  } catch (err) {
    throw new UsageError(`the baseline ${file} is ${(err as Error).message}`);
  }
}
