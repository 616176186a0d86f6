/**
 * Pairs `--format` and `--output` flags into report targets: the n-th format goes to the n-th output file, an
 * output without a format takes it from its extension, and at most one report goes to standard output.
 */
import { extname } from 'node:path';
import { UsageError } from './errors.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html', 'sarif', 'junit', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface OutputTarget {
  format: ReportFormat;
  /** Undefined: standard output. */
  file?: string;
}

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.txt': 'text', '.json': 'json', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.sarif': 'sarif', '.xml': 'junit',
};

export function formatFromFile(file: string): ReportFormat | undefined {
  if (/\.sarif(\.json)?$/i.test(file)) return 'sarif';
  return BY_EXTENSION[extname(file).toLowerCase()];
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function planOutputs(formats: readonly string[], outputs: readonly string[]): OutputTarget[] {
  for (const f of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`unknown format "${f}"; choose one of: ${REPORT_FORMATS.join(', ')}`);
    }
  }
  const targets: OutputTarget[] = formats.map((f, i) => ({ format: f as ReportFormat, ...(outputs[i] !== undefined ? { file: outputs[i] } : {}) }));
  for (const file of outputs.slice(formats.length)) {
    const format = formatFromFile(file);
    if (!format) {
      throw new UsageError(`cannot tell the format of "${file}" from its extension; give it with --format before --output`);
    }
    targets.push({ format, file });
  }
  if (targets.length === 0) targets.push({ format: 'text' });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`only one report can go to standard output, but ${toStdout.map((t) => t.format).join(' and ')} have no --output file`);
  }
  const files = targets.map((t) => t.file).filter((f): f is string => f !== undefined);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`two reports would be written to the same file "${twice}"`);
  return targets;
}
