// Compiles the JSON Schemas into standalone validator modules at build time, so the CLI never pays for
// ajv's schema compilation at start-up (see docs/PERFORMANCE.md). Emitted as CommonJS on purpose: ajv's
// standalone code requires ajv-formats' runtime helpers with require().
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'generated');
mkdirSync(outDir, { recursive: true });

const schemas = [{ file: 'brand.schema.json', name: 'brand-validator' }];

for (const { file, name } of schemas) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: false } });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  writeFileSync(join(outDir, `${name}.cjs`), standaloneCode.default(ajv, validate));
  writeFileSync(
    join(outDir, `${name}.d.cts`),
    [
      "import type { ErrorObject } from 'ajv';",
      'declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };',
      'export = validate;',
      '',
    ].join('\n'),
  );
}
