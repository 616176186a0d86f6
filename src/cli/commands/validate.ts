/** `smscore validate`: every problem of every file, located; exit 2 when any file has an error. */
import { isLocale } from '../../i18n/translate.js';
import type { ParsedSource } from '../../load/source.js';
import type { ValidationResult } from '../../validate/index.js';
import { validateFile } from '../../validate/index.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { wrap } from '../../render/text-wrap.js';
import { diagnosticHint, diagnosticMessage } from '../../validate/messages.js';
import type { CliContext } from '../context.js';
import { configPacks, loadConfigFor } from '../config.js';
import { EXIT } from '../exit-codes.js';
import { brandFilesFor } from '../inputs.js';
import { t } from '../messages.js';

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

export function validateCommand(inputs: string[], opts: ValidateOptions, ctx: CliContext): number {
  const cwd = process.cwd();
  const loaded = loadConfigFor(opts.config, ctx, cwd);
  if (loaded === 'invalid') return EXIT.invalidInput;
  if (!ctx.langFromFlag && loaded?.config.lang && isLocale(loaded.config.lang)) ctx.locale = loaded.config.lang;
  const { files } = brandFilesFor(inputs, loaded, configPacks(loaded), cwd, ctx, { verbose: opts.verbose, onlyBrandFiles: opts.onlyBrandFiles });
  const results = files.map((f) => validateFile(f));
  if (opts.format === 'json') ctx.out(JSON.stringify(validationJson(results, ctx), null, 2));
  else ctx.out(validationText(results, Boolean(opts.quiet), ctx));
  return results.every((r) => r.valid) ? EXIT.ok : EXIT.invalidInput;
}

/** What the text of a validation needs of a result: its diagnostics, and the file's text for the excerpts. */
export type ValidationSummary = Pick<ValidationResult, 'file' | 'diagnostics' | 'valid'> & { source?: Pick<ParsedSource, 'text'> };

export function validationText(results: readonly ValidationSummary[], quiet: boolean, ctx: CliContext): string {
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const shown = r.diagnostics.filter((d) => !quiet || d.severity === 'error');
    errors += r.diagnostics.filter((d) => d.severity === 'error').length;
    warnings += r.diagnostics.filter((d) => d.severity === 'warning').length;
    if (shown.length > 0) {
      const sources = new Map(r.source ? [[r.file, r.source.text]] : []);
      blocks.push(renderDiagnostics(shown, { locale: ctx.locale, style: ctx.style, sources, width: ctx.width }));
    } else if (!quiet) {
      blocks.push(wrap(t(ctx.locale, 'validate.ok', { file: r.file }), ctx.width, '', '  ').map((l) => ctx.style.green(l)).join('\n'));
    }
  }
  const valid = results.filter((r) => r.valid).length;
  blocks.push(wrap(t(ctx.locale, 'validate.summary', { files: results.length, valid, invalid: results.length - valid, errors, warnings }), ctx.width, '', '  ').join('\n'));
  return blocks.join('\n\n');
}

export function validationJson(results: readonly ValidationResult[], ctx: CliContext) {
  return {
    formatVersion: VALIDATE_FORMAT_VERSION,
    files: results.map((r) => ({
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
    })),
  };
}
