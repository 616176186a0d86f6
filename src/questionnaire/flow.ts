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
import { describeRule, inLocale, progressText } from '../questions/render.js';
import { plainStyle, type Style } from '../render/style.js';
import { fitLines, visibleWidth, wrap } from '../render/text-wrap.js';
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
import { BACK_KEYWORD, isBackPromptError, isExitPromptError, type Choice, type Prompter } from './prompter.js';
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
  /** Columns to word-wrap the questionnaire's texts to (80 when not given). */
  width?: number;
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

/** One field of a new list item: where it goes in the item, its prompt's label, and how it is asked (again). */
interface ItemField {
  key: string;
  at: string[];
  label: QnKey;
  /** `wrong` is the refused answer, when the field is asked again. */
  ask(v: Record<string, Asked>, wrong?: Asked): Promise<Asked>;
}

class Flow {
  text: string;
  readonly answers = emptyAnswers();
  readonly style: Style;
  /** Whether saved answers to catalog questions were applied: the creation script was then finished. */
  resumedQuestions = false;
  /** What the user last wrote in the editor for a structured answer, reopened as it was when it is refused. */
  draft: { id: string; text: string } | undefined;
  constructor(readonly o: FlowOptions, text: string, readonly replay?: Replay, private readonly audits = new Map<string, AuditResult | undefined>()) {
    this.text = text;
    this.style = o.style ?? plainStyle;
  }

  /** The audit of a text; kept by text, since a step back replays the session over the same texts. */
  audit(text: string): AuditResult | undefined {
    if (!this.audits.has(text)) this.audits.set(text, auditText(this.o.file, text, this.o.deps));
    return this.audits.get(text);
  }

  t(key: QnKey, args?: Record<string, string | number>): string {
    return tqn(this.o.locale, key, args);
  }
  /** Writes lines, word-wrapped to the terminal (a continuation line is indented under its text). */
  say(text: string): void {
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    this.o.write(fitLines(body, this.o.width ?? 80) + '\n');
  }
  /** A new question or section starts: after a step back, what is shown again starts here. */
  mark(): void {
    this.replay?.mark();
  }
  data(): unknown {
    return dataOf(this.text);
  }

  /** Shows why an edit was refused, in the user's words, with the place in the file; returns those lines, plain. */
  explain(errors: readonly Diagnostic[], detail?: string, retry: QnKey = 'retry'): string[] {
    const lines: string[] = [];
    if (detail) lines.push(`✖ ${printable(detail)}`);
    for (const d of errors) {
      const hint = diagnosticHint(this.o.locale, d.code, d.args);
      const where = d.pointer ? ` (${printable(formatPath(d.pointer.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s))))})` : '';
      lines.push(`✖ ${diagnosticMessage(this.o.locale, d.code, d.args)}${where}` + (hint ? `\n  ${hint}` : ''));
    }
    for (const l of lines) {
      const [first, ...rest] = l.split('\n');
      this.say(this.style.red(`  ${first}`) + rest.map((r) => `\n  ${this.style.dim(r)}`).join(''));
    }
    this.say(this.style.dim(`  ${this.t(retry)}`));
    return lines;
  }

  /** Tries an edit; true and kept when the file still validates, false (explained) otherwise. */
  tryEdit(edit: Edit, retry: QnKey = 'retry'): boolean {
    const a = attempt(this.o.file, this.text, [edit]);
    if (!a.ok) {
      const lines = this.explain(a.errors, a.detail, retry);
      if (this.draft) this.draft = { id: this.draft.id, text: withProblems(this.draft.text, lines) };
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
    this.mark();
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
      // A refused editor answer is reopened as the user wrote it, with the problems on top (tryEdit adds them).
      if (!this.tryEdit(edit, this.draft ? 'retry.editor' : 'retry')) continue;
      this.draft = undefined;
      if (free !== undefined) record(this.answers, { set: { path: ['answers', q.id], value: free } });
      else record(this.answers, { question: { id: q.id, ...(itemKey !== undefined ? { item: itemKey } : {}), value: got } });
      const after = this.audit(this.text);
      const open = after?.gaps.find((g) => gapKey(g) === gapKey(gap));
      if (open) {
        this.say(this.style.yellow(`  ${this.t('still-open')}`));
        // A list answered in part says how far it goes (3 of 10 stages) before the rule that would close it.
        if (open.progress) this.say(this.style.yellow(`  ${this.t('still-open.progress', { progress: printable(progressText(open.progress, this.o.locale)) })}`));
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
      // Refused just before: straight back into the editor, on what the user wrote.
      const draft = this.draft?.id === q.id ? this.draft.text : undefined;
      this.draft = undefined;
      if (draft === undefined) {
        const choices: Choice<'editor' | 'free'>[] = [{ name: this.t('choice.editor'), value: 'editor' }];
        if (q.kind === 'question') choices.push({ name: this.t('choice.free', { id: q.id }), value: 'free' });
        const how = await this.select(q.question[this.o.locale], choices, { stop: true });
        if (how === SKIP || how === STOP) return how;
        if (how === 'free') {
          const v = await this.text1(this.t('free.message'), { allowEditor: true });
          if (v === SKIP) continue;
          return { free: String(v) };
        }
      }
      const start = current !== undefined ? current : exampleValue(q);
      const head = this.t('editor.header', { path: displayPath(q) }).split('\n').map((l) => `# ${l}`.trimEnd()).join('\n');
      const body = start === undefined ? '' : stringify(start, { lineWidth: 0 });
      const edited = await this.o.prompter.editor({ message: this.t('editor.message'), default: draft ?? `${head}\n${body}` });
      let value: unknown;
      try {
        value = dataOfSnippet(edited);
      } catch (err) {
        const line = `✖ ${this.t('editor.invalid', { detail: (err as Error).message.split('\n')[0] ?? '' })}`;
        this.say(this.style.red(`  ${line}`));
        this.say(this.style.dim(`  ${this.t('retry.editor')}`));
        this.draft = { id: q.id, text: withProblems(edited, [line]) };
        continue;
      }
      if (value === null || value === undefined) return SKIP;
      this.draft = { id: q.id, text: edited };
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

  has(...path: (string | number)[]): boolean {
    return getAt(this.data(), path) !== undefined;
  }
  count(list: string): number {
    const l = getAt(this.data(), [list]);
    return Array.isArray(l) ? l.length : 0;
  }

  async create(): Promise<void> {
    const s = this.style;
    // Resuming: the steps the saved answers went past are not asked again. A step is behind the user when it, or
    // a later step, holds an answer (answers to the catalog's questions come after the whole script).
    const metricsDone = this.resumedQuestions;
    const channelsDone = metricsDone || this.has('period');
    const objectivesDone = channelsDone || this.has('channels');
    const audienceDone = objectivesDone || this.has('objectives') || this.has('audience', 'description');
    const sectorDone = audienceDone || this.has('brand', 'sector');
    this.mark();
    this.say(s.bold(this.t('new.intro', { file: this.o.file })));
    this.say(s.dim(this.t('new.keys')));
    this.say('');
    this.say(s.bold(this.t('new.brand')));
    if (!this.has('brand', 'name')) {
      await this.field(['brand', 'name'], async () => {
        for (;;) {
          const v = await this.text1(this.t('new.name'));
          if (v !== SKIP) return v;
          this.say(s.yellow(`  ${this.t('new.name-required')}`));
        }
      });
    }
    const sectors = schemaEnum(['$defs', 'brand', 'properties', 'sector']);
    if (!sectorDone) await this.field(['brand', 'sector'], () => this.select(this.t('new.sector'), sectors.map((v) => ({ name: enumChoice(v, this.o.locale), value: v }))));

    if (!audienceDone) {
      this.mark();
      this.say('');
      this.say(s.bold(this.t('new.audience')));
      await this.field(['audience', 'description'], () => this.text1(this.t('new.audience-description'), { allowEditor: true }));
    }

    if (!objectivesDone) {
      this.mark();
      this.say('');
      this.say(s.bold(this.t('new.objectives')));
      const domains = schemaEnum(['$defs', 'objective', 'properties', 'domain']);
      for (let n = this.count('objectives'); ; n++) {
        if (!(await this.o.prompter.confirm({ message: this.t(n === 0 ? 'new.objective-add' : 'new.objective-more'), default: n === 0 }))) break;
        const fallback = `objective-${n + 1}`;
        await this.item(['objectives', n], [
          { key: 'description', at: ['description'], label: 'new.objective-description', ask: () => this.text1(this.t('new.objective-description')) },
          { key: 'domain', at: ['domain'], label: 'new.objective-domain', ask: () => this.select(this.t('new.objective-domain'), domains.map((v) => ({ name: this.t(`domain.${v}` as QnKey), value: v }))) },
          {
            key: 'id', at: ['id'], label: 'new.id',
            // Asked again after a wrong id: the id made of what was typed, when there is one.
            ask: (v, wrong) => this.text1(this.t('new.id'), { default: slug(String(wrong ?? (v.description === SKIP ? '' : v.description))) || fallback }),
          },
        ], (v) => ({
          id: v.id === SKIP ? fallback : v.id,
          ...(v.domain !== SKIP && v.domain !== STOP ? { domain: v.domain } : {}),
          ...(v.description !== SKIP ? { description: v.description } : {}),
        }));
      }
    }

    if (!channelsDone) {
      this.mark();
      this.say('');
      this.say(s.bold(this.t('new.channels')));
      for (let n = this.count('channels'); ; n++) {
        if (!(await this.o.prompter.confirm({ message: this.t(n === 0 ? 'new.channel-add' : 'new.channel-more'), default: n === 0 }))) break;
        const defaultId = (platform: Asked): string => {
          const taken = new Set(((getAt(this.data(), ['channels']) as unknown[] | undefined) ?? []).map((c) => itemIdOf(c)));
          let def = String(platform);
          for (let i = 2; taken.has(def); i++) def = `${String(platform)}-${i}`;
          return def;
        };
        const objectiveIds = ((getAt(this.data(), ['objectives']) as unknown[] | undefined) ?? []).map((o) => itemIdOf(o)).filter((x): x is string => !!x);
        await this.item(['channels', n], [
          { key: 'platform', at: ['platform'], label: 'new.platform', ask: () => this.select(this.t('new.platform'), PLATFORMS.map((p) => ({ name: enumChoice(p, this.o.locale), value: p as string })), { skip: false }) },
          { key: 'id', at: ['id'], label: 'new.id', ask: (v, wrong) => this.text1(this.t('new.id'), { default: (wrong !== undefined ? slug(String(wrong)) : '') || defaultId(v.platform) }) },
          { key: 'role', at: ['role'], label: 'new.channel-role', ask: () => this.text1(this.t('new.channel-role')) },
          { key: 'owner', at: ['owner'], label: 'new.channel-owner', ask: () => this.text1(this.t('new.channel-owner')) },
          { key: 'audience', at: ['audience'], label: 'new.channel-audience', ask: () => this.text1(this.t('new.channel-audience')) },
          {
            key: 'objectives', at: ['objectives'], label: 'new.channel-objectives',
            ask: async () => (objectiveIds.length ? this.o.prompter.checkbox({ message: this.t('new.channel-objectives'), choices: objectiveIds.map((id) => ({ name: id, value: id })) }) : []),
          },
        ], (v) => {
          const objectives = v.objectives as string[];
          return {
            id: v.id === SKIP ? defaultId(v.platform) : v.id, platform: v.platform,
            ...(v.role !== SKIP ? { role: v.role } : {}), ...(v.owner !== SKIP ? { owner: v.owner } : {}),
            ...(objectives.length ? { objectives } : {}),
            ...(v.audience !== SKIP ? { audience: { description: v.audience } } : {}),
          };
        });
      }
    }

    if (!metricsDone) {
      this.mark();
      this.say('');
      if (this.has('period') || (await this.o.prompter.confirm({ message: this.t('new.metrics-ask'), default: false }))) await this.createMetrics();
    }
  }

  /**
   * Asks the fields of one new list item, then adds it. When the schema refuses it, only the field it points at
   * is asked again, saying what is wrong with it; the other answers are kept.
   */
  async item(path: (string | number)[], fields: ItemField[], build: (v: Record<string, Asked>) => Record<string, unknown>): Promise<void> {
    const v: Record<string, Asked> = {};
    for (const f of fields) v[f.key] = await f.ask(v);
    for (;;) {
      const value = build(v);
      const a = attempt(this.o.file, this.text, [{ path, value }]);
      if (a.ok) {
        this.text = a.text;
        record(this.answers, { set: { path, value } });
        return;
      }
      const at = (f: ItemField): string => `/${[...path, ...f.at].join('/')}`;
      const hits = (f: ItemField, d: Diagnostic): boolean => d.pointer === at(f) || (d.pointer ?? '').startsWith(`${at(f)}/`);
      const wrong = fields.find((f) => a.errors.some((d) => hits(f, d)));
      if (!wrong) {
        this.explain(a.errors, a.detail);
        for (const f of fields) v[f.key] = await f.ask(v);
        continue;
      }
      for (const d of a.errors.filter((e) => hits(wrong, e))) {
        const hint = diagnosticHint(this.o.locale, d.code, d.args);
        this.say(this.style.red(`  ✖ ${this.t('field.wrong', { field: this.t(wrong.label), problem: diagnosticMessage(this.o.locale, d.code, d.args) })}`) + (hint ? `\n    ${this.style.dim(hint)}` : ''));
      }
      this.say(this.style.dim(`  ${this.t('retry.field')}`));
      v[wrong.key] = await wrong.ask(v, v[wrong.key]);
    }
  }

  async createMetrics(): Promise<void> {
    this.mark();
    this.say(this.style.bold(this.t('new.period')));
    if (!this.has('period')) {
      await this.item(['period'], [
        { key: 'start', at: ['start'], label: 'new.period-start', ask: () => this.text1(this.t('new.period-start')) },
        { key: 'end', at: ['end'], label: 'new.period-end', ask: () => this.text1(this.t('new.period-end')) },
        { key: 'label', at: ['label'], label: 'new.period-label', ask: () => this.text1(this.t('new.period-label')) },
      ], (v) => ({ start: v.start === SKIP ? '' : v.start, end: v.end === SKIP ? '' : v.end, ...(v.label !== SKIP ? { label: v.label } : {}) }));
    }
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
      this.mark();
      this.say(this.style.bold(this.t('new.metrics-of', { id: itemIdOf(channels[i]) ?? String(i + 1) })));
      this.say(this.style.dim(`  ${this.t('hint.number')}`));
      for (const f of fields) {
        const path = ['channels', i, 'metrics', ...f.path];
        if (this.has(...path)) continue;
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
      if ('question' in e.entry || e.entry.set.path[0] === 'answers') this.resumedQuestions = true;
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
  if (snippetText(text) === '') return undefined;
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
 *
 * Going back: every answer the prompts gave is kept, in order. A step back drops the last one and runs the
 * questionnaire again from the start, the kept answers replayed without asking (and without showing what they
 * showed), until the dropped question, asked again with the dropped answer as its default. So everything an
 * answer did (the file's text, the answers recorded, the questions it opened) is undone with it, at any depth.
 */
export async function runQuestionnaire(o: FlowOptions): Promise<FlowOutcome> {
  const given: unknown[] = [];
  const audits = new Map<string, AuditResult | undefined>();
  let redo: { at: number; value: unknown } | undefined;
  for (;;) {
    const replay = new Replay(o.prompter, given, redo, o.write, (k) => tqn(o.locale, k), o.style ?? plainStyle, o.width ?? 80);
    const flow = new Flow({ ...o, prompter: replay, write: (text) => replay.write(text) }, o.text ?? newFileText(o.locale), replay, audits);
    try {
      return await runOnce(flow, o);
    } catch (err) {
      if (!(err instanceof GoBack)) throw err;
      redo = { at: given.length - 1, value: given.pop() };
    }
  }
}

async function runOnce(flow: Flow, o: FlowOptions): Promise<FlowOutcome> {
  const prompter = flow.o.prompter;
  try {
    if (o.resume && answerCount(o.resume) > 0) {
      if (await prompter.confirm({ message: flow.t('resume.ask', { count: answerCount(o.resume) }), default: true })) {
        const entries = readAnswers(answersToData(o.resume), o.deps.catalog, () => undefined).entries;
        const r = flow.applyEntries(entries);
        flow.say(flow.t('resume.applied', { count: r.applied }));
        for (const p of r.problems) flow.say(flow.style.yellow(`  ${flow.t('resume.dropped', { what: entryLabel(p.entry) })}`));
      }
    }
    if (o.text === undefined) await flow.create();
    const start = flow.audit(flow.text);
    const plan = planGaps(start, o.deps, o.filter, o.limit);
    const open = start ? planGaps(start, o.deps, o.filter).length : 0;
    flow.mark();
    flow.say('');
    flow.say(flow.t(plan.length === 0 ? 'plan.none' : 'plan.some', { open, asked: plan.length }));
    if (plan.length > 0) flow.say(flow.style.dim(flow.t('plan.keys')));
    try {
      let n = 0;
      for (const gap of plan) {
        n++;
        const now = flow.audit(flow.text);
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
    flow.mark();
    flow.printReview(r);
    const ok = o.yes || (await prompter.confirm({ message: flow.t('review.confirm', { file: o.file }), default: true }));
    return ok ? { status: 'write', text: flow.text, answers: flow.answers, ...r } : { status: 'declined', answers: flow.answers, ...r };
  } catch (err) {
    if (isExitPromptError(err)) return { status: 'interrupted', answers: flow.answers };
    throw err;
  }
}

/** Raised by a prompt when the user asks to go back: the questionnaire runs again up to the question before. */
class GoBack extends Error {}
const BACK = Symbol('back');

/**
 * The prompts as the flow sees them: answers already given are replayed without asking, then the real prompts
 * are asked, each answer kept; the back keyword or choice raises GoBack. While replaying, what the flow writes is
 * held back; when the first real prompt comes, what was written since the start of its question (marked by the
 * flow) is shown, with the answers already given to that question, so the user sees where they are.
 */
class Replay implements Prompter {
  private at = 0;
  private held: string[] = [];
  private live: boolean;
  constructor(
    private readonly inner: Prompter,
    private readonly given: unknown[],
    private readonly redo: { at: number; value: unknown } | undefined,
    private readonly out: (text: string) => void,
    private readonly t: (k: QnKey) => string,
    private readonly style: Style,
    private readonly width: number,
  ) {
    this.live = given.length === 0 && redo === undefined;
  }

  write(text: string): void {
    if (this.live) this.out(text);
    else this.held.push(text);
  }
  mark(): void {
    if (!this.live) this.held = [];
  }

  /** One prompt: replayed while there are given answers, else asked (with the dropped answer as its default). */
  private async ask<T>(message: string, shown: (v: T) => string, real: (redo: { value: unknown } | undefined) => Promise<T>, isBack: (v: T) => boolean): Promise<T> {
    if (this.at < this.given.length) {
      const v = this.given[this.at++] as T;
      this.held.push(this.style.dim(fitLines(`✔ ${printable(message)} ${printable(shown(v))}`, this.width)) + '\n');
      return v;
    }
    if (!this.live) {
      this.live = true;
      this.out(this.style.dim(fitLines(this.t('back.done'), this.width)) + '\n');
      for (const h of this.held) this.out(h);
      this.held = [];
    }
    for (;;) {
      let v: T;
      try {
        v = await real(this.redo?.at === this.at ? this.redo : undefined);
      } catch (err) {
        if (!isBackPromptError(err)) throw err;
        v = BACK as T;
      }
      if (v !== BACK && !isBack(v)) {
        this.given.push(v);
        this.at++;
        return v;
      }
      if (this.at > 0) throw new GoBack();
      this.out(this.style.yellow(fitLines(`  ${this.t('back.none')}`, this.width)) + '\n');
    }
  }

  /**
   * A prompt's message word-wrapped to the terminal: the library breaks its lines at the width, inside words; the
   * continuation lines are indented under the text, past the library's "? " in front.
   */
  private fit<O extends { message: string }>(o: O): O {
    // A pack's question is untrusted (issue 20): shown, like everything else, through printable().
    const lines = wrap(printable(o.message), this.width - 2, '', '  ');
    return { ...o, message: lines.join('\n') };
  }

  private backChoice<V>(): Choice<V>[] {
    return this.at > 0 ? [{ name: this.t('choice.back'), value: BACK as V }] : [];
  }

  input(o: { message: string; default?: string }): Promise<string> {
    return this.ask(o.message, (v) => v, (r) => {
      // The dropped answer as the default, unless it was a command (:q, :e) or nothing.
      const d = typeof r?.value === 'string' && r.value.trim() !== '' && !r.value.startsWith(':') ? r.value : undefined;
      return this.inner.input({ ...this.fit(o), width: this.width, ...(d !== undefined ? { default: d } : {}) });
    }, (v) => v.trim() === BACK_KEYWORD);
  }
  number(o: { message: string; default?: number; min?: number; max?: number }): Promise<number | undefined> {
    return this.ask(o.message, (v) => (v === undefined ? '' : String(v)), (r) => this.inner.number({ ...this.fit(o), ...(r && typeof r.value === 'number' ? { default: r.value } : {}) }), () => false);
  }
  select<V>(o: { message: string; choices: Choice<V>[]; default?: V }): Promise<V> {
    const fitted = this.fit(o);
    // Once answered, the library writes the choice after the message: on a line of its own when it would not fit.
    const room = this.width - 3 - visibleWidth(fitted.message.split('\n').pop() ?? '');
    const choices = [...o.choices, ...this.backChoice<V>()].map((c) => (visibleWidth(c.name) > room ? { ...c, short: `\n  ${c.name}` } : c));
    return this.ask(o.message, (v) => o.choices.find((c) => c.value === v)?.name ?? '', (r) => this.inner.select({ ...fitted, choices, ...(r ? { default: r.value as V } : {}) }), (v) => v === BACK);
  }
  checkbox<V>(o: { message: string; choices: Choice<V>[] }): Promise<V[]> {
    return this.ask(o.message, (v) => v.map((x) => o.choices.find((c) => c.value === x)?.name ?? '').join(', '), (r) => {
      const was = r && Array.isArray(r.value) ? r.value : undefined;
      const choices = [...o.choices.map((c) => (was ? { ...c, checked: was.includes(c.value) } : c)), ...this.backChoice<V>()];
      return this.inner.checkbox({ ...this.fit(o), choices }).then((picked) => {
        // The « tick all » and « invert » keys tick the back choice too: with every real choice ticked, it is not a
        // request to go back but part of « all », and is dropped.
        const all = o.choices.every((c) => picked.includes(c.value));
        return all ? picked.filter((x) => x !== BACK) : picked;
      });
    }, (v) => v.includes(BACK as V));
  }
  confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    return this.ask(o.message, (v) => this.t(v ? 'choice.yes' : 'choice.no'), (r) => this.inner.confirm({ ...this.fit(o), ...(r && typeof r.value === 'boolean' ? { default: r.value } : {}) }), () => false);
  }
  editor(o: { message: string; default?: string; postfix?: string }): Promise<string> {
    return this.ask(o.message, () => '…', (r) => this.inner.editor({ ...o, ...(r && typeof r.value === 'string' ? { default: r.value } : {}) }), (v) => snippetText(v) === BACK_KEYWORD);
  }
}

/** What an editor's text says once its comment lines are left out. */
function snippetText(text: string): string {
  return text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n').trim();
}

/** A refused editor text with the problems on top, as comments (those of an earlier refusal replaced). */
function withProblems(text: string, problems: readonly string[]): string {
  const kept = text.split('\n').filter((l) => !/^# (?:✖|  →) /.test(l));
  const lines = problems.flatMap((p) => p.split('\n').map((l, i) => (i === 0 ? `# ${l}` : `#   → ${l.trim()}`)));
  return [...lines, ...kept].join('\n');
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

