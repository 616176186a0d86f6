/**
 * Asks every catalog question of a brand file: which are answered, which are gaps (with the place in the file
 * where the answer belongs), and how ready the file is, weighted by severity. Pure: no fs, no console.
 */
import { PILLARS, type Pillar } from '../model/brand.js';
import type { DataPath } from '../model/diagnostic.js';
import type { ParsedSource } from '../load/source.js';
import { compileRule, type CompiledRule } from './checks.js';
import { absolutePath, compilePath, elements, isNonEmptyText, itemIdOf, resolve, type CompiledPath, type Scope } from './paths.js';
import {
  SEVERITIES, SEVERITY_WEIGHTS,
  type Catalog, type Gap, type GapInput, type InstanceResult, type Question, type QuestionResult, type Readiness, type ReadinessPart,
} from './types.js';

function freeAnswer(root: unknown, id: string): boolean {
  if (root === null || typeof root !== 'object' || !Object.hasOwn(root, 'answers')) return false;
  const answers = (root as { answers: unknown }).answers;
  return answers !== null && typeof answers === 'object' && Object.hasOwn(answers, id) && isNonEmptyText((answers as Record<string, unknown>)[id]);
}

/**
 * A question's rule and paths, compiled once per question object: every question is asked of every file. It also
 * holds what each instance reads of the question, in one shape for all (questions' own shapes vary with their keys).
 */
interface CompiledQuestion {
  id: string;
  answeredWhen: CompiledRule;
  answerPath: CompiledPath;
  each: CompiledPath | undefined;
  /** Whether `answers.<id>` may answer it (questions, not coherence checks). */
  freeAnswer: boolean;
}

const compiledQuestions = new WeakMap<Question, CompiledQuestion>();

function compileQuestion(q: Question): CompiledQuestion {
  let c = compiledQuestions.get(q);
  if (!c) {
    c = {
      id: q.id,
      answeredWhen: compileRule(q.answeredWhen),
      answerPath: compilePath(q.answer.path),
      each: q.each ? compilePath(q.each) : undefined,
      freeAnswer: q.kind === 'question',
    };
    compiledQuestions.set(q, c);
  }
  return c;
}

/** An item of a list asked per item, with its scope and the id it is shown by. */
interface Item { scope: Scope; id: string | undefined }

/**
 * One file as its questions see it: the root scope, and the items of each list questions are asked per item of,
 * found once per file rather than once per question (the shipped catalog asks nine of every channel). The results
 * of those questions share each item's path, as DataPaths are read-only.
 */
class FileScope {
  readonly top: Scope;
  private readonly lists = new Map<CompiledPath, Item[]>();

  constructor(readonly input: GapInput) {
    this.top = { root: input.brand, base: [], item: input.brand };
  }

  items(each: CompiledPath): Item[] {
    let items = this.lists.get(each);
    if (!items) {
      items = [];
      for (const m of elements(resolve(this.top, each))) {
        if (m.value !== null && typeof m.value === 'object') items.push({ scope: { root: this.top.root, base: m.path, item: m.value }, id: itemIdOf(m.value) });
      }
      this.lists.set(each, items);
    }
    return items;
  }
}

/** The question asked of one item, or of the whole file when there is no item. */
function instanceOf(q: CompiledQuestion, file: FileScope, item?: Item): InstanceResult {
  const scope = item ? item.scope : file.top;
  const out = q.answeredWhen({
    scope,
    questionId: q.id,
    measuredPillars: file.input.measuredPillars,
    unmeasuredPillars: file.input.unmeasuredPillars,
  });
  const byFreeAnswer = out.status !== 'yes' && q.freeAnswer && freeAnswer(scope.root, q.id);
  // Keys in the order the spread-built results had (status, path, byFreeAnswer, itemPath, itemId), for whoever prints them.
  const result: InstanceResult = byFreeAnswer
    ? { status: 'yes', path: ['answers', q.id], byFreeAnswer: true }
    : { status: out.status, path: out.at ?? absolutePath(scope, q.answerPath) };
  if (!byFreeAnswer && out.status === 'no' && out.progress) result.progress = out.progress;
  if (item) {
    result.itemPath = scope.base;
    if (item.id) result.itemId = item.id;
  }
  return result;
}

function questionResult(q: Question, file: FileScope): QuestionResult {
  const compiled = compileQuestion(q);
  if (!compiled.each) return { question: q, instances: [instanceOf(compiled, file)] };
  return { question: q, instances: file.items(compiled.each).map((item) => instanceOf(compiled, file, item)) };
}

/** Evaluates one question: one instance per item for `each` questions, otherwise one. */
export function evaluateQuestion(q: Question, input: GapInput): QuestionResult {
  return questionResult(q, new FileScope(input));
}

export function evaluate(input: GapInput, catalog: Catalog): QuestionResult[] {
  const file = new FileScope(input);
  return catalog.questions.map((q) => questionResult(q, file));
}

/** The longest prefix of the path that exists in the file: where to add what is missing. */
export function existingParent(source: ParsedSource, path: DataPath): DataPath {
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    if (source.has(prefix)) return prefix;
  }
  return [];
}

const severityRank = (s: Gap['severity']): number => SEVERITIES.indexOf(s);

/** Sections' and questions' places in a catalog, for sorting gaps: built once per catalog (catalogs are not changed). */
const ranks = new WeakMap<Catalog, { sectionRank: Map<string, number>; questionRank: Map<string, number> }>();

function catalogRanks(catalog: Catalog): { sectionRank: Map<string, number>; questionRank: Map<string, number> } {
  let r = ranks.get(catalog);
  if (!r) {
    r = { sectionRank: new Map(catalog.sections.map((s, i) => [s.id, i])), questionRank: new Map(catalog.questions.map((q, i) => [q.id, i])) };
    ranks.set(catalog, r);
  }
  return r;
}

/** Gaps from evaluated results, ordered by severity, then section, then catalog order, then item order. */
export function gapsFrom(results: readonly QuestionResult[], source: ParsedSource, catalog: Catalog): Gap[] {
  const { sectionRank, questionRank } = catalogRanks(catalog);
  const gaps: Gap[] = [];
  for (const r of results) {
    const q = r.question;
    for (const inst of r.instances) {
      if (inst.status !== 'no') continue;
      const gap: Gap = {
        questionId: q.id,
        severity: q.severity,
        section: q.section,
        pillars: [...q.pillars],
        location: source.locate(existingParent(source, inst.path), 'key'),
        path: [...inst.path],
      };
      if (inst.progress) gap.progress = inst.progress;
      if (q.each && inst.itemPath) {
        const index = Number(inst.itemPath[inst.itemPath.length - 1]);
        gap.item = { list: q.each, index, ...(inst.itemId ? { id: inst.itemId } : {}) };
        if (q.each === 'channels' && inst.itemId) gap.channelId = inst.itemId;
      }
      gaps.push(gap);
    }
  }
  return gaps.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (sectionRank.get(a.section) ?? 1e9) - (sectionRank.get(b.section) ?? 1e9) ||
      (questionRank.get(a.questionId) ?? 1e9) - (questionRank.get(b.questionId) ?? 1e9) ||
      (a.item?.index ?? 0) - (b.item?.index ?? 0),
  );
}

/** Every unanswered question of the catalog, located in the brand file. */
export function findGaps(input: GapInput, catalog: Catalog): Gap[] {
  return gapsFrom(evaluate(input, catalog), input.source, catalog);
}

interface Acc { answered: number; total: number; got: number; max: number }
const emptyAcc = (): Acc => ({ answered: 0, total: 0, got: 0, max: 0 });
/** Counts one applicable question, `share` of it answered, of weight `w`, in `a` (when there is one). */
function add(a: Acc | undefined, share: number, w: number): void {
  if (!a) return;
  a.total += 1;
  a.answered += share === 1 ? 1 : 0;
  a.got += w * share;
  a.max += w;
}
const part = (a: Acc): ReadinessPart => ({
  answered: a.answered,
  total: a.total,
  // Rounded down so that 100 means "nothing missing"; an empty part counts as ready.
  score: a.max === 0 ? 100 : Math.floor((a.got / a.max) * 100 + 1e-9),
});

/** How much of one instance is answered: 1 answered, 0 open, and have/of for a list answered in part. */
export function instanceShare(i: InstanceResult): number {
  if (i.status === 'yes') return 1;
  if (i.status === 'no' && i.progress && i.progress.of > 0) return Math.min(i.progress.have, i.progress.of) / i.progress.of;
  return 0;
}

/**
 * Readiness: the severity-weighted share of answered questions (critical 3, major 2, minor 1), 0–100.
 * A question asked per item counts once, as the share of its items that answer it; a question whose answer is a
 * list the check counts (4 of 10 stages) counts as that share, the same way. A question that does not apply
 * (no items, or no data to judge) counts for nothing. A question adds to each pillar it lists; only a question
 * answered in full counts in `answered`.
 */
export function readiness(results: readonly QuestionResult[], catalog: Catalog): Readiness {
  const all = emptyAcc();
  const bySection = new Map<string, Acc>(catalog.sections.map((s) => [s.id, emptyAcc()]));
  const byPillar = new Map<Pillar, Acc>(PILLARS.map((p) => [p, emptyAcc()]));
  // Plain loops, no per-question arrays: this runs for every file.
  for (const r of results) {
    let applicable = 0;
    let answered = 0;
    for (const i of r.instances) {
      if (i.status === 'na') continue;
      applicable++;
      answered += instanceShare(i);
    }
    if (applicable === 0) continue;
    const share = answered / applicable;
    const w = SEVERITY_WEIGHTS[r.question.severity];
    add(all, share, w);
    add(bySection.get(r.question.section), share, w);
    for (const p of r.question.pillars) add(byPillar.get(p), share, w);
  }
  const overall = part(all);
  // Plain assignment is safe: section ids are kebab-case (pack schema), never `__proto__`.
  const sectionParts: Record<string, ReadinessPart> = {};
  for (const [id, a] of bySection) sectionParts[id] = part(a);
  const pillarParts = {} as Record<Pillar, ReadinessPart | null>;
  for (const [p, a] of byPillar) pillarParts[p] = a.total === 0 ? null : part(a);
  return { ...overall, overall: overall.score, bySection: sectionParts, byPillar: pillarParts };
}

/** Everything at once: per-question results, the located gap list and the readiness figures. */
export function assess(input: GapInput, catalog: Catalog): { results: QuestionResult[]; gaps: Gap[]; readiness: Readiness } {
  const results = evaluate(input, catalog);
  return { results, gaps: gapsFrom(results, input.source, catalog), readiness: readiness(results, catalog) };
}
