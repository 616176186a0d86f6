/** Allowed values read from the brand schema itself, so that the prompts offer exactly what validation accepts. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../io/package-root.js';

let schema: unknown;

function load(): unknown {
  return (schema ??= JSON.parse(readFileSync(packagePath('schemas', 'brand.schema.json'), 'utf8')) as unknown);
}

function at(node: unknown, path: readonly string[]): unknown {
  let cur = node;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, step)) return undefined;
    cur = (cur as Record<string, unknown>)[step];
  }
  return cur;
}

/** The `enum` of the schema node at `path` (following one local `$ref`), or [] when there is none. */
export function schemaEnum(path: readonly string[]): string[] {
  const root = load();
  let node = at(root, path);
  const ref = node !== null && typeof node === 'object' ? (node as { $ref?: unknown }).$ref : undefined;
  if (typeof ref === 'string' && ref.startsWith('#/')) node = at(root, ref.slice(2).split('/'));
  const values = node !== null && typeof node === 'object' ? (node as { enum?: unknown }).enum : undefined;
  return Array.isArray(values) ? values.map(String) : [];
}
