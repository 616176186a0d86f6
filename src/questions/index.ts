/** Public API of the "bonnes questions" catalog: load it, ask it of a brand file, list and explain it. */
export * from './types.js';
export { CatalogError, buildCatalog, catalogVersion, loadCatalog, packName, parsePack, type CatalogErrorCode, type LoadCatalogOptions, type ParsedPack } from './catalog.js';
export { CHECK_NAMES, evaluateRule, type CheckContext, type Outcome } from './checks.js';
export { assess, evaluate, instanceShare, evaluateQuestion, existingParent, findGaps, gapsFrom, readiness } from './evaluate.js';
export {
  checkFilter, describeRule, displayPath, exampleFor, exampleIn, gapExample, sourceText, filterQuestions, findQuestion, formatFilterProblem, inLocale, questionToJson,
  progressText, renderCatalogMarkdown, renderGaps, renderQuestion, renderQuestionList, unknownQuestionMessage,
  type ExampleContext, type FilterProblem, type ListFormat, type QuestionFilter,
} from './render.js';
export { questionMessages, tq, type QuestionMessageKey } from './messages.js';
export { QUESTION_DOCS, writeQuestionDocs } from './gen-docs.js';

import type { Locale } from '../i18n/translate.js';
import { printable } from '../util/printable.js';
import { diagnosticMessage } from '../validate/messages.js';
import { tq } from './messages.js';
import type { CatalogError } from './catalog.js';

/** A CatalogError worded for people: `file:line:col  message`. */
export function formatCatalogError(err: CatalogError, locale: Locale): string {
  const { file, line, col } = err.location;
  // The load or YAML problem behind it in words, never as its bare code (load.too-deep).
  const args = err.problem ? { ...err.args, detail: diagnosticMessage(locale, err.problem.code, err.problem.args) } : err.args;
  return `${printable(file)}:${line}:${col}  ${tq(locale, err.code, args)}`;
}
