// Compiles the JSON Schemas into standalone validator modules at build time, so the CLI never pays for
// ajv's schema compilation at start-up (see docs/PERFORMANCE.md). Emitted as CommonJS on purpose: ajv's
// standalone code requires its runtime helpers with require(). The `date` and `uri` formats come from
// src/validate/formats.cjs, copied beside the validators, rather than from ajv-formats (see that file).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'generated');
mkdirSync(outDir, { recursive: true });
copyFileSync(join(root, 'src', 'validate', 'formats.cjs'), join(outDir, 'formats.cjs'));
const formats = createRequire(import.meta.url)(join(root, 'src', 'validate', 'formats.cjs'));

const schemas = [
  { file: 'brand.schema.json', name: 'brand-validator' },
  { file: 'config.schema.json', name: 'config-validator' },
  { file: 'question.schema.json', name: 'question-validator', options: { discriminator: true } },
];

const read = (file) => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));

for (const { file, name, refs = [], options = {} } of schemas) {
  const schema = read(file);
  const ajv = new Ajv2020({
    allErrors: true, strict: true, ...options,
    formats: { date: formats.date, uri: formats.uri },
    code: { source: true, esm: false, formats: _`require("./formats.cjs")` },
  });
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
