/**
 * `smscore questionnaire [file]`: asks the questions the audit finds unanswered (or creates the file), then
 * writes the answers back atomically, keeping comments and layout. `--answers` does the same without prompts.
 * The file is only ever written once, at the end, after validation; Ctrl-C leaves it exactly as it was.
 */
import { existsSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { beginEdit, writeFileAtomic, type FileEdit } from '../../io/atomic-write.js';
import { READ_LIMITS, readText } from '../../io/read-text.js';
import { parseSource } from '../../load/source.js';
import { checkFilter, formatFilterProblem } from '../../questions/index.js';
import {
  answerCount, answerSetOf, answersToData, applyAnswersData, inquirerPrompter, readAnswers, reviewLines, runQuestionnaire, tqn,
  type AnswerSet, type Prompter, type QnKey,
} from '../../questionnaire/index.js';
import { loadScoringModel } from '../../score/index.js';
import { printable } from '../../util/printable.js';
import { validateText } from '../../validate/index.js';
import { loadCatalogFor } from '../catalog.js';
import { configPacks, loadConfigFor } from '../config.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { asUsageError, refuseOutputOverInput } from '../file-guards.js';
import { EXIT } from '../exit-codes.js';
import { validationText } from './validate.js';

export interface QuestionnaireOptions {
  section?: string;
  pillar?: string;
  severity?: string;
  limit?: number;
  answers?: string;
  yes?: boolean;
  pack?: string[];
  /** A path, false for --no-config, undefined to look for smscore.config.yaml. */
  config?: string | false;
}

export const DEFAULT_BRAND_FILE = 'brand.yaml';

/** Where an interrupted session keeps its answers: `.brand.yaml.smscore-answers.yaml` beside `brand.yaml`. */
export function resumeFileFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.smscore-answers.yaml`);
}

export interface QuestionnaireIo {
  /** Whether stdin and stdout are a terminal; tests may pretend. */
  interactive?: boolean;
  prompter?: Prompter;
}

export async function questionnaireCommand(file: string | undefined, opts: QuestionnaireOptions, ctx: CliContext, io: QuestionnaireIo = {}): Promise<number> {
  const target = file ?? DEFAULT_BRAND_FILE;
  const t = (k: QnKey, a?: Record<string, string | number>): string => tqn(ctx.locale, k, a);
  // The same configuration as `smscore audit`: its packs and benchmarks, so both list the same gaps.
  const loaded = loadConfigFor(opts.config, ctx, process.cwd());
  if (loaded === 'invalid') return EXIT.invalidInput;
  const packs = [...configPacks(loaded), ...(opts.pack ?? [])];
  const catalog = loadCatalogFor(ctx, packs);
  const filter = { section: opts.section, pillar: opts.pillar, severity: opts.severity };
  const problem = checkFilter(catalog, filter);
  if (problem) throw new UsageError(formatFilterProblem(problem, ctx.locale));
  if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit < 1)) throw new UsageError(t('cli.limit'));

  refuseOutputOverInput([target], [
    ...(opts.answers !== undefined ? [{ role: 'answers' as const, path: opts.answers }] : []),
    ...(loaded ? [{ role: 'config' as const, path: loaded.file }] : []),
    ...packs.map((path) => ({ role: 'pack' as const, path })),
  ], ctx.locale);
  // Begun before the file is read: through a link, the file linked to; a write by anyone else from here on (an
  // import, an editor) is seen at the end, and the answers are then kept rather than that write lost.
  let edit: FileEdit;
  try {
    edit = beginEdit(target);
  } catch (err) {
    throw asUsageError(err, ctx.locale);
  }
  // The brand file: absent means "create it"; present must validate, since the result always must.
  let text: string | undefined;
  if (edit.existed) {
    const read = readText(target);
    if (!read.ok) {
      ctx.err(validationText([{ file: target, valid: false, diagnostics: [read.diagnostic] }], true, ctx));
      return EXIT.invalidInput;
    }
    text = read.text;
    const v = validateText(target, text);
    if (!v.valid) {
      ctx.err(validationText([v], true, ctx));
      ctx.err(t('cli.file-invalid', { file: target }));
      return EXIT.invalidInput;
    }
  }
  const deps = { model: loadScoringModel(), catalog, ...(loaded?.config.benchmarks ? { benchmarks: loaded.config.benchmarks } : {}) };

  if (opts.answers !== undefined) return withAnswers(edit, text, opts.answers, deps, ctx);

  const interactive = io.interactive ?? Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!interactive) {
    ctx.err(t('cli.no-tty', { file: target }));
    return EXIT.invalidInput;
  }

  const resumeFile = resumeFileFor(target);
  const resume = readResume(resumeFile, catalog);
  // Ctrl-C between two prompts (the terminal back in cooked mode) is a SIGINT: without a listener Node would die
  // at once, with no word and no resume file. It aborts the prompts instead, so it ends like a Ctrl-C in a prompt.
  const interrupt = new AbortController();
  const onSigint = (): void => interrupt.abort();
  process.on('SIGINT', onSigint);
  let outcome: Awaited<ReturnType<typeof runQuestionnaire>>;
  try {
    const prompter = io.prompter ?? (await inquirerPrompter(ctx.locale, interrupt.signal));
    outcome = await runQuestionnaire({
      file: target, text, deps, prompter, locale: ctx.locale, style: ctx.style, write: (s) => ctx.out(s), width: ctx.width,
      filter, ...(opts.limit !== undefined ? { limit: opts.limit } : {}), ...(opts.yes ? { yes: true } : {}), ...(resume ? { resume } : {}),
    });
  } finally {
    process.off('SIGINT', onSigint);
  }
  switch (outcome.status) {
    case 'write':
      try {
        write(edit, outcome.text, ctx);
      } catch (err) {
        // Someone else wrote the file meanwhile: their change stays, and these answers wait in the resume file.
        saveResume(resumeFile, target, outcome.answers, ctx, 'err');
        throw err;
      }
      removeQuietly(resumeFile);
      ctx.out(ctx.style.green(t('cli.written', { file: target })));
      return EXIT.ok;
    case 'unchanged':
      // The saved answers may all be in the file already (applied by --answers, say): then they are done with.
      dropSettledResume(resumeFile, target, text ?? '', deps, ctx);
      return EXIT.ok;
    case 'declined':
      ctx.out(t(edit.existed ? 'cli.declined' : 'cli.declined-new', { file: target }));
      saveResume(resumeFile, target, outcome.answers, ctx, 'out');
      return EXIT.ok;
    case 'interrupted':
      ctx.err('');
      ctx.err(t(edit.existed ? 'cli.interrupted' : 'cli.interrupted-new', { file: target }));
      saveResume(resumeFile, target, outcome.answers, ctx, 'err');
      return EXIT.interrupted;
  }
}

function write(edit: FileEdit, text: string, ctx: CliContext): void {
  try {
    edit.commit(text);
  } catch (err) {
    throw asUsageError(err, ctx.locale);
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* there was none */
  }
}

/**
 * Removes the resume file once every answer it holds is in `text` (the file as written, or as it stays): applying
 * them again would change nothing. Kept when some are not there yet, no longer fit, or it cannot be read: it may be
 * the only copy of the user's answers.
 */
function dropSettledResume(file: string, target: string, text: string, deps: Parameters<typeof applyAnswersData>[0]['deps'], ctx: CliContext): void {
  if (!existsSync(file)) return;
  const read = readText(file, READ_LIMITS.answers);
  if (!read.ok) return;
  const source = parseSource(file, read.text);
  if (source.data === undefined || source.diagnostics.some((d) => d.severity === 'error')) return;
  const again = applyAnswersData({ file: target, text: text === '' ? undefined : text, data: source.data, deps, locale: ctx.locale });
  if (again.problems.length === 0 && again.text === text) removeQuietly(file);
}

function readResume(file: string, catalog: Parameters<typeof readAnswers>[1]): AnswerSet | undefined {
  if (!existsSync(file)) return undefined;
  const read = readText(file, READ_LIMITS.answers);
  if (!read.ok) return undefined;
  const source = parseSource(file, read.text);
  if (source.data === undefined) return undefined;
  const set = answerSetOf(readAnswers(source.data, catalog, () => undefined).entries);
  return answerCount(set) > 0 ? set : undefined;
}

function saveResume(file: string, target: string, answers: AnswerSet, ctx: CliContext, stream: 'out' | 'err'): void {
  const count = answerCount(answers);
  if (count === 0) return;
  const header = `# Answers of an unfinished \`smscore questionnaire ${target}\` session.\n# Applied on the next run (you are asked first), or with: smscore questionnaire ${target} --answers ${file}\n`;
  try {
    writeFileAtomic(file, header + stringify(answersToData(answers), { lineWidth: 0 }));
  } catch {
    return;
  }
  ctx[stream](tqn(ctx.locale, 'cli.resume-saved', { count, resume: file, file: target }));
}

async function withAnswers(edit: FileEdit, text: string | undefined, answersFile: string, deps: Parameters<typeof applyAnswersData>[0]['deps'], ctx: CliContext): Promise<number> {
  const t = (k: QnKey, a?: Record<string, string | number>): string => tqn(ctx.locale, k, a);
  const target = edit.file;
  const read = readText(answersFile, READ_LIMITS.answers);
  if (!read.ok) {
    ctx.err(validationText([{ file: answersFile, valid: false, diagnostics: [read.diagnostic] }], true, ctx));
    return EXIT.invalidInput;
  }
  const source = parseSource(answersFile, read.text);
  const syntax = source.diagnostics.filter((d) => d.severity === 'error');
  if (syntax.length > 0 || source.data === undefined) {
    ctx.err(validationText([{ file: answersFile, valid: false, diagnostics: syntax, source }], true, ctx));
    return EXIT.invalidInput;
  }
  const result = applyAnswersData({ file: target, text, data: source.data, deps, locale: ctx.locale });
  if (result.problems.length > 0) {
    for (const p of result.problems) {
      const at = source.locate(p.at, 'key');
      ctx.err(`${printable(answersFile)}:${at.line}:${at.col}  ${p.message}`);
    }
    ctx.err(t('cli.answers-invalid', { count: result.problems.length, answers: answersFile }));
    return EXIT.invalidInput;
  }
  ctx.out(t('cli.answers-applied', { count: result.applied, answers: answersFile }));
  // An interrupted session's answers, once all in the file (this run's or the resume file's own), are not offered again.
  const resumeFile = resumeFileFor(target);
  if (result.text === (text ?? '') || (text !== undefined && result.review.changes.length === 0)) {
    ctx.out(t('review.nothing', { file: target }));
    if (text !== undefined) dropSettledResume(resumeFile, target, text, deps, ctx);
    return EXIT.ok;
  }
  ctx.out(reviewLines(result.review, target, ctx.locale, ctx.style).join('\n'));
  write(edit, result.text, ctx);
  dropSettledResume(resumeFile, target, result.text, deps, ctx);
  ctx.out(ctx.style.green(t('cli.written', { file: target })));
  return EXIT.ok;
}
