/** Reads the scoring data files. The only part of src/score that touches the file system. */
import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../io/package-root.js';
import { yamlLib } from '../load/yaml-lib.js';
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
    return yamlLib().parse(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new ScoringDataError(path, [`not valid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
}

/**
 * The shipped file's data: from the JSON bundled at build time (scripts/build-data.mjs) when it exists, which
 * spares a YAML parse on every run, else from the YAML itself.
 */
function shipped(name: 'benchmarks' | 'weights'): { data: unknown; path: string } {
  const path = packagePath('benchmarks', `${name}.yaml`);
  const bundled = packagePath('dist', 'generated', `${name}.json`);
  if (existsSync(bundled)) return { data: JSON.parse(readFileSync(bundled, 'utf8')) as unknown, path };
  return { data: readYaml(path), path };
}

/** Loads and checks a benchmarks file (default: the shipped benchmarks/benchmarks.yaml). */
export function loadBenchmarks(path?: string): BenchmarkSet {
  const { data, path: file } = path === undefined ? shipped('benchmarks') : { data: readYaml(path), path };
  return parseBenchmarks(data, file);
}

/** Loads and checks a weights file (default: the shipped benchmarks/weights.yaml). */
export function loadWeights(path?: string): WeightTable {
  const { data, path: file } = path === undefined ? shipped('weights') : { data: readYaml(path), path };
  return parseWeights(data, file);
}

/** Both shipped data files, ready for scoreBrand. */
export function loadScoringModel(paths: { benchmarks?: string; weights?: string } = {}): ScoringModel {
  return { benchmarks: loadBenchmarks(paths.benchmarks), weights: loadWeights(paths.weights) };
}
