import { describe, expect, test } from '@jest/globals';
import { baselineFromReport, gapKey, judge, type GateOptions } from '../../src/gate/index.js';
import { fixedDeps, fixedResult } from '../support/golden.js';

const result = fixedResult(); // Boulangerie Martin: overall 81.4, readiness 29, 4 critical gaps, conversion not measured
const { catalog } = fixedDeps();
const base = (over: Partial<GateOptions> = {}): GateOptions => ({ thresholds: {}, waivers: [], catalog, today: '2026-11-22', ...over });

describe('judge', () => {
  test('no threshold, no waiver: passes, scores unchanged', () => {
    const g = judge(result, base());
    expect(g.passed).toBe(true);
    expect(g.withWaivers).toEqual(g.withoutWaivers);
    expect(g.withoutWaivers.overall).toBe(81.4);
  });

  test('minimum overall, pillar and readiness', () => {
    const g = judge(result, base({ thresholds: { minScore: 85, minReadiness: 50, minPillar: { engagement: 90, conversion: 10 } } }));
    expect(g.failures.map((f) => `${f.kind} ${f.args.pillar ?? ''}`.trim())).toEqual(['min-score', 'min-pillar conversion', 'min-readiness']);
    expect(g.failures[1]!.args.actual).toBe('not measured');
  });

  test('failOn: gaps at or above the severity fail, located', () => {
    const critical = judge(result, base({ thresholds: { failOn: 'critical' } })).failures;
    expect(critical).toHaveLength(result.gaps.filter((x) => x.severity === 'critical').length);
    expect(critical[0]).toMatchObject({ kind: 'gap', line: expect.any(Number), col: expect.any(Number) });
    const major = judge(result, base({ thresholds: { failOn: 'major' } })).failures;
    expect(major.length).toBe(result.gaps.filter((x) => x.severity !== 'minor').length);
    expect(judge(result, base({ thresholds: { failOn: 'none' } })).failures).toEqual([]);
  });

  test('a question waiver removes its gaps from the failures, raises readiness, and shows what it covered', () => {
    // Questions asked of every channel: waiving one covers one gap per channel; waiving two of them is enough to move the
    // whole-number readiness (one alone no longer is, since the catalog grew to 87 questions in issue 23).
    const id = 'channel-objectives';
    expect(result.gaps.filter((x) => x.questionId === id).length).toBeGreaterThan(1);
    const waivers = [id, 'channel-why'].map((question, i) => ({ index: i + 1, waiver: { question, reason: 'Accepted for this client.' } }));
    const g = judge(result, base({ thresholds: { failOn: 'major' }, waivers }));
    expect(g.failures.some((f) => f.args.question === id)).toBe(false);
    expect(g.waivedGaps.map((x) => x.questionId)).toContain(id);
    expect(g.waivers[0]!.covered.length).toBe(result.gaps.filter((x) => x.questionId === id).length);
    expect(g.waivers[0]!.covered).toContainEqual(expect.objectContaining({ questionId: id }));
    expect(g.withWaivers.readiness).toBeGreaterThan(g.withoutWaivers.readiness);
    expect(g.withWaivers.overall).toBe(g.withoutWaivers.overall);
  });

  test('a KPI waiver takes the KPI out of its pillar: the score changes, both are reported', () => {
    const g = judge(result, base({ waivers: [{ index: 1, waiver: { kpi: 'first-response-time', reason: 'Replies are handled in the shop.' } }] }));
    // Satisfaction was (2 × 96.8 + 2 × 31.9 + 2 × 90 + 2 × 88.1 + 2 × 84.6) / 10 = 78.3; without first-response time
    // it is (2 × 96.8 + 2 × 90 + 2 × 88.1 + 2 × 84.6) / 8 = 89.9.
    expect(g.withoutWaivers.pillars.satisfaction).toBe(78.3);
    expect(g.withWaivers.pillars.satisfaction).toBe(89.9);
    expect(g.withWaivers.overall!).toBeGreaterThan(g.withoutWaivers.overall!);
    expect(g.waivers[0]!.covered).toEqual([{ kpi: 'first-response-time' }]);
  });

  test('an expired waiver fails the run; one that covers nothing is shown as such', () => {
    const g = judge(result, base({ waivers: [{ index: 3, waiver: { question: 'no-such-gap-here', reason: 'Old decision.', expires: '2026-01-31' } }] }));
    expect(g.passed).toBe(false);
    expect(g.failures).toEqual([expect.objectContaining({ kind: 'expired-waiver', args: { index: 3, target: 'no-such-gap-here', expires: '2026-01-31' } })]);
    expect(g.waivers[0]!.covered).toEqual([]);
  });

  test('baseline: changes, gaps opened and closed, regressions beyond the tolerance', () => {
    const before = {
      formatVersion: 1,
      files: [{
        file: result.file, valid: true,
        scores: { overall: { score: 84 }, pillars: [{ pillar: 'visibility', score: 84.7 }, { pillar: 'satisfaction', score: 81 }] },
        gaps: [{ questionId: 'customer-needs', channelId: null, item: null }, { questionId: 'gone-question', channelId: 'instagram', item: null }],
      }],
    };
    const baseline = baselineFromReport(before);
    const g = judge(result, base({ baseline, regressionTolerance: 2 }));
    expect(g.baseline?.overall).toEqual({ before: 84, after: 81.4, change: -2.6 });
    expect(g.baseline?.closed).toEqual(['gone-question@instagram']);
    expect(g.baseline?.opened).not.toContain('customer-needs');
    expect(g.failures.map((f) => f.args.what)).toEqual(['overall', 'satisfaction']);
    expect(judge(result, base({ baseline, regressionTolerance: 10 })).passed).toBe(true);
    expect(judge(result, base({ baseline })).passed).toBe(true);
  });

  test('a baseline that is not a report is refused with a reason', () => {
    expect(() => baselineFromReport({ hello: 1 })).toThrow(/not an smscore JSON report/);
  });

  test('gap keys name the channel or item', () => {
    expect(gapKey({ questionId: 'channel-role', channelId: 'tiktok' })).toBe('channel-role@tiktok');
    expect(gapKey({ questionId: 'alert-action', item: { index: 2 } })).toBe('alert-action@#2');
    expect(gapKey({ questionId: 'strategy-threats' })).toBe('strategy-threats');
  });
});
