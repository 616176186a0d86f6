/** The scoring engine: pure functions over a validated brand file, plus the data-file loader. */
export * from './types.js';
export { Z90, curvePosition, curveProblem, curveScore, erfc, kpiScore, normalCdf, round1 } from './curve.js';
export type { CurvePoints } from './curve.js';
export { ACTIVITY_KPIS, KPIS, KPI_BY_ID, TERM_LABELS, kpiDef } from './kpis.js';
export type { KpiDef } from './kpis.js';
export {
  ScoringDataError, deriveGood, deriveMedian, findBenchmark, mergeOverrides, parseBenchmarks, parseWeights,
} from './data.js';
export { inScope, kpiScope, objectiveShares, objectiveWeight, objectivesNaming, pillarWeights } from './weights.js';
export { BANDS, band, displayScore, genericOverall } from './band.js';
export { periodWeeks, scoreBrand } from './engine.js';
export { loadBenchmarks, loadScoringModel, loadWeights } from './load.js';
export { activityText, noteText, renderExplanation } from './explain.js';
export type { ExplainOptions } from './explain.js';
