/**
 * Writes a file so that readers see either the old content or the new one, never a half-written file: the text
 * goes to a temporary file in the same folder (same file system, so the rename is atomic), is flushed to disk,
 * then renamed over the target. If anything fails, the temporary file is removed and the target is untouched.
 * The new file keeps the old one's mode bits, and its owner and group where the system allows it. A read-only file
 * (no write bit, or one this user may not write) is refused, not replaced: the rename would otherwise go through,
 * since it needs only the folder's permission, and root passes every permission check.
 *
 * `openAtomicWriter` does the same in steps, for a file written piece by piece over a long run (a report streamed
 * file by file): write as often as needed, then `commit()`, or `abort()` on an error or an interrupt. A report
 * named through a symbolic link replaces the link, never the file it points to: a repository under review could
 * otherwise point a report at any file of the machine that runs it.
 *
 * `beginEdit` is for a file smscore reads, changes and writes back (a brand file). Through a symbolic link it edits
 * the file linked to, and the link stays a link. It refuses to write when the file changed after it was read
 * (another smscore, an editor), so that no one's update is lost; the check and the rename hold a lock file beside
 * the target (`.<name>.smscore-lock`, created exclusively, for the milliseconds they take), so that two smscore
 * processes cannot both pass the check.
 */
import { createHash } from 'node:crypto';
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readFileSync, readlinkSync, readSync,
  realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeProblemText, type WriteProblem } from './messages.js';
import { MAX_FILE_BYTES } from './read-text.js';

export type { WriteProblem } from './messages.js';

export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    readonly file: string,
    readonly code: string,
    /** Why: src/io/messages.ts words each problem in English (this message) and French. */
    readonly problem: WriteProblem = 'io',
    /** What the message needs besides the file and the code: a link's target, a mode, a lock's holder. */
    readonly detail: Readonly<Record<string, string | number>> = {},
  ) {
    super(writeProblemText('en', problem, { file, code, ...detail }));
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

/** Refuses a file its owner made read-only, or that this user may not write. */
function checkWritable(file: string, stat: Stats): void {
  let denied = (stat.mode & 0o222) === 0;
  if (!denied) {
    try {
      accessSync(file, constants.W_OK);
    } catch (err) {
      denied = errnoCode(err) === 'EACCES' || errnoCode(err) === 'EPERM';
    }
  }
  if (denied) throw new WriteError(file, 'EACCES', 'read-only', { mode: (stat.mode & 0o7777).toString(8).padStart(4, '0') });
}

/** Called with the temporary file complete and closed, just before the rename; returns what to do after it. */
export type RenameGuard = () => () => void;

export function openAtomicWriter(file: string, options: { guard?: RenameGuard } = {}): AtomicWriter {
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
    throw new WriteError(file, errnoCode(err), 'io');
  };

  // lstat: a symbolic link is replaced, not followed (see above), and its target's mode is not the new file's.
  let existing: Stats | undefined;
  try {
    existing = lstatSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink()) existing = undefined;
  // The rename would fail only at the end: say so before a long run rather than after it.
  if (existing?.isDirectory()) fail(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  if (existing) checkWritable(file, existing);
  try {
    fd = openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    if (existing) keepOwnership(fd, existing);
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
        const after = options.guard?.();
        try {
          renameSync(tmp, file);
        } finally {
          after?.();
        }
        state = 'committed';
      } catch (err) {
        fail(err);
      }
    },
    abort,
  };
}

/**
 * The replaced file's owner and group, where the system allows it (root may give any; a user, a group of theirs),
 * then its mode bits: `open` filtered them through the umask, and a change of owner may have cleared some.
 */
function keepOwnership(fd: number, was: Stats): void {
  const now = fstatSync(fd);
  if (now.uid !== was.uid || now.gid !== was.gid) {
    try {
      fchownSync(fd, was.uid, was.gid);
    } catch {
      try { fchownSync(fd, -1, was.gid); } catch { /* not a group of this user's: the folder's default one */ }
    }
  }
  fchmodSync(fd, was.mode & 0o7777);
}

export function writeFileAtomic(file: string, content: string): void {
  const writer = openAtomicWriter(file);
  writer.write(content);
  writer.commit();
}

export interface FileEdit {
  /** The file as named: a symbolic link stays one. */
  readonly file: string;
  /** The file written: where the links lead, or `file` itself. */
  readonly target: string;
  /** Whether the file existed when the edit began (an edit may create it). */
  readonly existed: boolean;
  /**
   * Replaces the file with `content`, atomically, keeping its mode and group. Refused, with nothing written, when the
   * file changed since `beginEdit` or appeared since then (WriteError 'changed'), or when another process holds the
   * lock for far longer than a rename takes ('locked').
   */
  commit(content: string): void;
}

/**
 * Starts an edit: follows symbolic links (a chain of them too), refuses a link that leads nowhere, a loop of links,
 * a folder and a read-only file, and notes what the file is now. Call it before reading the file: a write between
 * this call and the read is then seen as a change (refused), never missed.
 */
export function beginEdit(file: string, options: { lockWaitMs?: number } = {}): FileEdit {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(file);
  } catch {
    stat = undefined;
  }
  let target = resolve(file);
  if (stat?.isSymbolicLink()) {
    try {
      target = realpathSync(file);
    } catch (err) {
      if (errnoCode(err) === 'ELOOP') throw new WriteError(file, 'ELOOP', 'link-loop');
      throw new WriteError(file, errnoCode(err), 'dangling-link', { target: lastLink(file) });
    }
    stat = statSync(target);
  }
  if (stat?.isDirectory()) throw new WriteError(file, 'EISDIR', 'io');
  if (stat) checkWritable(file, stat);
  const before = snapshot(target);
  return {
    file,
    target,
    existed: stat !== undefined,
    commit(content) {
      const writer = openAtomicWriter(target, {
        guard: () => {
          // The lock covers the check and the rename: two smscore processes cannot both pass the check.
          const release = acquireLock(target, file, options.lockWaitMs ?? LOCK_WAIT_MS);
          try {
            if (!sameSnapshot(before, snapshot(target))) throw new WriteError(file, 'ECHANGED', 'changed');
          } catch (err) {
            release();
            throw err;
          }
          return release;
        },
      });
      writer.write(content);
      writer.commit();
    },
  };
}

/** Where a link that leads nowhere points: its links followed one at a time, the missing path at the end. */
function lastLink(file: string): string {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(at).isSymbolicLink()) break;
      at = resolve(dirname(at), readlinkSync(at));
    } catch {
      break;
    }
  }
  return at;
}

/** What a file is, to tell whether it changed: its identity, size and bytes (undefined: it does not exist). */
interface Snapshot {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  /** Of the bytes of a regular file the reader would take; otherwise the time of the last change stands for it. */
  digest: string | undefined;
}

function snapshot(file: string): Snapshot | undefined {
  const st = statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!st) return undefined;
  let digest: string | undefined;
  // Never a device or a pipe (it may never end), never a file larger than any the reader accepts.
  if (st.isFile() && st.size <= BigInt(MAX_FILE_BYTES)) {
    try {
      digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    } catch {
      digest = undefined;
    }
  }
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, digest };
}

function sameSnapshot(a: Snapshot | undefined, b: Snapshot | undefined): boolean {
  if (!a || !b) return a === b;
  // Same file (a rename over it gives a new inode), same size, same bytes; a `touch` alone loses no one's work.
  if (a.dev !== b.dev || a.ino !== b.ino || a.size !== b.size) return false;
  return a.digest !== undefined && b.digest !== undefined ? a.digest === b.digest : a.mtimeNs === b.mtimeNs;
}

/** How long another process may hold the lock before this one gives up: a check and a rename take milliseconds. */
const LOCK_WAIT_MS = 5_000;
/** A lock older than this is left over from a process killed while holding it, whatever its pid says now. */
const LOCK_STALE_MS = 30_000;

/** Takes the lock beside `target`, waiting while a live process holds it; returns its release. */
function acquireLock(target: string, file: string, waitMs: number): () => void {
  const lock = join(dirname(target), `.${basename(target)}.smscore-lock`);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, 'wx', 0o600);
      writeAll(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try { unlinkSync(lock); } catch { /* already gone */ }
      };
    } catch (err) {
      if (fd !== undefined) {
        try { closeSync(fd); } catch { /* failing anyway */ }
        try { unlinkSync(lock); } catch { /* failing anyway */ }
      }
      if (errnoCode(err) !== 'EEXIST') throw new WriteError(file, errnoCode(err), 'io');
    }
    const holder = lockHolder(lock);
    if (holder === 'gone') continue;
    if (holder === 'stale') {
      try { unlinkSync(lock); } catch { /* another process removed it first */ }
      continue;
    }
    if (Date.now() >= deadline) throw new WriteError(file, 'EBUSY', 'locked', { pid: String(holder), lock }); // an id: never grouped like a figure
    sleep(20);
  }
}

/** The pid holding a lock; 'stale' when that process has ended or the lock is too old; 'gone' when it was released. */
function lockHolder(lock: string): number | 'stale' | 'gone' {
  let text: string;
  let age: number;
  try {
    text = readFileSync(lock, 'utf8');
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 'gone';
  }
  const pid = Number(text.trim());
  // Being written this very moment (empty yet): held.
  if (text === '') return age > LOCK_STALE_MS ? 'stale' : 0;
  // This process holds no lock while it waits for one: its own pid there is a dead process's, given again.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || age > LOCK_STALE_MS) return 'stale';
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (errnoCode(err) === 'ESRCH') return 'stale';
  }
  return pid;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
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
