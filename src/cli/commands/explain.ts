/**
 * `smscore explain`: one question in full (`explain channel-role`), or the arithmetic behind a brand file's
 * scores (`explain brand.yaml --pillar engagement`). A path to an existing file or a .yaml name means a brand file.
 */
import { existsSync } from 'node:fs';
import { findQuestion, renderQuestion, unknownQuestionMessage, type ListFormat } from '../../questions/index.js';
import { loadCatalogFor } from '../catalog.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface ExplainOptions {
  pillar?: string;
  channel?: string;
  format: ListFormat;
  pack?: string[];
}

export function looksLikeFile(target: string): boolean {
  return /\.ya?ml$/i.test(target) || target.includes('/') || target.includes('\\') || existsSync(target);
}

export async function explainCommand(target: string, opts: ExplainOptions, ctx: CliContext): Promise<number> {
  if (looksLikeFile(target)) {
    const { explainScores } = await import('./explain-scores.js');
    return explainScores(target, opts, ctx);
  }
  const catalog = loadCatalogFor(ctx, opts.pack);
  const question = findQuestion(catalog, target);
  if (!question) throw new UsageError(unknownQuestionMessage(catalog, target, ctx.locale));
  ctx.out(renderQuestion(question, ctx.locale, { format: opts.format, catalog, width: ctx.width }));
  return EXIT.ok;
}
