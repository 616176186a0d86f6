/** The Diagnostics of reading an export, and the error that carries one out of a table's row stream. */
import type { Diagnostic } from '../../model/diagnostic.js';

export function problem(file: string, code: string, args: Record<string, string | number> = {}, line = 1, col = 1): Diagnostic {
  return { severity: 'error', code, args, location: { file, line, col }, pointer: '' };
}

/**
 * Thrown by `ExportTable.rows()` when a table turns out unreadable after its first rows were read (invalid UTF-8, an
 * unclosed quote, a row longer than the limit, a ZIP entry that holds more than it declared): the reader stops
 * there, and the caller shows `diagnostic` instead of a partial figure.
 */
export class ExportReadError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.location.file}:${diagnostic.location.line}: ${diagnostic.code}`);
    this.name = 'ExportReadError';
  }
}

export function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) { line++; start = i + 1; }
  return { line, col: offset - start + 1 };
}

export const MB = 1024 * 1024;

export function mb(bytes: number): string {
  return (bytes / MB).toFixed(1);
}
