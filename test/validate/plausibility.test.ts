/**
 * Issue 21, item 4: implausible figures are warnings located at the figure; the file stays valid and is scored.
 * The rules are data, documented in docs/METHODOLOGY.md § 11 by a table generated from them.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metrics } from '../../src/model/brand.js';
import { diagnosticHint, diagnosticMessage } from '../../src/validate/messages.js';
import { PLAUSIBILITY_RULES, plausibilityBreaches, plausibilityTable } from '../../src/validate/plausibility.js';
import { validateText } from '../../src/validate/index.js';
import { auditBrand } from '../../src/audit/index.js';
import { fixedDeps } from '../support/golden.js';
import { ROOT } from '../support/cli.js';

/** A plausible channel: every rule holds, with room. */
const SANE: Metrics = {
  followers: { start: 1000, end: 1000 }, posts: 10, reach: 5000, medianPostReach: 400, impressions: 9000,
  reactions: 200, comments: 20, shares: 10, clicks: 90, conversions: 9,
};
function withoutReach(): Metrics {
  const { reach: _reach, ...rest } = SANE;
  return rest;
}
/** For each rule, one change to SANE that breaches it (and only it). */
const BREACH: Record<string, Metrics> = {
  'engagement-rate-reach-above-100': { ...SANE, reactions: 4100, reach: 50000, impressions: 90000 },
  'reach-above-100x-followers': { ...SANE, reach: 100_001, impressions: 200_000 },
  // Without the period's reach (a typical post above 100 × followers, and so above any plausible reach).
  'post-reach-above-100x-followers': { ...withoutReach(), medianPostReach: 100_001 },
  'comments-above-reach': { ...SANE, comments: 5001, medianPostReach: 1000 },
  'shares-above-reach': { ...SANE, shares: 5001, medianPostReach: 1000 },
  'clicks-above-impressions': { ...SANE, clicks: 9001 },
  'conversions-above-clicks': { ...SANE, conversions: 91 },
  'review-answers-above-reviews': { ...SANE, reviews: { count: 10, answered: 11 } },
};
const ids = (m: Metrics) => plausibilityBreaches(m).map((b) => b.rule.id);

describe('plausibility rules', () => {
  test('a plausible channel breaches none, and missing figures breach none', () => {
    expect(ids(SANE)).toEqual([]);
    expect(ids({})).toEqual([]);
    expect(ids({ comments: 10 ** 9 })).toEqual([]);
  });

  test.each(PLAUSIBILITY_RULES.map((r) => r.id))('%s fires on its breach only', (id) => {
    expect(ids(BREACH[id]!)).toEqual([id]);
  });

  test('a figure exactly at the limit is not flagged (the limit itself is plausible)', () => {
    expect(ids({ ...SANE, clicks: 9000 })).toEqual([]);
    expect(ids({ ...SANE, reach: 100_000, impressions: 200_000 })).toEqual([]);
  });

  test('engagement by reach of 500 % is flagged with the rate', () => {
    const b = plausibilityBreaches({ posts: 2, medianPostReach: 100, reactions: 900, comments: 50, shares: 50 });
    expect(b.map((x) => [x.rule.id, x.args])).toEqual([['engagement-rate-reach-above-100', { value: 1000, limit: 200, ratio: 500 }]]);
  });

  test('every rule has an id, a rationale, and its message and fix in English and French', () => {
    expect(new Set(PLAUSIBILITY_RULES.map((r) => r.id)).size).toBe(PLAUSIBILITY_RULES.length);
    for (const r of PLAUSIBILITY_RULES) {
      const code = `plausibility.${r.id}`;
      const args = { value: 12, limit: 10, ratio: 120.5 };
      for (const locale of ['en', 'fr'] as const) {
        expect(diagnosticMessage(locale, code, args)).not.toBe(code);
        expect(diagnosticMessage(locale, code, args)).not.toMatch(/\{\w+\}/);
        expect(diagnosticHint(locale, code, args)).toBeTruthy();
      }
      expect(diagnosticMessage('fr', code, args)).not.toBe(diagnosticMessage('en', code, args));
      expect(r.rationale.length).toBeGreaterThan(20);
    }
    // French decimals take a comma.
    expect(diagnosticMessage('fr', 'plausibility.clicks-above-impressions', { value: 12, limit: 10, ratio: 120.5 })).toContain('120,5\u00a0%');
  });

  test('the file stays valid: each breach is a warning at the figure, and the audit scores it', () => {
    const file = 'test/fixtures/plausibility/implausible.yaml';
    const v = validateText(file, readFileSync(join(ROOT, file), 'utf8'));
    expect(v.valid).toBe(true);
    const found = v.diagnostics.map((d) => `${d.severity} ${d.location.line}:${d.location.col} ${d.code} ${d.pointer}`);
    expect(found).toEqual([
      'warning 11:14 plausibility.reach-above-100x-followers /channels/0/metrics/reach',
      'warning 12:24 plausibility.engagement-rate-reach-above-100 /channels/0/metrics/medianPostReach',
      'warning 15:17 plausibility.comments-above-reach /channels/0/metrics/comments',
      'warning 17:15 plausibility.clicks-above-impressions /channels/0/metrics/clicks',
      'warning 18:20 plausibility.conversions-above-clicks /channels/0/metrics/conversions',
    ]);
    const audit = auditBrand({ file, brand: v.brand!, source: v.source!, warnings: v.diagnostics }, fixedDeps());
    expect(audit.warnings).toHaveLength(5);
    expect(audit.scores.overall.score).not.toBeNull();
  });

  test('the previous period is checked too', () => {
    const yaml = 'smscore: 1\nbrand: { name: X }\nchannels:\n  - { id: a, platform: x }\nprevious:\n  channels:\n    a: { clicks: 20, impressions: 10 }\n';
    const d = validateText('p.yaml', yaml).diagnostics;
    expect(d.map((x) => `${x.code} ${x.pointer}`)).toEqual(['plausibility.clicks-above-impressions /previous/channels/a/clicks']);
  });

  test('docs/METHODOLOGY.md lists exactly these rules (its table is generated from them)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'METHODOLOGY.md'), 'utf8');
    const start = doc.indexOf('\n', doc.indexOf('<!-- generated:plausibility-rules ')) + 1;
    const end = doc.indexOf('<!-- /generated:plausibility-rules -->');
    expect(doc.slice(start, end)).toBe(plausibilityTable());
  });
});
