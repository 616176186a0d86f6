/**
 * Pure renderers for the catalog and the gap list: `smscore questions`, `smscore explain <id>`, the generated
 * docs/questions*.md, and gaps as text, JSON or Markdown, in English or French. No colour: the CLI adds it.
 * A pack's texts are untrusted (a pull request can change a pack): printable() in text, cell() in Markdown.
 */
import { formatDataPath } from '../model/diagnostic.js';
import { fitLines, wrap } from '../render/text-wrap.js';
import { PILLARS, type Pillar } from '../model/brand.js';
import { enumChoice } from '../model/enum-labels.js';
import type { Locale } from '../i18n/translate.js';
import { guillemets } from '../i18n/typography.js';
import { suggest } from '../util/suggest.js';
import { jsonSafe, printable } from '../util/printable.js';
import { cell } from '../render/markdown.js';
import { tq } from './messages.js';
import { SEVERITIES, SEVERITY_WEIGHTS, type Catalog, type Gap, type Progress, type Question, type Rule, type Section, type Severity, type SourceRef } from './types.js';

export type ListFormat = 'text' | 'json' | 'markdown';

export interface QuestionFilter {
  section?: string;
  pillar?: string;
  severity?: string;
  kind?: string;
}

export function filterQuestions(questions: readonly Question[], filter: QuestionFilter = {}): Question[] {
  return questions.filter(
    (q) =>
      (!filter.section || q.section === filter.section) &&
      (!filter.pillar || q.pillars.includes(filter.pillar as Pillar)) &&
      (!filter.severity || q.severity === filter.severity) &&
      (!filter.kind || q.kind === filter.kind),
  );
}

export interface FilterProblem { field: keyof QuestionFilter; value: string; suggestion?: string; known: string[] }

/** The first filter value that names nothing, with a likely correction, so the CLI can refuse it clearly. */
export function checkFilter(catalog: Catalog, filter: QuestionFilter): FilterProblem | undefined {
  const known: Record<keyof QuestionFilter, string[]> = {
    section: catalog.sections.map((s) => s.id),
    pillar: [...PILLARS],
    severity: [...SEVERITIES],
    kind: ['question', 'coherence'],
  };
  for (const field of ['section', 'pillar', 'severity', 'kind'] as const) {
    const value = filter[field];
    if (value !== undefined && !known[field].includes(value)) {
      const s = suggest(value, known[field]);
      return { field, value, known: known[field], ...(s ? { suggestion: s } : {}) };
    }
  }
  return undefined;
}

export function formatFilterProblem(p: FilterProblem, locale: Locale): string {
  return tq(locale, 'filter.unknown', { field: p.field, value: p.value, suggestion: p.suggestion ?? '', known: p.known.join(', ') });
}

export function findQuestion(catalog: Catalog, id: string): Question | undefined {
  return catalog.questions.find((q) => q.id === id);
}

export function unknownQuestionMessage(catalog: Catalog, id: string, locale: Locale): string {
  return tq(locale, 'question.unknown', { id, suggestion: suggest(id, catalog.questions.map((q) => q.id)) ?? '' });
}

const sectionOf = (sections: readonly Section[] | undefined, id: string): Section | undefined => sections?.find((s) => s.id === id);
const sectionTitle = (sections: readonly Section[] | undefined, id: string, locale: Locale): string => sectionOf(sections, id)?.title[locale] ?? id;

/** Where the answer goes, as a reader writes it: `channels[].role` for a question asked per channel. */
export function displayPath(q: Question): string {
  const p = q.answer.path;
  if (p.startsWith('$.')) return p.slice(2);
  return q.each ? `${q.each}[].${p}` : p;
}

function pillarsText(q: Question, locale: Locale): string {
  return q.pillars.length ? q.pillars.map((p) => tq(locale, `pillar.${p}`)).join(', ') : tq(locale, 'pillars.none');
}

function answerKindText(q: Question, locale: Locale): string {
  const a = q.answer;
  return tq(locale, `answerKind.${a.kind}`, { values: (a.values ?? []).map((v) => enumChoice(v, locale)).join(', '), target: a.refersTo ? tq(locale, `target.${a.refersTo}`) : '' });
}

function askedText(q: Question, locale: Locale): string {
  return q.each ? tq(locale, 'asked.each', { each: q.each }) : tq(locale, 'asked.once');
}

const opt = (v: number | undefined): string | number => (v === undefined ? '' : v);

/** The "answered when" rule in words, one line per check, nested with two spaces. */
export function describeRule(rule: Rule, locale: Locale, questionId: string, depth = 0): string[] {
  const pad = '  '.repeat(depth) + '- ';
  const line = (text: string): string[] => [pad + text];
  const nested = (head: string, rules: Rule[]): string[] => [pad + head, ...rules.flatMap((r) => describeRule(r, locale, questionId, depth + 1))];
  switch (rule.check) {
    case 'present': return line(tq(locale, 'rule.present', { path: rule.path }));
    case 'text': return line(tq(locale, 'rule.text', { path: rule.path }));
    case 'items': return line(tq(locale, 'rule.items', { path: rule.path, min: rule.min ?? 1, max: opt(rule.max) }));
    case 'number': return line(tq(locale, 'rule.number', { path: rule.path, min: opt(rule.min), max: opt(rule.max) }));
    case 'enum': return line(tq(locale, 'rule.enum', { path: rule.path, values: rule.values.map((v) => enumChoice(String(v), locale)).join(', ') }));
    case 'answer': return line(tq(locale, 'rule.answer', { id: rule.id ?? questionId }));
    case 'refersTo': return line(tq(locale, 'rule.refersTo', { path: rule.path, to: rule.to, key: rule.key ?? 'id' }));
    case 'referencedBy': return line(tq(locale, 'rule.referencedBy', { list: rule.list, field: rule.field, key: rule.key ?? 'id' }));
    case 'subsetOf': return line(tq(locale, 'rule.subsetOf', { path: rule.path, of: rule.of }));
    case 'maxShare':
      return line(tq(locale, 'rule.maxShare', { path: rule.field ? `${rule.path}[].${rule.field}` : rule.path, max: rule.max, minEntries: rule.minEntries ?? 2 }));
    case 'rangeOverlap': return line(tq(locale, 'rule.rangeOverlap', { path: rule.path, with: rule.with }));
    case 'pillarMeasured': return line(tq(locale, 'rule.pillarMeasured', { pillar: tq(locale, `pillar.${rule.pillar}`) }));
    case 'metricsBacked': return line(tq(locale, rule.mode === 'any' ? 'rule.metricsBacked.any' : 'rule.metricsBacked'));
    case 'allOf': return nested(tq(locale, 'rule.allOf'), rule.rules);
    case 'anyOf': return nested(tq(locale, 'rule.anyOf'), rule.rules);
    case 'not': return nested(tq(locale, 'rule.not'), [rule.rule]);
    case 'every': return nested(tq(locale, 'rule.every', { path: rule.path, ifEmpty: rule.ifEmpty ?? 'na' }), [rule.rule]);
    case 'some': return nested(tq(locale, 'rule.some', { path: rule.path }), [rule.rule]);
    case 'covers': {
      const values = rule.values.map((v) => enumChoice(String(v), locale)).join(', ');
      const count = new Set(rule.values).size;
      const need = Math.min(rule.min ?? count, count);
      const head = tq(locale, 'rule.covers', { path: rule.path, key: rule.key, values, count, min: need, where: rule.where ? 1 : '', note: countedNote(need, rule.unit, locale) });
      return rule.where ? nested(head, [rule.where]) : line(head);
    }
    case 'perKey': {
      const count = new Set(rule.keys).size;
      const need = Math.min(rule.min ?? count, count);
      return nested(tq(locale, 'rule.perKey', { path: rule.path, keys: rule.keys.join(', '), count, min: need, note: countedNote(need, rule.unit, locale) }), [rule.rule]);
    }
  }
}

/** How a counting check shows a partial answer, with an example count: " (partly: "1 of 3 areas")". */
function countedNote(need: number, unit: Progress['unit'], locale: Locale): string {
  return tq(locale, 'rule.counted', { example: progressText({ have: Math.floor(need / 2), of: need, ...(unit ? { unit } : {}) }, locale) });
}

/** "4 of 10 stages", « 4 étapes sur 10 »: a list answered in part. The unit comes from a pack: printable() it where shown. */
export function progressText(p: Progress, locale: Locale): string {
  // English agrees with the total ("0 of 3 areas"), French with the count before the noun (« 1 domaine sur 3 »).
  const singular = locale === 'fr' ? p.have <= 1 : p.of === 1;
  const unit = p.unit ? p.unit[singular ? 'one' : 'other'][locale] : tq(locale, singular ? 'progress.unit.one' : 'progress.unit.other');
  return tq(locale, 'progress', { have: p.have, of: p.of, unit });
}

/** A question as plain data in one language: the JSON form of `questions` and `explain`. */
export function questionToJson(q: Question, locale: Locale): Record<string, unknown> {
  return {
    id: q.id,
    section: q.section,
    kind: q.kind,
    severity: q.severity,
    weight: SEVERITY_WEIGHTS[q.severity],
    pillars: q.pillars,
    ...(q.each ? { each: q.each } : {}),
    question: q.question[locale],
    why: q.why[locale],
    answer: { ...withoutFr(q.answer), example: exampleIn(q, locale), display: displayPath(q), ...(q.kind === 'question' ? { freeAnswer: `answers.${q.id}` } : {}) },
    sources: q.sources,
    ...(q.inference ? { inference: true } : {}),
    answeredWhen: q.answeredWhen,
  };
}

/**
 * One citation as a reader sees it: « article », section « heading », § N. `escape` makes each text safe for the
 * output (a user's pack is untrusted): printable() for a terminal, cell() for Markdown.
 */
export function sourceText(s: SourceRef, locale: Locale, escape: (text: string) => string): string {
  const section = s.section === undefined ? '' : `, ${tq(locale, 'label.sourceSection')} ${guillemets(escape(s.section))}`;
  const paragraph = s.paragraph === undefined ? '' : `, §${locale === 'fr' ? '\u00a0' : ' '}${s.paragraph}`;
  return guillemets(escape(s.article)) + section + paragraph;
}

/** The answer hint without its French example: the JSON forms give the example in their own language only. */
const withoutFr = ({ exampleFr: _fr, ...rest }: Question['answer']): Question['answer'] => rest;

/** French puts a no-break space before a colon (src/i18n/typography.ts). */
const colon = (locale: Locale): string => (locale === 'fr' ? '\u00a0:' : ':');

const indent = (text: string, by: string): string => text.replace(/\n$/, '').split('\n').map((l) => by + l).join('\n');

/** `width`: the text format's lines are wrapped to it (a terminal's width); without it they are left whole. */
export function renderQuestion(q: Question, locale: Locale, options: { format?: ListFormat; catalog?: Catalog; width?: number } = {}): string {
  const format = options.format ?? 'text';
  if (format === 'json') return jsonSafe(JSON.stringify(questionToJson(q, locale), null, 2)) + '\n';
  if (format === 'markdown') return questionMarkdown(q, locale, options.catalog?.sections, '##') + '\n';
  const t = (k: Parameters<typeof tq>[1], a?: Record<string, string | number>): string => tq(locale, k, a);
  const c = colon(locale);
  const lines = [
    `${q.id}  [${t(`severity.${q.severity}`)} · ${printable(sectionTitle(options.catalog?.sections, q.section, locale))} · ${t(`kind.${q.kind}`)}]`,
    printable(q.question[locale]),
    '',
    `${t('label.why')}${c}`,
    // Prose: its continuation lines align with it (fitLines below would indent them deeper).
    options.width === undefined ? indent(printable(q.why[locale]), '  ') : wrap(printable(q.why[locale]), options.width, '  ').join('\n'),
    '',
    `${t('label.where')}${c} ${displayPath(q)} (${answerKindText(q, locale)}), ${askedText(q, locale)}`,
    `${t('label.example')}${c}`,
    indent(printableLines(exampleIn(q, locale)), '    '),
    q.kind === 'question' ? `${t('label.freeAnswer')}${c} answers.${q.id}` : t('label.noFreeAnswer'),
    '',
    `${t('label.answeredWhen')}${c}`,
    ...describeRule(q.answeredWhen, locale, q.id, 1),
    '',
    `${t('label.pillars')}${c} ${pillarsText(q, locale)}`,
    ...q.sources.map((s) => `${t('label.sources')}${c} ${sourceText(s, locale, printable)}`),
    ...(q.inference ? [t('label.inferenceNote')] : []),
  ];
  const text = lines.join('\n');
  return (options.width === undefined ? text : fitLines(text, options.width)) + '\n';
}

function questionMarkdown(q: Question, locale: Locale, sections: readonly Section[] | undefined, heading: string): string {
  const t = (k: Parameters<typeof tq>[1], a?: Record<string, string | number>): string => tq(locale, k, a);
  const c = colon(locale);
  // Longer than any run of backticks in the example, so the example cannot close its code block early.
  const example = exampleIn(q, locale);
  const fence = '`'.repeat(Math.max(3, ...(example.match(/`+/g) ?? []).map((r) => r.length + 1)));
  return [
    `${heading} \`${q.id}\``,
    '',
    `**${cell(q.question[locale])}**`,
    '',
    `- ${t('label.severity')}${c} ${t(`severity.${q.severity}`)} · ${t('label.kind')}${c} ${t(`kind.${q.kind}`)} · ${t('label.asked')}${c} ${askedText(q, locale)}`,
    `- ${t('label.section')}${c} ${cell(sectionTitle(sections, q.section, locale))}`,
    `- ${t('label.pillars')}${c} ${pillarsText(q, locale)}`,
    `- ${t('label.why')}${c} ${cell(q.why[locale])}`,
    `- ${t('label.where')}${c} \`${displayPath(q)}\` (${answerKindText(q, locale)})` +
      (q.kind === 'question' ? ` · ${t('label.freeAnswer')}${c} \`answers.${q.id}\`` : ` · ${t('label.noFreeAnswer')}`),
    `- ${t('label.answeredWhen')}${c}`,
    ...describeRule(q.answeredWhen, locale, q.id, 1),
    `- ${t('label.sources')}${c} ${q.sources.map((s) => sourceText(s, locale, cell)).join(locale === 'fr' ? '\u202f; ' : '; ')}` +
      (q.inference ? ` · _${t('label.inference')}_` : ''),
    '',
    fence + 'yaml',
    printableLines(example.replace(/\n$/, '')),
    fence,
  ].join('\n');
}

/** A multi-line text (an example): its lines kept, each through printable(). */
const printableLines = (s: string): string => s.split('\n').map(printable).join('\n');

function groupBySection(questions: readonly Question[], sections: readonly Section[] | undefined): [string, Question[]][] {
  const groups = new Map<string, Question[]>();
  for (const s of sections ?? []) groups.set(s.id, []);
  for (const q of questions) {
    const g = groups.get(q.section);
    if (g) g.push(q);
    else groups.set(q.section, [q]);
  }
  return [...groups].filter(([, qs]) => qs.length > 0);
}

export function renderQuestionList(
  questions: readonly Question[],
  options: { format?: ListFormat; locale: Locale; catalog?: Catalog; width?: number },
): string {
  const { locale } = options;
  const format = options.format ?? 'text';
  const sections = options.catalog?.sections;
  if (format === 'json') {
    return jsonSafe(JSON.stringify({ locale, count: questions.length, questions: questions.map((q) => questionToJson(q, locale)) }, null, 2)) + '\n';
  }
  if (questions.length === 0) return tq(locale, 'list.empty') + '\n';
  const groups = groupBySection(questions, sections);
  if (format === 'markdown') {
    const out: string[] = [];
    for (const [id, qs] of groups) {
      out.push(`## ${cell(sectionTitle(sections, id, locale))}`, '');
      out.push(`| ${tq(locale, 'label.id')} | ${tq(locale, 'label.severity')} | ${tq(locale, 'label.pillars')} | ${tq(locale, 'label.question')} |`, '|---|---|---|---|');
      for (const q of qs) {
        const pillars = q.pillars.map((p) => tq(locale, `pillar.${p}`)).join(', ') || '—';
        out.push(`| \`${q.id}\` | ${tq(locale, `severity.${q.severity}`)} | ${pillars} | ${cell(q.question[locale])} |`);
      }
      out.push('');
    }
    out.push(tq(locale, 'list.total', { count: questions.length }));
    return out.join('\n') + '\n';
  }
  const sevWidth = Math.max(...SEVERITIES.map((s) => tq(locale, `severity.${s}`).length));
  const idWidth = Math.max(...questions.map((q) => q.id.length));
  const width = options.width ?? Infinity;
  // Severity, id and question side by side when the question keeps a readable column; otherwise the question
  // goes under its id, so that a narrow terminal shows it on whole lines rather than in a sliver.
  const column = 2 + sevWidth + 2 + idWidth + 2;
  const sideBySide = width - column >= QUESTION_COLUMN_MIN;
  const out: string[] = [];
  for (const [id, qs] of groups) {
    out.push(...wrapTo(`${printable(sectionTitle(sections, id, locale))} (${qs.length})`, width, ''));
    for (const q of qs) {
      const head = `  ${tq(locale, `severity.${q.severity}`).padEnd(sevWidth)}  `;
      if (sideBySide) {
        const [first, ...rest] = wrapTo(printable(q.question[locale]), width - column, '');
        out.push(`${head}${q.id.padEnd(idWidth)}  ${first}`, ...rest.map((l) => ' '.repeat(column) + l));
      } else {
        out.push(head.length + q.id.length <= width ? head + q.id : head.trimEnd(), ...(head.length + q.id.length <= width ? [] : wrapTo(q.id, width, '    ')));
        out.push(...wrapTo(printable(q.question[locale]), width, ' '.repeat(head.length)));
      }
    }
    out.push('');
  }
  out.push(...wrapTo(tq(locale, 'list.total', { count: questions.length }), width, ''));
  return out.join('\n') + '\n';
}

/** Below this many columns for the question, the list puts each question under its id. */
const QUESTION_COLUMN_MIN = 50;

/** Wrapped lines, or the text whole when there is no width to keep to. */
function wrapTo(text: string, width: number, indent: string, hanging = indent): string[] {
  return width === Infinity ? [indent + text] : wrap(text, width, indent, hanging);
}

/** The whole catalog as a Markdown reference page (docs/questions.md, docs/questions.fr.md). */
export function renderCatalogMarkdown(catalog: Catalog, locale: Locale): string {
  const t = (k: Parameters<typeof tq>[1], a?: Record<string, string | number>): string => tq(locale, k, a);
  const groups = groupBySection(catalog.questions, catalog.sections);
  const anchor = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-');
  const out: string[] = [
    `<!-- ${t('docs.generated')} -->`,
    '',
    `# ${t('docs.title')}`,
    '',
    t('docs.intro', { count: catalog.questions.length, sections: groups.length }),
    '',
    t('docs.weights'),
    '',
    t('docs.kinds'),
    '',
    t('docs.pillars'),
    '',
    `## ${t('docs.contents')}`,
    '',
    `| ${t('label.section')} | ${t('label.count')} | ${SEVERITIES.map((s: Severity) => t(`severity.${s}`)).join(' | ')} |`,
    `|---|---|${SEVERITIES.map(() => '---').join('|')}|`,
  ];
  for (const [id, qs] of groups) {
    const title = sectionTitle(catalog.sections, id, locale);
    out.push(`| [${title}](#${anchor(title)}) | ${qs.length} | ${SEVERITIES.map((s) => qs.filter((q) => q.severity === s).length).join(' | ')} |`);
  }
  out.push('');
  for (const [id, qs] of groups) {
    const section = sectionOf(catalog.sections, id);
    out.push(`## ${sectionTitle(catalog.sections, id, locale)}`, '');
    if (section?.description) out.push(section.description[locale], '');
    for (const q of qs) out.push(questionMarkdown(q, locale, catalog.sections, '###'), '');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** The gap list for people: each gap with its location, question, reason and where to answer. */
export function renderGaps(gaps: readonly Gap[], catalog: Catalog, options: { format?: ListFormat; locale: Locale }): string {
  const { locale } = options;
  const format = options.format ?? 'text';
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const where = (g: Gap): string => formatDataPath(g.path);
  const itemLabel = (g: Gap): string =>
    g.channelId ? tq(locale, 'gaps.channel', { id: g.channelId }) : g.item ? tq(locale, 'gaps.item', { id: g.item.id ?? `#${g.item.index}` }) : '';
  if (format === 'json') {
    const rows = gaps.map((g) => {
      const q = byId.get(g.questionId);
      return { ...g, question: q?.question[locale], why: q?.why[locale], answer: q ? { path: displayPath(q), kind: q.answer.kind, example: exampleIn(q, locale) } : undefined };
    });
    return jsonSafe(JSON.stringify({ locale, count: gaps.length, gaps: rows }, null, 2)) + '\n';
  }
  if (gaps.length === 0) return tq(locale, 'gaps.none') + '\n';
  const out: string[] = [];
  if (format === 'markdown') {
    out.push(`| ${tq(locale, 'label.location')} | ${tq(locale, 'label.severity')} | ${tq(locale, 'label.id')} | ${tq(locale, 'label.question')} | ${tq(locale, 'label.where')} |`, '|---|---|---|---|---|');
    for (const g of gaps) {
      const q = byId.get(g.questionId);
      const label = itemLabel(g);
      out.push(
        `| ${cell(g.location.file)}:${g.location.line}:${g.location.col} | ${tq(locale, `severity.${g.severity}`)} | \`${g.questionId}\`${label ? ` (${label})` : ''} | ${cell(q?.question[locale] ?? '')}${g.progress ? ` (${cell(progressText(g.progress, locale))})` : ''} | \`${where(g)}\` |`,
      );
    }
  } else {
    for (const g of gaps) {
      const q = byId.get(g.questionId);
      const label = itemLabel(g);
      out.push(`${printable(g.location.file)}:${g.location.line}:${g.location.col}  ${tq(locale, `severity.${g.severity}`)}  ${g.questionId}${label ? ` (${label})` : ''}`);
      if (q) out.push(`  ${printable(q.question[locale])}`, `  ${printable(q.why[locale])}`);
      if (g.progress) out.push(`  ${printable(progressText(g.progress, locale))}`);
      out.push(`  ${tq(locale, 'gaps.add', { path: where(g) })}`, '');
    }
  }
  out.push(tq(locale, 'gaps.total', { count: gaps.length }));
  return out.join('\n') + '\n';
}

/** The answer's example in the reader's language; a pack without `exampleFr` shows its default example in French. */
export function exampleIn(q: Pick<Question, 'answer'>, locale: Locale): string {
  return (locale === 'fr' ? q.answer.exampleFr : undefined) ?? q.answer.example;
}

/**
 * The question as a reader of `locale` sees it, its `answer.example` in that language: for code that shows the
 * example without knowing the language (the questionnaire's prompts and its editor's starting text).
 */
export function inLocale(q: Question, locale: Locale): Question {
  const example = exampleIn(q, locale);
  return example === q.answer.example ? q : { ...q, answer: { ...q.answer, example } };
}

/** Whose example: the brand, and for a question asked per channel, that channel. */
export interface ExampleContext { brandName?: string; channel?: { id: string; platform?: string } }

/** A YAML scalar for `value`: plain when that reads back as the same string, else double-quoted (JSON is valid YAML). */
function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .'&-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+.\d][\d._eE+-]*)$/i.test(value) && !value.endsWith(' ');
  return plain ? value : JSON.stringify(value);
}

/**
 * The catalog's example told with the reader's own brand: its name instead of the sample brand's, and for a question
 * about one channel, that channel's id and platform instead of the sample's Instagram. Only whole `key: value` lines of
 * the sample are replaced, so the example stays the catalog's; the rest of its wording is left as written.
 */
export function exampleFor(example: string, ctx: ExampleContext): string {
  return example.split('\n').map((line) => {
    const m = /^(\s*(?:- )?)(name|id|platform): (.*)$/.exec(line);
    if (!m) return line;
    const [, lead, key, value] = m as unknown as [string, string, string, string];
    if (key === 'name' && value === SAMPLE_BRAND && ctx.brandName) return `${lead}name: ${yamlScalar(ctx.brandName)}`;
    if (key === 'id' && value === SAMPLE_CHANNEL && ctx.channel) return `${lead}id: ${yamlScalar(ctx.channel.id)}`;
    if (key === 'platform' && value === SAMPLE_CHANNEL && ctx.channel?.platform) return `${lead}platform: ${yamlScalar(ctx.channel.platform)}`;
    return line;
  }).join('\n');
}

/**
 * The example of a gap's question as the report shows it: in the reader's language, told with the audited brand's
 * name and, for a question about one channel, that channel (the same in every report: terminal, JSON, HTML).
 */
export function gapExample(
  q: Pick<Question, 'answer'>,
  g: { channelId?: string },
  brand: { brand?: { name?: string }; channels?: readonly { id: string; platform?: string }[] },
  locale: Locale,
): string {
  const c = g.channelId === undefined ? undefined : brand.channels?.find((x) => x.id === g.channelId);
  return exampleFor(exampleIn(q, locale), { brandName: brand.brand?.name, channel: c && { id: c.id, platform: c.platform } });
}

/** The sample brand and channel the catalog's examples are written with. */
const SAMPLE_BRAND = 'Maison Lumière';
const SAMPLE_CHANNEL = 'instagram';
