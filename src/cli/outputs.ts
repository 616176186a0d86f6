/**
 * Pairs `--format` and `--output` flags into report targets: the n-th format goes to the n-th output file, an
 * output without a format takes it from its extension, and at most one report goes to standard output.
 */
import { extname, resolve } from 'node:path';
import { sameFileAmong } from '../io/same-file.js';
import type { Locale } from '../i18n/translate.js';
import { UsageError } from './errors.js';
import { tUsage as t } from './usage-messages.js';

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

/** --format and --output flags in the order they were typed. */
export type OutputFlag = { kind: 'format' | 'output'; value: string };

/** Commander keeps each option's values apart; this records their interleaving as they are parsed. */
export function flagRecorder(): { sequence: OutputFlag[]; format: (v: string, p?: string[]) => string[]; output: (v: string, p?: string[]) => string[] } {
  const sequence: OutputFlag[] = [];
  return {
    sequence,
    format: (v, p) => { sequence.push({ kind: 'format', value: v }); return collect(v, p); },
    output: (v, p) => { sequence.push({ kind: 'output', value: v }); return collect(v, p); },
  };
}

/**
 * As typed: each --output belongs to the --format just before it (`-f github -f markdown -o summary.md` sends
 * markdown to the file and github to standard output); an --output with no format of its own takes the format its
 * extension names.
 */
export function planFromSequence(sequence: readonly OutputFlag[], locale: Locale = 'en'): OutputTarget[] {
  const formats: string[] = [];
  const outputs: (string | undefined)[] = [];
  let open = false; // the last format has no output yet
  for (const flag of sequence) {
    if (flag.kind === 'format') {
      formats.push(flag.value);
      outputs.push(undefined);
      open = true;
    } else if (open) {
      outputs[outputs.length - 1] = flag.value;
      open = false;
    } else {
      const format = formatFromFile(flag.value);
      if (!format) throw new UsageError(t(locale, 'outputs.no-format', { file: flag.value }));
      formats.push(format);
      outputs.push(flag.value);
    }
  }
  return planOutputs(formats, outputs, locale);
}

export function planOutputs(formats: readonly string[], outputs: readonly (string | undefined)[], locale: Locale = 'en'): OutputTarget[] {
  for (const f of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(t(locale, 'outputs.unknown-format', { format: f, known: REPORT_FORMATS.join(', ') }));
    }
  }
  const targets: OutputTarget[] = formats.map((f, i) => ({ format: f as ReportFormat, ...(outputs[i] !== undefined ? { file: outputs[i] } : {}) }));
  for (const file of outputs.slice(formats.length)) {
    if (file === undefined) continue;
    const format = formatFromFile(file);
    if (!format) {
      throw new UsageError(t(locale, 'outputs.no-format', { file }));
    }
    targets.push({ format, file });
  }
  if (targets.length === 0) targets.push({ format: 'text' });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(t(locale, 'outputs.one-stdout', { formats: toStdout.map((target) => target.format).join(t(locale, 'outputs.and')) }));
  }
  const files = targets.map((t) => t.file).filter((f): f is string => f !== undefined);
  // The same file spelt two ways (`r.json` and `./r.json`, or a link to it) is still one file.
  const twice = files.find((f, i) => files.slice(0, i).some((g) => resolve(g) === resolve(f)) || sameFileAmong(f, files.slice(0, i).map((path) => ({ path }))) !== undefined);
  if (twice) throw new UsageError(t(locale, 'outputs.same-file', { file: twice }));
  return targets;
}
