/**
 * The CLI's side of writing files safely: no output may be one of the command's inputs (refused before anything
 * runs, exit 2), and a write that failed or was refused (src/io/atomic-write.ts) becomes a usage error in the
 * user's language, with file names shown safely.
 */
import { isAbsolute, relative } from 'node:path';
import type { Locale } from '../i18n/translate.js';
import { WriteError } from '../io/atomic-write.js';
import { outputIsInputText, writeProblemText, type InputRole } from '../io/messages.js';
import { sameFileAmong } from '../io/same-file.js';
import { UsageError } from './errors.js';
import { printable } from '../util/printable.js';

export interface NamedInput {
  role: InputRole;
  path: string;
}

/** Refuses the first output that is the same file as an input (spelt differently, or through a link, too). */
export function refuseOutputOverInput(outputs: readonly string[], inputs: readonly NamedInput[], locale: Locale): void {
  if (outputs.length === 0 || inputs.length === 0) return;
  for (const output of outputs) {
    const input = sameFileAmong(output, inputs);
    if (input) throw new UsageError(outputIsInputText(locale, printable(shortPath(output)), input.role, printable(shortPath(input.path))));
  }
}

/** An absolute path (the configuration and its packs are found as such) is shown from here when it is below. */
function shortPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** A WriteError as the user reads it; anything else unchanged (a bug is reported as one). */
export function asUsageError(err: unknown, locale: Locale): unknown {
  if (!(err instanceof WriteError)) return err;
  const detail = Object.fromEntries(Object.entries(err.detail).map(([k, v]) => [k, typeof v === 'string' ? printable(v) : v]));
  return new UsageError(writeProblemText(locale, err.problem, { ...detail, file: printable(err.file), code: err.code }));
}
