import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPacks, catalogVersion, loadCatalog } from '../../src/questions/catalog.js';
import { loadBenchmarks, loadWeights } from '../../src/score/index.js';
import { parseBenchmarks, parseWeights } from '../../src/score/data.js';
import { ROOT } from '../support/cli.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

describe('the data bundled at build time (dist/generated) matches its sources', () => {
  test('the build wrote the bundle', () => {
    expect(existsSync(join(ROOT, 'dist', 'generated', 'catalog.json'))).toBe(true);
  });

  test('the bundled catalog has the same questions, in the same order, as the YAML packs', () => {
    const fromYaml = loadCatalog({ dir: join(ROOT, 'catalog', 'questions') });
    const fromBundle = loadCatalog();
    expect(bundledPacks()).toBeDefined();
    const strip = (c: typeof fromYaml) => ({ sections: c.sections.map(({ pack: _p, ...s }) => s), questions: c.questions.map(({ pack: _p, ...q }) => q) });
    expect(strip(fromBundle)).toEqual(strip(fromYaml));
  });

  test('the fingerprint stored with the bundle is the one its questions give, and a pack of the user changes it', () => {
    const fromYaml = loadCatalog({ dir: join(ROOT, 'catalog', 'questions') });
    expect(catalogVersion(loadCatalog())).toMatch(/^[0-9a-f]{12}$/);
    expect(catalogVersion(loadCatalog())).toBe(catalogVersion(fromYaml));
    const withPack = loadCatalog({ extraPacks: [join(ROOT, 'examples', 'strategy-repo', 'questions', 'agency-pack.yaml')] });
    expect(withPack.questions.length).toBeGreaterThan(fromYaml.questions.length);
    expect(catalogVersion(withPack)).not.toBe(catalogVersion(fromYaml));
  });

  test('the bundled benchmarks and weights equal the YAML files', () => {
    const yaml = (name: string) => parse(readFileSync(join(ROOT, 'benchmarks', `${name}.yaml`), 'utf8'));
    expect(loadBenchmarks()).toEqual(parseBenchmarks(yaml('benchmarks'), join(ROOT, 'benchmarks', 'benchmarks.yaml')));
    expect(loadWeights()).toEqual(parseWeights(yaml('weights'), join(ROOT, 'benchmarks', 'weights.yaml')));
  });
});
