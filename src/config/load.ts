/**
 * The strategy repository's configuration (smscore.config.yaml): found by walking up from the working
 * directory, validated like a brand file (every problem located), and resolved per brand file.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { packagePath } from '../io/package-root.js';
import { globMatcher } from '../io/glob.js';
import { READ_LIMITS, readText } from '../io/read-text.js';
import { configValidator } from '../io/validators.js';
import { parseSource } from '../load/source.js';
import type { BenchmarkOverride, KpiId, Pillar } from '../model/brand.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { capDiagnostics, schemaDiagnostics } from '../validate/schema-errors.js';
import { sortDiagnostics } from '../validate/index.js';

export const CONFIG_NAMES = ['smscore.config.yaml', 'smscore.config.yml'] as const;

export type FailOn = 'critical' | 'major' | 'minor' | 'none';

export interface Thresholds {
  minScore?: number;
  minPillar?: Partial<Record<Pillar, number>>;
  minReadiness?: number;
  failOn?: FailOn;
}

export interface Waiver {
  question?: string;
  kpi?: KpiId;
  files?: string[];
  channel?: string;
  reason: string;
  expires?: string;
}

export interface Config {
  version: 1;
  lang?: 'en' | 'fr';
  ignore?: string[];
  thresholds?: Thresholds;
  overrides?: { files: string[]; thresholds: Thresholds }[];
  packs?: string[];
  benchmarks?: BenchmarkOverride[];
  waivers?: Waiver[];
}

/** A loaded configuration with where it lives: globs and pack paths are relative to its folder. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: Config;
  /** The text as read (once, guarded): later problems are located and shown in it without reading it again. */
  text: string;
}

export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let schema: Record<string, unknown> | undefined;

export function loadConfig(file: string): { loaded?: LoadedConfig; diagnostics: Diagnostic[]; text?: string } {
  const read = readText(file, READ_LIMITS.config);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const { text } = read;
  const source = parseSource(file, read.text);
  const diagnostics = [...source.diagnostics];
  if (source.data === undefined || diagnostics.some((d) => d.severity === 'error')) return { diagnostics: capDiagnostics(diagnostics), text };
  const validateConfigSchema = configValidator();
  if (!validateConfigSchema(source.data)) {
    schema ??= JSON.parse(readFileSync(packagePath('schemas', 'config.schema.json'), 'utf8')) as Record<string, unknown>;
    diagnostics.push(...schemaDiagnostics(validateConfigSchema.errors ?? [], source, schema));
  } else {
    const config = source.data as Config;
    config.waivers?.forEach((w, i) => {
      if ((w.question === undefined) === (w.kpi === undefined)) {
        diagnostics.push({ severity: 'error', code: 'config.waiver-target', args: {}, location: source.locate(['waivers', i]), pointer: `/waivers/${i}` });
      }
    });
    const dir = dirname(resolve(file));
    config.packs?.forEach((p, i) => {
      if (!insideFolder(dir, p)) {
        diagnostics.push({ severity: 'error', code: 'config.path-outside', args: { path: p }, location: source.locate(['packs', i]), pointer: `/packs/${i}` });
      }
    });
  }
  sortDiagnostics(diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: capDiagnostics(diagnostics), text };
  return { loaded: { file, dir: dirname(resolve(file)), config: source.data as Config, text }, diagnostics, text };
}

/**
 * Whether a path named in a configuration stays inside the configuration's folder (issue 20, item 6). The
 * configuration is data a pull request can change, so it may only make smscore read files of the repository it
 * governs: `/etc/shadow`, `../secret/creds.yaml` and a symlink that leads out are refused. Both sides are compared
 * after symlinks are resolved (realpath); a path that does not exist yet is judged by its nearest existing folder.
 * A file outside can still be named on the command line (`--pack`), which the workflow's author writes, not the PR.
 */
export function insideFolder(dir: string, path: string): boolean {
  const root = realOrSelf(dir);
  const rel = relative(root, realOrSelf(resolve(dir, path)));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The real path of what exists; for what does not, its folder's real path (recursively) and its name. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realOrSelf(parent), basename(path));
  }
}

/** A brand file's path as the configuration's globs see it: relative to the configuration's folder, with '/'. */
export function configRelative(loaded: LoadedConfig, file: string): string {
  return relative(loaded.dir, resolve(file)).split(sep).join('/');
}

export function matches(globs: readonly string[], relativePath: string): boolean {
  return globs.some((g) => globMatcher(g, true)(relativePath));
}

/** The thresholds that apply to one file: the base ones, then each matching override key by key, in order. */
export function thresholdsFor(loaded: LoadedConfig | undefined, file: string): Thresholds {
  const base: Thresholds = { ...(loaded?.config.thresholds ?? {}) };
  if (!loaded) return base;
  const rel = configRelative(loaded, file);
  for (const o of loaded.config.overrides ?? []) {
    if (!matches(o.files, rel)) continue;
    Object.assign(base, o.thresholds, { minPillar: { ...(base.minPillar ?? {}), ...(o.thresholds.minPillar ?? {}) } });
  }
  if (base.minPillar && Object.keys(base.minPillar).length === 0) delete base.minPillar;
  return base;
}

/** The waivers that cover one file. */
export function waiversFor(loaded: LoadedConfig | undefined, file: string): Waiver[] {
  if (!loaded) return [];
  const rel = configRelative(loaded, file);
  return (loaded.config.waivers ?? []).filter((w) => !w.files || matches(w.files, rel));
}
