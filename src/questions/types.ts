/**
 * Types of the "bonnes questions" catalog: the questions a brand should ask itself, stored as data in
 * catalog/questions/*.yaml (shape: schemas/question.schema.json), and of what evaluating them yields.
 * The same Question type drives the gap list, `smscore questions`/`explain` and the interactive questionnaire.
 */
import type { Pillar } from '../model/brand.js';
import type { DataPath, SourceLocation } from '../model/diagnostic.js';
import type { BrandFile } from '../model/brand.js';
import type { ParsedSource } from '../load/source.js';

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Readiness weights: an unanswered critical question costs three times a minor one. */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { critical: 3, major: 2, minor: 1 };

/** Text in both languages. */
export interface Bilingual { en: string; fr: string }

/**
 * One citation: an article by its title, the section of it (a heading as written in the article, or `Introduction`)
 * and optionally a paragraph counted from 1 within that section. A pack may also name an article alone.
 */
export interface SourceRef { article: string; section?: string; paragraph?: number }

/**
 * A path into the brand file, dot-separated: `strategy.threats`, `audience.personas.*.platforms`.
 * `*` matches every item of a list (or every value of a map). In a question with `each`, a path is relative
 * to the current item unless it starts with `$.` (the root of the brand file).
 */
export type PathString = string;

/** The kinds of answer a prompt can ask for. */
export const ANSWER_KINDS = ['text', 'textList', 'number', 'enum', 'boolean', 'refs', 'structured'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** Where and how to answer a question; usable by a prompt as well as by a reader. */
export interface AnswerHint {
  /** Target path of the answer (relative to the item when the question has `each`). */
  path: PathString;
  kind: AnswerKind;
  /** Allowed values, for `enum`. */
  values?: string[];
  /** For `refs`: the list whose ids are referred to (`channels` or `objectives`). */
  refersTo?: 'channels' | 'objectives';
  /** A YAML snippet, written from the root of the brand file, that answers the question; its prose in English. */
  example: string;
  /** The same snippet with its prose in French (keys, ids and values unchanged); a pack may leave it out. */
  exampleFr?: string;
}

/** A check of the "answered when" rule: one generic function with its options (Spectral-style). */
export type Rule =
  | { check: 'present'; path: PathString }
  | { check: 'text'; path: PathString; minLength?: number }
  | { check: 'items'; path: PathString; min?: number; max?: number }
  | { check: 'number'; path: PathString; min?: number; max?: number }
  | { check: 'enum'; path: PathString; values: (string | number | boolean)[] }
  | { check: 'answer'; id?: string }
  | { check: 'refersTo'; path: PathString; to: PathString; key?: string }
  | { check: 'referencedBy'; list: PathString; field: string; key?: string }
  | { check: 'subsetOf'; path: PathString; of: PathString }
  | { check: 'maxShare'; path: PathString; field?: PathString; max: number; minEntries?: number }
  | { check: 'rangeOverlap'; path: PathString; with: PathString }
  | { check: 'pillarMeasured'; pillar: Pillar }
  | { check: 'metricsBacked'; metrics: Record<string, string[]>; mode?: 'every' | 'any' }
  | { check: 'allOf'; rules: Rule[] }
  | { check: 'anyOf'; rules: Rule[] }
  | { check: 'not'; rule: Rule }
  | { check: 'every'; path: PathString; rule: Rule; ifEmpty?: 'na' | 'yes' | 'no' }
  | { check: 'some'; path: PathString; rule: Rule }
  | { check: 'covers'; path: PathString; key: PathString; values: (string | number | boolean)[]; min?: number; where?: Rule; unit?: Unit }
  | { check: 'perKey'; path: PathString; keys: string[]; rule: Rule; min?: number; unit?: Unit };

/** What a list check counts, in both languages and both numbers ("1 of 3 areas", « 1 domaine sur 3 »). */
export interface Unit { one: Bilingual; other: Bilingual }

/** How far a list answer goes: `have` of the `of` entries the question asks for. */
export interface Progress { have: number; of: number; unit?: Unit }

export type CheckName = Rule['check'];

/**
 * `question`: answered by filling the file; `answers.<id>` (free text) is accepted as a fallback.
 * `coherence`: checks that what is filled holds together; only fixing the data answers it, free text does not.
 */
export type QuestionKind = 'question' | 'coherence';

export interface Question {
  /** Stable kebab-case noun phrase; the key of `answers.<id>`. */
  id: string;
  section: string;
  kind: QuestionKind;
  severity: Severity;
  /** Pillars whose score depends on the answer; empty for strategy questions that govern the whole audit. */
  pillars: Pillar[];
  /** A list path (`channels`, `objectives`, `listening.alerts`…): the question is asked once per item. */
  each?: PathString;
  question: Bilingual;
  why: Bilingual;
  answer: AnswerHint;
  /** The articles the question comes from, each with the section (and paragraph) that says it (docs/CATALOG.md). */
  sources: SourceRef[];
  /** The question is the pack's own conclusion from its sources, not a question they ask as such. */
  inference?: boolean;
  answeredWhen: Rule;
  /** The pack file that declared it. */
  pack: string;
}

export interface Section {
  id: string;
  /** Sections are listed by ascending order. */
  order: number;
  title: Bilingual;
  description?: Bilingual;
  pack: string;
}

export interface Catalog {
  sections: Section[];
  /** In catalog order: by section order, then as written in the packs. */
  questions: Question[];
}

/** What the audit knows besides the file: the scoring engine says which pillars have no measured KPI. */
export interface GapInput {
  brand: BrandFile;
  source: ParsedSource;
  measuredPillars?: readonly Pillar[];
  unmeasuredPillars?: readonly Pillar[];
}

/** yes = answered, no = unanswered (a gap), na = does not apply (not counted). */
export type Status = 'yes' | 'no' | 'na';

export interface InstanceResult {
  status: Status;
  /** Absolute path of the item, for questions with `each`. */
  itemPath?: DataPath;
  /** The item's id (or name), when it has one. */
  itemId?: string;
  /** Where the answer is missing or wrong (absolute). */
  path: DataPath;
  /** True when `answers.<id>` is what answered it. */
  byFreeAnswer?: boolean;
  /** For an open question whose check counts entries of a list (`covers`, `perKey`): how many of how many. */
  progress?: Progress;
}

export interface QuestionResult {
  question: Question;
  /** One per item for `each` questions (none when the list is empty), one otherwise. */
  instances: InstanceResult[];
}

export interface Gap {
  questionId: string;
  severity: Severity;
  section: string;
  pillars: Pillar[];
  /** For questions asked per channel. */
  channelId?: string;
  /** For questions asked per item of any list (channels, objectives, alerts…). */
  item?: { list: PathString; index: number; id?: string };
  /** Where to add the answer: the nearest existing parent of `path`. */
  location: SourceLocation;
  /** The path of the missing or wrong answer. */
  path: (string | number)[];
  /** Partly answered: how many of the entries the question asks for are there. */
  progress?: Progress;
}

export interface ReadinessPart {
  /** Applicable questions fully answered. */
  answered: number;
  /** Applicable questions. */
  total: number;
  /** Severity-weighted share of answers, 0–100, rounded down (100 only when nothing is missing). */
  score: number;
}

export interface Readiness extends ReadinessPart {
  overall: number;
  bySection: Record<string, ReadinessPart>;
  /** Null for a pillar no applicable question affects. */
  byPillar: Record<Pillar, ReadinessPart | null>;
}
