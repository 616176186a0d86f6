/**
 * Issue 21, item 5: a file without objectives still gets an overall score, but it is judged against generic
 * benchmarks only; every format says so next to the score, and the JSON lowers its confidence.
 */
import { describe, expect, test } from '@jest/globals';
import { catalogVersion, type AuditResult } from '../../src/audit/index.js';
import type { Locale } from '../../src/i18n/translate.js';
import { renderAuditHtml } from '../../src/render/html.js';
import { auditResultJson } from '../../src/render/json.js';
import { renderAuditMarkdown } from '../../src/render/markdown.js';
import { tr } from '../../src/render/messages.js';
import { renderAuditText, summaryLine } from '../../src/render/terminal.js';
import { renderExplanation } from '../../src/score/explain.js';
import { renderExplanationMarkdown } from '../../src/score/explain-markdown.js';
import { fixedDeps, fixedResult } from '../support/golden.js';

const { catalog } = fixedDeps();
const generic = fixedResult('examples/cosmetics-facebook-2014.yaml');
const withObjectives = fixedResult('examples/boulangerie-martin.yaml');
const LOCALES: Locale[] = ['en', 'fr'];

/** Every rendering that shows the brand's overall score. */
function renderings(r: AuditResult, locale: Locale): Record<string, string> {
  const meta = { catalog, toolVersion: '0.0.0-test', catalogVersion: catalogVersion(catalog) };
  return {
    text: renderAuditText(r, { locale, catalog, width: 200 }),
    quiet: summaryLine(r, locale),
    markdown: renderAuditMarkdown([{ ok: true, result: r }], { locale, catalog }),
    html: renderAuditHtml([r], { locale, ...meta }),
    explain: renderExplanation(r.scores, { locale }),
    'explain-markdown': renderExplanationMarkdown(r.scores, { locale }),
  };
}

/** The words that say "generic benchmarks" in each language, as every format prints them (HTML escapes ’ as is). */
const SAYS = { en: /generic (platform )?benchmarks/, fr: /repères génériques/ };

describe('an overall score without objectives is labelled as judged against generic benchmarks', () => {
  test('the result records the basis and a lowered confidence; a file with objectives keeps normal confidence', () => {
    expect(generic.brand.objectives ?? []).toEqual([]);
    expect(generic.scores.overall.score).not.toBeNull();
    expect(generic.scores.overall).toMatchObject({ basis: 'generic-benchmarks', confidence: 'low' });
    for (const c of generic.scores.channels) expect(c.overall).toMatchObject({ basis: 'generic-benchmarks', confidence: 'low' });
    expect(withObjectives.scores.overall).toMatchObject({ basis: 'objectives', confidence: 'normal' });
  });

  test('the score itself is kept (only its label and confidence change)', () => {
    expect(generic.scores.overall.score).toBe(70.4);
  });

  test('the JSON report carries basis and confidence', () => {
    const json = auditResultJson(generic, { catalog, toolVersion: '0.0.0-test', catalogVersion: catalogVersion(catalog), locale: 'en' });
    expect(json.scores.overall.basis).toBe('generic-benchmarks');
    expect(json.scores.overall.confidence).toBe('low');
  });

  test.each(LOCALES)('every format says it, in %s', (locale) => {
    for (const [format, text] of Object.entries(renderings(generic, locale))) {
      expect({ format, says: SAYS[locale].test(text) }).toEqual({ format, says: true });
    }
    // The full sentence, with its advice, in the text report (wrapped lines joined back).
    expect(renderAuditText(generic, { locale, catalog, width: 1000 }).replace(/\n +/g, ' ')).toContain(tr(locale, 'overall.generic'));
  });

  test.each(LOCALES)('no format says it for a file with objectives, in %s', (locale) => {
    for (const [format, text] of Object.entries(renderings(withObjectives, locale))) {
      expect({ format, says: SAYS[locale].test(text) }).toEqual({ format, says: false });
    }
  });
});
