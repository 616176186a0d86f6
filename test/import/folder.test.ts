/**
 * The files of an import (src/import/folder.ts): folders walked to a fixed depth, sorted, symbolic links never
 * followed, hidden files and __MACOSX passed over, a cap on how many.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExportFiles, MAX_DEPTH, MAX_FILES } from '../../src/import/folder.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-folder-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'a,b\n');
  }
  return dir;
}

describe('findExportFiles', () => {
  test('sorted, depth first; hidden files, __MACOSX and other extensions passed over', () => {
    const dir = tree(['b.csv', 'a/z.xlsx', 'a/b.zip', 'C.json', '.hidden.csv', '.git/x.csv', '__MACOSX/._b.csv', 'notes.md', 'a/c.TSV']);
    const found = findExportFiles([dir]);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(['C.json', 'a/b.zip', 'a/c.TSV', 'a/z.xlsx', 'b.csv']);
    expect(found.passed).toEqual([{ file: join(dir, 'notes.md'), why: 'extension' }]);
    expect(found.missing).toEqual([]);
  });

  test('symbolic links inside a folder are not followed (a loop, a way out); a link given by name is', () => {
    const dir = tree(['in/a.csv']);
    const outside = tree(['secret.csv']);
    symlinkSync(outside, join(dir, 'in', 'out'));
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
    symlinkSync(join(outside, 'secret.csv'), join(dir, 'in', 'link.csv'));
    const found = findExportFiles([join(dir, 'in')]);
    expect(found.files).toEqual([join(dir, 'in', 'a.csv')]);
    expect(found.passed.map((p) => [p.file.slice(dir.length + 1), p.why])).toEqual([['in/link.csv', 'link'], ['in/loop', 'link'], ['in/out', 'link']]);
    expect(findExportFiles([join(dir, 'in', 'link.csv')]).files).toEqual([join(dir, 'in', 'link.csv')]);
  });

  test(`no deeper than ${MAX_DEPTH} levels; a file given twice counted once; a missing path reported`, () => {
    const deep = Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `d${i + 1}`).join('/');
    const dir = tree(['top.csv', `${deep}/x.csv`, `${deep.split('/').slice(0, MAX_DEPTH - 1).join('/')}/ok.csv`]);
    const found = findExportFiles([dir, join(dir, 'top.csv'), join(dir, 'nothing-here')]);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual([`${deep.split('/').slice(0, MAX_DEPTH - 1).join('/')}/ok.csv`, 'top.csv']);
    expect(found.passed.map((p) => p.why)).toEqual(['too-deep']);
    expect(found.missing).toEqual([join(dir, 'nothing-here')]);
  });

  test(`more than ${MAX_FILES} exports: refused rather than half-read`, () => {
    const dir = tree(Array.from({ length: MAX_FILES + 1 }, (_, i) => `f${String(i).padStart(4, '0')}.csv`));
    const found = findExportFiles([dir]);
    expect(found.tooMany).toBe(true);
    expect(found.files).toHaveLength(MAX_FILES);
    expect(findExportFiles([tree(['a.csv'])]).tooMany).toBe(false);
  });
});
