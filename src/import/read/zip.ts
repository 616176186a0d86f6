/**
 * A ZIP as downloaded from YouTube Studio or TikTok Studio: each CSV, workbook or JSON entry, at any depth, becomes
 * tables; nothing is extracted to disk. The central directory is checked before any entry is read (how many entries,
 * their declared sizes, their compression ratio), and yauzl checks while inflating that no entry holds more than it
 * declared, so a ZIP bomb is refused before it costs memory or time.
 */
import { closeSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ExportTable } from '../model.js';
import { csvTable, streamProblem, type TableOrigin } from './csv.js';
import { MB, problem } from './problem.js';

export const ZIP_LIMITS = {
  /** Platform ZIPs hold 1 to 4 files; a Takeout a few hundred. */
  maxEntries: 1000,
  /** The uncompressed size of one entry (an export of its own: READ_LIMITS.export). */
  maxEntryBytes: 512 * MB,
  /** All the entries read, uncompressed. */
  maxTotalBytes: 1024 * MB,
  /** CSVs compress about 5 to 20 times; a ratio above this, on an entry over `ratioFrom` bytes, is a ZIP bomb. */
  maxRatio: 200,
  ratioFrom: 1 * MB,
};

const READ = /\.(csv|xlsx|xls|json)$/i;

/** Entries that are no export: folders, macOS resource forks, hidden files, other kinds of file. */
export function readableEntry(name: string): boolean {
  if (name.endsWith('/')) return false;
  const parts = name.split('/');
  if (parts[0] === '__MACOSX' || parts.some((p) => p.startsWith('.'))) return false;
  return READ.test(name);
}

export interface EntryReaders {
  /** A whole workbook or JSON entry, as bytes, made into tables. */
  whole(origin: TableOrigin, bytes: Buffer): ExportTable[] | { problem: Diagnostic };
}

export async function zipTables(fd: number, file: string, modified: Date, readers: EntryReaders): Promise<{ tables: ExportTable[]; problems: Diagnostic[] }> {
  const container = basename(file);
  const tables: ExportTable[] = [];
  const problems: Diagnostic[] = [];
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) => yauzl.fromFd(fd, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, z) => (err ? reject(err) : resolve(z))));
  } catch (err) {
    closeSync(fd);
    return { tables, problems: [problem(file, 'export.zip-corrupt', { detail: errorText(err) })] };
  }
  // Entry streams still open when the ZIP is read through; the file is closed when the last one ends.
  let open = 0;
  let listed = false;
  const closeIfDone = () => { if (listed && open === 0) zip.close(); };
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    return { tables, problems: [problem(file, 'export.zip-too-many-entries', { count: zip.entryCount, max: ZIP_LIMITS.maxEntries })] };
  }
  let entries: Entry[];
  try {
    entries = await new Promise<Entry[]>((resolve, reject) => {
      const list: Entry[] = [];
      zip.on('entry', (e: Entry) => { list.push(e); zip.readEntry(); });
      zip.on('end', () => resolve(list));
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (err) {
    zip.close();
    return { tables, problems: [problem(file, 'export.zip-corrupt', { detail: errorText(err) })] };
  }
  let total = 0;
  for (const entry of entries) {
    const name = entry.fileName;
    if (!readableEntry(name)) continue;
    const source = `${file} › ${name}`;
    const size = entry.uncompressedSize;
    if (size > ZIP_LIMITS.maxEntryBytes) {
      problems.push(problem(source, 'export.zip-entry-too-large', { size: Math.round(size / MB), limit: ZIP_LIMITS.maxEntryBytes / MB }));
      continue;
    }
    const ratio = entry.compressedSize > 0 ? size / entry.compressedSize : size > 0 ? Infinity : 1;
    if (size > ZIP_LIMITS.ratioFrom && ratio > ZIP_LIMITS.maxRatio) {
      problems.push(problem(source, 'export.zip-bomb', { ratio: Number.isFinite(ratio) ? Math.round(ratio) : 'infinite', max: ZIP_LIMITS.maxRatio }));
      continue;
    }
    total += size;
    if (total > ZIP_LIMITS.maxTotalBytes) {
      problems.push(problem(file, 'export.zip-too-large', { limit: ZIP_LIMITS.maxTotalBytes / MB }));
      break;
    }
    if (entry.isEncrypted()) { problems.push(problem(source, 'export.zip-encrypted')); continue; }
    const origin: TableOrigin = { source, file, entry: name, name: basename(name), container, modified };
    let stream: Readable;
    try {
      stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
    } catch (err) {
      problems.push(problem(source, 'export.zip-corrupt', { detail: errorText(err) }));
      continue;
    }
    if (/\.csv$/i.test(name)) {
      open++;
      let stopped = false;
      const stop = () => { if (stopped) return; stopped = true; stream.destroy(); open--; closeIfDone(); };
      const opened = await csvTable(origin, stream, stop, 'export.zip-corrupt');
      if ('problem' in opened) problems.push(opened.problem);
      else tables.push(opened.table);
      continue;
    }
    try {
      const bytes = await readAll(stream, size);
      const made = readers.whole(origin, bytes);
      if ('problem' in made) problems.push(made.problem);
      else tables.push(...made);
    } catch (err) {
      problems.push(streamProblem(source, err, undefined, 'export.zip-corrupt'));
    }
  }
  listed = true;
  closeIfDone();
  if (tables.length === 0 && problems.length === 0) problems.push(problem(file, 'export.zip-no-table'));
  return { tables, problems };
}

async function readAll(stream: Readable, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    // yauzl refuses more bytes than declared; this bounds a ZIP that declared none.
    if (length > Math.max(size, 1)) throw new Error('entry larger than declared');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** yauzl's messages name the problem in words ("end of central directory record signature not found"). */
function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
