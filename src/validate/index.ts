/** load → parse → schema → semantic checks: everything that decides whether a brand file can be audited. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../io/package-root.js';
import { readText } from '../io/read-text.js';
import { brandValidator } from '../io/validators.js';
import { parseSource, type ParsedSource } from '../load/source.js';
import type { BrandFile } from '../model/brand.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { capDiagnostics, schemaDiagnostics } from './schema-errors.js';
import { semanticDiagnostics } from './semantic.js';

export interface ValidationResult {
  file: string;
  /** Present when the file could be read and parsed, even if invalid: gaps and excerpts need positions. */
  source?: ParsedSource;
  /** Present only when there is no error: the data is then a BrandFile. */
  brand?: BrandFile;
  diagnostics: Diagnostic[];
  valid: boolean;
}

let brandSchema: Record<string, unknown> | undefined;
/** Read only when there are errors to word: the validator itself is precompiled. */
function schemaJson(): Record<string, unknown> {
  return (brandSchema ??= JSON.parse(readFileSync(packagePath('schemas', 'brand.schema.json'), 'utf8')) as Record<string, unknown>);
}

export function validateText(file: string, text: string): ValidationResult {
  const source = parseSource(file, text);
  const diagnostics = [...source.diagnostics];
  if (source.data !== undefined && !diagnostics.some((d) => d.severity === 'error' && d.code !== 'yaml.duplicate-key')) {
    const validateBrandSchema = brandValidator();
    const schemaValid = validateBrandSchema(source.data);
    if (!schemaValid) diagnostics.push(...schemaDiagnostics(validateBrandSchema.errors ?? [], source, schemaJson()));
    try {
      diagnostics.push(...semanticDiagnostics(source.data as BrandFile, source));
    } catch (err) {
      // On schema-invalid data the semantic checks run on a best-effort basis, so that dates and references
      // are reported in the same pass; data too malformed for them is already covered by schema errors.
      if (schemaValid) throw err;
    }
  }
  sortDiagnostics(diagnostics);
  const valid = !diagnostics.some((d) => d.severity === 'error');
  return { file, source, diagnostics: capDiagnostics(diagnostics), valid, ...(valid ? { brand: source.data as BrandFile } : {}) };
}

export function validateFile(file: string): ValidationResult {
  const read = readText(file);
  if (!read.ok) return { file, diagnostics: [read.diagnostic], valid: false };
  return validateText(file, read.text);
}

export function sortDiagnostics(list: Diagnostic[]): void {
  list.sort((a, b) => a.location.line - b.location.line || a.location.col - b.location.col || a.code.localeCompare(b.code));
}
