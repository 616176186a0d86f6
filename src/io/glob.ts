/**
 * Glob matchers (picomatch), compiled once per pattern and loaded only when a run has globs: most runs name
 * files or folders, and a repository's configuration matches the same few patterns against every file.
 */
import { createRequire } from 'node:module';
import type picomatchType from 'picomatch';

const require = createRequire(import.meta.url);
let picomatch: typeof picomatchType | undefined;
const compiled = new Map<string, (path: string) => boolean>();

/** A matcher for `pattern`; `dot`: whether `*` also matches names that start with a dot. */
export function globMatcher(pattern: string, dot: boolean): (path: string) => boolean {
  const key = `${dot ? 1 : 0}${pattern}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    picomatch ??= require('picomatch') as typeof picomatchType;
    matcher = picomatch(pattern, { dot });
    compiled.set(key, matcher);
  }
  return matcher;
}
