/** Every allowed value of the brand schema has a label in English and in French, and choices show them well. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { ENUM_LABELS, enumChoice, enumLabel } from '../../src/model/enum-labels.js';
import { LOCALES } from '../../src/i18n/translate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'brand.schema.json'), 'utf8')) as unknown;

/** Every enum of the schema, by its JSON pointer. */
function enums(node: unknown, pointer = '#'): [string, string[]][] {
  if (node === null || typeof node !== 'object') return [];
  const own: [string, string[]][] = Array.isArray((node as { enum?: unknown }).enum) ? [[pointer, (node as { enum: unknown[] }).enum.map(String)]] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => enums(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

describe('labels of allowed values', () => {
  const all = enums(schema);

  test('the schema has the enums this module knows, and no other', () => {
    expect(all.map(([p]) => p).sort()).toEqual(Object.keys(ENUM_LABELS).sort());
  });

  test.each(all)('%s: every value has a non-empty English and French label, and no label for a value that is gone', (pointer, values) => {
    const labels = ENUM_LABELS[pointer] ?? {};
    const missing = values.flatMap((v) => LOCALES.filter((l) => !labels[v]?.[l]?.trim()).map((l) => `${v} (${l})`));
    expect(missing).toEqual([]);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  test('a value in several lists has the same label in each, so a lookup without the list is safe', () => {
    const seen = new Map<string, string>();
    for (const labels of Object.values(ENUM_LABELS)) {
      for (const [value, byLocale] of Object.entries(labels)) {
        const key = JSON.stringify(byLocale);
        expect([value, seen.get(value) ?? key]).toEqual([value, key]);
        seen.set(value, key);
      }
    }
  });

  test('a choice shows the French label with the id that gets written; the id alone in English, or when the label only restyles it', () => {
    expect(enumChoice('health-beauty', 'fr')).toBe('Santé et beauté (health-beauty)');
    expect(enumChoice('health-beauty', 'en')).toBe('health-beauty');
    expect(enumChoice('instagram', 'fr')).toBe('instagram');
    expect(enumChoice('a-pack-value', 'fr')).toBe('a-pack-value');
    expect(enumLabel('weekly', 'fr', '#/$defs/listening/properties/cadence')).toBe('Hebdomadaire');
  });
});
