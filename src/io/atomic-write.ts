/**
 * Writes a file so that readers see either the old content or the new one, never a half-written file: the text
 * goes to a temporary file in the same folder (same file system, so the rename is atomic), is flushed to disk,
 * then renamed over the target. If anything fails, the temporary file is removed and the target is untouched.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {
  override name = 'WriteError';
  constructor(readonly file: string, readonly code: string, message: string) {
    super(message);
  }
}

export function writeFileAtomic(file: string, content: string): void {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o644);
    const bytes = Buffer.from(content, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing */ }
    }
    try { unlinkSync(tmp); } catch { /* never created, or already gone */ }
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new WriteError(file, code, `cannot write ${file} (${code}); the existing file, if any, is unchanged`);
  }
}
