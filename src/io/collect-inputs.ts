/**
 * Turns the paths a user gives (files, directories, globs) into the list of brand files to audit. Directory
 * scans take *.yaml and *.yml, skip node_modules, hidden folders (.git, .github…), configuration files and
 * ignored paths, and never loop on symbolic links.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globMatcher } from './glob.js';

export interface CollectOptions {
  cwd: string;
  /** Returns true for absolute paths to leave out of directory scans and globs. */
  ignore?: (absolutePath: string) => boolean;
}

export interface Collected {
  files: string[];
  /** Globs and directories that gave no brand file. */
  empty: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const SKIPPED_DIRS = new Set(['node_modules']);
const CONFIG_FILE = /^smscore\.config\.ya?ml$/;
const YAML_FILE = /\.ya?ml$/i;

export function collectInputs(inputs: readonly string[], options: CollectOptions): Collected {
  const files: string[] = [];
  const seen = new Set<string>();
  const empty: string[] = [];
  const add = (file: string) => {
    const key = resolve(options.cwd, file);
    if (!seen.has(key)) { seen.add(key); files.push(file); }
  };
  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    const kind = kindOf(abs);
    if (kind === 'dir') {
      const found = walk(abs, options).map((f) => join(input, relative(abs, f)));
      if (found.length === 0) empty.push(input);
      found.forEach(add);
    } else if (kind === 'missing' && GLOB_CHARS.test(input)) {
      const found = glob(input, options);
      if (found.length === 0) empty.push(input);
      found.forEach(add);
    } else {
      // A file, or a missing path: the loader reports the latter as "file not found", located.
      add(input);
    }
  }
  return { files, empty };
}

function kindOf(abs: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(abs).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

function walk(root: string, options: CollectOptions): string[] {
  const out: string[] = [];
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
      if (options.ignore?.(path)) continue;
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
        if (!e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name)) visit(path);
      } else if (isFile && YAML_FILE.test(e.name) && !CONFIG_FILE.test(e.name) && !e.name.startsWith('.')) {
        out.push(path);
      }
    }
  };
  visit(root);
  return out;
}

/** Expands a glob by scanning its fixed leading folder, then matching paths relative to the working directory. */
function glob(pattern: string, options: CollectOptions): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  const isMatch = globMatcher(pattern.replace(/^\.\//, ''), false);
  const absBase = resolve(options.cwd, base);
  if (kindOf(absBase) !== 'dir') return [];
  return walk(absBase, options)
    .map((f) => relative(options.cwd, f).split(sep).join('/'))
    .filter((rel) => isMatch(rel));
}
