import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { band, BANDS, curveProblem, curveScore, displayScore, kpiScore, normalCdf, round1, Z90 } from '../../src/score/index.js';
import type { CurvePoints } from '../../src/score/index.js';
import { fuzz } from '../support/fuzz.js';

const higher: CurvePoints = { kind: 'lognormal', direction: 'higher', good: 5, median: 2 };
const lower: CurvePoints = { kind: 'lognormal', direction: 'lower', good: 4, median: 10 };
const logistic: CurvePoints = { kind: 'logistic', direction: 'higher', good: 50, median: 20 };

describe('normal distribution', () => {
  test('Φ(0) = 0.5 and Φ(Z90) = 0.9 within the approximation error', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(Z90)).toBeCloseTo(0.9, 6);
    expect(normalCdf(-Z90)).toBeCloseTo(0.1, 6);
    expect(normalCdf(10)).toBeCloseTo(1, 9);
    expect(normalCdf(-10)).toBeCloseTo(0, 9);
  });
});

describe('control points', () => {
  test.each([higher, lower, logistic])('good scores exactly 90 and median exactly 50 (%o)', (c) => {
    expect(kpiScore(c, c.good)).toBe(90);
    expect(kpiScore(c, c.median)).toBe(50);
  });
  test('a known point: t = 2 on the log-normal gives Φ(2.563) ≈ 99.5', () => {
    expect(kpiScore(higher, 2 * (5 / 2) ** 2)).toBe(99.5);
  });
  test('logistic: t = −1 scores 10, t = 2 scores 98.8', () => {
    expect(kpiScore(logistic, -10)).toBe(10);
    expect(kpiScore(logistic, 80)).toBe(98.8);
  });
});

describe('edges', () => {
  test('zero: 0 for higher-is-better, 100 for lower-is-better (log-normal)', () => {
    expect(kpiScore(higher, 0)).toBe(0);
    expect(kpiScore(lower, 0)).toBe(100);
  });
  test('extreme values stay bounded', () => {
    expect(kpiScore(higher, 1e12)).toBe(100);
    expect(kpiScore(lower, 1e12)).toBe(0);
    expect(kpiScore(logistic, -100)).toBe(0);
    expect(kpiScore(logistic, 100)).toBe(99.7);
    expect(kpiScore(logistic, 1e12)).toBe(100);
    expect(kpiScore({ ...logistic, good: 5, median: 4.999 }, 1e12)).toBe(100);
  });
  test('logistic handles negative values and control points (NPS)', () => {
    const nps: CurvePoints = { kind: 'logistic', direction: 'higher', good: 0, median: -30 };
    expect(kpiScore(nps, 0)).toBe(90);
    expect(kpiScore(nps, -30)).toBe(50);
    expect(kpiScore(nps, -60)).toBe(10);
  });
  test('curveProblem rejects unusable control points', () => {
    expect(curveProblem({ ...higher, good: 1 })).toBe('wrong-direction');
    expect(curveProblem({ ...lower, good: 20 })).toBe('wrong-direction');
    expect(curveProblem({ ...higher, good: 2 })).toBe('flat');
    expect(curveProblem({ ...higher, median: -1 })).toBe('not-positive');
    expect(curveProblem({ ...logistic, median: -1 })).toBeNull();
    expect(curveProblem(higher)).toBeNull();
    // Distances that give no position: overflowing (logistic) or rounding to 0 on the log scale.
    expect(curveProblem({ ...logistic, good: 1.7e308, median: -1.7e308 })).toBe('not-finite');
    expect(curveProblem({ ...higher, good: 1e300 * (1 + 2 ** -52), median: 1e300 })).toBe('flat');
  });
  test('extreme figures still get a position: 5e-324 (the smallest double) as value, good point or both', () => {
    // 5e-324 / 18.68 underflows to 0, which made ln(x / median) / ln(good / median) = -∞ / -∞ = NaN.
    const cpa: CurvePoints = { kind: 'lognormal', direction: 'lower', good: 5e-324, median: 18.68 };
    expect(curveProblem(cpa)).toBeNull();
    expect(kpiScore(cpa, 5e-324)).toBe(90);
    expect(kpiScore(cpa, 18.68)).toBe(50);
    expect(kpiScore(cpa, 1e-200)).toBeGreaterThan(50);
    expect(kpiScore(cpa, 1e-200)).toBeLessThan(90);
    expect(kpiScore({ ...higher, median: 5e-324, good: 1e-300 }, 1e-300)).toBe(90);
    expect(kpiScore(higher, 5e-324)).toBe(0);
    expect(kpiScore(higher, 1e12)).toBe(100);
  });
});

describe('curve properties', () => {
  const points = fc.record({
    kind: fc.constantFrom('lognormal' as const, 'logistic' as const),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    median: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
    factor: fc.double({ min: 1.01, max: 100, noNaN: true }),
  }).map(({ kind, direction, median, factor }): CurvePoints => ({
    kind, direction, median, good: direction === 'higher' ? median * factor : median / factor,
  }));
  const x = fc.double({ min: 0, max: 1e9, noNaN: true });

  test('bounded in [0, 1] and monotone in the good direction', () => {
    fc.assert(fc.property(points, x, x, (c, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const sLo = curveScore(c, lo);
      const sHi = curveScore(c, hi);
      for (const s of [sLo, sHi]) { expect(s).toBeGreaterThanOrEqual(0); expect(s).toBeLessThanOrEqual(1); }
      if (c.direction === 'higher') expect(sHi).toBeGreaterThanOrEqual(sLo);
      else expect(sLo).toBeGreaterThanOrEqual(sHi);
    }), fuzz(2000, 201));
  });

  test('meeting good always scores at least 90, reaching the median at least 50', () => {
    fc.assert(fc.property(points, fc.double({ min: 0, max: 1, noNaN: true }), (c, f) => {
      const beyondGood = c.direction === 'higher' ? c.good * (1 + f) : c.good * (1 - f / 2);
      expect(kpiScore(c, beyondGood)).toBeGreaterThanOrEqual(90);
      expect(kpiScore(c, c.median)).toBeGreaterThanOrEqual(50);
    }), fuzz(1000, 202));
  });

  test('continuous: a tiny change of value changes the score by little', () => {
    fc.assert(fc.property(points, fc.double({ min: 0.01, max: 1e6, noNaN: true }), (c, v) => {
      expect(Math.abs(curveScore(c, v) - curveScore(c, v * (1 + 1e-9)))).toBeLessThan(1e-3);
    }), fuzz(1000, 203));
  });
});

describe('rounding and bands', () => {
  test('round1 rounds half up at one decimal', () => {
    expect(round1(84.45)).toBe(84.5);
    expect(round1(84.44)).toBe(84.4);
    expect(round1(0)).toBe(0);
  });
  test('bands as Lighthouse, decided on the floored whole number', () => {
    expect(band(90)).toEqual(BANDS.good);
    expect(band(89.9)).toEqual(BANDS['needs-work']);
    expect(band(50)).toEqual(BANDS['needs-work']);
    expect(band(49.9)).toEqual(BANDS.poor);
    expect(band(0)).toEqual(BANDS.poor);
    expect(band(null)).toEqual(BANDS['not-measured']);
    expect(displayScore(89.9)).toBe(89);
    expect(BANDS.good.symbol).toBe('●');
    expect(BANDS.poor.ascii).toBe('x');
  });
});
