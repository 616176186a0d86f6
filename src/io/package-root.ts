/** Finds files shipped with the package (schemas, catalog, benchmarks), wherever it is installed. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder holding smscore's package.json: from dist/io/ (built) or src/io/ (tests) alike. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return (cached = dir);
    dir = dirname(dir);
  }
  throw new Error('smscore: cannot find the package root (schemas/ folder) above ' + fileURLToPath(import.meta.url));
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
