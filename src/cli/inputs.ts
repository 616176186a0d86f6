/**
 * The brand files a command's inputs name, the same way for `validate` and `audit`: files as given, folders
 * scanned and quoted globs expanded (src/io/collect-inputs.ts), leaving out what the repository's configuration
 * ignores, its question packs, and every YAML file that is not a brand file (no top-level `smscore:` key:
 * src/io/brand-file.ts). With no input, the folder of the nearest smscore.config.yaml is scanned.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { configRelative, matches, type LoadedConfig } from '../config/load.js';
import { sniffBrandFile, type OtherKind } from '../io/brand-file.js';
import { collectInputs } from '../io/collect-inputs.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { t } from './messages.js';

export type SkipReason = 'ignored' | 'pack' | 'not-brand';

export interface BrandInputs {
  files: string[];
  /** What folder scans and globs (and, with --only-brand-files, the named files) left out, and why. */
  skipped: { path: string; reason: SkipReason }[];
}

export interface BrandInputOptions {
  /** List on standard error what was skipped (standard output may be a report), also when that leaves no brand file. */
  verbose?: boolean;
  /**
   * Named files are filtered as a folder scan's are (--only-brand-files), and naming no brand file at all is not an
   * error: for a hook that passes every staged YAML file.
   */
  onlyBrandFiles?: boolean;
}

/** `packs`: the configuration's and --pack's question packs, as paths from `cwd`. */
export function brandFilesFor(
  inputs: readonly string[], loaded: LoadedConfig | undefined, packs: readonly string[], cwd: string, ctx: CliContext, options: BrandInputOptions = {},
): BrandInputs {
  const { locale } = ctx;
  if (inputs.length === 0) {
    // No input: what the repository's configuration describes, its folder (its `ignore` globs apply as always).
    if (!loaded) throw new UsageError(t(locale, 'inputs.none-given'));
    inputs = [relative(cwd, loaded.dir) || '.'];
  }
  const ignoreGlobs = loaded?.config.ignore ?? [];
  const packFiles = new Set(packs.map((p) => resolve(cwd, p)));
  const skip = (abs: string, isDir: boolean): SkipReason | undefined => {
    if (loaded !== undefined && ignoreGlobs.length > 0 && matches(ignoreGlobs, configRelative(loaded, abs))) return 'ignored';
    if (isDir) return undefined;
    if (packFiles.has(abs)) return 'pack';
    // A file that cannot be read is taken: the loader says what is wrong with it.
    const sniffed = sniffBrandFile(abs);
    return sniffed.kind === 'brand' || sniffed.kind === 'unreadable' ? undefined : 'not-brand';
  };

  const named = inputs.filter((i) => isFile(resolve(cwd, i)));
  const namedSkipped: BrandInputs['skipped'] = [];
  if (options.onlyBrandFiles) {
    for (const file of named) {
      const reason = skip(resolve(cwd, file), false);
      if (reason !== undefined) namedSkipped.push({ path: file, reason });
    }
    const left = new Set(namedSkipped.map((s) => s.path));
    inputs = inputs.filter((i) => !left.has(i));
  } else {
    const problems = named.flatMap((f) => notBrandProblem(f, locale));
    if (problems.length > 0) throw new UsageError(problems.join('\n'));
  }

  // Files named on the command line are taken as they are (checked above): only scans and globs are filtered.
  const collected = collectInputs<SkipReason>(inputs, { cwd, skip });
  const skipped = [...namedSkipped, ...collected.skipped];
  if (options.verbose) {
    for (const s of skipped) ctx.err(t(locale, `inputs.skipped.${s.reason}`, { path: s.path }));
  }
  if (collected.empty.length > 0) {
    throw new UsageError(collected.empty.map((e) => t(locale, 'inputs.none-found', { input: e.input, skipped: e.skipped })).join('\n'));
  }
  return { files: collected.files, skipped };
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/** For a command that takes one brand file (explain): refuses a file that is plainly something else, as audit does. */
export function checkNamedBrandFile(file: string, locale: CliContext['locale']): void {
  const problem = notBrandProblem(file, locale);
  if (problem.length > 0) throw new UsageError(problem.join('\n'));
}

/**
 * A file named on the command line that is plainly something else (a mapping whose keys are none of a brand
 * file's): what it looks like and how to use it. Anything less clear goes to the validator, whose messages are
 * located (an empty file, a brand file that forgot `smscore: 1`, a file that cannot be read).
 */
function notBrandProblem(file: string, locale: CliContext['locale']): string[] {
  const sniffed = sniffBrandFile(file);
  if (sniffed.kind !== 'not-brand' || sniffed.brandLike) return [];
  const hint: Record<OtherKind, Parameters<typeof t>[1]> = {
    pack: 'inputs.hint.pack', config: 'inputs.hint.config', mapping: 'inputs.hint.mapping', other: 'inputs.hint.other',
  };
  // The keys come from the file: quoted as JSON strings, so no control character reaches the terminal.
  const keys = sniffed.keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ') + (sniffed.keys.length > 5 ? ', …' : '');
  return [t(locale, 'inputs.not-brand', { file, keys }) + '\n  ' + t(locale, hint[sniffed.looksLike], { file })];
}
