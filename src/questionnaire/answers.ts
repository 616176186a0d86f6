/**
 * Answers as data: where a question's answer goes in the brand file, what the catalog's example says there,
 * how an answer becomes edits, and the answers file (`--answers`, and the resume file of an interrupted
 * session). Pure: no fs, no prompts.
 *
 * Answers file format (YAML), in the order the answers are applied:
 *
 *   $set:                              # optional: raw values by dot path (lists take indexes)
 *     brand.name: Boulangerie Martin
 *     channels.0.platform: instagram
 *   customer-needs: [Savoir ce qui sort du four, Précommander les galettes]   # question id: answer
 *   listening-cadence: weekly
 *   channel-role:                      # a question asked per item: item id (or index) → answer
 *     instagram: Vitrine des fournées du jour.
 *     facebook: Horaires et avis.
 */
import { parse } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { itemIdOf } from '../questions/paths.js';
import type { Catalog, Question } from '../questions/types.js';
import { applyEdits, deepEqual, EditError, getAt, type Edit, type EditPath } from '../edit/yaml-edit.js';
import { validateText } from '../validate/index.js';

export type ItemKey = string | number;

export interface SetEntry { path: EditPath; value: unknown }
export interface QuestionAnswer { id: string; item?: ItemKey; value: unknown }

/** Answers in the order they were given. */
export interface AnswerSet {
  set: SetEntry[];
  questions: QuestionAnswer[];
}

export const emptyAnswers = (): AnswerSet => ({ set: [], questions: [] });
export const answerCount = (a: AnswerSet): number => a.set.length + a.questions.length;

const toStep = (s: string): string | number => (/^\d+$/.test(s) ? Number(s) : s);

/** `channels.0.role` → ['channels', 0, 'role']. */
export function parseDotPath(path: string): EditPath {
  return path.split('.').filter((s) => s !== '').map(toStep);
}

export function dotPath(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

function steps(path: string): { fromRoot: boolean; steps: string[] } {
  const fromRoot = path.startsWith('$.');
  return { fromRoot, steps: (fromRoot ? path.slice(2) : path).split('.').filter((s) => s !== '') };
}

/** True when the answer path goes through `*` (every persona…): it is then answered as the list before the `*`. */
export function isWildcard(q: Question): boolean {
  return steps(q.answer.path).steps.includes('*');
}

/** The kind of prompt that fits: the catalog's kind, except that a path through `*` is edited as a whole. */
export function effectiveKind(q: Question): Question['answer']['kind'] {
  return isWildcard(q) ? 'structured' : q.answer.kind;
}

/** The path in the brand file where the answer is written, for the item at `itemPath` when the question has `each`. */
export function targetPath(q: Question, itemPath?: readonly (string | number)[]): EditPath {
  const { fromRoot, steps: s } = steps(q.answer.path);
  const cut = s.indexOf('*');
  const used = (cut >= 0 ? s.slice(0, cut) : s).map(toStep);
  return [...(q.each && !fromRoot ? [...(itemPath ?? [])] : []), ...used];
}

/** The list a per-item question walks (`channels`, `listening.alerts`…), as a path. */
export function eachPath(q: Question): EditPath {
  return q.each ? steps(q.each).steps.map(toStep) : [];
}

/** The catalog example's value at the answer's place: what a good answer looks like, without the file around it. */
export function exampleValue(q: Question): unknown {
  let v: unknown;
  try {
    v = parse(q.answer.example);
  } catch {
    return undefined;
  }
  const { fromRoot, steps: s } = steps(q.answer.path);
  if (q.each && !fromRoot) {
    v = getAt(v, eachPath(q));
    v = Array.isArray(v) ? v[0] : undefined;
  }
  const cut = s.indexOf('*');
  return getAt(v, (cut >= 0 ? s.slice(0, cut) : s).map(toStep));
}

/** The items of a per-item question's list in the data, with the key an answers file uses for each. */
export function itemsOf(q: Question, data: unknown): { key: ItemKey; index: number; path: EditPath }[] {
  const list = getAt(data, eachPath(q));
  if (!Array.isArray(list)) return [];
  return list.map((item, index) => ({ key: itemIdOf(item) ?? index, index, path: [...eachPath(q), index] }));
}

/** Makes an answer's type fit its kind where the intent is plain (a single text for a list, digits for a number). */
export function normalizeAnswer(q: Question, value: unknown): unknown {
  const kind = effectiveKind(q);
  if ((kind === 'textList' || kind === 'refs') && (typeof value === 'string' || typeof value === 'number')) return [String(value)];
  if (kind === 'text' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (kind === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (typeof value === 'string' && kind !== 'structured') return value.replace(/\s+$/, '');
  return value;
}

export type ResolveProblem =
  | { code: 'answers.not-per-item'; args: { id: string; each: string } }
  | { code: 'answers.unknown-item'; args: { id: string; item: string; known: string } }
  | { code: 'answers.no-items'; args: { id: string; each: string } };

/** The edit one answer makes, given the current data; a problem when the item it names does not exist. */
export function editFor(q: Question, data: unknown, item: ItemKey | undefined, value: unknown): { edit: Edit } | { problem: ResolveProblem } {
  if (!q.each) return { edit: { path: targetPath(q), value: normalizeAnswer(q, value) } };
  const items = itemsOf(q, data);
  if (items.length === 0) return { problem: { code: 'answers.no-items', args: { id: q.id, each: q.each } } };
  const found = items.find((i) => i.key === item || (typeof item === 'number' && i.index === item) || String(i.key) === String(item) || String(i.index) === String(item));
  if (!found) return { problem: { code: 'answers.unknown-item', args: { id: q.id, item: String(item), known: items.map((i) => String(i.key)).join(', ') } } };
  return { edit: { path: targetPath(q, found.path), value: normalizeAnswer(q, value) } };
}

export type Attempt =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; errors: Diagnostic[]; detail?: string };

const diagKey = (d: Diagnostic): string => `${d.code}|${d.pointer}|${JSON.stringify(d.args)}`;

/**
 * Applies edits to the current text and validates the result. Refused when it brings an error the current text
 * did not have (a new file may lack `brand.name` until it is given; nothing else may go wrong).
 */
export function attempt(file: string, text: string, edits: readonly Edit[]): Attempt {
  let next: string;
  try {
    next = applyEdits(text, edits);
  } catch (err) {
    if (err instanceof EditError) return { ok: false, errors: [], detail: err.message };
    throw err;
  }
  if (next === text) return { ok: true, text, changed: false };
  const before = new Set(validateText(file, text).diagnostics.filter((d) => d.severity === 'error').map(diagKey));
  const errors = validateText(file, next).diagnostics.filter((d) => d.severity === 'error' && !before.has(diagKey(d)));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, text: next, changed: true };
}

/** Records an answer, replacing an earlier one for the same question and item (or path). */
export function record(set: AnswerSet, entry: { set: SetEntry } | { question: QuestionAnswer }): void {
  if ('set' in entry) {
    const i = set.set.findIndex((e) => deepEqual(e.path, entry.set.path));
    if (i >= 0) set.set.splice(i, 1);
    set.set.push(entry.set);
  } else {
    const q = entry.question;
    const i = set.questions.findIndex((e) => e.id === q.id && e.item === q.item);
    if (i >= 0) set.questions.splice(i, 1);
    set.questions.push(q);
  }
}

/** The answers as the YAML data of an answers file: `$set` first, then questions grouped by id. */
export function answersToData(set: AnswerSet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (set.set.length > 0) out.$set = Object.fromEntries(set.set.map((e) => [dotPath(e.path), e.value]));
  for (const a of set.questions) {
    if (a.item === undefined) out[a.id] = a.value;
    else {
      const m = (out[a.id] ??= {}) as Record<string, unknown>;
      m[String(a.item)] = a.value;
    }
  }
  return out;
}

/** Where an entry of an answers file sits, for located messages: its path in the answers file's data. */
export interface LocatedAnswer {
  at: (string | number)[];
  entry: { set: SetEntry } | { question: QuestionAnswer };
}

export type ReadProblem =
  | { at: (string | number)[]; code: 'answers.not-a-map'; args: Record<string, string> }
  | { at: (string | number)[]; code: 'answers.set-not-a-map'; args: Record<string, string> }
  | { at: (string | number)[]; code: 'answers.unknown-question'; args: { id: string; suggestion: string } }
  | { at: (string | number)[]; code: 'answers.per-item-needs-map'; args: { id: string; each: string } }
  | { at: (string | number)[]; code: 'answers.bad-path'; args: { path: string } };

/** Reads the data of an answers file into ordered entries, with the problems of its shape. */
export function readAnswers(data: unknown, catalog: Catalog, suggest: (id: string) => string | undefined): { entries: LocatedAnswer[]; problems: ReadProblem[] } {
  const entries: LocatedAnswer[] = [];
  const problems: ReadProblem[] = [];
  if (data === null || data === undefined) return { entries, problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { entries, problems: [{ at: [], code: 'answers.not-a-map', args: {} }] };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || value === undefined) continue;
    if (key === '$set') {
      if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ at: [key], code: 'answers.set-not-a-map', args: {} });
        continue;
      }
      for (const [p, v] of Object.entries(value as Record<string, unknown>)) {
        const path = parseDotPath(p);
        if (path.length === 0 || path.some((s) => s === '__proto__' || s === 'constructor' || s === 'prototype')) {
          problems.push({ at: [key, p], code: 'answers.bad-path', args: { path: p } });
          continue;
        }
        if (v !== null && v !== undefined) entries.push({ at: [key, p], entry: { set: { path, value: v } } });
      }
      continue;
    }
    const q = catalog.questions.find((x) => x.id === key);
    if (!q) {
      problems.push({ at: [key], code: 'answers.unknown-question', args: { id: key, suggestion: suggest(key) ?? '' } });
      continue;
    }
    if (q.each) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ at: [key], code: 'answers.per-item-needs-map', args: { id: key, each: q.each } });
        continue;
      }
      for (const [item, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === null || v === undefined) continue;
        entries.push({ at: [key, item], entry: { question: { id: key, item: /^\d+$/.test(item) ? Number(item) : item, value: v } } });
      }
      continue;
    }
    entries.push({ at: [key], entry: { question: { id: key, value } } });
  }
  return { entries, problems };
}

/** The edit an entry makes on the current data (a question's item is looked up now, after earlier entries). */
export function entryEdit(entry: LocatedAnswer['entry'], catalog: Catalog, data: unknown): { edit: Edit } | { problem: ResolveProblem } {
  if ('set' in entry) return { edit: { path: entry.set.path, value: entry.set.value } };
  const q = catalog.questions.find((x) => x.id === entry.question.id)!;
  return editFor(q, data, entry.question.item, entry.question.value);
}

/** The answers held by read entries (a resume file), in order. */
export function answerSetOf(entries: readonly LocatedAnswer[]): AnswerSet {
  const set = emptyAnswers();
  for (const e of entries) record(set, e.entry);
  return set;
}
