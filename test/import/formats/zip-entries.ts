/**
 * The entries of a ZIP fixture, read with yauzl (the library the export reader uses), to check that each ZIP made by
 * test/fixtures/import/make-video-zips.mjs holds its CSV fixtures byte for byte, with the compression the platform uses.
 */
import yauzl from 'yauzl';

export interface ZipEntry {
  data: Buffer;
  /** 0 stored, 8 deflated. */
  method: number;
}

export function zipEntries(file: string): Promise<Map<string, ZipEntry>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const out = new Map<string, ZipEntry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => { out.set(entry.fileName, { data: Buffer.concat(chunks), method: entry.compressionMethod }); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
