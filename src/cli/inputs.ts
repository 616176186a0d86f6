/**
 * The brand files a command's inputs name, the same way for `validate` and `audit`: files as given, folders
 * scanned and quoted globs expanded (src/io/collect-inputs.ts), leaving out what the repository's configuration
 * ignores and its question packs, which are YAML files too but not brand files.
 */
import { resolve } from 'node:path';
import { configRelative, matches, type LoadedConfig } from '../config/load.js';
import { collectInputs } from '../io/collect-inputs.js';
import { UsageError } from './errors.js';

/** `packs`: the configuration's and --pack's question packs, as paths from `cwd`. */
export function brandFilesFor(inputs: readonly string[], loaded: LoadedConfig | undefined, packs: readonly string[], cwd: string): string[] {
  const ignoreGlobs = loaded?.config.ignore ?? [];
  const packFiles = new Set(packs.map((p) => resolve(cwd, p)));
  const collected = collectInputs(inputs, {
    cwd,
    // A file named on the command line is taken as asked, even a pack: only scans and globs are filtered.
    ignore: (abs) => packFiles.has(abs) || (loaded !== undefined && ignoreGlobs.length > 0 && matches(ignoreGlobs, configRelative(loaded, abs))),
  });
  if (collected.empty.length > 0) {
    throw new UsageError(`no brand file (*.yaml, *.yml) found for: ${collected.empty.join(', ')}`);
  }
  return collected.files;
}
