/** `smscore questions`: the catalog of « bonnes questions », filtered, as text, JSON or Markdown. */
import { checkFilter, filterQuestions, formatFilterProblem, renderQuestionList, type ListFormat } from '../../questions/index.js';
import { loadCatalogFor } from '../catalog.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface QuestionsOptions {
  section?: string;
  pillar?: string;
  severity?: string;
  format: ListFormat;
  pack?: string[];
}

export function questionsCommand(opts: QuestionsOptions, ctx: CliContext): number {
  const catalog = loadCatalogFor(ctx, opts.pack);
  const filter = { section: opts.section, pillar: opts.pillar, severity: opts.severity };
  const problem = checkFilter(catalog, filter);
  if (problem) throw new UsageError(formatFilterProblem(problem, ctx.locale));
  ctx.out(renderQuestionList(filterQuestions(catalog.questions, filter), { format: opts.format, locale: ctx.locale, catalog, width: ctx.width }));
  return EXIT.ok;
}
