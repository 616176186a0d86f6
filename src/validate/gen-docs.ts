/**
 * Writes docs/BRAND-FILE.md, the brand file's reference, from schemas/brand.schema.json: every key with its path,
 * type, allowed values, limits, description and an example. A marketer writing a file by hand needs the allowed
 * sectors and platforms and the exact key names, which until now only the schema gave. `npm run docs` rewrites it;
 * a test fails when the committed file is stale. The schema's descriptions are in English only, so is this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromPointer } from '../model/diagnostic.js';
import { enumLabel } from '../model/enum-labels.js';

type Schema = Record<string, unknown>;

export const BRAND_FILE_DOC = 'docs/BRAND-FILE.md';
/** Shipped examples whose values serve as the reference's examples, first found first. */
export const EXAMPLE_FILES = ['examples/maison-lumiere.yaml', 'examples/boulangerie-martin.yaml'];

/** Lists longer than this get their own section, linked from the table, instead of filling a cell. */
const LONG_LIST = 8;
/** Headings for the long lists, by the schema name they come from. */
const LIST_TITLES: Record<string, string> = { sector: 'Sectors', platform: 'Platforms', kpiId: 'KPIs', stage: 'Journey stages' };

interface Row { path: string; type: string; rules: string; description: string; example: string }
interface Section { key: string; description: string; rows: Row[] }

export function renderBrandFileReference(root: Schema, examples: readonly unknown[]): string {
  const deref = (node: Schema): Schema => {
    let cur = node;
    for (let i = 0; i < 20 && typeof cur.$ref === 'string'; i++) {
      let target: unknown = root;
      for (const seg of fromPointer(cur.$ref.slice(1))) target = (target as Schema)[seg];
      // The referring node's own description and examples win over the definition's.
      const { $ref: _ref, ...own } = cur;
      cur = { ...(target as Schema), ...own };
    }
    return cur;
  };
  const lists = new Map<string, { name: string; values: string[] }>();
  const listLink = (name: string, values: string[]): string => {
    const key = values.join('|');
    if (!lists.has(key)) lists.set(key, { name, values });
    const title = lists.get(key)!.name;
    return `one of the ${values.length} [${title.toLowerCase()}](#${anchor(title)})`;
  };

  const sections: Section[] = [];
  const top = root.properties as Record<string, Schema>;
  const required = new Set((root.required as string[] | undefined) ?? []);
  for (const [key, raw] of Object.entries(top)) {
    const rows: Row[] = [];
    const walk = (node0: Schema, path: string, dataPath: (string | null)[], isRequired: boolean, name: string): void => {
      const node = deref(node0);
      const refName = typeof node0.$ref === 'string' ? node0.$ref.split('/').pop()! : name;
      rows.push({
        path: `\`${path}\`${isRequired ? ' (required)' : ''}`,
        type: typeOf(node, deref),
        rules: rulesOf(node, deref, refName, listLink),
        description: cell(String(node.description ?? '')),
        example: exampleOf(node, dataPath, examples, node.type === 'array' && !!deref((node.items as Schema | undefined) ?? {}).properties),
      });
      const req = new Set((node.required as string[] | undefined) ?? []);
      const props = node.properties as Record<string, Schema> | undefined;
      if (props) for (const [k, child] of Object.entries(props)) walk(child, `${path}.${k}`, [...dataPath, k], req.has(k), k);
      if (node.type === 'array' && node.items && deref(node.items as Schema).properties) {
        const item = deref(node.items as Schema);
        const ireq = new Set((item.required as string[] | undefined) ?? []);
        for (const [k, child] of Object.entries(item.properties as Record<string, Schema>)) walk(child, `${path}[].${k}`, [...dataPath, null, k], ireq.has(k), k);
      }
      if (node.additionalProperties && typeof node.additionalProperties === 'object' && !props) {
        const value = deref(node.additionalProperties as Schema);
        if (value.properties) {
          for (const [k, child] of Object.entries(value.properties as Record<string, Schema>)) walk(child, `${path}.<key>.${k}`, [...dataPath, null, k], false, k);
        }
      }
    };
    walk(raw, key, [key], required.has(key), key);
    const first = rows.shift()!;
    sections.push({ key, description: first.description || '', rows: [first, ...rows] });
  }

  const out: string[] = [
    '# The brand file, key by key',
    '',
    '<!-- Generated from schemas/brand.schema.json by `npm run docs` (src/validate/gen-docs.ts). Do not edit by hand: a test fails when this file and the schema disagree. -->',
    '',
    String(root.description ?? ''),
    '',
    'A brand file is YAML. Keys are written exactly as below (case counts: `postsPerWeek`, not `posts per week`). ',
    'A path such as `channels[].metrics.reach` means: under `channels`, in each item of the list, under `metrics`, the key `reach`; ',
    '`<key>` stands for a key you choose (a channel id, a question id…). Examples come from the shipped example files ',
    '([examples/maison-lumiere.yaml](../examples/maison-lumiere.yaml) and [examples/boulangerie-martin.yaml](../examples/boulangerie-martin.yaml)) ',
    'or from the schema. `smscore validate FILE` checks a file against these rules and says, for each mistake, where it is ',
    'and what was expected (with « did you mean …? » for misspelt keys and values). The schema itself is ',
    '[schemas/brand.schema.json](../schemas/brand.schema.json); editors with the YAML language server use it to complete keys as you type.',
    '',
    'This reference is in English only: the schema it is generated from describes keys in English.',
    '',
    '## Sections',
    '',
    ...sections.map((s) => `- [\`${s.key}\`](#${anchor(s.key)})${required.has(s.key) ? ' (required)' : ''}: ${firstSentence(s.description)}`),
    '',
  ];
  for (const s of sections) {
    out.push(`## ${s.key}`, '');
    if (s.description) out.push(s.description.replace(/\\\|/g, '|'), '');
    out.push('| Key | Type | Allowed values and limits | Description | Example |', '|---|---|---|---|---|');
    for (const r of s.rows) out.push(`| ${r.path} | ${r.type} | ${r.rules} | ${r.description} | ${r.example} |`);
    out.push('');
  }
  out.push('## Lists of allowed values', '');
  for (const { name, values } of lists.values()) {
    // The value is what the file holds; the labels say what it means, in English and in French.
    out.push(`### ${name}`, '', '| Value | Meaning | En français |', '|---|---|---|');
    for (const v of values) out.push(`| \`${v}\` | ${cell(enumLabel(v, 'en') ?? '')} | ${cell(enumLabel(v, 'fr') ?? '')} |`);
    out.push('');
  }
  return out.join('\n').replace(/ +\n/g, '\n').replace(/\n{3,}/g, '\n\n');
}

function typeOf(node: Schema, deref: (n: Schema) => Schema): string {
  if (node.const !== undefined) return 'number';
  if (node.enum) return 'text (from a list)';
  if (node.oneOf) return (node.oneOf as Schema[]).map((n) => typeOf(deref(n), deref)).join(' or ');
  switch (node.type) {
    case 'integer': return 'whole number';
    case 'number': return 'number';
    case 'boolean': return 'yes/no';
    case 'object': return 'section';
    case 'array': {
      const item = deref((node.items as Schema | undefined) ?? {});
      return item.properties ? 'list of sections' : `list of ${plural(typeOf(item, deref))}`;
    }
    case 'string': return node.format === 'date' ? 'date' : node.format === 'uri' ? 'web address' : 'text';
    default: return '';
  }
}

const plural = (t: string): string => t === 'text (from a list)' ? 'texts (from a list)' : t === 'whole number' ? 'whole numbers' : `${t}s`;

function rulesOf(node: Schema, deref: (n: Schema) => Schema, name: string, listLink: (name: string, values: string[]) => string): string {
  const parts: string[] = [];
  if (node.const !== undefined) parts.push(`always \`${String(node.const)}\``);
  const enumOf = (n: Schema, listName: string = name): string | undefined => {
    if (!n.enum) return undefined;
    const values = (n.enum as unknown[]).map(String);
    return values.length > LONG_LIST ? listLink(LIST_TITLES[listName] ?? listName, values) : values.map((v) => `\`${v}\``).join(', ');
  };
  const own = enumOf(node);
  if (own) parts.push(own);
  if (node.type === 'array' && node.items) {
    const item = deref(node.items as Schema);
    const itemRef = (node.items as Schema).$ref;
    const items = item.enum ? enumOf({ ...item }, typeof itemRef === 'string' ? itemRef.split('/').pop()! : name) : undefined;
    if (items) parts.push(items.startsWith('one of') ? `each ${items}` : `each one of ${items}`);
    if (item.maxLength !== undefined && !item.properties && !item.pattern) parts.push(`each at most ${fmt(item.maxLength)} characters`);
    if (item.pattern) parts.push(`each ${patternWords(String(item.pattern))}`);
  }
  if (node.pattern) parts.push(patternWords(String(node.pattern)));
  if (node.format === 'date') parts.push('YYYY-MM-DD');
  if (node.minimum !== undefined && node.maximum !== undefined) parts.push(`${fmt(node.minimum)} to ${fmt(node.maximum)}`);
  else if (node.exclusiveMinimum !== undefined && node.maximum !== undefined) parts.push(`more than ${fmt(node.exclusiveMinimum)}, at most ${fmt(node.maximum)}`);
  else if (node.minimum !== undefined) parts.push(`at least ${fmt(node.minimum)}`);
  if (node.minLength !== undefined && node.maxLength !== undefined && !node.pattern) parts.push(`${fmt(node.minLength)} to ${fmt(node.maxLength)} characters`);
  else if (node.maxLength !== undefined) parts.push(`at most ${fmt(node.maxLength)} characters`);
  if (node.maxItems !== undefined) parts.push(`at most ${fmt(node.maxItems)} items`);
  if (node.propertyNames) parts.push('keys are ids');
  return parts.join('; ');
}

function patternWords(pattern: string): string {
  const words: Record<string, string> = {
    '^[a-z0-9][a-z0-9-]*$': 'an id: lower-case letters, digits and dashes',
    '^[A-Z]{2}$': 'two capital letters (ISO 3166-1 country code)',
    '^[A-Z]{3}$': 'three capital letters (ISO 4217 currency code)',
    '^[a-z]{2}(-[A-Z]{2})?$': 'a language code such as `fr` or `fr-CA`',
  };
  return words[pattern] ?? `matches \`${pattern}\``;
}

/** A value from the shipped examples at this path (any item of a list), else the schema's own example. */
function exampleOf(node: Schema, dataPath: readonly (string | null)[], examples: readonly unknown[], listOfSections: boolean): string {
  // A section's or a list of sections' example is its keys' examples, in the rows below it.
  if (node.type === 'object' || node.properties || listOfSections) return '';
  const isList = node.type === 'array';
  for (const doc of examples) {
    const found = valueAt(doc, dataPath);
    if (found !== undefined && (isList ? Array.isArray(found) : typeof found !== 'object' || found === null)) return cell(show(found));
  }
  const fromSchema = (node.examples as unknown[] | undefined)?.[0] ?? (node.const !== undefined ? node.const : undefined);
  if (fromSchema !== undefined && typeof fromSchema !== 'object') return cell(show(fromSchema));
  if (Array.isArray(fromSchema)) return cell(show(fromSchema));
  if (node.enum) return cell(show((node.enum as unknown[])[0]));
  return '';
}

function valueAt(data: unknown, path: readonly (string | null)[]): unknown {
  if (path.length === 0) return data;
  if (data === null || typeof data !== 'object') return undefined;
  const [head, ...rest] = path;
  // null stands for "any item of a list, or any key of a map".
  const children = head === null ? Object.values(data as Record<string, unknown>) : [(data as Record<string, unknown>)[head!]];
  for (const child of children) {
    const v = valueAt(child, rest);
    if (v !== undefined) return v;
  }
  return undefined;
}

function show(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.slice(0, 3).map((v) => clip(typeof v === 'string' ? v : JSON.stringify(v), 30));
    return `\`[${items.join(', ')}${value.length > 3 ? ', …' : ''}]\``;
  }
  return `\`${clip(String(value), 60)}\``;
}

function clip(value: string, max: number): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

// Thousands separated from 10,000 on, so that years read as years.
const fmt = (n: unknown): string => (typeof n === 'number' && Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n));
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const firstSentence = (text: string): string => {
  const m = /^(.*?[.!?])(\s|$)/.exec(text);
  return (m ? m[1]! : text).replace(/\\\|/g, '|');
};
const anchor = (title: string): string => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/** Reads the schema and the example files under `root` and returns the reference as written. */
export function brandFileReference(root: string): string {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'brand.schema.json'), 'utf8')) as Schema;
  const examples = EXAMPLE_FILES.map((f) => parse(readFileSync(join(root, f), 'utf8')) as unknown);
  return renderBrandFileReference(schema, examples);
}

/** Regenerates docs/BRAND-FILE.md under `root` (the project folder) and returns the path written. */
export function writeBrandFileDocs(root: string): string[] {
  const file = join(root, BRAND_FILE_DOC);
  writeFileSync(file, brandFileReference(root));
  return [file];
}
