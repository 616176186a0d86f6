/**
 * Issue 21, item 8: the tables of docs/METHODOLOGY.md that restate data are generated from it, and the committed
 * document is what the generator writes (run `npm run docs` after changing benchmarks/weights.yaml).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainTable, fillGenerated, generatedBlocks, kpiWeightTable } from '../../src/score/gen-docs.js';
import { KPI_IDS } from '../../src/model/brand.js';
import { loadWeights } from '../../src/score/index.js';
import { ROOT } from '../support/cli.js';

const weights = loadWeights(join(ROOT, 'benchmarks', 'weights.yaml'));
const doc = readFileSync(join(ROOT, 'docs', 'METHODOLOGY.md'), 'utf8');

describe('docs/METHODOLOGY.md tables come from the data', () => {
  test('the committed document is exactly what the generator writes', () => {
    expect(fillGenerated(doc, generatedBlocks(weights))).toBe(doc);
  });

  test('the domain table has every domain of weights.yaml, four, each row as the data gives it', () => {
    const rows = domainTable(weights).trim().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(weights.domains).length);
    expect(rows).toContain('| branding | 4 | 3 | 0 | 2 | 1 |');
  });

  test('the KPI table gives every KPI its weight from the data, activity marked', () => {
    const table = kpiWeightTable(weights);
    for (const id of KPI_IDS) expect(table).toContain(`| \`${id}\` |`);
    expect(table).toContain('| `posting-frequency` | posts-per-week | 0 (activity: never counted) |');
    expect(table).toContain('| `click-through-rate` | percent | 1 |');
  });

  test('a changed weight makes the committed document stale, and the sentence the data contradicted is gone', () => {
    const changed = { ...weights, kpiWeights: { ...weights.kpiWeights, 'click-through-rate': 2 } };
    expect(fillGenerated(doc, generatedBlocks(changed))).not.toBe(doc);
    // weights.yaml said "three domains" and listed four; both now say four, and why.
    expect(readFileSync(join(ROOT, 'benchmarks', 'weights.yaml'), 'utf8')).not.toContain('The three domains come from');
    expect(doc).toContain('smscore has four');
    expect(doc).not.toContain('**KPI weights inside a pillar**: rates weigh 2 and raw counts 1');
  });

  test('a document without a block is an error, not a silent skip', () => {
    expect(() => fillGenerated('no markers here', generatedBlocks(weights))).toThrow(/no generated block "domain-weights"/);
  });
});

describe('docs/METHODOLOGY.md opens with a page for marketers (issue 22)', () => {
  test('before any formula: the pillars, the one plain idea, weights, not measured and readiness', () => {
    const start = doc.indexOf('## In one page: what the scores mean');
    const firstSection = doc.indexOf('## 1. The five pillars');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(firstSection);
    const page = doc.slice(start, doc.indexOf('## The reference'));
    for (const words of ['**Visibility**', '**Amplification**', '**Conversion**', '**Engagement**', '**Satisfaction**',
      'the score is **50**', 'it is **90**', '**Weights follow what the brand wants.**', '**"Not measured" is not zero.**', '*Readiness*']) {
      expect(page).toContain(words);
    }
    // One page, and no formula in it.
    expect(page.split('\n').length).toBeLessThan(60);
    expect(page).not.toMatch(/Φ|erfc|ln\(|log-normal/);
    expect(doc.indexOf('Φ')).toBeGreaterThan(firstSection);
  });
});
