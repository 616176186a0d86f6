import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginEdit, openAtomicWriter, openSpool, WriteError, writeFileAtomic } from '../../src/io/atomic-write.js';
import { sameFileAmong } from '../../src/io/same-file.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'smscore-aw-'));
/** The problem a call's WriteError names. */
function problemOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof WriteError) return err.problem;
    throw err;
  }
  return undefined;
}

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
    const piece = 'ligne «\u00a0été\u00a0» ✔\n'.repeat(20_000); // > 1 MiB in all: several blocks
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

describe('mode, owner and group of a replaced file', () => {
  test('the mode bits survive the umask: 0664 stays 0664', () => {
    const f = join(fresh(), 'brand.yaml');
    writeFileSync(f, 'old');
    chmodSync(f, 0o664);
    const umask = process.umask(0o022);
    try {
      writeFileAtomic(f, 'new');
    } finally {
      process.umask(umask);
    }
    expect(statSync(f).mode & 0o7777).toBe(0o664);
  });

  test('the owner and group stay where this user may give them (as root: any)', () => {
    const f = join(fresh(), 'brand.yaml');
    writeFileSync(f, 'old');
    const root = process.getuid?.() === 0;
    // As root, another owner and group; otherwise this user's own, which must survive as well.
    if (root) chownSync(f, 1, 2);
    const before = statSync(f);
    writeFileAtomic(f, 'new');
    const after = statSync(f);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(readFileSync(f, 'utf8')).toBe('new');
  });

  test('a read-only file (0444) is refused, not replaced, even for root', () => {
    const dir = fresh();
    const f = join(dir, 'report.json');
    writeFileSync(f, 'precious');
    chmodSync(f, 0o444);
    expect(problemOf(() => writeFileAtomic(f, 'new'))).toBe('read-only');
    expect(() => writeFileAtomic(f, 'new')).toThrow(/report\.json is read-only \(mode 0444\)/);
    expect(problemOf(() => beginEdit(f))).toBe('read-only');
    expect(readFileSync(f, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  test('a report named through a symbolic link replaces the link and leaves the file it pointed to alone', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'elsewhere.txt'), 'not a report');
    symlinkSync('elsewhere.txt', join(dir, 'report.txt'));
    writeFileAtomic(join(dir, 'report.txt'), 'the report');
    expect(lstatSync(join(dir, 'report.txt')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('the report');
    expect(readFileSync(join(dir, 'elsewhere.txt'), 'utf8')).toBe('not a report');
  });
});

describe('beginEdit', () => {
  test('through a chain of links: the file at the end is edited beside itself, the links stay links', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'links'));
    const real = join(dir, 'real', 'brand.yaml');
    writeFileSync(real, 'old');
    symlinkSync('../real/brand.yaml', join(dir, 'links', 'one.yaml'));
    symlinkSync('one.yaml', join(dir, 'links', 'two.yaml'));
    const edit = beginEdit(join(dir, 'links', 'two.yaml'));
    expect(edit.existed).toBe(true);
    expect(edit.target).toBe(real);
    edit.commit('new');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readlinkSync(join(dir, 'links', 'two.yaml'))).toBe('one.yaml');
    expect(readlinkSync(join(dir, 'links', 'one.yaml'))).toBe('../real/brand.yaml');
    expect(readdirSync(join(dir, 'real'))).toEqual(['brand.yaml']);
    expect(readdirSync(join(dir, 'links')).sort()).toEqual(['one.yaml', 'two.yaml']);
  });

  test('a link to nothing, and a loop of links, are refused with what they point to', () => {
    const dir = fresh();
    symlinkSync('missing.yaml', join(dir, 'brand.yaml'));
    expect(() => beginEdit(join(dir, 'brand.yaml'))).toThrow(`brand.yaml is a symbolic link to ${join(dir, 'missing.yaml')}, which does not exist`);
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    expect(problemOf(() => beginEdit(join(dir, 'a.yaml')))).toBe('link-loop');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'brand.yaml']);
  });

  test('a file changed after the edit began is not replaced: the other write stays', () => {
    const dir = fresh();
    const f = join(dir, 'brand.yaml');
    writeFileSync(f, 'channels: [facebook]');
    const edit = beginEdit(f);
    writeFileSync(f, 'channels: [instagram]'); // same size, in place, within the same clock tick
    expect(problemOf(() => edit.commit('channels: [facebook, mine]'))).toBe('changed');
    expect(readFileSync(f, 'utf8')).toBe('channels: [instagram]');
    expect(readdirSync(dir)).toEqual(['brand.yaml']);
  });

  test('a file that appeared after an edit meant to create it is not replaced', () => {
    const dir = fresh();
    const f = join(dir, 'brand.yaml');
    const edit = beginEdit(f);
    expect(edit.existed).toBe(false);
    writeFileSync(f, 'someone else');
    expect(problemOf(() => edit.commit('mine'))).toBe('changed');
    expect(readFileSync(f, 'utf8')).toBe('someone else');
  });

  test('a lock held by a live process is waited for, then refused; one left by a dead process is taken over', () => {
    const dir = fresh();
    const f = join(dir, 'brand.yaml');
    writeFileSync(f, 'old');
    const lock = join(dir, '.brand.yaml.smscore-lock');
    writeFileSync(lock, `${process.ppid}\n`); // a live process that is not this one
    expect(() => beginEdit(f, { lockWaitMs: 30 }).commit('new')).toThrow(`(pid ${process.ppid}, lock file ${lock})`);
    expect(readFileSync(f, 'utf8')).toBe('old');
    // A process that has ended: its pid is free, its lock is stale.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lock, `${dead}\n`);
    beginEdit(f, { lockWaitMs: 30 }).commit('new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    // This process's own pid: it holds no lock while it asks for one, so a dead process's pid, given again.
    writeFileSync(lock, `${process.pid}\n`);
    beginEdit(f, { lockWaitMs: 30 }).commit('newer');
    expect(readFileSync(f, 'utf8')).toBe('newer');
    expect(readdirSync(dir)).toEqual(['brand.yaml']);
  });

});

describe('sameFileAmong (src/io/same-file.ts)', () => {
  test('the same file however named: spelt differently, a symbolic link, a hard link', () => {
    const dir = fresh();
    const f = join(dir, 'brand.yaml');
    writeFileSync(f, 'x');
    linkSync(f, join(dir, 'hard.yaml'));
    symlinkSync('brand.yaml', join(dir, 'soft.yaml'));
    const inputs = [{ path: join(dir, 'other.yaml') }, { path: f }];
    expect(sameFileAmong(join(dir, 'hard.yaml'), inputs)).toBe(inputs[1]);
    expect(sameFileAmong(join(dir, 'soft.yaml'), inputs)).toBe(inputs[1]);
    expect(sameFileAmong(join(dir, '.', 'brand.yaml'), inputs)).toBe(inputs[1]);
    expect(sameFileAmong(join(dir, 'new.json'), inputs)).toBeUndefined();
  });
});
