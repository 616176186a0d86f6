/**
 * `smscore audit`: collect the brand files (files, folders, globs), validate, score and list gaps for each, judge
 * them against the repository's thresholds and waivers, and write every requested report. Reports are streamed:
 * each file's part is written as soon as the file is audited, and the result let go of. A report file is written
 * to a temporary file beside it and renamed into place at the end, so a failed or interrupted run leaves the
 * existing file as it was.
 */
import { catalogVersion, type AuditOutcome } from '../../audit/index.js';
import { type FailOn, type LoadedConfig, type Thresholds } from '../../config/load.js';
import { baselineFromReport, type BaselineEntry, type FileGate } from '../../gate/index.js';
import { isLocale } from '../../i18n/translate.js';
import { READ_LIMITS, readText } from '../../io/read-text.js';
import { parseJson, parseSource } from '../../load/source.js';
import { severityCounts, type Diagnostic } from '../../model/diagnostic.js';
import { runInOrder, workerCount } from '../../parallel/pool.js';
import { chunkParts, jsonSafeChunk, RENDERERS, STREAM_RENDERERS, type RenderContext, type Renderer, type ReportStream } from '../../render/index.js';
import { plainStyle } from '../../render/style.js';
import { jsonSafe } from '../../util/printable.js';
import { suggest } from '../../util/suggest.js';
import { inBundle } from '../bundle.js';
import { loadCatalogFor } from '../catalog.js';
import { configPacks, loadConfigFor, printDiagnostics } from '../config.js';
import { asUsageError, refuseOutputOverInput } from '../file-guards.js';
import { brandFilesFor } from '../inputs.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { t } from '../messages.js';
import { tUsage } from '../usage-messages.js';
import { planFromSequence, planOutputs, type OutputFlag, type OutputTarget } from '../outputs.js';
import { fileSink, stdoutSink, type ReportSink } from '../sinks.js';
import { VERSION } from '../version.js';
import { setup, type AuditJobInit, type AuditPiece } from './audit-job.js';
import { validationText, type ValidationSummary } from './validate.js';

export interface AuditOptions {
  format?: string[];
  output?: string[];
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
  /** Worker threads: undefined or 0 for automatic (large runs on 3 cores or more), 1 for this thread only. */
  jobs?: number;
  /** Named files that are not brand files are skipped, not refused (for hooks that pass every staged YAML file). */
  onlyBrandFiles?: boolean;
}

export async function auditCommand(inputs: string[], opts: AuditOptions, ctx: CliContext): Promise<number> {
  const targets = opts.outputSequence ? planFromSequence(opts.outputSequence, ctx.locale) : planOutputs(opts.format ?? [], opts.output ?? [], ctx.locale);
  const cwd = process.cwd();

  const loaded = loadConfigFor(opts.config, ctx, cwd);
  if (loaded === 'invalid') return EXIT.invalidInput;
  // Language: --lang, then the repository's configuration, then the environment's locale.
  if (!ctx.langFromFlag && loaded?.config.lang && isLocale(loaded.config.lang)) ctx.locale = loaded.config.lang;

  const packs = [...configPacks(loaded), ...(opts.pack ?? [])];
  const { files } = brandFilesFor(inputs, loaded, packs, cwd, ctx, { verbose: opts.verbose, onlyBrandFiles: opts.onlyBrandFiles });
  // --only-brand-files, and no named file was one (a hook given other staged YAML): nothing to audit, nothing wrong.
  if (files.length === 0) return EXIT.ok;
  // A report written over a file this run reads would replace it (`-o brand.yaml`): refused before anything runs.
  refuseOutputOverInput(targets.flatMap((tg) => (tg.file === undefined ? [] : [tg.file])), [
    ...files.map((path) => ({ role: 'brand' as const, path })),
    ...(loaded ? [{ role: 'config' as const, path: loaded.file }] : []),
    ...packs.map((path) => ({ role: 'pack' as const, path })),
    ...(opts.baseline !== undefined ? [{ role: 'baseline' as const, path: opts.baseline }] : []),
  ], ctx.locale);
  const catalog = loadCatalogFor(ctx, packs);
  if (loaded && !checkWaiverQuestions(loaded, catalog.questions.map((q) => q.id), ctx)) return EXIT.invalidInput;

  const baseline = opts.baseline !== undefined ? readBaseline(opts.baseline, ctx) : undefined;
  if (baseline === 'invalid') return EXIT.invalidInput;
  const cliThresholds: Thresholds = {
    ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
    ...(opts.minReadiness !== undefined ? { minReadiness: opts.minReadiness } : {}),
    ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
  };
  const tolerance = opts.failOnRegression === true ? 0 : opts.failOnRegression;
  const gating = loaded !== undefined || Object.keys(cliThresholds).length > 0 || baseline !== undefined;
  const gates = new Map<string, FileGate>();

  const base: RenderContext = {
    locale: ctx.locale, catalog, catalogVersion: catalogVersion(catalog), toolVersion: VERSION,
    width: ctx.width, quiet: opts.quiet, verbose: opts.verbose, root: cwd, ...(gating ? { gates } : {}),
  };
  // Every report is opened before the first file is audited (one that cannot be written fails now, not after the
  // run). Then each file is audited, judged and given to every report, then let go of, so memory stays flat however
  // many files there are; only a whole-report format (HTML) keeps the results until the end. With many files, the
  // per-file work runs in worker threads (./audit-job.ts); the results come back in file order either way.
  const invalid: ValidationSummary[] = [];
  const reports: OpenReport[] = [];
  // Only a report file has something to clean up; a run that writes to standard output alone dies as it always did.
  const interrupts = watchInterrupts(targets.some((tg) => tg.file !== undefined));
  try {
    for (const target of targets) reports.push(await openReport(target, base, ctx, files.length));
    const streamed = reports.filter((r): r is OpenReport & { stream: ReportStream } => r.stream !== undefined);
    const held: AuditOutcome[] | undefined = reports.some((r) => !r.stream) ? [] : undefined;
    const init: AuditJobInit = {
      packs,
      ...(loaded?.config.benchmarks ? { benchmarks: loaded.config.benchmarks } : {}),
      ...(gating ? {
        gate: {
          ...(loaded ? { loaded } : {}), cli: cliThresholds, ...(baseline ? { baseline } : {}),
          ...(tolerance !== undefined ? { tolerance } : {}),
          today: process.env.SMSCORE_TODAY ?? new Date().toISOString().slice(0, 10),
        },
      } : {}),
      render: { locale: ctx.locale, width: ctx.width, quiet: opts.quiet, verbose: opts.verbose, root: cwd },
      reports: streamed.map((r) => ({ format: r.target.format, color: r.ctx.style?.enabled === true })),
      files: files.length,
      keepOutcome: held !== undefined,
    };
    // A whole-report format needs every outcome itself, which does not cross threads cheaply: one thread then.
    const workers = held ? 1 : workerCount(files.length, opts.jobs);
    // In this thread the job reuses the catalog loaded above; workers load their own.
    if (workers <= 1) init.catalog = catalog;
    // Workers run the code this thread runs: from the bundle, its worker entry loads the bundle and its code cache
    // (a worker is ready in about 60 ms instead of 160, and its first files are not compiled again); from dist/,
    // the module.
    const worker = inBundle ? new URL('../../bundle/audit-worker.cjs', import.meta.url) : new URL('./audit-worker.js', import.meta.url);
    const results = runInOrder<AuditJobInit, AuditPiece>(files, { setup, worker, init, workers });
    for await (const piece of results) {
      if (piece.gate) gates.set(piece.file, piece.gate);
      if (piece.invalid) invalid.push(piece.invalid);
      if (piece.outcome) held?.push(piece.outcome);
      for (let i = 0; i < streamed.length; i++) {
        for (const part of chunkParts(streamed[i]!.stream.add(piece.pieces[i]))) await streamed[i]!.sink.write(part);
      }
      // A Ctrl-C is handled between two files.
      await new Promise((resolve) => setImmediate(resolve));
      if (interrupts.signal) return interrupted(reports, ctx);
    }
    for (const r of reports) {
      const { head, tail } = r.stream ? r.stream.end() : { head: '', tail: await r.whole(held!, r.ctx) };
      await r.sink.end(head, tail);
    }
    if (interrupts.signal) return interrupted(reports, ctx);
    for (const r of reports) r.sink.commit();
  } catch (err) {
    for (const r of reports) r.sink.abort();
    throw asUsageError(err, ctx.locale);
  } finally {
    interrupts.dispose();
  }
  return finish(invalid, targets, gates, ctx);
}

type OpenReport = { target: OutputTarget; ctx: RenderContext; sink: ReportSink } & ({ stream: ReportStream } | { stream?: undefined; whole: Renderer });

async function openReport(target: OutputTarget, base: RenderContext, ctx: CliContext, files: number): Promise<OpenReport> {
  // Colour only ever goes to a terminal, never into a file.
  const rctx = { ...base, style: target.file === undefined ? ctx.style : plainStyle };
  const open = (headLast: boolean) => (target.file === undefined ? stdoutSink(headLast) : fileSink(target.file, headLast));
  const streamed = STREAM_RENDERERS[target.format];
  const json = target.format === 'json' || target.format === 'sarif';
  if (streamed) {
    const stream = json ? jsonSafeStream(await streamed(rctx, files)) : await streamed(rctx, files);
    return { target, ctx: rctx, stream, sink: open(stream.headLast) };
  }
  const renderer = RENDERERS[target.format];
  if (!renderer) throw new UsageError(tUsage(ctx.locale, 'outputs.unavailable', { format: target.format }));
  const whole: Renderer = json ? async (outcomes, c) => jsonSafe(await renderer(outcomes, c)) : renderer;
  return { target, ctx: rctx, whole, sink: open(false) };
}

/** A JSON report's text through jsonSafe(): no C1 control or bidi override from an input in its bytes. */
function jsonSafeStream(s: ReportStream): ReportStream {
  return {
    headLast: s.headLast,
    file: (o) => jsonSafeChunk(s.file(o)),
    piece: (o) => s.piece(o),
    add: (p) => jsonSafeChunk(s.add(p)),
    end: () => {
      const { head, tail } = s.end();
      return { head: jsonSafe(head), tail: jsonSafe(tail) };
    },
  };
}

/** SIGINT (Ctrl-C) and SIGTERM (a cancelled CI job) are noted, and acted on between two files. */
function watchInterrupts(active: boolean): { readonly signal: NodeJS.Signals | undefined; dispose(): void } {
  let signal: NodeJS.Signals | undefined;
  const note = (s: NodeJS.Signals) => { signal ??= s; };
  if (!active) return { signal: undefined, dispose() {} };
  process.on('SIGINT', note);
  process.on('SIGTERM', note);
  return {
    get signal() { return signal; },
    dispose() {
      process.off('SIGINT', note);
      process.off('SIGTERM', note);
    },
  };
}

function interrupted(reports: readonly OpenReport[], ctx: CliContext): number {
  for (const r of reports) r.sink.abort();
  const files = reports.map((r) => r.target.file).filter((f): f is string => f !== undefined);
  ctx.err(t(ctx.locale, 'audit.interrupted', { files: files.join(', ') }));
  return EXIT.interrupted;
}


/** Invalid files are explained on stderr (a report on stdout stays parseable), then the exit code. */
function finish(invalid: readonly ValidationSummary[], targets: readonly { format: string; file?: string }[], gates: ReadonlyMap<string, FileGate>, ctx: CliContext): number {
  const stdoutIsText = targets.some((tg) => tg.file === undefined && tg.format === 'text');
  if (invalid.length > 0 && stdoutIsText) ctx.err(validationText(invalid, false, ctx));
  for (const v of invalid) {
    ctx.err(t(ctx.locale, 'audit.invalid', { file: v.file, errors: severityCounts(v.diagnostics).errors }));
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
      location: parseSource(loaded.file, loaded.text).locate(['waivers', i, 'question']), pointer: `/waivers/${i}/question`,
    });
  });
  if (problems.length > 0) printDiagnostics(problems, ctx, new Map([[loaded.file, loaded.text]]));
  return problems.length === 0;
}

/** 'invalid' after printing why the file cannot be read as JSON (located). */
function readBaseline(file: string, ctx: CliContext): Map<string, BaselineEntry> | 'invalid' {
  const read = readText(file, READ_LIMITS.baseline);
  const parsed = read.ok ? parseJson(file, read.text) : read;
  if (!parsed.ok) {
    printDiagnostics([parsed.diagnostic], ctx, read.ok ? new Map([[file, read.text]]) : undefined);
    return 'invalid';
  }
  try {
    return baselineFromReport(parsed.data);
  } catch {
    // baselineFromReport has a single reason to refuse: this is not a report of ours.
    throw new UsageError(tUsage(ctx.locale, 'audit.baseline-not-report', { file }));
  }
}
