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

const schemas = [
  { file: 'brand.schema.json', name: 'brand-validator' },
  { file: 'config.schema.json', name: 'config-validator' },
  { file: 'question.schema.json', name: 'question-validator', options: { discriminator: true } },
];

const read = (file) => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));

for (const { file, name, refs = [], options = {} } of schemas) {
  const schema = read(file);
  const ajv = new Ajv2020({ allErrors: true, strict: true, ...options, code: { source: true, esm: false } });
  addFormats.default(ajv);
  // Schemas it refers to are bundled into the generated code; nothing is fetched, ever.
  for (const ref of refs) ajv.addSchema(read(ref), ref);
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
