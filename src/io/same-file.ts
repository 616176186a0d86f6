/**
 * Whether two paths name the same file, by what the file system says (device and inode, links followed), not by
 * how they are spelt: `./brand.yaml`, `brands/../brand.yaml`, a symbolic link and a hard link to it all match.
 */
import { statSync, type BigIntStats } from 'node:fs';

const identity = (file: string): BigIntStats | undefined => {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined; // a loop of links, a folder that cannot be searched: no file to match
  }
};

/** The first of `candidates` that is the same file as `file`; undefined when none is, or `file` does not exist. */
export function sameFileAmong<T extends { path: string }>(file: string, candidates: readonly T[]): T | undefined {
  const it = identity(file);
  if (!it) return undefined;
  return candidates.find((c) => {
    const other = identity(c.path);
    return other !== undefined && other.dev === it.dev && other.ino === it.ino;
  });
}
