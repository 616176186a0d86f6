/**
 * `smscore audit`: validate, score and list gaps for each file, then render every requested report. All
 * reports are rendered before any is written, and each file is written atomically.
 */
import { auditFile, catalogVersion, type AuditOutcome } from '../../audit/index.js';
import { WriteError, writeFileAtomic } from '../../io/atomic-write.js';
import { RENDERERS, type RenderContext } from '../../render/index.js';
import { plainStyle } from '../../render/style.js';
import { loadScoringModel } from '../../score/index.js';
import { loadCatalogFor } from '../catalog.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { t } from '../messages.js';
import { planOutputs } from '../outputs.js';
import { VERSION } from '../version.js';
import { validationText } from './validate.js';

export interface AuditOptions {
  format: string[];
  output: string[];
  quiet?: boolean;
  verbose?: boolean;
  pack?: string[];
}

export async function auditCommand(files: string[], opts: AuditOptions, ctx: CliContext): Promise<number> {
  const targets = planOutputs(opts.format, opts.output);
  const catalog = loadCatalogFor(ctx, opts.pack);
  const deps = { model: loadScoringModel(), catalog };
  const outcomes: AuditOutcome[] = files.map((f) => auditFile(f, deps));
  const invalid = outcomes.filter((o): o is Extract<AuditOutcome, { ok: false }> => !o.ok);

  const base: RenderContext = {
    locale: ctx.locale, catalog, catalogVersion: catalogVersion(catalog), toolVersion: VERSION,
    width: ctx.width, quiet: opts.quiet, verbose: opts.verbose, root: process.cwd(),
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
  // Invalid files are explained on stderr, so that a report on stdout stays parseable.
  const stdoutIsText = targets.some((tg) => tg.file === undefined && tg.format === 'text');
  if (invalid.length > 0 && stdoutIsText) ctx.err(validationText(invalid.map((o) => o.validation), false, ctx));
  for (const o of invalid) {
    ctx.err(t(ctx.locale, 'audit.invalid', { file: o.validation.file, errors: o.validation.diagnostics.filter((d) => d.severity === 'error').length }));
  }
  return invalid.length > 0 ? EXIT.invalidInput : EXIT.ok;
}
