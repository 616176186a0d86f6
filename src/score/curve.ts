/**
 * Value → score curves. Both are fixed by two control points: `good` scores 0.9 and `median` scores 0.5
 * (Lighthouse's p10/median), work for either direction, and are continuous, monotone and bounded in [0, 1].
 *
 * - lognormal (values ≥ 0): t = ln(x / median) / ln(good / median), p = Φ(1.2816 × t)
 *   (Lighthouse's getLogNormalScore, mirrored so it also works when higher is better).
 * - logistic (values that can be negative, such as NPS or follower growth): t = (x − median) / (good − median),
 *   p = 1 / (1 + 9^(−t)).
 * In both, t = 1 at `good` and t = 0 at `median`; the sign of (good − median) carries the direction.
 */
import type { CurveKind, Direction } from './types.js';

/** Φ⁻¹(0.9): the standard-normal quantile that puts `good` at 0.9. */
export const Z90 = 1.2815515655446004;

export interface CurvePoints { kind: CurveKind; direction: Direction; good: number; median: number }

/** erfc, Numerical Recipes' Chebyshev fit (fractional error below 1.2e-7 everywhere). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** Standard normal cumulative distribution. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Checks the control points can define a curve; returns a problem code or null. */
export function curveProblem(p: CurvePoints): string | null {
  if (!Number.isFinite(p.good) || !Number.isFinite(p.median)) return 'not-finite';
  if (p.good === p.median) return 'flat';
  if (p.direction === 'higher' ? p.good < p.median : p.good > p.median) return 'wrong-direction';
  if (p.kind === 'lognormal' && (p.good <= 0 || p.median <= 0)) return 'not-positive';
  // Points so close that their distance on the curve's scale rounds to 0, or so far apart that it overflows,
  // would give no position (0/0, ∞/∞).
  const span = p.kind === 'lognormal' ? Math.log(p.good) - Math.log(p.median) : p.good - p.median;
  if (span === 0) return 'flat';
  if (!Number.isFinite(span)) return 'not-finite';
  return null;
}

/** Position on the curve: 1 at good, 0 at median, growing in the good direction. ±Infinity at the log-normal's ends. */
export function curvePosition(p: CurvePoints, x: number): number {
  if (p.kind === 'logistic') return (x - p.median) / (p.good - p.median);
  if (x <= 0) return p.direction === 'higher' ? -Infinity : Infinity;
  const r = x / p.median;
  const g = p.good / p.median;
  if (r > 0 && r < Infinity && g > 0 && g < Infinity && g !== 1) return Math.log(r) / Math.log(g);
  // With extreme figures (a spend of 5e-324) a ratio underflows to 0 or overflows, which gave NaN or a wrong
  // position: the same position from the logarithms themselves, which stay finite for any positive number.
  return (Math.log(x) - Math.log(p.median)) / (Math.log(p.good) - Math.log(p.median));
}

/**
 * Score in [0, 1]. Clamped per band as Lighthouse does, so that reaching `good` always gives ≥ 0.9 and reaching
 * `median` ≥ 0.5 despite float error; clamping keeps the curve monotone.
 */
export function curveScore(p: CurvePoints, x: number): number {
  return scoreAtPosition(p.kind, curvePosition(p, x));
}

/** curveScore from a position already computed by curvePosition (the engine reports both). */
export function scoreAtPosition(kind: CurveKind, t: number): number {
  let s: number;
  if (t === Infinity) s = 1;
  else if (t === -Infinity) s = 0;
  else if (kind === 'logistic') s = 1 / (1 + Math.pow(9, -t));
  else s = normalCdf(Z90 * t);
  if (t >= 1) return Math.min(1, Math.max(s, 0.9));
  if (t >= 0) return Math.min(0.9, Math.max(s, 0.5));
  return Math.max(0, Math.min(s, 0.5));
}

/** 0–100 with one decimal: the KPI score stored in results. */
export function kpiScore(p: CurvePoints, x: number): number {
  return round1(100 * curveScore(p, x));
}

/** Rounds to one decimal, half away from zero (inputs here are ≥ 0). */
export function round1(x: number): number {
  return Math.round(x * 10 + 1e-9) / 10;
}
