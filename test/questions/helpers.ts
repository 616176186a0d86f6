/** Shared helpers for the questions tests: brand files from YAML, merging snippets, schema validation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse, stringify } from 'yaml';
import { parseSource, type ParsedSource } from '../../src/load/source.js';
import type { BrandFile, Pillar } from '../../src/model/brand.js';
import { loadCatalog, type Catalog, type GapInput } from '../../src/questions/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let catalog: Catalog | undefined;
export function shippedCatalog(): Catalog {
  return (catalog ??= loadCatalog());
}

export const MINIMAL = { smscore: 1, brand: { name: 'Test' } };

/** Deep merge: maps key by key, lists index by index; `extra` wins on scalars. */
export function merge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const out = [...base];
    extra.forEach((v, i) => { out[i] = i < base.length ? merge(base[i], v) : v; });
    return out;
  }
  if (base && extra && typeof base === 'object' && typeof extra === 'object' && !Array.isArray(base) && !Array.isArray(extra)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return extra === undefined ? base : extra;
}

/** Sets a dot path (`listening.alerts`) in a plain object, creating maps on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const steps = path.split('.');
  const copy = structuredClone(obj);
  let cur: Record<string, unknown> = copy;
  steps.slice(0, -1).forEach((s) => { cur = (cur[s] ??= {}) as Record<string, unknown>; });
  cur[steps[steps.length - 1]!] = value;
  return copy;
}

/** A brand input as the audit would build it: the data goes through YAML so that locations are real. */
export function brandInput(data: unknown, extra: { measuredPillars?: Pillar[]; unmeasuredPillars?: Pillar[] } = {}, file = 'brand.yaml'): GapInput {
  const text = stringify(data);
  return fromText(text, extra, file);
}

export function fromText(text: string, extra: { measuredPillars?: Pillar[]; unmeasuredPillars?: Pillar[] } = {}, file = 'brand.yaml'): GapInput & { source: ParsedSource } {
  const source = parseSource(file, text);
  return { brand: source.data as BrandFile, source, ...extra };
}

let brandValidator: ((d: unknown) => boolean) & { errors?: unknown } | undefined;
export function brandErrors(data: unknown): unknown {
  if (!brandValidator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    brandValidator = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'brand.schema.json'), 'utf8')) as object);
  }
  return brandValidator(data) ? null : brandValidator.errors;
}

export const yaml = (text: string): unknown => parse(text);
