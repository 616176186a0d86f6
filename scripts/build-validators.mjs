// Compiles the JSON Schemas into standalone validator modules at build time, so the CLI never pays for
// ajv's schema compilation at start-up (see docs/PERFORMANCE.md). Emitted as CommonJS on purpose: ajv's
// standalone code requires its runtime helpers with require(). The `date` and `uri` formats come from
// src/validate/formats.cjs, copied beside the validators, rather than from ajv-formats (see that file); string
// lengths are counted by src/validate/text-length.cjs instead of ajv's helper (see that file).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The first step of every build: a build stopped half-way must not pass for a finished one (scripts/prepare.mjs).
rmSync(join(root, 'dist', '.prepared'), { force: true });
const outDir = join(root, 'src', 'generated');
mkdirSync(outDir, { recursive: true });
copyFileSync(join(root, 'src', 'validate', 'formats.cjs'), join(outDir, 'formats.cjs'));
copyFileSync(join(root, 'src', 'validate', 'text-length.cjs'), join(outDir, 'text-length.cjs'));

// ajv names its length helper by this require() in the code it generates; the replacement gives the same answers.
const AJV_LENGTH = 'require("ajv/dist/runtime/ucs2length").default';
const OWN_LENGTH = 'require("./text-length.cjs").codePointLength';
function withOwnLength(code, name) {
  const out = code.split(AJV_LENGTH).join(OWN_LENGTH);
  if (out.includes('ucs2length')) throw new Error(`${name}: ajv's length helper is required in an unexpected form`);
  return out;
}
const formats = createRequire(import.meta.url)(join(root, 'src', 'validate', 'formats.cjs'));

// ajv's own error texts are never shown for brand and configuration files (src/validate/schema-errors.ts words
// every error from its keyword and parameters): leaving them out makes those validators smaller and quicker to load.
const schemas = [
  { file: 'brand.schema.json', name: 'brand-validator', options: { messages: false } },
  { file: 'config.schema.json', name: 'config-validator', options: { messages: false } },
  { file: 'question.schema.json', name: 'question-validator', options: { discriminator: true } },
];

const read = (file) => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));

// The generated code embeds the schema it was compiled from (additionalProperties looks keys up in it). Its
// annotations (descriptions, titles, examples) never change a result: they are dropped from the compiled copy,
// which makes the brand validator a sixth smaller (263 -> 221 KB with messages: false), hence quicker to load.
// Error wording reads the schema file itself.
const ANNOTATIONS = ['description', 'title', 'examples', '$comment'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONE = ['items', 'additionalItems', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else',
  'contains', 'unevaluatedProperties', 'unevaluatedItems'];
function withoutAnnotations(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.includes(key)) continue;
    if (SCHEMA_MAPS.includes(key)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]));
    else if (SCHEMA_LISTS.includes(key)) out[key] = value.map(withoutAnnotations);
    else if (SCHEMA_ONE.includes(key)) out[key] = withoutAnnotations(value);
    else out[key] = value;
  }
  return out;
}

for (const { file, name, refs = [], options = {} } of schemas) {
  const schema = withoutAnnotations(read(file));
  const ajv = new Ajv2020({
    allErrors: true, strict: true, ...options,
    formats: { date: formats.date, uri: formats.uri },
    code: { source: true, esm: false, formats: _`require("./formats.cjs")` },
  });
  // Schemas it refers to are bundled into the generated code; nothing is fetched, ever.
  for (const ref of refs) ajv.addSchema(read(ref), ref);
  const validate = ajv.compile(schema);
  writeFileSync(join(outDir, `${name}.cjs`), withOwnLength(standaloneCode.default(ajv, validate), name));
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
