/**
 * The questionnaire itself: which questions to ask (the audit's gaps, most severe first, filtered), the prompt
 * that fits each answer kind, checking every answer against the brand schema before accepting it, and the
 * final review (changes, readiness before → after, confirmation). It never touches the file system: it works
 * on text and returns the new text; the CLI writes it. Prompts come through an injected Prompter.
 */
import { stringify } from 'yaml';
import { auditBrand, type AuditDeps, type AuditResult } from '../audit/index.js';
import type { Locale } from '../i18n/translate.js';
import { PLATFORMS } from '../model/brand.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { itemIdOf } from '../questions/paths.js';
import { enumChoice } from '../model/enum-labels.js';
import { displayPath, filterQuestions, type QuestionFilter } from '../questions/render.js';
import type { Gap, Question } from '../questions/types.js';
import { describeRule, inLocale } from '../questions/render.js';
import { plainStyle, type Style } from '../render/style.js';
import { printable } from '../util/printable.js';
import { suggest } from '../util/suggest.js';
import { diagnosticHint, diagnosticMessage } from '../validate/messages.js';
import { validateText } from '../validate/index.js';
import { dataOf, describeChanges, formatPath, getAt, type Change, type Edit } from '../edit/yaml-edit.js';
import {
  answerCount, answersToData, attempt, dotPath, eachPath, effectiveKind, emptyAnswers, entryEdit, exampleValue, parseDotPath, readAnswers,
  record, targetPath, type AnswerSet, type LocatedAnswer, type ReadProblem, type ResolveProblem,
} from './answers.js';
import { tqn, type QnKey } from './messages.js';
import { isExitPromptError, type Choice, type Prompter } from './prompter.js';
import { schemaEnum } from './schema-values.js';

export interface FlowOptions {
  /** The brand file's name, as shown and as used in located messages. */
  file: string;
  /** The file's text; undefined when the file does not exist yet (the creation script runs first). */
  text: string | undefined;
  deps: AuditDeps;
  prompter: Prompter;
  locale: Locale;
  style?: Style;
  /** Where the questionnaire talks to the user (the prompts draw themselves). */
  write(text: string): void;
  filter?: QuestionFilter;
  /** Ask at most this many questions. */
  limit?: number;
  /** Write without the final confirmation. */
  yes?: boolean;
  /** Answers saved by an interrupted session: offered before the questions. */
  resume?: AnswerSet;
}

export interface Review {
  changes: Change[];
  before?: AuditResult;
  after?: AuditResult;
}

export type FlowOutcome =
  | ({ status: 'write'; text: string; answers: AnswerSet } & Review)
  | ({ status: 'declined'; answers: AnswerSet } & Review)
  | { status: 'unchanged' }
  | { status: 'interrupted'; answers: AnswerSet };

/** The text a new brand file starts from, before the creation script fills it. */
export function newFileText(locale: Locale): string {
  return tqn(locale, 'new.header').split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\nsmscore: 1\n';
}

/** Audits a text, or undefined when it does not validate (a new file without a name yet). */
export function auditText(file: string, text: string, deps: AuditDeps): AuditResult | undefined {
  const v = validateText(file, text);
  if (!v.valid || !v.brand || !v.source) return undefined;
  return auditBrand({ file, brand: v.brand, source: v.source, warnings: v.diagnostics }, deps);
}

const gapKey = (g: Gap): string => `${g.questionId}|${g.item ? g.item.index : ''}`;

/** The open questions to ask, most severe first (the audit's order), filtered, at most `limit`. */
export function planGaps(audit: AuditResult | undefined, deps: AuditDeps, filter: QuestionFilter = {}, limit?: number): Gap[] {
  if (!audit) return [];
  const allowed = new Set(filterQuestions(deps.catalog.questions, filter).map((q) => q.id));
  const gaps = audit.gaps.filter((g) => allowed.has(g.questionId));
  return limit !== undefined ? gaps.slice(0, limit) : gaps;
}

/** Raised inside the flow to stop asking (":q" or "stop here") and go to the review. */
class Stop extends Error {}
const SKIP = Symbol('skip');
const STOP = Symbol('stop');
type Asked = unknown | typeof SKIP | typeof STOP;

class Flow {
  text: string;
  readonly answers = emptyAnswers();
  readonly style: Style;
  constructor(readonly o: FlowOptions, text: string) {
    this.text = text;
    this.style = o.style ?? plainStyle;
  }

  t(key: QnKey, args?: Record<string, string | number>): string {
    return tqn(this.o.locale, key, args);
  }
  say(text: string): void {
    this.o.write(text.endsWith('\n') ? text : text + '\n');
  }
  data(): unknown {
    return dataOf(this.text);
  }

  /** Shows why an edit was refused, in the user's words, with the place in the file. */
  explain(errors: readonly Diagnostic[], detail?: string): void {
    if (detail) this.say(this.style.red(`  ✖ ${printable(detail)}`));
    for (const d of errors) {
      const hint = diagnosticHint(this.o.locale, d.code, d.args);
      const where = d.pointer ? ` (${printable(formatPath(d.pointer.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s))))})` : '';
      this.say(this.style.red(`  ✖ ${diagnosticMessage(this.o.locale, d.code, d.args)}${where}`) + (hint ? `\n    ${this.style.dim(hint)}` : ''));
    }
    this.say(this.style.dim(`  ${this.t('retry')}`));
  }

  /** Tries an edit; true and kept when the file still validates, false (explained) otherwise. */
  tryEdit(edit: Edit): boolean {
    const a = attempt(this.o.file, this.text, [edit]);
    if (!a.ok) {
      this.explain(a.errors, a.detail);
      return false;
    }
    this.text = a.text;
    return true;
  }

  // ------------------------------------------------------------------------------------------------ prompts

  async text1(message: string, opts: { default?: string; allowEditor?: boolean; allowStop?: boolean } = {}): Promise<Asked> {
    const value = (await this.o.prompter.input({ message, ...(opts.default !== undefined ? { default: opts.default } : {}) })).trim();
    if (opts.allowStop && value === ':q') return STOP;
    if (opts.allowEditor && value === ':e') {
      const long = (await this.o.prompter.editor({ message, default: opts.default ?? '', postfix: '.txt' })).trim();
      return long === '' ? SKIP : long;
    }
    return value === '' ? SKIP : value;
  }

  async select<V>(message: string, choices: Choice<V>[], opts: { skip?: boolean; stop?: boolean; default?: V } = {}): Promise<V | typeof SKIP | typeof STOP> {
    const all: Choice<V | typeof SKIP | typeof STOP>[] = [...choices];
    if (opts.skip !== false) all.push({ name: this.t('choice.skip'), value: SKIP });
    if (opts.stop) all.push({ name: this.t('choice.stop'), value: STOP });
    return this.o.prompter.select({ message, choices: all, ...(opts.default !== undefined ? { default: opts.default } : {}) });
  }

  // ---------------------------------------------------------------------------------------------- questions

  header(q: Question, gap: Gap, n: number, total: number): void {
    const s = this.style;
    const item = gap.item ? ` · ${this.t('item', { list: gap.item.list, id: gap.item.id ?? String(gap.item.index + 1) })}` : '';
    this.say('');
    this.say(s.dim(`[${n}/${total}] ${this.t(`severity.${q.severity}` as QnKey)} · ${q.id}${item}`));
    // A pack's texts are untrusted (a pull request can change a pack): shown through printable().
    this.say(s.bold(printable(q.question[this.o.locale])));
    this.say(s.dim(`${this.t('label.why')} ${printable(q.why[this.o.locale])}`));
    const ex = exampleValue(q);
    const kind = effectiveKind(q);
    if (kind === 'structured' || ex === undefined || (typeof ex === 'object' && ex !== null && !Array.isArray(ex))) {
      this.say(s.dim(`${this.t('label.example')}`));
      this.say(s.dim(q.answer.example.replace(/\n$/, '').split('\n').map((l) => `    ${printable(l)}`).join('\n')));
    } else {
      this.say(s.dim(`${this.t('label.example')} ${printable(Array.isArray(ex) ? ex.map(String).join(' · ') : String(ex))}`));
    }
    this.say(s.dim(`${this.t('label.where')} ${displayPath(q)}`));
  }

  async askGap(q: Question, gap: Gap): Promise<'answered' | 'skipped'> {
    const itemPath = gap.item ? [...eachPath(q), gap.item.index] : undefined;
    const target = targetPath(q, itemPath);
    const itemKey = gap.item ? (gap.item.id ?? gap.item.index) : undefined;
    for (;;) {
      const current = getAt(this.data(), target);
      const got = await this.promptFor(q, current);
      if (got === STOP) throw new Stop();
      if (got === SKIP) return 'skipped';
      const free = typeof got === 'object' && got !== null && 'free' in got ? (got as { free: string }).free : undefined;
      const edit: Edit = free !== undefined ? { path: ['answers', q.id], value: free } : { path: target, value: got };
      if (!this.tryEdit(edit)) continue;
      if (free !== undefined) record(this.answers, { set: { path: ['answers', q.id], value: free } });
      else record(this.answers, { question: { id: q.id, ...(itemKey !== undefined ? { item: itemKey } : {}), value: got } });
      const after = auditText(this.o.file, this.text, this.o.deps);
      if (after?.gaps.some((g) => gapKey(g) === gapKey(gap))) {
        this.say(this.style.yellow(`  ${this.t('still-open')}`));
        for (const line of describeRule(q.answeredWhen, this.o.locale, q.id, 1)) this.say(this.style.dim(line));
      } else {
        this.say(this.style.green(`  ✔ ${this.t('answered')}`));
      }
      return 'answered';
    }
  }

  async promptFor(q: Question, current: unknown): Promise<Asked> {
    const msg = q.question[this.o.locale];
    const kind = effectiveKind(q);
    switch (kind) {
      case 'text': {
        this.say(this.style.dim(`  ${this.t('hint.text')}`));
        return this.text1(msg, { allowEditor: true, allowStop: true, ...(typeof current === 'string' && current.trim() ? { default: current } : {}) });
      }
      case 'textList': {
        const existing = Array.isArray(current) ? current : [];
        if (existing.length) this.say(this.style.dim(`  ${this.t('hint.existing', { items: existing.map(String).join(' · ') })}`));
        this.say(this.style.dim(`  ${this.t('hint.list')}`));
        const added: string[] = [];
        for (;;) {
          const v = await this.text1(this.t('list.item', { n: existing.length + added.length + 1 }), { allowStop: added.length === 0 });
          if (v === STOP) return STOP;
          if (v === SKIP) break;
          added.push(String(v));
        }
        return added.length === 0 ? SKIP : [...existing, ...added];
      }
      case 'number': {
        this.say(this.style.dim(`  ${this.t('hint.number')}`));
        const v = await this.o.prompter.number({ message: msg, ...(typeof current === 'number' ? { default: current } : {}) });
        return v === undefined ? SKIP : v;
      }
      case 'enum': {
        const values = q.answer.values ?? [];
        return this.select(msg, values.map((v) => ({ name: enumChoice(v, this.o.locale), value: v })), { stop: true, ...(typeof current === 'string' && values.includes(current) ? { default: current } : {}) });
      }
      case 'boolean':
        return this.select(msg, [{ name: this.t('choice.yes'), value: true }, { name: this.t('choice.no'), value: false }], { stop: true });
      case 'refs': {
        const list = getAt(this.data(), [q.answer.refersTo ?? 'channels']);
        const ids = Array.isArray(list) ? list.map((i) => itemIdOf(i)).filter((x): x is string => x !== undefined) : [];
        if (ids.length === 0) {
          this.say(this.style.yellow(`  ${this.t('refs.none', { list: q.answer.refersTo ?? 'channels' })}`));
          return SKIP;
        }
        const chosen = new Set(Array.isArray(current) ? current.map(String) : []);
        this.say(this.style.dim(`  ${this.t('hint.refs')}`));
        const picked = await this.o.prompter.checkbox({ message: msg, choices: ids.map((id) => ({ name: id, value: id, checked: chosen.has(id) })) });
        return picked.length === 0 ? SKIP : picked;
      }
      case 'structured':
        return this.askStructured(q, current);
    }
  }

  async askStructured(q: Question, current: unknown): Promise<Asked> {
    for (;;) {
      const choices: Choice<'editor' | 'free'>[] = [{ name: this.t('choice.editor'), value: 'editor' }];
      if (q.kind === 'question') choices.push({ name: this.t('choice.free', { id: q.id }), value: 'free' });
      const how = await this.select(q.question[this.o.locale], choices, { stop: true });
      if (how === SKIP || how === STOP) return how;
      if (how === 'free') {
        const v = await this.text1(this.t('free.message'), { allowEditor: true });
        if (v === SKIP) continue;
        return { free: String(v) };
      }
      const start = current !== undefined ? current : exampleValue(q);
      const head = this.t('editor.header', { path: displayPath(q) }).split('\n').map((l) => `# ${l}`.trimEnd()).join('\n');
      const body = start === undefined ? '' : stringify(start, { lineWidth: 0 });
      const edited = await this.o.prompter.editor({ message: this.t('editor.message'), default: `${head}\n${body}` });
      let value: unknown;
      try {
        value = dataOfSnippet(edited);
      } catch (err) {
        this.say(this.style.red(`  ✖ ${this.t('editor.invalid', { detail: (err as Error).message.split('\n')[0] ?? '' })}`));
        continue;
      }
      if (value === null || value === undefined) return SKIP;
      return value;
    }
  }

  // ----------------------------------------------------------------------------------------- creation script

  async field(path: (string | number)[], ask: () => Promise<Asked>): Promise<boolean> {
    for (;;) {
      const v = await ask();
      if (v === SKIP || v === STOP) return false;
      if (!this.tryEdit({ path, value: v })) continue;
      record(this.answers, { set: { path, value: v } });
      return true;
    }
  }

  async create(): Promise<void> {
    const s = this.style;
    this.say(s.bold(this.t('new.intro', { file: this.o.file })));
    this.say('');
    this.say(s.bold(this.t('new.brand')));
    await this.field(['brand', 'name'], async () => {
      for (;;) {
        const v = await this.text1(this.t('new.name'));
        if (v !== SKIP) return v;
        this.say(s.yellow(`  ${this.t('new.name-required')}`));
      }
    });
    const sectors = schemaEnum(['$defs', 'brand', 'properties', 'sector']);
    await this.field(['brand', 'sector'], () => this.select(this.t('new.sector'), sectors.map((v) => ({ name: enumChoice(v, this.o.locale), value: v }))));

    this.say('');
    this.say(s.bold(this.t('new.audience')));
    await this.field(['audience', 'description'], () => this.text1(this.t('new.audience-description'), { allowEditor: true }));

    this.say('');
    this.say(s.bold(this.t('new.objectives')));
    const domains = schemaEnum(['$defs', 'objective', 'properties', 'domain']);
    for (let n = 0; ; n++) {
      if (!(await this.o.prompter.confirm({ message: this.t(n === 0 ? 'new.objective-add' : 'new.objective-more'), default: n === 0 }))) break;
      await this.item(['objectives', n], async () => {
        const description = await this.text1(this.t('new.objective-description'));
        const domain = await this.select(this.t('new.objective-domain'), domains.map((v) => ({ name: this.t(`domain.${v}` as QnKey), value: v })));
        const id = await this.text1(this.t('new.id'), { default: slug(description === SKIP ? '' : String(description)) || `objective-${n + 1}` });
        return { id: id === SKIP ? `objective-${n + 1}` : id, ...(domain !== SKIP && domain !== STOP ? { domain } : {}), ...(description !== SKIP ? { description } : {}) };
      });
    }

    this.say('');
    this.say(s.bold(this.t('new.channels')));
    for (let n = 0; ; n++) {
      if (!(await this.o.prompter.confirm({ message: this.t(n === 0 ? 'new.channel-add' : 'new.channel-more'), default: n === 0 }))) break;
      await this.item(['channels', n], async () => {
        const platform = await this.select(this.t('new.platform'), PLATFORMS.map((p) => ({ name: enumChoice(p, this.o.locale), value: p as string })), { skip: false });
        const taken = new Set(((getAt(this.data(), ['channels']) as unknown[] | undefined) ?? []).map((c) => itemIdOf(c)));
        const base = String(platform);
        let def = base;
        for (let i = 2; taken.has(def); i++) def = `${base}-${i}`;
        const id = await this.text1(this.t('new.id'), { default: def });
        const role = await this.text1(this.t('new.channel-role'));
        const owner = await this.text1(this.t('new.channel-owner'));
        const audience = await this.text1(this.t('new.channel-audience'));
        const objectiveIds = ((getAt(this.data(), ['objectives']) as unknown[] | undefined) ?? []).map((o) => itemIdOf(o)).filter((x): x is string => !!x);
        const objectives = objectiveIds.length
          ? await this.o.prompter.checkbox({ message: this.t('new.channel-objectives'), choices: objectiveIds.map((id) => ({ name: id, value: id })) })
          : [];
        return {
          id: id === SKIP ? def : id, platform,
          ...(role !== SKIP ? { role } : {}), ...(owner !== SKIP ? { owner } : {}),
          ...(objectives.length ? { objectives } : {}),
          ...(audience !== SKIP ? { audience: { description: audience } } : {}),
        };
      });
    }

    this.say('');
    if (await this.o.prompter.confirm({ message: this.t('new.metrics-ask'), default: false })) await this.createMetrics();
  }

  /** Asks the fields of one new list item, then adds it; asked again as a whole if the schema refuses it. */
  async item(path: (string | number)[], ask: () => Promise<Record<string, unknown>>): Promise<void> {
    for (;;) {
      const value = await ask();
      if (!this.tryEdit({ path, value })) continue;
      record(this.answers, { set: { path, value } });
      return;
    }
  }

  async createMetrics(): Promise<void> {
    this.say(this.style.bold(this.t('new.period')));
    await this.item(['period'], async () => {
      const start = await this.text1(this.t('new.period-start'));
      const end = await this.text1(this.t('new.period-end'));
      const label = await this.text1(this.t('new.period-label'));
      return { start: start === SKIP ? '' : start, end: end === SKIP ? '' : end, ...(label !== SKIP ? { label } : {}) };
    });
    const channels = (getAt(this.data(), ['channels']) as unknown[] | undefined) ?? [];
    const fields: { path: string[]; key: QnKey }[] = [
      { path: ['followers', 'start'], key: 'metric.followers-start' },
      { path: ['followers', 'end'], key: 'metric.followers-end' },
      { path: ['posts'], key: 'metric.posts' },
      { path: ['reach'], key: 'metric.reach' },
      { path: ['impressions'], key: 'metric.impressions' },
      { path: ['reactions'], key: 'metric.reactions' },
      { path: ['comments'], key: 'metric.comments' },
      { path: ['shares'], key: 'metric.shares' },
    ];
    for (let i = 0; i < channels.length; i++) {
      this.say(this.style.bold(this.t('new.metrics-of', { id: itemIdOf(channels[i]) ?? String(i + 1) })));
      this.say(this.style.dim(`  ${this.t('hint.number')}`));
      for (const f of fields) {
        const path = ['channels', i, 'metrics', ...f.path];
        await this.field(path, async () => {
          const v = await this.o.prompter.number({ message: this.t(f.key), min: 0 });
          return v === undefined ? SKIP : v;
        });
      }
    }
  }

  // -------------------------------------------------------------------------------------------------- resume

  /** Applies saved or prepared answers, in order; each one that does not fit is explained and left out. */
  applyEntries(entries: readonly LocatedAnswer[]): { applied: number; problems: { entry: LocatedAnswer; problem?: ResolveProblem; errors: Diagnostic[]; detail?: string }[] } {
    const problems: { entry: LocatedAnswer; problem?: ResolveProblem; errors: Diagnostic[]; detail?: string }[] = [];
    let applied = 0;
    for (const e of entries) {
      const r = entryEdit(e.entry, this.o.deps.catalog, this.data());
      if ('problem' in r) {
        problems.push({ entry: e, problem: r.problem, errors: [] });
        continue;
      }
      const a = attempt(this.o.file, this.text, [r.edit]);
      if (!a.ok) {
        problems.push({ entry: e, errors: a.errors, ...(a.detail ? { detail: a.detail } : {}) });
        continue;
      }
      this.text = a.text;
      record(this.answers, e.entry);
      applied++;
    }
    return { applied, problems };
  }

  // -------------------------------------------------------------------------------------------------- review

  review(original: string | undefined): Review {
    const before = original !== undefined ? auditText(this.o.file, original, this.o.deps) : undefined;
    const after = auditText(this.o.file, this.text, this.o.deps);
    const changes = describeChanges(original !== undefined ? dataOf(original) : {}, this.data());
    return { changes, ...(before ? { before } : {}), ...(after ? { after } : {}) };
  }

  printReview(r: Review): void {
    const s = this.style;
    this.say('');
    this.say(s.bold(this.t('review.title', { file: this.o.file, count: r.changes.length })));
    const shown = r.changes.slice(0, 40);
    for (const c of shown) {
      const mark = c.kind === 'add' ? s.green('+') : c.kind === 'remove' ? s.red('-') : s.yellow('~');
      const value = c.kind === 'remove' ? short(c.before) : c.kind === 'change' ? `${short(c.before)} → ${short(c.after)}` : short(c.after);
      this.say(`  ${mark} ${printable(`${formatPath(c.path)}: ${value}`)}`);
    }
    if (r.changes.length > shown.length) this.say(s.dim(`  ${this.t('review.more', { count: r.changes.length - shown.length })}`));
    const b = r.before?.readiness.score;
    const a = r.after?.readiness.score;
    this.say(this.t('review.readiness', { before: b === undefined ? '–' : `${b} %`, after: a === undefined ? '–' : `${a} %` }));
    this.say(this.t('review.gaps', { before: r.before ? r.before.gaps.length : '–', after: r.after ? r.after.gaps.length : '–' }));
  }
}

/** A YAML snippet from the editor: comments dropped; empty means "skip". */
function dataOfSnippet(text: string): unknown {
  const stripped = text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n').trim();
  if (stripped === '') return undefined;
  return dataOf(text);
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : stringify(v, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim();
  const one = s.replace(/\s+/g, ' ');
  return one.length > 70 ? one.slice(0, 69) + '…' : one;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 4).join('-');
}

/**
 * Runs the questionnaire: resume offer, creation script for a new file, then the open questions, then the review.
 * Ctrl-C or end of input at any prompt gives `interrupted` with the answers so far; the text is never written here.
 */
export async function runQuestionnaire(o: FlowOptions): Promise<FlowOutcome> {
  const flow = new Flow(o, o.text ?? newFileText(o.locale));
  try {
    if (o.resume && answerCount(o.resume) > 0) {
      if (await o.prompter.confirm({ message: flow.t('resume.ask', { count: answerCount(o.resume) }), default: true })) {
        const entries = readAnswers(answersToData(o.resume), o.deps.catalog, () => undefined).entries;
        const r = flow.applyEntries(entries);
        flow.say(flow.t('resume.applied', { count: r.applied }));
        for (const p of r.problems) flow.say(flow.style.yellow(`  ${flow.t('resume.dropped', { what: entryLabel(p.entry) })}`));
      }
    }
    if (o.text === undefined) await flow.create();
    const start = auditText(o.file, flow.text, o.deps);
    const plan = planGaps(start, o.deps, o.filter, o.limit);
    const open = start ? planGaps(start, o.deps, o.filter).length : 0;
    flow.say('');
    flow.say(flow.t(plan.length === 0 ? 'plan.none' : 'plan.some', { open, asked: plan.length }));
    if (plan.length > 0) flow.say(flow.style.dim(flow.t('plan.keys')));
    try {
      let n = 0;
      for (const gap of plan) {
        n++;
        const now = auditText(o.file, flow.text, o.deps);
        if (!now?.gaps.some((g) => gapKey(g) === gapKey(gap))) continue;
        const q = inLocale(o.deps.catalog.questions.find((x) => x.id === gap.questionId)!, o.locale);
        const fresh = now.gaps.find((g) => gapKey(g) === gapKey(gap))!;
        flow.header(q, fresh, n, plan.length);
        await flow.askGap(q, fresh);
      }
    } catch (err) {
      if (!(err instanceof Stop)) throw err;
    }
    if (flow.text === (o.text ?? '')) {
      flow.say(flow.t('review.nothing', { file: o.file }));
      return { status: 'unchanged' };
    }
    const r = flow.review(o.text);
    if (r.changes.length === 0 && o.text !== undefined) {
      flow.say(flow.t('review.nothing', { file: o.file }));
      return { status: 'unchanged' };
    }
    flow.printReview(r);
    const ok = o.yes || (await o.prompter.confirm({ message: flow.t('review.confirm', { file: o.file }), default: true }));
    return ok ? { status: 'write', text: flow.text, answers: flow.answers, ...r } : { status: 'declined', answers: flow.answers, ...r };
  } catch (err) {
    if (isExitPromptError(err)) return { status: 'interrupted', answers: flow.answers };
    throw err;
  }
}

const entryLabel = (e: LocatedAnswer): string => e.at.map(String).join('.');

// ------------------------------------------------------------------------------------------------ --answers

export interface AnswersProblem {
  /** The path of the entry in the answers file's data, for locating it there. */
  at: (string | number)[];
  message: string;
}

export interface AnswersOutcome {
  text: string;
  applied: number;
  problems: AnswersProblem[];
  review: Review;
}

/**
 * Applies a prepared answers file (its parsed data) to a brand file's text, without any prompt. Every entry is
 * checked on its own against the schema; problems are worded, and the text is only meaningful when there are none.
 */
export function applyAnswersData(o: { file: string; text: string | undefined; data: unknown; deps: AuditDeps; locale: Locale }): AnswersOutcome {
  const t = (k: QnKey, a?: Record<string, string | number>): string => tqn(o.locale, k, a);
  const ids = o.deps.catalog.questions.map((q) => q.id);
  const { entries, problems: shape } = readAnswers(o.data, o.deps.catalog, (id) => suggest(id, ids));
  const problems: AnswersProblem[] = shape.map((p: ReadProblem) => ({ at: p.at, message: t(p.code, p.args) }));
  const flow = new Flow({ file: o.file, text: o.text, deps: o.deps, locale: o.locale, prompter: noPrompter, write: () => undefined }, o.text ?? newFileText(o.locale));
  const applied = flow.applyEntries(entries);
  for (const p of applied.problems) {
    if (p.problem) problems.push({ at: p.entry.at, message: t(p.problem.code, p.problem.args) });
    if (p.detail) problems.push({ at: p.entry.at, message: p.detail });
    for (const d of p.errors) {
      const where = d.pointer ? ` (${t('answers.at', { path: dotPath(parseDotPath(d.pointer.slice(1).replace(/\//g, '.'))) })})` : '';
      const hint = diagnosticHint(o.locale, d.code, d.args);
      problems.push({ at: p.entry.at, message: `${diagnosticMessage(o.locale, d.code, d.args)}${where}${hint ? ` — ${hint}` : ''}` });
    }
  }
  // The result must validate as a whole (a new file needs at least brand.name).
  if (problems.length === 0) {
    const v = validateText(o.file, flow.text);
    for (const d of v.diagnostics.filter((x) => x.severity === 'error')) {
      problems.push({ at: [], message: `${t('answers.result-invalid')} ${diagnosticMessage(o.locale, d.code, d.args)}${d.pointer ? ` (${printable(d.pointer)})` : ''}` });
    }
  }
  return { text: flow.text, applied: applied.applied, problems, review: flow.review(o.text) };
}

/** The review as lines, for the non-interactive path and the final message. */
export function reviewLines(r: Review, file: string, locale: Locale, style: Style = plainStyle): string[] {
  const lines: string[] = [];
  const flow = new Flow({ file, text: '', deps: undefined as unknown as AuditDeps, locale, prompter: noPrompter, write: (s) => lines.push(s.replace(/\n$/, '')), style }, '');
  flow.printReview(r);
  return lines;
}

const refuse = async (): Promise<never> => {
  const e = new Error('no prompt available');
  e.name = 'ExitPromptError';
  throw e;
};
const noPrompter: Prompter = { input: refuse, number: refuse, select: refuse, checkbox: refuse, confirm: refuse, editor: refuse };

