/** `smscore validate`: every problem of every file, located; exit 2 when any file has an error. */
import { severityCounts } from '../../model/diagnostic.js';
import { isLocale } from '../../i18n/translate.js';
import type { ParsedSource } from '../../load/source.js';
import { validateFile, type ValidationResult } from '../../validate/index.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { chunkParts, chunkText, jsonSafeChunk, type Chunk } from '../../render/index.js';
import { jsonSafe } from '../../util/printable.js';
import { ARRAY_SLOT, fitsWhole, jsonAround, jsonArrayStream } from '../../render/json-stream.js';
import { wrap } from '../../render/text-wrap.js';
import { diagnosticHint, diagnosticMessage } from '../../validate/messages.js';
import type { CliContext } from '../context.js';
import { configPacks, loadConfigFor } from '../config.js';
import { EXIT } from '../exit-codes.js';
import { brandFilesFor } from '../inputs.js';
import { t } from '../messages.js';
import { stdoutSink } from '../sinks.js';

export const VALIDATE_FORMAT_VERSION = 1;

export interface ValidateOptions {
  format: 'text' | 'json';
  quiet?: boolean;
  /** List the paths a folder scan or a glob left out, and why. */
  verbose?: boolean;
  /** Named files that are not brand files are skipped, not refused. */
  onlyBrandFiles?: boolean;
  /** A configuration file, false for none (--no-config), undefined to look for one: its ignores and packs. */
  config?: string | false;
}

export async function validateCommand(inputs: string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const cwd = process.cwd();
  const loaded = loadConfigFor(opts.config, ctx, cwd);
  if (loaded === 'invalid') return EXIT.invalidInput;
  if (!ctx.langFromFlag && loaded?.config.lang && isLocale(loaded.config.lang)) ctx.locale = loaded.config.lang;
  const { files } = brandFilesFor(inputs, loaded, configPacks(loaded), cwd, ctx, { verbose: opts.verbose, onlyBrandFiles: opts.onlyBrandFiles });
  const report = opts.format === 'json' ? validationJsonStream(ctx) : validationTextStream(Boolean(opts.quiet), ctx);
  // Standard output, waiting when a slow reader's pipe is full, so that memory stays flat there too.
  const sink = stdoutSink(false);
  const run = { valid: true };
  for (const part of validateEach(files, report, run)) await sink.write(part);
  await sink.end('', '');
  return run.valid ? EXIT.ok : EXIT.invalidInput;
}

/**
 * The output of a validation, file by file: each file is read, validated and rendered only when its part is asked
 * for, and nothing of it is kept after (a run over 10,000 files used to keep every parsed file, 3.3 GB, to print
 * them all at the end). The same text as rendering every result at once. `run.valid` turns false at an invalid file.
 */
export function* validateEach(files: readonly string[], report: ValidationStream, run: { valid: boolean }): Generator<string> {
  for (const file of files) {
    const result = validateFile(file);
    if (!result.valid) run.valid = false;
    yield* chunkParts(report.file(result));
  }
  const end = report.end();
  // As ctx.out printed the whole text: with a final newline.
  yield end.endsWith('\n') ? end : end + '\n';
}

/** What the text of a validation needs of a result: its diagnostics, and the file's text for the excerpts. */
export type ValidationSummary = Pick<ValidationResult, 'file' | 'diagnostics' | 'valid'> & { source?: Pick<ParsedSource, 'text'> };

/** A validation's output written file by file: each file's part as it comes, then what ends it (no final newline). */
export interface ValidationStream {
  file(result: ValidationSummary): Chunk;
  end(): string;
}

/** The text of a validation of these files, in one string (for the few files other commands explain). */
export function validationText(results: readonly ValidationSummary[], quiet: boolean, ctx: CliContext): string {
  const stream = validationTextStream(quiet, ctx);
  return results.map((r) => chunkText(stream.file(r))).join('') + stream.end();
}

/** Each file's diagnostics (or that it is valid), a blank line between two files, then the counts. */
export function validationTextStream(quiet: boolean, ctx: CliContext): ValidationStream {
  let blocks = 0;
  const counts = { files: 0, valid: 0, errors: 0, warnings: 0 };
  const block = (text: string) => (blocks++ === 0 ? text : '\n\n' + text);
  return {
    file(r) {
      counts.files++;
      if (r.valid) counts.valid++;
      const shown = r.diagnostics.filter((d) => !quiet || d.severity === 'error');
      const n = severityCounts(r.diagnostics);
      counts.errors += n.errors;
      counts.warnings += n.warnings;
      if (shown.length > 0) {
        const sources = new Map(r.source ? [[r.file, r.source.text]] : []);
        return block(renderDiagnostics(shown, { locale: ctx.locale, style: ctx.style, sources, width: ctx.width }));
      }
      if (quiet) return '';
      return block(wrap(t(ctx.locale, 'validate.ok', { file: r.file }), ctx.width, '', '  ').map((l) => ctx.style.green(l)).join('\n'));
    },
    end() {
      const { files, valid, errors, warnings } = counts;
      return block(wrap(t(ctx.locale, 'validate.summary', { files, valid, invalid: files - valid, errors, warnings }), ctx.width, '', '  ').join('\n'));
    },
  };
}

/** `{ formatVersion, files: [ … ] }`, pretty-printed with two spaces, each file's element as it comes. */
export function validationJsonStream(ctx: CliContext): ValidationStream {
  const elements = jsonArrayStream(2);
  const { head, tail, empty } = jsonAround(JSON.stringify({ formatVersion: VALIDATE_FORMAT_VERSION, files: ARRAY_SLOT }, null, 2), 2);
  let count = 0;
  return {
    file(r) {
      const before = count++ === 0 ? head : '';
      const element = validationFileJson(r, ctx);
      // A file's element is small, but for a file of thousands of diagnostics: that one is written in parts.
      // jsonSafe: no C1 control or bidi override from a file name or an echoed key in the report's bytes.
      if (fitsWhole(element)) return jsonSafe(before + elements.element(element));
      const parts = elements.placeParts(element);
      return jsonSafeChunk({ parts: (function* () { yield before; yield* parts; })() });
    },
    end: () => (count === 0 ? empty : tail),
  };
}

export function validationFileJson(r: ValidationSummary, ctx: Pick<CliContext, 'locale'>) {
  return {
    file: r.file,
    valid: r.valid,
    diagnostics: r.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: diagnosticMessage(ctx.locale, d.code, d.args),
      hint: diagnosticHint(ctx.locale, d.code, d.args) ?? null,
      line: d.location.line,
      col: d.location.col,
      pointer: d.pointer,
      args: d.args,
    })),
  };
}
