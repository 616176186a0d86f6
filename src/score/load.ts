/** Reads the scoring data files. The only part of src/score that touches the file system. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../io/package-root.js';
import { ScoringDataError, parseBenchmarks, parseWeights } from './data.js';
import type { BenchmarkSet, ScoringModel, WeightTable } from './types.js';

function readYaml(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ScoringDataError(path, [`cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  try {
    return parse(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new ScoringDataError(path, [`not valid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
}

/** Loads and checks a benchmarks file (default: the shipped benchmarks/benchmarks.yaml). */
export function loadBenchmarks(path: string = packagePath('benchmarks', 'benchmarks.yaml')): BenchmarkSet {
  return parseBenchmarks(readYaml(path), path);
}

/** Loads and checks a weights file (default: the shipped benchmarks/weights.yaml). */
export function loadWeights(path: string = packagePath('benchmarks', 'weights.yaml')): WeightTable {
  return parseWeights(readYaml(path), path);
}

/** Both shipped data files, ready for scoreBrand. */
export function loadScoringModel(paths: { benchmarks?: string; weights?: string } = {}): ScoringModel {
  return { benchmarks: loadBenchmarks(paths.benchmarks), weights: loadWeights(paths.weights) };
}
