import { describe, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { catalogVersion } from '../../src/audit/index.js';
import { auditReportJson } from '../../src/render/json.js';
import { renderAuditMarkdown } from '../../src/render/markdown.js';
import { createStyle } from '../../src/render/style.js';
import { renderAuditText } from '../../src/render/terminal.js';
import { expectGolden, fixedDeps, fixedResult } from '../support/golden.js';

describe('renderers on a fixed result (golden files)', () => {
  const result = fixedResult();
  const { catalog } = fixedDeps();
  const outcomes = [{ ok: true as const, result }];

  // Terminal, 80 columns, plain: audit-80/boulangerie-martin.txt, below with the other examples.

  test('terminal, French, narrow, verbose', () => {
    expectGolden('boulangerie-martin.fr.narrow.txt', renderAuditText(result, { locale: 'fr', width: 50, verbose: true, catalog }) + '\n');
  });

  test('terminal with colours', () => {
    expectGolden('boulangerie-martin.color.txt', renderAuditText(result, { locale: 'en', width: 100, style: createStyle(true), catalog }) + '\n');
  });

  test('markdown', () => {
    expectGolden('boulangerie-martin.md', renderAuditMarkdown(outcomes, { locale: 'en', catalog }));
  });

  test('json', () => {
    const json = auditReportJson(outcomes, { locale: 'en', catalog, catalogVersion: catalogVersion(catalog), toolVersion: '0.0.0-test' });
    expectGolden('boulangerie-martin.json', JSON.stringify(json, null, 2) + '\n');
  });
});

/**
 * The default audit of every shipped example as an 80-column terminal shows it (colour aside: the terminal-view
 * e2e test checks that colour changes no character). Read them as a user would after an intended change.
 */
describe('the default audit of each example at 80 columns (golden files)', () => {
  const { catalog } = fixedDeps();
  const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.yaml')).sort();

  test.each(examples)('%s', (file) => {
    const name = file.replace(/\.yaml$/, '');
    expectGolden(`audit-80/${name}.txt`, renderAuditText(fixedResult(`examples/${file}`), { locale: 'en', width: 80, catalog }) + '\n');
  });

  test('maison-lumiere.yaml in French', () => {
    expectGolden('audit-80/maison-lumiere.fr.txt', renderAuditText(fixedResult('examples/maison-lumiere.yaml'), { locale: 'fr', width: 80, catalog }) + '\n');
  });
});
