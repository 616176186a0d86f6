/**
 * The generic CSV format: any export, with a small mapping file that names the column of each figure.
 *
 *   columns: { date: Date, reach: Reach, impressions: Impressions, reactions: Likes }
 *   dateFormat: DD/MM/YYYY      # iso (default), DD/MM/YYYY or MM/DD/YYYY
 *   delimiter: ";"              # optional; detected from the header otherwise
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { parseSource } from '../load/source.js';
import { suggest } from '../util/suggest.js';
import { POST_FIELDS, type DateFormat, type ImportFormat, type PostField } from './formats.js';
import { genericFormat } from './formats/legacy.js';
import type { ExportFormat } from './model.js';

export interface Mapping {
  format: ImportFormat;
  delimiter?: ',' | ';' | '\t';
}

const DATE_FORMATS: DateFormat[] = ['iso', 'DD/MM/YYYY', 'MM/DD/YYYY'];

export function parseMapping(file: string, text: string): { mapping?: Mapping; diagnostics: Diagnostic[] } {
  const source = parseSource(file, text);
  const diagnostics = [...source.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error') || source.data === undefined) return { diagnostics };
  const err = (path: (string | number)[], code: string, args: Record<string, string | number>) =>
    diagnostics.push({ severity: 'error', code, args, location: source.locate(path, 'key'), pointer: '/' + path.join('/') });
  const data = source.data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    err([], 'mapping.shape', {});
    return { diagnostics };
  }
  for (const key of Object.keys(data)) {
    if (!['columns', 'dateFormat', 'delimiter'].includes(key)) err([key], 'schema.unknown-key', withSuggestion({ key, allowed: 'columns, dateFormat, delimiter' }, key, ['columns', 'dateFormat', 'delimiter']));
  }
  const columns = data.columns as Record<string, unknown> | undefined;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns) || Object.keys(columns).length === 0) {
    err(['columns'], 'mapping.columns', { fields: POST_FIELDS.join(', ') });
  } else {
    for (const [field, column] of Object.entries(columns)) {
      if (!(POST_FIELDS as readonly string[]).includes(field)) {
        err(['columns', field], 'schema.unknown-key', withSuggestion({ key: field, allowed: POST_FIELDS.join(', ') }, field, POST_FIELDS));
      } else if (typeof column !== 'string' || column.trim() === '') {
        err(['columns', field], 'mapping.column-name', { field });
      }
    }
  }
  if (data.dateFormat !== undefined && !DATE_FORMATS.includes(data.dateFormat as DateFormat)) {
    err(['dateFormat'], 'schema.enum', { value: String(data.dateFormat), allowed: DATE_FORMATS.join(', ') });
  }
  if (data.delimiter !== undefined && ![',', ';', '\t'].includes(String(data.delimiter))) {
    err(['delimiter'], 'schema.enum', { value: String(data.delimiter), allowed: '",", ";", "\\t"' });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const format: ImportFormat = {
    id: 'generic',
    name: `CSV mapped by ${file}`,
    columns: Object.fromEntries(Object.entries(columns!).map(([f, c]) => [f as PostField, [String(c)]])),
    ...(data.dateFormat ? { dateFormat: data.dateFormat as DateFormat } : {}),
  };
  return { mapping: { format, ...(data.delimiter ? { delimiter: data.delimiter as Mapping['delimiter'] } : {}) }, diagnostics };
}

/** A parsed mapping as the platform-export pipeline's generic format (./formats/legacy.ts). */
export function mappingFormat(mapping: Mapping): ExportFormat {
  const columns = Object.fromEntries(Object.entries(mapping.format.columns).map(([field, names]) => [field, names![0]!]));
  return genericFormat(columns, mapping.format.dateFormat);
}

function withSuggestion(args: Record<string, string>, value: string, known: readonly string[]): Record<string, string> {
  const s = suggest(value, known);
  return s ? { ...args, suggestion: s } : args;
}
