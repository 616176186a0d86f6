/**
 * Reads a user's file as text, refusing what cannot be a brand file (too big, binary, undecodable) with a
 * diagnostic instead of an exception, so every failure reaches the user as a located, worded message.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';

/** Brand files are a few hundred KB at most; 20 MB leaves room for hundreds of channels and bounds memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * What a file is for, and how much of it smscore reads at most: every file smscore reads goes through readText
 * with one of these, so a size limit bounds the memory and time spent on it (SECURITY.md lists them).
 */
export interface ReadKind {
  kind: 'brand' | 'config' | 'pack' | 'baseline' | 'answers' | 'mapping' | 'export';
  maxBytes: number;
}

const MB = 1024 * 1024;
export const READ_LIMITS = {
  brand: { kind: 'brand', maxBytes: MAX_FILE_BYTES },
  /** A configuration is a page of settings; the shipped examples are under 2 KB. */
  config: { kind: 'config', maxBytes: 1 * MB },
  /** The shipped packs are under 15 KB each. */
  pack: { kind: 'pack', maxBytes: 1 * MB },
  /** A previous `audit --format json` report: about 175 to 400 KB per brand file, so some hundreds of brands. */
  baseline: { kind: 'baseline', maxBytes: 200 * MB },
  /** `questionnaire --answers`: one answer per question. */
  answers: { kind: 'answers', maxBytes: 1 * MB },
  /** `import --mapping`: a list of column names. */
  mapping: { kind: 'mapping', maxBytes: 1 * MB },
  /**
   * `import` reads a platform's export: raw rows, aggregated as they are read. CSVs are streamed (src/import/read/),
   * so this bounds time, not memory: a 100,000-row Meta export of 213 columns is about 150 MB.
   */
  export: { kind: 'export', maxBytes: 512 * MB },
  /** Exports read whole (workbooks, JSON documents such as Google Takeout's reviews): far smaller in practice. */
  exportDocument: { kind: 'export', maxBytes: 64 * MB },
} as const satisfies Record<string, ReadKind>;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function fail(file: string, code: string, args: Record<string, string | number> = {}, line = 1, col = 1): ReadResult {
  return { ok: false, diagnostic: { severity: 'error', code, args, location: { file, line, col }, pointer: '' } };
}

/** O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, before fstat could refuse it. */
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The one reader of every user's file: a regular file only (opened without blocking, then checked on the open
 * descriptor, so a FIFO, a device or a file swapped after a check is never read), at most `limit.maxBytes` bytes
 * (a file that grows while it is read stops there too), decoded as text.
 */
export function readText(file: string, limit: ReadKind | number = READ_LIMITS.brand): ReadResult {
  const { kind, maxBytes } = typeof limit === 'number' ? { kind: 'brand', maxBytes: limit } : limit;
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'EISDIR') return fail(file, 'load.is-directory');
    return fail(file, code === 'ENOENT' || code === 'ENOTDIR' ? 'load.not-found' : 'load.unreadable', { detail: code ?? String(err) });
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail(file, 'load.is-directory');
    // A pipe or a device (/dev/zero, a FIFO) would block or never end: only regular files are read.
    if (!st.isFile()) return fail(file, 'load.not-a-file');
    if (st.size > maxBytes) return fail(file, 'load.too-large', { size: mb(st.size), limit: mb(maxBytes), kind });
    // One byte more than the file's size: enough to tell a file that grew since fstat, which is read on (up to
    // the limit) rather than cut.
    let bytes = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return fail(file, 'load.too-large', { size: `> ${mb(maxBytes)}`, limit: mb(maxBytes), kind });
      if (length === bytes.length) {
        const grown = Buffer.allocUnsafe(Math.min(bytes.length * 2, maxBytes + 1));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
    }
    return decode(file, bytes.subarray(0, length));
  } catch (err) {
    return fail(file, 'load.unreadable', { detail: errnoCode(err) ?? String(err) });
  } finally {
    closeSync(fd);
  }
}

/** One decoder for every file of a run: without `stream`, each decode() starts afresh. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(file: string, bytes: Uint8Array): ReadResult {
  // UTF-16 with a byte-order mark is what some Windows editors save: decode it rather than refuse it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, col } = lineColOfByte(bytes, nul);
    return fail(file, 'load.binary', { offset: nul }, line, col);
  }
  let text = utf8Text(bytes);
  if (text === undefined) {
    const bad = firstInvalidUtf8(bytes);
    const { line, col } = lineColOfByte(bytes, bad);
    return fail(file, 'load.invalid-utf8', { offset: bad }, line, col);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/**
 * The text of UTF-8 bytes, as the fatal decoder gives it (one leading byte-order mark dropped); undefined when they
 * are not UTF-8. Why not the decoder alone: on Node 20 and 22, V8 decodes UTF-8 that is not pure ASCII one
 * character at a time, about 180 µs for a 40 KB brand file with French accents. Validating the bytes (isUtf8,
 * simdutf) and converting them to UTF-16 (transcode, ICU) before copying them into a string gives the same text
 * in about a third of that; ASCII is copied as it is. A Node built without ICU has no transcode: the decoder does it.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  if (!isUtf8(buffer)) return undefined;
  let text: string;
  try {
    text = transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return utf8.decode(buffer);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that breaks UTF-8 (a lead byte without its continuation bytes, or a stray one). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}

function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; start = i + 1; }
  return { line, col: offset - start + 1 };
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
