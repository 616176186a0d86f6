/**
 * Options for every property test: a fixed seed per property, so that CI is reproducible and a red run can be
 * replayed, and two variables to explore further than CI does:
 *   FUZZ_DEPTH=10   ten times the runs;
 *   FUZZ_SEED=123   other seeds (each property adds its own offset).
 * A failure prints the seed and path that fast-check needs to replay it.
 */
export const FUZZ_DEPTH = Number(process.env.FUZZ_DEPTH ?? 1);
const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

export function fuzz(numRuns: number, seed: number): { numRuns: number; seed: number } {
  return { numRuns: Math.max(1, Math.round(numRuns * FUZZ_DEPTH)), seed: FUZZ_SEED === undefined ? seed : FUZZ_SEED + seed };
}
