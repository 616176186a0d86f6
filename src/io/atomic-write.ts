/**
 * Writes a file so that readers see either the old content or the new one, never a half-written file: the text
 * goes to a temporary file in the same folder (same file system, so the rename is atomic), is flushed to disk,
 * then renamed over the target. If anything fails, the temporary file is removed and the target is untouched.
 *
 * `openAtomicWriter` does the same in steps, for a file written piece by piece over a long run (a report streamed
 * file by file): write as often as needed, then `commit()`, or `abort()` on an error or an interrupt.
 */
import { closeSync, fsyncSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {
  override name = 'WriteError';
  constructor(readonly file: string, readonly code: string, message: string) {
    super(message);
  }
}

export interface AtomicWriter {
  readonly file: string;
  /** Appends to the temporary file. On failure: the temporary file is removed, and a WriteError is thrown. */
  write(data: string | Uint8Array): void;
  /** Flushes to disk and renames over the target: readers now see the new content. */
  commit(): void;
  /** Removes the temporary file and leaves the target as it was. Safe to call at any time, and more than once. */
  abort(): void;
}

/** A hidden name beside `file`, unique to this process and call. */
function tempPath(file: string, suffix: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.${suffix}`);
}

const errnoCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'EIO';

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

export function openAtomicWriter(file: string): AtomicWriter {
  const tmp = tempPath(file, 'tmp');
  let fd: number | undefined;
  let state: 'open' | 'committed' | 'aborted' = 'open';
  const abort = () => {
    if (state !== 'open') return;
    state = 'aborted';
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing */ }
      fd = undefined;
    }
    try { unlinkSync(tmp); } catch { /* never created, or already gone */ }
  };
  const fail = (err: unknown): never => {
    abort();
    if (err instanceof WriteError) throw err;
    const code = errnoCode(err);
    throw new WriteError(file, code, `cannot write ${file} (${code}); the existing file, if any, is unchanged`);
  };

  let mode: number | undefined;
  try {
    const stat = statSync(file);
    mode = stat.mode & 0o777;
    // The rename would fail only at the end: say so before a long run rather than after it.
    if (stat.isDirectory()) fail(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  } catch (err) {
    if (err instanceof WriteError) throw err;
    mode = undefined;
  }
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o644);
  } catch (err) {
    fail(err);
  }
  return {
    file,
    write(data) {
      if (state !== 'open' || fd === undefined) throw new Error(`internal: write to ${file} after it was ${state}`);
      try {
        writeAll(fd, data);
      } catch (err) {
        fail(err);
      }
    },
    commit() {
      if (state !== 'open' || fd === undefined) throw new Error(`internal: commit of ${file} after it was ${state}`);
      try {
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(tmp, file);
        state = 'committed';
      } catch (err) {
        fail(err);
      }
    },
    abort,
  };
}

export function writeFileAtomic(file: string, content: string): void {
  const writer = openAtomicWriter(file);
  writer.write(content);
  writer.commit();
}

/**
 * Scratch space for text that must wait: written in order, read back once, in order. Its name is removed as soon
 * as it is opened (the open descriptor keeps the data), so nothing is left behind however the process ends; where
 * the system refuses that (Windows), it is removed on `close()`. Errors are the file system's own.
 */
export interface Spool {
  readonly size: number;
  write(data: string): void;
  /** Every byte written, in blocks of at most 1 MiB, each a fresh buffer the callback may keep. */
  drain(to: (block: Uint8Array) => void | Promise<void>): Promise<void>;
  close(): void;
}

export function openSpool(dir: string): Spool {
  const path = join(dir, `.smscore-spool.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined = openSync(path, 'wx+', 0o600);
  let linked = true;
  try {
    unlinkSync(path);
    linked = false;
  } catch { /* removed on close instead */ }
  let size = 0;
  const open = () => {
    if (fd === undefined) throw new Error('internal: spool used after close');
    return fd;
  };
  return {
    get size() { return size; },
    write(data) {
      const bytes = Buffer.from(data, 'utf8');
      writeAll(open(), bytes);
      size += bytes.length;
    },
    async drain(to) {
      const BLOCK = 1 << 20;
      for (let position = 0; position < size;) {
        const block = Buffer.allocUnsafe(Math.min(BLOCK, size - position));
        let filled = 0;
        while (filled < block.length) {
          const n = readSync(open(), block, filled, block.length - filled, position + filled);
          if (n === 0) throw Object.assign(new Error('spool shorter than written'), { code: 'EIO' });
          filled += n;
        }
        position += filled;
        await to(block);
      }
    },
    close() {
      if (fd !== undefined) {
        try { closeSync(fd); } catch { /* nothing left to save */ }
        fd = undefined;
      }
      if (linked) {
        try { unlinkSync(path); } catch { /* already gone */ }
        linked = false;
      }
    },
  };
}
