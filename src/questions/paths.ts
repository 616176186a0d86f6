/**
 * Resolves the catalog's dot paths (`strategy.threats`, `audience.personas.*.platforms`, `$.channels`) against
 * the brand data. Only own properties are followed, so a path can never reach an object's prototype.
 */
import type { DataPath } from '../model/diagnostic.js';

export interface Match { value: unknown; path: DataPath }

/** Where a path is evaluated: the root of the file, and the current item for questions asked per item. */
export interface Scope { root: unknown; base: DataPath; item: unknown }

export interface SplitPath { readonly fromRoot: boolean; readonly steps: readonly string[] }

/**
 * Paths come from the catalog, a fixed set of strings asked of every item of every file: each is split once.
 * The cache grows with the catalog only (question packs are data, loaded once per run); what it returns is frozen.
 */
const split = new Map<string, SplitPath>();

export function splitPath(path: string): SplitPath {
  let s = split.get(path);
  if (!s) {
    const fromRoot = path === '$' || path.startsWith('$.');
    const rest = path === '$' ? '' : fromRoot ? path.slice(2) : path;
    s = Object.freeze({ fromRoot, steps: Object.freeze(rest === '' ? [] : rest.split('.')) });
    split.set(path, s);
  }
  return s;
}

/** A path's steps as absolutePath writes them (wildcards left out, indices as numbers), per path string. */
const absoluteSteps = new Map<string, readonly (string | number)[]>();

function child(value: unknown, step: string): { ok: boolean; value?: unknown; key?: string | number } {
  if (Array.isArray(value)) {
    if (!/^\d+$/.test(step)) return { ok: false };
    const i = Number(step);
    return i < value.length ? { ok: true, value: value[i], key: i } : { ok: false };
  }
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, step)) {
    return { ok: true, value: (value as Record<string, unknown>)[step], key: step };
  }
  return { ok: false };
}

/** Every value the path reaches, with its absolute path. Without `*`, zero or one match. */
export function resolve(scope: Scope, path: string): Match[] {
  const { fromRoot, steps } = splitPath(path);
  if (!steps.includes('*')) {
    // Without a wildcard, one walk down and one path array at the end, rather than a copy at every step.
    let value: unknown = fromRoot ? scope.root : scope.item;
    const keys: (string | number)[] = [];
    for (const step of steps) {
      const c = child(value, step);
      if (!c.ok || c.key === undefined) return [];
      value = c.value;
      keys.push(c.key);
    }
    return value === undefined || value === null ? [] : [{ value, path: [...(fromRoot ? [] : scope.base), ...keys] }];
  }
  let current: Match[] = [{ value: fromRoot ? scope.root : scope.item, path: fromRoot ? [] : scope.base }];
  for (const step of steps) {
    const next: Match[] = [];
    for (const m of current) {
      if (step === '*') {
        if (Array.isArray(m.value)) m.value.forEach((v, i) => next.push({ value: v, path: [...m.path, i] }));
        else if (m.value !== null && typeof m.value === 'object') {
          for (const k of Object.keys(m.value)) next.push({ value: (m.value as Record<string, unknown>)[k], path: [...m.path, k] });
        }
      } else {
        const c = child(m.value, step);
        if (c.ok && c.key !== undefined) next.push({ value: c.value, path: [...m.path, c.key] });
      }
    }
    current = next;
  }
  return current.filter((m) => m.value !== undefined && m.value !== null);
}

/** The absolute path a (wildcard-free) path string points to, whether or not it exists. */
export function absolutePath(scope: Scope, path: string): DataPath {
  const { fromRoot, steps } = splitPath(path);
  let tail = absoluteSteps.get(path);
  if (!tail) {
    tail = Object.freeze(steps.filter((s) => s !== '*').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
    absoluteSteps.set(path, tail);
  }
  return [...(fromRoot ? [] : scope.base), ...tail];
}

/** The elements of the matched values: list items, map values, or the value itself for scalars. */
export function elements(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    if (Array.isArray(m.value)) m.value.forEach((v, i) => out.push({ value: v, path: [...m.path, i] }));
    else if (m.value !== null && typeof m.value === 'object') {
      for (const k of Object.keys(m.value)) out.push({ value: (m.value as Record<string, unknown>)[k], path: [...m.path, k] });
    } else out.push(m);
  }
  return out;
}

/** The id by which an item is shown: its `id`, else its `name`, else nothing. */
export function itemIdOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  for (const k of ['id', 'name', 'signal', 'stage', 'type']) {
    const v = Object.hasOwn(item, k) ? (item as Record<string, unknown>)[k] : undefined;
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

export function isNonEmptyText(v: unknown, minLength = 1): boolean {
  return typeof v === 'string' && v.trim().length >= minLength;
}
