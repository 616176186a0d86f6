import { describe, test } from '@jest/globals';
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

  test('terminal, 80 columns, plain', () => {
    expectGolden('boulangerie-martin.txt', renderAuditText(result, { locale: 'en', width: 80, catalog }) + '\n');
  });

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
