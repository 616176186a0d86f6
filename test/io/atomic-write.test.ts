import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAtomicWriter, openSpool, WriteError, writeFileAtomic } from '../../src/io/atomic-write.js';

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

describe('openAtomicWriter', () => {
  test('written piece by piece: the old content stays visible until commit, then the new one, no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-aw-'));
    const f = join(dir, 'report.txt');
    writeFileSync(f, 'old');
    const w = openAtomicWriter(f);
    w.write('one, ');
    w.write(Buffer.from('two, '));
    w.write('');
    w.write('three ✔');
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toHaveLength(2);
    w.commit();
    w.abort(); // after a commit: nothing to undo
    expect(readFileSync(f, 'utf8')).toBe('one, two, three ✔');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  test('abort: the existing file is untouched and the temporary file gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-aw-'));
    const f = join(dir, 'report.json');
    writeFileSync(f, 'precious');
    const w = openAtomicWriter(f);
    w.write('half a report');
    w.abort();
    w.abort();
    expect(readFileSync(f, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(() => w.write('more')).toThrow(/after it was aborted/);
  });

  test('a folder in the way fails when opened, before anything is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-aw-'));
    mkdirSync(join(dir, 'report.html'));
    expect(() => openAtomicWriter(join(dir, 'report.html'))).toThrow(/\(EISDIR\); the existing file, if any, is unchanged/);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});

describe('openSpool', () => {
  test('gives back every byte in order, in blocks, and leaves no file behind even while open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-spool-'));
    const spool = openSpool(dir);
    if (process.platform !== 'win32') expect(readdirSync(dir)).toEqual([]);
    const piece = 'ligne « été » ✔\n'.repeat(20_000); // > 1 MiB in all: several blocks
    for (let i = 0; i < 4; i++) spool.write(piece);
    const blocks: Uint8Array[] = [];
    await spool.drain((b) => { blocks.push(b); });
    spool.close();
    spool.close();
    expect(blocks.length).toBeGreaterThan(1);
    expect(Buffer.concat(blocks).toString('utf8')).toBe(piece.repeat(4));
    expect(spool.size).toBe(Buffer.byteLength(piece) * 4);
    expect(readdirSync(dir)).toEqual([]);
  });
});
