// Bundles the shipped data (question packs, benchmarks, weights) into JSON after validating it with the built
// code itself, so that a run parses one small JSON file instead of a dozen YAML files (docs/PERFORMANCE.md).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'generated');
mkdirSync(out, { recursive: true });

// Validate the YAML packs exactly as a run without the bundle would: parse, schema, cross-checks, examples.
const { catalogVersion, loadCatalog, parsePack } = await import(join(root, 'dist', 'questions', 'catalog.js'));
const dir = join(root, 'catalog', 'questions');
const fingerprint = catalogVersion(loadCatalog({ dir }));
const packs = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => {
  const file = join(dir, f);
  return { file: `catalog/questions/${f}`, data: parsePack(file, readFileSync(file, 'utf8')).data };
});
writeFileSync(join(out, 'catalog.json'), JSON.stringify({ fingerprint, packs }));

const { parseBenchmarks, parseWeights } = await import(join(root, 'dist', 'score', 'data.js'));
for (const [name, check] of [['benchmarks', parseBenchmarks], ['weights', parseWeights]]) {
  const file = join(root, 'benchmarks', `${name}.yaml`);
  const data = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  check(data, file);
  writeFileSync(join(out, `${name}.json`), JSON.stringify(data));
}
