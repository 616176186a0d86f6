/** `smscore schema`: the brand-file JSON Schema, for editors (yaml-language-server) and other tools. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../io/package-root.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export function schemaCommand(opts: { path?: boolean }, ctx: CliContext): number {
  const file = packagePath('schemas', 'brand.schema.json');
  ctx.out(opts.path ? file : readFileSync(file, 'utf8'));
  return EXIT.ok;
}
