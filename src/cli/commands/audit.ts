/** `smscore audit`: validate, score and list gaps for each file. Any invalid file makes the run exit 2. */
import { auditFile, catalogVersion, type AuditOutcome } from '../../audit/index.js';
import { auditReportJson } from '../../render/json.js';
import { renderAuditText } from '../../render/terminal.js';
import { loadScoringModel } from '../../score/index.js';
import { loadCatalogFor } from '../catalog.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { t } from '../messages.js';
import { VERSION } from '../version.js';
import { validationText } from './validate.js';

export interface AuditOptions {
  format: 'text' | 'json';
  quiet?: boolean;
  verbose?: boolean;
  pack?: string[];
}

export function auditCommand(files: string[], opts: AuditOptions, ctx: CliContext): number {
  const catalog = loadCatalogFor(ctx, opts.pack);
  const deps = { model: loadScoringModel(), catalog };
  const outcomes: AuditOutcome[] = files.map((f) => auditFile(f, deps));
  const invalid = outcomes.filter((o): o is Extract<AuditOutcome, { ok: false }> => !o.ok);

  if (opts.format === 'json') {
    ctx.out(JSON.stringify(auditReportJson(outcomes, { toolVersion: VERSION, catalogVersion: catalogVersion(catalog), locale: ctx.locale, catalog }), null, 2));
  } else {
    const blocks: string[] = [];
    for (const o of outcomes) {
      if (o.ok) blocks.push(renderAuditText(o.result, { locale: ctx.locale, style: ctx.style, width: ctx.width, quiet: opts.quiet, verbose: opts.verbose, catalog }));
    }
    if (blocks.length > 0) ctx.out(blocks.join('\n\n' + '─'.repeat(Math.min(ctx.width, 80)) + '\n\n'));
  }
  // Invalid files are explained on stderr, so that a JSON report on stdout stays parseable.
  if (invalid.length > 0 && opts.format !== 'json') {
    ctx.err(validationText(invalid.map((o) => o.validation), false, ctx));
  }
  for (const o of invalid) {
    ctx.err(t(ctx.locale, 'audit.invalid', { file: o.validation.file, errors: o.validation.diagnostics.filter((d) => d.severity === 'error').length }));
  }
  return invalid.length > 0 ? EXIT.invalidInput : EXIT.ok;
}
