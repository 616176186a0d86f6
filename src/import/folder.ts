/**
 * The files of an import: each path given is an export file, a ZIP or a folder. Folders are walked to a fixed depth
 * without following symbolic links (a link may lead out of the folder, or round in a loop), hidden files and macOS's
 * __MACOSX copies are passed over, and names are sorted so that two runs report in the same order.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_DEPTH = 6;
export const MAX_FILES = 500;

/** Extensions an export can have; anything else in a folder is listed as passed over, not opened. */
const EXPORT_FILE = /\.(csv|tsv|txt|xlsx|xls|zip|json)$/i;

export interface FoundFiles {
  files: string[];
  /** Files of a folder that are not exports by their name, and links not followed. */
  passed: { file: string; why: 'extension' | 'link' | 'too-deep' }[];
  /** A path that does not exist or cannot be listed. */
  missing: string[];
  /** More than MAX_FILES exports: the run is refused rather than half-read. */
  tooMany: boolean;
}

export function findExportFiles(paths: readonly string[]): FoundFiles {
  const out: FoundFiles = { files: [], passed: [], missing: [], tooMany: false };
  const walk = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      out.missing.push(dir);
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || name === '__MACOSX') continue;
      const path = join(dir, name);
      let st;
      try {
        st = lstatSync(path);
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) out.passed.push({ file: path, why: 'link' });
      else if (st.isDirectory()) {
        if (depth >= MAX_DEPTH) out.passed.push({ file: path, why: 'too-deep' });
        else walk(path, depth + 1);
      } else if (st.isFile()) {
        if (EXPORT_FILE.test(name)) add(path);
        else out.passed.push({ file: path, why: 'extension' });
      }
    }
  };
  const add = (file: string): void => {
    if (out.files.includes(file)) return;
    if (out.files.length >= MAX_FILES) { out.tooMany = true; return; }
    out.files.push(file);
  };
  for (const path of paths) {
    let st;
    try {
      // A path given by name is followed if it is a link: the user chose it.
      st = statSync(path);
    } catch {
      out.missing.push(path);
      continue;
    }
    if (st.isDirectory()) walk(path, 1);
    else add(path);
  }
  return out;
}
