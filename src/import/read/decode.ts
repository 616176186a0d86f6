/**
 * Bytes of an export → text, as a stream: the encoding is decided from the first bytes (a byte-order mark, else
 * UTF-8, else Windows-1252, the encoding of a CSV re-saved by Excel on Windows), and what cannot be text at all (an
 * image, a PDF, a ZIP renamed .csv, NUL bytes) is refused with what it seems to be.
 */
import { isAscii } from 'node:buffer';
import { firstInvalidUtf8 } from '../../io/read-text.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What the first bytes of a file that is not text look like, for a message that says what to give instead. */
export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'ole2' | 'gzip' | 'executable' | 'binary';

export type Sniffed =
  | { ok: true; encoding: TextEncoding; /** bytes of the byte-order mark to skip */ bom: number }
  | { ok: false; code: 'export.binary' | 'export.utf16-no-bom' | 'export.invalid-encoding'; args: Record<string, string | number> };

const SIGNATURES: [BinaryKind, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['executable', [0x4d, 0x5a]],
];

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  for (const [kind, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return kind;
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'webp';
  return undefined;
}

/** Bytes Windows-1252 leaves undefined, and C0 controls no spreadsheet writes in a CSV (tab, CR, LF aside). */
function windows1252Like(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/**
 * The encoding of a file from its first bytes (a few KB at least, unless the file is shorter).
 */
export function sniff(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { ok: true, encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be', bom: 2 };
  const kind = binaryKind(head);
  if (kind) return { ok: false, code: 'export.binary', args: { what: kind, offset: 0 } };
  const nul = head.indexOf(0);
  if (nul !== -1) {
    // Text saved as UTF-16 without its mark: every other byte is NUL (ASCII letters), on the same side.
    let even = 0;
    let odd = 0;
    const n = Math.min(head.length, 4096);
    for (let i = 0; i < n; i++) if (head[i] === 0) (i % 2 === 0 ? even++ : odd++);
    const half = n / 2;
    if ((odd > half * 0.3 && even === 0) || (even > half * 0.3 && odd === 0)) return { ok: false, code: 'export.utf16-no-bom', args: { offset: nul } };
    return { ok: false, code: 'export.binary', args: { what: 'binary', offset: nul } };
  }
  // Decoded as a stream: a character cut by the end of these bytes is not an error here (the rest follows).
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { ok: true, encoding: 'utf-8', bom: 0 };
  } catch {
    // not UTF-8: Windows-1252, or nothing smscore can read
  }
  const bad = firstInvalidUtf8(head);
  if (windows1252Like(head)) return { ok: true, encoding: 'windows-1252', bom: 0 };
  return { ok: false, code: 'export.invalid-encoding', args: { offset: bad } };
}

/** Invalid UTF-8 found after the first chunk, once text has been read as UTF-8. */
export class DecodeError extends Error {
  constructor(readonly line: number, readonly offset: number) {
    super(`invalid UTF-8 at line ${line}`);
  }
}

/**
 * The text of a byte stream, chunk by chunk (TextDecoder with `stream: true`, so a character cut between two chunks
 * is decoded whole). A UTF-8 file whose first non-ASCII byte comes late and is not UTF-8 switches to Windows-1252
 * then, as nothing read before differs between the two; `onSwitch` is told. Invalid UTF-8 after non-ASCII UTF-8 text
 * throws DecodeError with the line it is on.
 */
export async function* decodeStream(first: Buffer, rest: AsyncIterator<Buffer>, sniffed: { encoding: TextEncoding; bom: number }, onSwitch: () => void): AsyncGenerator<string> {
  let encoding = sniffed.encoding;
  let decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let ascii = true;
  let line = 1;
  let offset = 0;
  let chunk: Buffer | undefined = first.subarray(sniffed.bom);
  offset = sniffed.bom;
  while (chunk !== undefined) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const bad = firstInvalidUtf8(chunk);
      if (ascii && isAscii(chunk.subarray(0, bad)) && windows1252Like(chunk)) {
        encoding = 'windows-1252';
        decoder = new TextDecoder(encoding);
        onSwitch();
        text = decoder.decode(chunk, { stream: true });
      } else {
        let at = line;
        for (let i = 0; i < bad; i++) if (chunk[i] === 0x0a) at++;
        throw new DecodeError(at, offset + bad);
      }
    }
    if (ascii && encoding === 'utf-8' && !isAscii(chunk)) ascii = false;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    offset += chunk.length;
    if (text !== '') yield text;
    const next = await rest.next();
    chunk = next.done ? undefined : next.value;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new DecodeError(line, offset);
  }
  if (tail !== '') yield tail;
}
