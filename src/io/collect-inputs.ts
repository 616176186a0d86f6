/**
 * Turns the paths a user gives (files, directories, globs) into the list of brand files to audit. Directory
 * scans take *.yaml and *.yml, skip node_modules, hidden folders (.git, .github…) and configuration files, leave
 * out what the caller's `skip` says (ignored paths, question packs, YAML that is not a brand file) with its
 * reason, and never loop on symbolic links.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globMatcher } from './glob.js';

export interface CollectOptions<R> {
  cwd: string;
  /**
   * Why to leave a path (a folder, or a YAML file) out of directory scans and globs, or undefined to take it.
   * Files named on the command line are always taken.
   */
  skip?: (absolutePath: string, isDir: boolean) => R | undefined;
}

export interface Collected<R> {
  files: string[];
  /** Globs and directories that gave no brand file, with how many paths they skipped. */
  empty: { input: string; skipped: number }[];
  /** What scans and globs left out, as paths like `files`, with the reason `skip` gave. */
  skipped: { path: string; reason: R }[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const SKIPPED_DIRS = new Set(['node_modules']);
const CONFIG_FILE = /^smscore\.config\.ya?ml$/;
const YAML_FILE = /\.ya?ml$/i;

export function collectInputs<R>(inputs: readonly string[], options: CollectOptions<R>): Collected<R> {
  const files: string[] = [];
  const seen = new Set<string>();
  const empty: Collected<R>['empty'] = [];
  const skipped: Collected<R>['skipped'] = [];
  const skippedSeen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(options.cwd, file);
    if (!seen.has(key)) { seen.add(key); files.push(file); }
  };
  const found = (input: string, scan: Scan<R>, path: (abs: string) => string) => {
    if (scan.files.length === 0) empty.push({ input, skipped: scan.skipped.length });
    for (const f of scan.files) add(path(f));
    for (const s of scan.skipped) {
      if (skippedSeen.has(s.path)) continue;
      skippedSeen.add(s.path);
      skipped.push({ path: path(s.path), reason: s.reason });
    }
  };
  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    const kind = kindOf(abs);
    if (kind === 'dir') {
      found(input, walk(abs, options), (f) => join(input, relative(abs, f)));
    } else if (kind === 'missing' && GLOB_CHARS.test(input)) {
      found(input, glob(input, options), (f) => relative(options.cwd, f).split(sep).join('/'));
    } else {
      // A file, or a missing path: the loader reports the latter as "file not found", located.
      add(input);
    }
  }
  return { files, empty, skipped };
}

interface Scan<R> {
  /** Absolute paths. */
  files: string[];
  skipped: { path: string; reason: R }[];
}

function kindOf(abs: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(abs).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

function walk<R>(root: string, options: CollectOptions<R>): Scan<R> {
  const out: string[] = [];
  const skipped: Scan<R>['skipped'] = [];
  const skip = (path: string, isDir: boolean): boolean => {
    const reason = options.skip?.(path, isDir);
    if (reason === undefined) return false;
    skipped.push({ path, reason });
    return true;
  };
  const visited = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try { real = realpathSync(dir); } catch { return; }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(path);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link, or a loop the system refuses to follow
        }
      }
      if (isDir) {
        if (!e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name) && !skip(path, true)) visit(path);
      } else if (isFile && YAML_FILE.test(e.name) && !CONFIG_FILE.test(e.name) && !e.name.startsWith('.') && !skip(path, false)) {
        out.push(path);
      }
    }
  };
  visit(root);
  return { files: out, skipped };
}

/** Expands a glob by scanning its fixed leading folder, then matching paths relative to the working directory. */
function glob<R>(pattern: string, options: CollectOptions<R>): Scan<R> {
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  const isMatch = globMatcher(pattern.replace(/^\.\//, ''), false);
  const absBase = resolve(options.cwd, base);
  if (kindOf(absBase) !== 'dir') return { files: [], skipped: [] };
  const scan = walk(absBase, options);
  const matching = (abs: string) => isMatch(relative(options.cwd, abs).split(sep).join('/'));
  return { files: scan.files.filter(matching), skipped: scan.skipped.filter((s) => matching(s.path)) };
}
