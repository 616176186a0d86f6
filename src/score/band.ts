/**
 * Lighthouse's bands (0–49 poor, 50–89 needs work, 90–100 good), each with a symbol so that the band survives
 * NO_COLOR, screen readers' "symbol" names and CI logs; ASCII fallbacks for terminals without Unicode.
 */
import type { Band, BandId } from './types.js';

export const BANDS: Record<BandId, Band> = {
  good: { id: 'good', symbol: '●', ascii: '+' },
  'needs-work': { id: 'needs-work', symbol: '▲', ascii: '~' },
  poor: { id: 'poor', symbol: '✖', ascii: 'x' },
  'not-measured': { id: 'not-measured', symbol: '○', ascii: '-' },
};

/** The whole number shown for a score: floored, as Lighthouse does, so 89.9 never shows as a "good" 90. */
export function displayScore(score: number): number {
  return Math.floor(score + 1e-9);
}

/** The band of a 0–100 score (null = not measured), decided on the displayed whole number. */
export function band(score: number | null): Band {
  if (score === null || !Number.isFinite(score)) return BANDS['not-measured'];
  const s = displayScore(score);
  if (s >= 90) return BANDS.good;
  if (s >= 50) return BANDS['needs-work'];
  return BANDS.poor;
}

/** An overall score judged against generic benchmarks only (no objective): every format says so next to it. */
export function genericOverall(o: { score: number | null; basis: string }): boolean {
  return o.score !== null && o.basis === 'generic-benchmarks';
}
