/** The catalog as data: it loads, it is valid against its own schema, and bad packs fail with a location. */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { CatalogError, buildCatalog, exampleIn, formatCatalogError, inLocale, loadCatalog, parsePack, renderQuestion, SEVERITIES, type Question } from '../../src/questions/index.js';
import { PILLARS } from '../../src/model/brand.js';
import { ROOT, shippedCatalog } from './helpers.js';

/** The five articles the shipped catalog is built from, by title. */
const ARTICLES = [
  'Médias sociaux et communautés sur Internet\u00a0: les bonnes questions à se poser',
  'Pourquoi vais-je publier ceci dans mes réseaux sociaux\u202f?',
  'Stratégie de community management en 2011, partie 1',
  'La communication sur les réseaux sociaux',
  'Gérer les réseaux sociaux',
];

const catalog = shippedCatalog();
const packDir = join(ROOT, 'catalog', 'questions');

describe('the shipped catalog', () => {
  test('every pack file is valid against schemas/question.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'question.schema.json'), 'utf8')) as object);
    for (const f of readdirSync(packDir).filter((n) => n.endsWith('.yaml'))) {
      const ok = validate(parse(readFileSync(join(packDir, f), 'utf8')));
      expect([f, ok, validate.errors ?? null]).toEqual([f, true, null]);
    }
  });

  test('holds between 50 and 100 questions, each section at least 3', () => {
    expect(catalog.questions.length).toBeGreaterThanOrEqual(50);
    expect(catalog.questions.length).toBeLessThanOrEqual(100);
    for (const s of catalog.sections) expect(catalog.questions.filter((q) => q.section === s.id).length).toBeGreaterThanOrEqual(3);
  });

  test('ids are unique kebab-case noun phrases', () => {
    const ids = catalog.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    // Nouns, not verbs or negations (Lighthouse's naming rule).
    expect(ids.filter((id) => /^(no|not|has|is|do|does|define|add)-/.test(id))).toEqual([]);
  });

  test('every question cites at least one of the five articles, by title', () => {
    for (const q of catalog.questions) {
      expect([q.id, q.sources.filter((s) => !ARTICLES.includes(s.article))]).toEqual([q.id, []]);
    }
    expect(new Set(catalog.questions.flatMap((q) => q.sources.map((s) => s.article))).size).toBe(ARTICLES.length);
  });

  test('every text exists in English and in French, and they differ', () => {
    for (const q of catalog.questions) {
      expect(q.question.en).not.toBe(q.question.fr);
      expect(q.why.en).not.toBe(q.why.fr);
    }
    for (const s of catalog.sections) expect(s.title.en && s.title.fr).toBeTruthy();
  });

  test('every example has its prose in French too, with the same keys, ids and values', () => {
    const untranslated: string[] = [];
    for (const q of catalog.questions) {
      const en = parse(q.answer.example) as unknown;
      const fr = parse(exampleIn(q, 'fr')) as unknown;
      // The brand file's format is the same in both languages: only prose may differ.
      expect([q.id, shape(fr)]).toEqual([q.id, shape(en)]);
      const frTexts = new Set(strings(fr));
      for (const text of strings(en)) if (isProse(text) && !SAME_IN_FRENCH.has(text) && frTexts.has(text)) untranslated.push(`${q.id}: ${text}`);
    }
    expect(untranslated).toEqual([]);
  });

  test('severities, pillars and answer kinds are used sensibly', () => {
    for (const sev of SEVERITIES) expect(catalog.questions.some((q) => q.severity === sev)).toBe(true);
    for (const p of PILLARS) expect(catalog.questions.some((q) => q.pillars.includes(p))).toBe(true);
    for (const q of catalog.questions.filter((x) => x.answer.kind === 'enum')) expect(q.answer.values?.length).toBeGreaterThan(0);
    // Every question has a structured home in the brand file; `answers.<id>` is only the fallback.
    expect(catalog.questions.filter((q) => q.answeredWhen.check === 'answer').map((q) => q.id)).toEqual([]);
  });

  test('channel questions are asked per channel', () => {
    const perChannel = catalog.questions.filter((q) => q.each === 'channels').map((q) => q.id);
    expect(perChannel).toEqual(expect.arrayContaining(['channel-role', 'channel-why', 'channel-owner', 'channel-objectives', 'channel-audience-fit']));
  });

  test('sections come in their declared order, questions in pack order', () => {
    const orders = catalog.sections.map((s) => s.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(catalog.questions[0]?.id).toBe('presence-rationale');
    expect(catalog.sections.map((s) => s.id)).toEqual([
      'strategy', 'customer', 'channels', 'resources', 'measurement', 'listening', 'participation', 'community', 'integration', 'dos-donts',
    ]);
  });
});

/** Names and borrowed words a French example keeps as they are. */
const SAME_IN_FRENCH = new Set(['Maison Lumière', 'Lampes & Co', 'Léa', 'Studio Nord', 'Google Alerts', 'Mention', 'Trustpilot',
  'Meta Business Suite', 'Instagram', 'France', 'Community manager', 'Léa, community manager', '@maisonlumiere']);
/** Prose, as opposed to an id, an allowed value or a date: a text with a space or a capital letter. */
const isProse = (text: string): boolean => /[\s\p{Lu}]/u.test(text);
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}
/** The example with its prose blanked: what must be the same in every language. */
function shape(v: unknown): unknown {
  if (typeof v === 'string') return isProse(v) ? '<prose>' : v;
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return v;
}

const goodQuestion = (id: string, extra = ''): string => `
  - id: ${id}
    section: strategy
    severity: minor
    pillars: []
    question: { en: Is it so?, fr: Est-ce ainsi\u202f? }
    why: { en: Because., fr: Parce que. }
    answer: { path: answers.${id}, kind: text, example: "answers: { ${id}: yes }" }
    sources: [Our own checklist]
    answeredWhen: { check: answer }${extra}
`;

describe('bad packs fail with file:line:col', () => {
  const fail = (text: string): CatalogError => {
    try {
      buildCatalog([...loadShipped(), parsePack('pack.yaml', text)]);
    } catch (e) {
      if (e instanceof CatalogError) return e;
      throw e;
    }
    throw new Error('expected a CatalogError');
  };
  const loadShipped = () => readdirSync(packDir).sort().map((f) => parsePack(f, readFileSync(join(packDir, f), 'utf8')));

  test('broken YAML', () => {
    const e = fail('questions:\n  - id: a\n   bad: indent\n');
    expect(e.code).toBe('catalog.yaml');
    expect(e.location.line).toBeGreaterThan(1);
  });

  test('an unknown check is refused, never run', () => {
    const e = fail(`questions:${goodQuestion('mine').replace('{ check: answer }', '{ check: eval, code: "process.exit(1)" }')}`);
    expect(e.code).toBe('catalog.schema');
    expect(e.args.detail).toContain('unknown check "eval"');
    expect(e.location).toMatchObject({ file: 'pack.yaml', line: 10 });
  });

  test('an unknown key points at the key', () => {
    const e = fail(`questions:${goodQuestion('mine', '\n    colour: blue')}`);
    expect(e).toMatchObject({ code: 'catalog.schema', location: { line: 11, col: 5 } });
    expect(e.args.detail).toContain('unknown key "colour"');
  });

  test('a missing option of a check', () => {
    const e = fail(`questions:${goodQuestion('mine').replace('{ check: answer }', '{ check: items }')}`);
    expect(e.code).toBe('catalog.schema');
    expect(e.args.detail).toContain("'path'");
  });

  test('a duplicate question id', () => {
    const e = fail(`questions:${goodQuestion('presence-rationale')}`);
    expect(e).toMatchObject({ code: 'catalog.duplicate-question', location: { file: 'pack.yaml', line: 2 } });
  });

  test('an unknown section', () => {
    const e = fail(`questions:${goodQuestion('mine').replace('section: strategy', 'section: nowhere')}`);
    expect(e).toMatchObject({ code: 'catalog.unknown-section', args: { id: 'nowhere' } });
  });

  test('an enum answer without values', () => {
    const e = fail(`questions:${goodQuestion('mine').replace('kind: text', 'kind: enum')}`);
    expect(e.code).toBe('catalog.answer-values');
  });

  test('an example that is not a YAML map', () => {
    const e = fail(`questions:${goodQuestion('mine').replace('example: "answers: { mine: yes }"', 'example: "- a list"')}`);
    expect(e.code).toBe('catalog.bad-example');
  });

  test('a French example that is not a YAML map', () => {
    const e = fail(`questions:${goodQuestion('mine').replace('kind: text,', 'kind: text, exampleFr: "[a, b]",')}`);
    expect(e).toMatchObject({ code: 'catalog.bad-example', location: { file: 'pack.yaml' } });
  });

  test('errors are worded in both languages', () => {
    const e = fail(`questions:${goodQuestion('presence-rationale')}`);
    expect(formatCatalogError(e, 'en')).toMatch(/^pack\.yaml:2:\d+ {2}question id "presence-rationale" is declared twice$/);
    expect(formatCatalogError(e, 'fr')).toContain('déclaré deux fois');
  });
});

describe('user packs', () => {
  test('add sections and questions through loadCatalog({ extraPacks })', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-pack-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, `sections:\n  - { id: local, order: 5, title: { en: Local, fr: Local } }\nquestions:${goodQuestion('shop-window').replace('section: strategy', 'section: local')}`);
    const c = loadCatalog({ extraPacks: [file] });
    expect(c.questions.length).toBe(catalog.questions.length + 1);
    expect(c.sections[0]?.id).toBe('local');
    expect(c.questions[0]).toMatchObject({ id: 'shop-window', pack: file, kind: 'question' });
  });

  test('a pack question without a French example shows its own example in French; one with it, its French one', () => {
    const c = buildCatalog([parsePack('mine.yaml', `sections:\n  - { id: strategy, order: 1, title: { en: S, fr: S } }\nquestions:${goodQuestion('plain')}${goodQuestion('both').replace('kind: text,', 'kind: text, exampleFr: "answers: { both: oui }",')}`)]);
    const [plain, both] = c.questions as [Question, Question];
    expect(exampleIn(plain, 'fr')).toBe('answers: { plain: yes }');
    expect(renderQuestion(plain, 'fr', { catalog: c })).toContain('    answers: { plain: yes }');
    expect(exampleIn(both, 'fr')).toBe('answers: { both: oui }');
    expect(exampleIn(both, 'en')).toBe('answers: { both: yes }');
    expect(renderQuestion(both, 'fr', { catalog: c, format: 'markdown' })).toContain('```yaml\nanswers: { both: oui }\n```');
    expect(inLocale(both, 'fr').answer.example).toBe('answers: { both: oui }');
    expect(inLocale(plain, 'fr')).toBe(plain);
  });

  test('a pack file that cannot be read', () => {
    expect(() => loadCatalog({ extraPacks: ['/nonexistent/pack.yaml'] })).toThrow(CatalogError);
  });
});

test('the questions module never executes catalog content', () => {
  const dir = join(ROOT, 'src', 'questions');
  for (const f of readdirSync(dir)) {
    const src = readFileSync(join(dir, f), 'utf8');
    expect([f, /\beval\s*\(|new Function\s*\(|\bimport\s*\(/.test(src)]).toEqual([f, false]);
  }
});
