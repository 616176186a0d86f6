/** A full disk or a failing write in the middle: the existing file must survive untouched. */
import { describe, expect, jest, test } from '@jest/globals';
import * as realFs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let failWrites = false;
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  // Writes half the buffer, then the disk is "full".
  writeSync: (fd: number, buffer: Buffer, offset = 0, length = buffer.length - offset) => {
    if (!failWrites) return realFs.writeSync(fd, buffer, offset, length);
    if (offset === 0) return realFs.writeSync(fd, buffer, 0, Math.floor(length / 2));
    const err = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException;
    err.code = 'ENOSPC';
    throw err;
  },
}));
const { writeFileAtomic, WriteError } = await import('../../src/io/atomic-write.js');

describe('writeFileAtomic under faults', () => {
  test('a disk that fills up mid-write leaves the old file whole and no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-enospc-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, 'the previous report');
    failWrites = true;
    try {
      expect(() => writeFileAtomic(file, 'x'.repeat(10_000))).toThrow(WriteError);
      expect(() => writeFileAtomic(file, 'x'.repeat(10_000))).toThrow(/\(ENOSPC\); the existing file, if any, is unchanged/);
    } finally {
      failWrites = false;
    }
    expect(readFileSync(file, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});
