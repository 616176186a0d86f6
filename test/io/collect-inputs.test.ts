import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../src/io/collect-inputs.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'smscore-inputs-'));
  for (const dir of ['brands/fr', 'brands/node_modules/x', 'brands/.hidden', 'drafts', 'dossier avec espaces']) mkdirSync(join(root, dir), { recursive: true });
  for (const f of ['brands/a.yaml', 'brands/fr/b.yml', 'brands/fr/notes.txt', 'brands/node_modules/x/c.yaml', 'brands/.hidden/d.yaml',
    'brands/smscore.config.yaml', 'drafts/e.yaml', 'dossier avec espaces/marque été.yaml']) writeFileSync(join(root, f), 'smscore: 1\n');
  symlinkSync(join(root, 'brands'), join(root, 'brands', 'fr', 'loop'));
  return root;
}

describe('collectInputs', () => {
  const root = tree();

  test('a folder gives its YAML files, skipping node_modules, hidden folders, config files and symlink loops', () => {
    expect(collectInputs(['brands'], { cwd: root })).toEqual({ files: ['brands/a.yaml', 'brands/fr/b.yml'], empty: [], skipped: [] });
  });

  test('globs are matched from the working directory', () => {
    expect(collectInputs(['brands/**/*.yml'], { cwd: root }).files).toEqual(['brands/fr/b.yml']);
    expect(collectInputs(['*/*.yaml'], { cwd: root }).files).toEqual(['brands/a.yaml', 'dossier avec espaces/marque été.yaml', 'drafts/e.yaml']);
  });

  test('what `skip` refuses is left out of scans and globs, with its reason; named files are taken as given', () => {
    const skip = (abs: string, isDir: boolean) => (abs === join(root, 'drafts') ? 'ignored' : !isDir && abs.endsWith('b.yml') ? 'not-brand' : undefined);
    expect(collectInputs(['.'], { cwd: root, skip })).toEqual({
      files: ['brands/a.yaml', 'dossier avec espaces/marque été.yaml'],
      empty: [],
      skipped: [{ path: 'brands/fr/b.yml', reason: 'not-brand' }, { path: 'drafts', reason: 'ignored' }],
    });
    expect(collectInputs(['brands/**/*.yml'], { cwd: root, skip })).toEqual({ files: [], empty: [{ input: 'brands/**/*.yml', skipped: 1 }], skipped: [{ path: 'brands/fr/b.yml', reason: 'not-brand' }] });
    expect(collectInputs(['brands/fr/b.yml'], { cwd: root, skip }).files).toEqual(['brands/fr/b.yml']);
  });

  test('files are kept as given, missing ones too (the loader reports them), each once', () => {
    expect(collectInputs(['brands/a.yaml', 'nope.yaml', 'brands/a.yaml', 'brands'], { cwd: root }).files).toEqual(['brands/a.yaml', 'nope.yaml', 'brands/fr/b.yml']);
  });

  test('a glob or folder that finds nothing is reported', () => {
    expect(collectInputs(['brands/**/*.json', 'brands/fr/loop/fr'], { cwd: root }).empty).toEqual([{ input: 'brands/**/*.json', skipped: 0 }]);
    expect(collectInputs(['dossier avec espaces'], { cwd: root }).files).toEqual(['dossier avec espaces/marque été.yaml']);
  });
});
