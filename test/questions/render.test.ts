/** `smscore questions` / `explain` renderers, the generated docs, and the module's messages in both languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  checkFilter, describeRule, filterQuestions, findGaps, findQuestion, formatFilterProblem, QUESTION_DOCS, questionMessages,
  renderCatalogMarkdown, renderGaps, renderQuestion, renderQuestionList, unknownQuestionMessage, writeQuestionDocs,
} from '../../src/questions/index.js';
import { fromText, ROOT, shippedCatalog } from './helpers.js';

const catalog = shippedCatalog();

describe('filterQuestions', () => {
  test.each([
    [{ section: 'listening' }, (q: { section: string }) => q.section === 'listening'],
    [{ pillar: 'conversion' }, (q: { pillars: string[] }) => q.pillars.includes('conversion')],
    [{ severity: 'critical' }, (q: { severity: string }) => q.severity === 'critical'],
    [{ kind: 'coherence' }, (q: { kind: string }) => q.kind === 'coherence'],
  ] as const)('%o', (filter, keep) => {
    const got = filterQuestions(catalog.questions, filter);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(catalog.questions.filter(keep as (q: unknown) => boolean));
  });

  test('filters combine', () => {
    const got = filterQuestions(catalog.questions, { section: 'channels', severity: 'critical' });
    expect(got.map((q) => q.id)).toEqual(['channels-declared', 'channel-role']);
  });

  test('an unknown filter value is reported with a suggestion', () => {
    const p = checkFilter(catalog, { section: 'listenig' });
    expect(p).toMatchObject({ field: 'section', value: 'listenig', suggestion: 'listening' });
    expect(formatFilterProblem(p!, 'en')).toContain('did you mean "listening"');
    expect(formatFilterProblem(p!, 'fr')).toContain('vouliez-vous dire «\u00a0listening\u00a0»');
    expect(checkFilter(catalog, { pillar: 'visibility', severity: 'minor' })).toBeUndefined();
  });
});

describe('renderQuestionList', () => {
  const some = filterQuestions(catalog.questions, { section: 'strategy' }).slice(0, 3);

  test('text, grouped by section, aligned', () => {
    expect(renderQuestionList(some, { locale: 'en', catalog })).toBe(
      [
        'Strategy (3)',
        '  critical  presence-rationale      Why is the brand on social media at all, beyond "everyone is there"?',
        '  major     strategy-opportunities  Are social media an opportunity for the brand, and if so, why?',
        '  major     strategy-threats        Are social media a threat for the brand, and if so, why?',
        '',
        '3 questions',
        '',
      ].join('\n'),
    );
  });

  test('French', () => {
    const out = renderQuestionList(some, { locale: 'fr', catalog });
    expect(out).toContain('Stratégie (3)');
    expect(out).toContain('critique  presence-rationale');
    expect(out).toContain('3 questions');
  });

  test('markdown table', () => {
    const out = renderQuestionList(some, { locale: 'en', catalog, format: 'markdown' });
    expect(out).toContain('## Strategy');
    expect(out).toContain('| `strategy-threats` | major | satisfaction | Are social media a threat for the brand, and if so, why? |');
  });

  test('json carries everything a tool or the questionnaire needs', () => {
    const out = JSON.parse(renderQuestionList(catalog.questions, { locale: 'fr', catalog, format: 'json' })) as { count: number; questions: Record<string, unknown>[] };
    expect(out.count).toBe(catalog.questions.length);
    expect(out.questions[0]).toMatchObject({
      id: 'presence-rationale', severity: 'critical', weight: 3,
      question: 'Pourquoi la marque est-elle sur les médias sociaux, au-delà du «\u00a0il faut y être\u00a0»\u202f?',
      answer: { path: 'strategy.rationale', kind: 'text', display: 'strategy.rationale', freeAnswer: 'answers.presence-rationale' },
    });
  });

  test('no match', () => {
    expect(renderQuestionList([], { locale: 'en' })).toBe('No question matches these filters.\n');
    expect(renderQuestionList([], { locale: 'fr' })).toBe('Aucune question ne correspond à ces filtres.\n');
  });
});

describe('renderQuestion (explain)', () => {
  test('shows a per-channel question in full', () => {
    const q = findQuestion(catalog, 'channel-objectives')!;
    const out = renderQuestion(q, 'en', { catalog });
    expect(out.split('\n').slice(0, 2)).toEqual([
      'channel-objectives  [major · Channels · coherence check]',
      'Which declared objective does this network serve?',
    ]);
    expect(out).toContain('Where to answer: channels[].objectives (ids of declared objectives), once per channel');
    expect(out).toContain('A sentence in `answers` does not answer it: fix the data.');
    expect(out).toContain('  - any of:\n    - all of:\n      - `objectives` has at least 1 entry');
    expect(out).toContain('Source: «\u00a0Gérer les réseaux sociaux\u00a0»');
  });

  test('French, with the free-answer fallback', () => {
    const out = renderQuestion(findQuestion(catalog, 'loss-of-control')!, 'fr', { catalog });
    expect(out).toContain('[majeure · Stratégie · question]');
    expect(out).toContain('Ou, en une phrase\u00a0: answers.loss-of-control');
    expect(out).toContain('`strategy.lossOfControl` est un texte non vide');
  });

  test('French shows an enum answer\'s allowed values by their French name, with the id to write', () => {
    const out = renderQuestion(findQuestion(catalog, 'listening-cadence')!, 'fr', { catalog });
    expect(out).toContain('une valeur parmi\u00a0: En temps réel (real-time), Quotidienne (daily), Hebdomadaire (weekly), Mensuelle (monthly)');
    expect(out).toContain('`listening.cadence` vaut l\'une de ces valeurs\u00a0: En temps réel (real-time), Quotidienne (daily)');
    expect(renderQuestion(findQuestion(catalog, 'objective-domain')!, 'fr', { catalog, format: 'markdown' })).toContain('Image et e-réputation (branding), Vente (selling)');
    expect(renderQuestion(findQuestion(catalog, 'listening-cadence')!, 'en', { catalog })).toContain('one of: real-time, daily, weekly, monthly');
  });

  test('json and markdown', () => {
    const q = findQuestion(catalog, 'platform-concentration')!;
    expect(JSON.parse(renderQuestion(q, 'en', { format: 'json' }))).toMatchObject({ id: q.id, kind: 'coherence' });
    expect(renderQuestion(q, 'en', { format: 'markdown', catalog })).toContain('takes more than 60% of the total');
  });

  test('unknown ids get a suggestion', () => {
    expect(unknownQuestionMessage(catalog, 'chanel-role', 'en')).toContain('did you mean "channel-role"');
  });

  test('every rule of the catalog can be described in both languages', () => {
    for (const q of catalog.questions) {
      for (const locale of ['en', 'fr'] as const) {
        const lines = describeRule(q.answeredWhen, locale, q.id);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.join('\n')).not.toMatch(/\{\w+\}|rule\./);
      }
    }
  });
});

describe('renderGaps', () => {
  const input = fromText(readFileSync(join(ROOT, 'test', 'fixtures', 'questions', 'partial.yaml'), 'utf8'), {}, 'partial.yaml');
  const gaps = findGaps(input, catalog);

  test('text lists location, severity, question, reason and where to answer', () => {
    const out = renderGaps(gaps.filter((g) => g.questionId === 'channel-role'), catalog, { locale: 'en' });
    expect(out).toBe(
      [
        'partial.yaml:10:5  critical  channel-role (channel fb)',
        '  What function does this network have for the company?',
        '  A channel without a function cannot be judged; the same figures mean success for one role and failure for another.',
        '  add or fix: channels[1].role',
        '',
        '1 unanswered question',
        '',
      ].join('\n'),
    );
  });

  test('json and markdown, French', () => {
    const json = JSON.parse(renderGaps(gaps, catalog, { locale: 'fr', format: 'json' })) as { count: number; gaps: { question: string }[] };
    expect(json.count).toBe(gaps.length);
    expect(json.gaps[0]?.question).toMatch(/\?$/);
    expect(renderGaps(gaps, catalog, { locale: 'fr', format: 'markdown' })).toContain('| partial.yaml:');
    expect(renderGaps([], catalog, { locale: 'fr' })).toBe('Toutes les questions du catalogue ont une réponse.\n');
  });
});

describe('messages', () => {
  test('every key exists in both languages, and French is not a copy of English', () => {
    const en = Object.keys(questionMessages.en).sort();
    expect(Object.keys(questionMessages.fr).sort()).toEqual(en);
    const same = en.filter((k) => {
      const a = questionMessages.en[k as keyof typeof questionMessages.en];
      const b = questionMessages.fr[k as keyof typeof questionMessages.fr];
      return typeof a === 'string' && a === b;
    });
    // Words that are the same in both languages.
    expect(same.sort()).toEqual(['kind.question', 'label.id', 'label.question', 'label.section', 'label.sources', 'label.count', 'pillar.amplification', 'pillar.conversion', 'pillar.engagement', 'pillar.satisfaction'].sort());
  });
});

describe('generated docs', () => {
  // UPDATE_QUESTION_DOCS=1 rewrites the files instead of failing (like jest -u for snapshots).
  if (process.env.UPDATE_QUESTION_DOCS === '1') writeQuestionDocs(ROOT);

  test.each(Object.entries(QUESTION_DOCS))('%s file is up to date', (locale, rel) => {
    const expected = renderCatalogMarkdown(catalog, locale as 'en' | 'fr');
    let actual = '';
    try {
      actual = readFileSync(join(ROOT, rel), 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (actual !== expected) {
      throw new Error(
        `${rel} is stale: it no longer matches catalog/questions/*.yaml. Regenerate both docs files with\n` +
          '  UPDATE_QUESTION_DOCS=1 npm run test:only -- test/questions/render\n' +
          "or, after a build, node -e \"import('./dist/questions/gen-docs.js').then((m) => m.writeQuestionDocs('.'))\"\n" +
          '(`npm run docs` once the lead wires it), then commit docs/questions.md and docs/questions.fr.md.',
      );
    }
  });

  test('the docs cover every question and explain the weights', () => {
    const en = renderCatalogMarkdown(catalog, 'en');
    for (const q of catalog.questions) expect(en).toContain(`### \`${q.id}\``);
    expect(en).toContain('critical 3, major 2, minor 1');
    expect(renderCatalogMarkdown(catalog, 'fr')).toContain('critique 3, majeure 2, mineure 1');
  });
});
