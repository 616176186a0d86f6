/**
 * Issue 22 (docs a marketer can use): docs/BRAND-FILE.md is generated from schemas/brand.schema.json, lists every
 * key with the allowed values, and the committed file is exactly what the generator writes (`npm run docs`).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRAND_FILE_DOC, brandFileReference, renderBrandFileReference } from '../../src/validate/gen-docs.js';
import { ROOT } from '../support/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'brand.schema.json'), 'utf8')) as Record<string, any>;
const generated = brandFileReference(ROOT);

/** Every key path of the schema, in the reference's notation (`channels[].metrics.reach`). */
function keyPaths(node: Record<string, any>, path: string, out: string[]): string[] {
  const deref = (n: Record<string, any>): Record<string, any> => (n.$ref ? deref(schema.$defs[n.$ref.split('/').pop()]) : n);
  const d = deref(node);
  if (path) out.push(path);
  if (d.properties) for (const [k, v] of Object.entries(d.properties)) keyPaths(v as Record<string, any>, path ? `${path}.${k}` : k, out);
  if (d.type === 'array' && d.items && deref(d.items).properties) {
    for (const [k, v] of Object.entries(deref(d.items).properties)) keyPaths(v as Record<string, any>, `${path}[].${k}`, out);
  }
  if (!d.properties && d.additionalProperties && typeof d.additionalProperties === 'object' && deref(d.additionalProperties).properties) {
    for (const [k, v] of Object.entries(deref(d.additionalProperties).properties)) keyPaths(v as Record<string, any>, `${path}.<key>.${k}`, out);
  }
  return out;
}

describe('docs/BRAND-FILE.md, the brand file reference', () => {
  test('the committed file is exactly what the generator writes (run `npm run docs` after changing the schema)', () => {
    let committed = '';
    try { committed = readFileSync(join(ROOT, BRAND_FILE_DOC), 'utf8'); } catch { /* a missing file is stale too */ }
    expect(committed).toBe(generated);
  });

  test('every key of the schema has its row, by its exact key', () => {
    const paths = keyPaths(schema, '', []);
    expect(paths.length).toBeGreaterThan(200);
    for (const p of paths) expect(generated).toContain(`| \`${p}\``);
    expect(generated).toContain('| `channels[].postsPerWeek` | number | 0 to 1000 | Planned posting frequency. |');
  });

  test('every allowed value of every list is written out: sectors, platforms, domains, KPIs…', () => {
    const enums: string[][] = [];
    const collect = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(collect);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (Array.isArray(o.enum)) enums.push(o.enum.map(String));
        Object.values(o).forEach(collect);
      }
    };
    // Every definition a brand file can reach (`pillar` is defined but no key uses it).
    const text = JSON.stringify(schema);
    collect(schema.properties);
    for (const [name, def] of Object.entries(schema.$defs)) if (text.includes(`"#/$defs/${name}"`)) collect(def);
    expect(enums.length).toBeGreaterThanOrEqual(10);
    for (const values of enums) for (const v of values) expect(generated).toContain(`\`${v}\``);
    // The long lists say what each value means, in English and in French.
    expect(generated).toMatch(/### Sectors\n\n\| Value \| Meaning \| En français \|\n\|---\|---\|---\|\n\| `alcohol` \| Alcohol \| Alcools \|\n/);
    expect(generated).toContain('| `health-beauty` | Health and beauty | Santé et beauté |');
    expect(generated).toContain('| `objectives[].domain` | text (from a list) | `branding`, `selling`, `customer-relationship`, `community` |');
  });

  test('a key added to the schema makes the committed file stale', () => {
    const changed = structuredClone(schema);
    changed.$defs.channel.properties.tone = { description: 'The tone of voice.', type: 'string' };
    const examples = ['maison-lumiere.yaml', 'boulangerie-martin.yaml'].map(() => ({}));
    const text = renderBrandFileReference(changed, examples);
    expect(text).toContain('| `channels[].tone` | text |  | The tone of voice. |');
    expect(text).not.toBe(renderBrandFileReference(schema, examples));
  });

  test('examples come from the shipped example files, limits from the schema', () => {
    expect(generated).toContain('| `brand.name` (required) | text | 1 to 10,000 characters | The brand\'s name. | `Maison Lumière` |');
    expect(generated).toContain('| `channels[].metrics.reviews.averageRating` | number | 1 to 5 |');
  });
});
