/**
 * Problems found while loading or validating a file. Core code never builds sentences: a diagnostic carries a
 * message id and its arguments, and the renderer words it in the user's language (see src/i18n).
 */

/** A path into the data, as keys and array indexes: ['channels', 2, 'metrics', 'reach']. */
export type DataPath = readonly (string | number)[];

/** 1-based line and column, as editors show them. */
export interface Position { line: number; col: number }

export interface SourceLocation extends Position {
  file: string;
  /** The end of the node pointed at (exclusive), when known. */
  end?: Position;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable message id, e.g. `schema.unknown-key`; also the key of its text in the message catalogs. */
  code: string;
  /** Values the message text refers to. */
  args: Record<string, string | number>;
  location: SourceLocation;
  /** JSON Pointer of the value concerned ('' for the whole document). */
  pointer: string;
}

/**
 * How many errors and warnings a list of diagnostics stands for. A file's list is capped: its last diagnostic,
 * 'validate.more', stands for the ones not listed, and carries how many of each kind they are.
 */
export function severityCounts(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.code === 'validate.more' && typeof d.args.errors === 'number' && typeof d.args.warnings === 'number') {
      errors += d.args.errors;
      warnings += d.args.warnings;
    } else if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function toPointer(path: DataPath): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** A path as a reader writes it: channels[2].metrics.reach. */
export function formatDataPath(path: DataPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
