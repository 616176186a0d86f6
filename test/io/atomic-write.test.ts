import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteError, writeFileAtomic } from '../../src/io/atomic-write.js';

describe('writeFileAtomic', () => {
  test('creates and replaces a file, leaving no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-aw-'));
    const f = join(dir, 'report.json');
    writeFileAtomic(f, 'one');
    writeFileAtomic(f, 'two');
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  test('keeps the file mode of the file it replaces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-aw-'));
    const f = join(dir, 'brand.yaml');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    writeFileAtomic(f, 'new');
    expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  test('a rename that fails leaves what was there intact, and no temporary file', () => {
    // Replacing a non-empty directory fails for every user, root included: a dependable failure to provoke.
    const dir = mkdtempSync(join(tmpdir(), 'smscore-aw-'));
    const target = join(dir, 'report.html');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'precious');
    expect(() => writeFileAtomic(target, 'new')).toThrow(WriteError);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  test('writing into a missing folder fails cleanly', () => {
    const f = join(tmpdir(), 'smscore-no-such-dir', String(Date.now()), 'x.json');
    expect(() => writeFileAtomic(f, 'x')).toThrow(/cannot write .* \(ENOENT\); the existing file, if any, is unchanged/);
  });
});
