/**
 * Reads a user's file as text, refusing what cannot be a brand file (too big, binary, undecodable) with a
 * diagnostic instead of an exception, so every failure reaches the user as a located, worded message.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';

/** Brand files are a few hundred KB at most; 20 MB leaves room for hundreds of channels and bounds memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function fail(file: string, code: string, args: Record<string, string | number> = {}, line = 1, col = 1): ReadResult {
  return { ok: false, diagnostic: { severity: 'error', code, args, location: { file, line, col }, pointer: '' } };
}

export function readText(file: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return fail(file, 'load.is-directory');
    // A pipe or a device (/dev/zero, a FIFO) would block or never end: only regular files are read.
    if (!st.isFile()) return fail(file, 'load.not-a-file');
    size = st.size;
  } catch (err) {
    return fail(file, errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR' ? 'load.not-found' : 'load.unreadable', {
      detail: errnoCode(err) ?? String(err),
    });
  }
  if (size > maxBytes) return fail(file, 'load.too-large', { size: mb(size), limit: mb(maxBytes) });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return fail(file, 'load.unreadable', { detail: errnoCode(err) ?? String(err) });
  }
  if (bytes.length > maxBytes) return fail(file, 'load.too-large', { size: mb(bytes.length), limit: mb(maxBytes) });
  return decode(file, bytes);
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
function firstInvalidUtf8(bytes: Uint8Array): number {
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
