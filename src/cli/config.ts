/** The repository configuration as commands use it: found or named, loaded, and its problems printed. */
import { isAbsolute, resolve } from 'node:path';
import { findConfig, loadConfig, type LoadedConfig } from '../config/load.js';
import { parseSource } from '../load/source.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CliContext } from './context.js';
import { validationText } from './commands/validate.js';

/**
 * `flag`: a path (--config), false (--no-config) or undefined (look for smscore.config.yaml from `cwd` upwards).
 * Returns 'invalid' after printing the configuration's problems.
 */
export function loadConfigFor(flag: string | false | undefined, ctx: CliContext, cwd: string): LoadedConfig | undefined | 'invalid' {
  if (flag === false) return undefined;
  const file = typeof flag === 'string' ? flag : findConfig(cwd);
  if (file === undefined) return undefined;
  const { loaded, diagnostics, text } = loadConfig(file);
  if (!loaded) {
    printDiagnostics(diagnostics, ctx, text !== undefined ? new Map([[file, text]]) : undefined);
    return 'invalid';
  }
  return loaded;
}

/** The configuration's question packs, as paths from the working directory. */
export function configPacks(loaded: LoadedConfig | undefined): string[] {
  return (loaded?.config.packs ?? []).map((p) => (isAbsolute(p) ? p : resolve(loaded!.dir, p)));
}

/** `texts`: the files' text as they were read, for the excerpts; a file is never read again to show them. */
export function printDiagnostics(diagnostics: Diagnostic[], ctx: CliContext, texts?: ReadonlyMap<string, string>): void {
  const files = [...new Set(diagnostics.map((d) => d.location.file))];
  ctx.err(validationText(files.map((file) => {
    const text = texts?.get(file);
    return {
      file, valid: false, diagnostics: diagnostics.filter((d) => d.location.file === file),
      ...(text !== undefined ? { source: parseSource(file, text) } : {}),
    };
  }), false, ctx));
}
