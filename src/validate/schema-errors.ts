/**
 * Turns ajv's raw errors into located diagnostics with plain-words message ids. ajv's own text is never shown:
 * it speaks of "instancePath" and "additionalProperties", not of the user's file.
 */
import type { ErrorObject } from 'ajv';
import type { DataPath, Diagnostic } from '../model/diagnostic.js';
import { fromPointer, severityCounts } from '../model/diagnostic.js';
import type { ParsedSource } from '../load/source.js';
import { suggest, suggestValue } from '../util/suggest.js';
import { ENUM_SYNONYMS } from './enum-synonyms.js';

type JsonSchema = Record<string, unknown>;

/** Words for the schema's patterns, so a failed regex reads as what was expected. */
const PATTERN_NAMES: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'id',
  '^[A-Z]{2}$': 'country',
  '^[A-Z]{3}$': 'currency',
  '^[a-z]{2}(-[A-Z]{2})?$': 'language',
};

/**
 * Diagnostics listed per file at most. A file with 20,000 misspelt keys is one mistake repeated: listing them all
 * took minutes and buried the first ones. The rest are counted in one last diagnostic ('validate.more').
 */
export const MAX_DIAGNOSTICS = 100;

export function schemaDiagnostics(errors: readonly ErrorObject[], source: ParsedSource, schema: JsonSchema): Diagnostic[] {
  const kept = dropNoise(errors);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // Past the limit, errors are only counted (once each, by what ajv says of them): locating and wording each one
  // is what costs.
  const over = new Set<string>();
  let firstOver: ErrorObject | undefined;
  for (const e of kept) {
    if (out.length >= MAX_DIAGNOSTICS) {
      firstOver ??= e;
      over.add(`${e.keyword}|${e.instancePath}|${JSON.stringify(e.params)}`);
      continue;
    }
    const d = toDiagnostic(e, source, schema);
    const key = `${d.code}|${d.pointer}|${JSON.stringify(d.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  if (firstOver) out.push(moreDiagnostic({ errors: over.size, warnings: 0 }, source.locate(fromPointer(firstOver.instancePath))));
  return out;
}

/** The diagnostics not listed, counted by kind; an error when any of them is, so the exit code is the whole list's. */
function moreDiagnostic(omitted: { errors: number; warnings: number }, location: Diagnostic['location']): Diagnostic {
  const { errors, warnings } = omitted;
  return {
    severity: errors > 0 ? 'error' : 'warning', code: 'validate.more',
    args: { count: errors + warnings, errors, warnings, max: MAX_DIAGNOSTICS }, location, pointer: '',
  };
}

/**
 * A file's sorted diagnostics, at most MAX_DIAGNOSTICS of them, then one that says how many more there are
 * (an error when any of those is, so the exit code is what the whole list gives).
 */
export function capDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const mores = list.filter((d) => d.code === 'validate.more');
  const rest = mores.length > 0 ? list.filter((d) => d.code !== 'validate.more') : list;
  if (rest.length <= MAX_DIAGNOSTICS && mores.length === 0) return [...list];
  const shown = rest.slice(0, MAX_DIAGNOSTICS);
  const dropped = rest.slice(MAX_DIAGNOSTICS);
  const location = (dropped[0] ?? mores[0]!).location;
  return [...shown, moreDiagnostic(severityCounts([...dropped, ...mores]), location)];
}

/** With allErrors, a failed oneOf also reports each branch's failure, and propertyNames reports twice. */
function dropNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  // By data path, so that thousands of failed oneOf do not make this quadratic.
  const oneOfAt = new Map<string, string[]>();
  for (const e of errors) if (e.keyword === 'oneOf') oneOfAt.set(e.instancePath, [...(oneOfAt.get(e.instancePath) ?? []), e.schemaPath]);
  return errors.filter((e) => {
    if (e.keyword !== 'oneOf' && oneOfAt.get(e.instancePath)?.some((schemaPath) => e.schemaPath.startsWith(schemaPath + '/'))) return false;
    if (e.keyword !== 'propertyNames' && e.propertyName !== undefined) return false;
    return true;
  });
}

function toDiagnostic(e: ErrorObject, source: ParsedSource, schema: JsonSchema): Diagnostic {
  const path: DataPath = fromPointer(e.instancePath);
  const value = valueAt(source.data, path);
  const base = (code: string, args: Record<string, string | number>, at: DataPath = path, target: 'key' | 'value' = 'value'): Diagnostic => ({
    severity: 'error', code, args, location: source.locate(at, target), pointer: e.instancePath,
  });
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      return base('schema.required', { key, parent: describePath(path) });
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      // Standalone validators give schema paths relative to the referenced definition, so find the
      // subschema by walking the instance path instead.
      const allowed = Object.keys((schemaAt(schema, path)?.properties as JsonSchema | undefined) ?? {});
      const s = suggest(key, allowed);
      const d = base('schema.unknown-key', { key, allowed: allowed.join(', '), ...(s ? { suggestion: s } : {}) }, [...path, key], 'key');
      d.pointer = `${e.instancePath}/${key}`;
      return d;
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      const d = base('schema.property-name', { key }, [...path, key], 'key');
      d.pointer = `${e.instancePath}/${key}`;
      return d;
    }
    case 'type': {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return base(Number.isNaN(value) ? 'schema.not-a-number' : 'schema.infinite', { value: preview(value) });
      }
      const expected = Array.isArray(p.type) ? p.type.join('|') : String(p.type);
      return base('schema.type', { expected, actual: typeName(value), value: preview(value) });
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const s = typeof value === 'string' ? suggestValue(value, allowed, ENUM_SYNONYMS) : undefined;
      return base('schema.enum', { value: preview(value), allowed: allowed.join(', '), ...(s ? { suggestion: s } : {}) });
    }
    case 'const':
      // Quoted when it is text, so "1" (a text) and 1 (a number) do not read alike.
      return base('schema.const', { value: typeof value === 'string' ? JSON.stringify(value) : preview(value), expected: JSON.stringify(p.allowedValue) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return base(Number.isNaN(value) ? 'schema.not-a-number' : 'schema.infinite', { value: preview(value) });
      }
      return base(`schema.${e.keyword}`, { value: preview(value), limit: Number(p.limit) });
    case 'minLength':
      if (Number(p.limit) > 1 && typeof value === 'string' && value.trim() !== '') {
        return base('schema.min-length', { limit: Number(p.limit), length: value.length });
      }
      return base('schema.empty-text', {});
    case 'maxLength':
      return base('schema.max-length', { limit: Number(p.limit), length: typeof value === 'string' ? value.length : 0 });
    case 'maxItems':
      return base('schema.max-items', { limit: Number(p.limit) });
    case 'minItems':
      return base('schema.min-items', { limit: Number(p.limit) });
    case 'pattern':
      return base('schema.pattern', { value: preview(value), what: PATTERN_NAMES[String(p.pattern)] ?? 'pattern' });
    case 'format':
      return base('schema.format', { value: preview(value), format: String(p.format) });
    case 'oneOf':
      return base('schema.one-of', { value: preview(value), actual: typeName(value) });
    default:
      return base('schema.other', { keyword: e.keyword });
  }
}

function valueAt(data: unknown, path: DataPath): unknown {
  let cur: unknown = data;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[String(step)];
  }
  return cur;
}

/** The subschema that applies at a data path, following $ref, properties, additionalProperties and items. */
export function schemaAt(root: JsonSchema, path: DataPath): JsonSchema | undefined {
  const deref = (node: JsonSchema | undefined): JsonSchema | undefined => {
    let cur = node;
    for (let i = 0; i < 20 && cur && typeof cur.$ref === 'string' && cur.$ref.startsWith('#/'); i++) {
      let target: unknown = root;
      for (const seg of fromPointer(cur.$ref.slice(1))) target = (target as Record<string, unknown> | undefined)?.[seg];
      cur = target as JsonSchema | undefined;
    }
    return cur;
  };
  let node = deref(root);
  for (const step of path) {
    if (!node) return undefined;
    const props = node.properties as Record<string, JsonSchema> | undefined;
    if (props && typeof step === 'string' && step in props) node = deref(props[step]);
    else if (node.items && typeof node.items === 'object') node = deref(node.items as JsonSchema);
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') node = deref(node.additionalProperties as JsonSchema);
    else return undefined;
  }
  return node;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function preview(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  }
  const text = typeof value === 'string' ? value.slice(0, 41) : shortJson(value, 41);
  return text.length > 40 ? text.slice(0, 37) + '…' : text;
}

/**
 * The start of a value's JSON, at least `max` characters of it when it is longer: a whole channel list is not
 * written out to show its first 40 characters. Data from the loader has no cycles (aliases are checked there).
 */
function shortJson(value: unknown, max: number): string {
  let out = '';
  const add = (v: unknown): void => {
    if (out.length > max) return;
    if (v === null || typeof v !== 'object') { out += JSON.stringify(v) ?? String(v); return; }
    const list = Array.isArray(v);
    out += list ? '[' : '{';
    let first = true;
    for (const [k, child] of Object.entries(v)) {
      if (out.length > max) return;
      if (!first) out += ',';
      first = false;
      if (!list) out += JSON.stringify(k) + ':';
      add(child);
    }
    out += list ? ']' : '}';
  };
  add(value);
  return out;
}

function describePath(path: DataPath): string {
  return path.length === 0 ? '(top level)' : path.join('.');
}
