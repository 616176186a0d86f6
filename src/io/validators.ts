/**
 * The JSON Schema validators precompiled at build time (scripts/build-validators.mjs), each loaded on first use.
 *
 * They are CommonJS and large (the brand validator is about 260 KB). Importing a CommonJS module from ESM makes
 * Node scan its whole text for named exports (cjs-module-lexer) before running it; `require()` does not. On this
 * project's machines that scan cost about 20 ms for the brand validator alone, so they are required, and only
 * when needed: a run without a configuration file never loads the configuration validator, a run without the
 * user's own question packs never loads the pack validator. See docs/PERFORMANCE.md.
 */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

export type StandaloneValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const require = createRequire(import.meta.url);

// Each `require` names its file literally so that the build's bundle (scripts/build-bundle.mjs) can take the
// validators in, and with them into the code cache.
function lazy(load: () => unknown): () => StandaloneValidator {
  let validator: StandaloneValidator | undefined;
  return () => (validator ??= load() as StandaloneValidator);
}

/** schemas/brand.schema.json */
export const brandValidator = lazy(() => require('../generated/brand-validator.cjs'));
/** schemas/config.schema.json */
export const configValidator = lazy(() => require('../generated/config-validator.cjs'));
/** schemas/question.schema.json */
export const questionValidator = lazy(() => require('../generated/question-validator.cjs'));
