import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';

const CSV = join(ROOT, 'test/fixtures/import/facebook-metrics/dataset_Facebook.csv');
const BASE = join(ROOT, 'test/fixtures/import/cosmetics-base.yaml');

function copyBase(): { dir: string; brand: string } {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-import-'));
  const brand = join(dir, 'brand.yaml');
  copyFileSync(BASE, brand);
  return { dir, brand };
}

describe('smscore import (built binary)', () => {
  test('the real Facebook export fills the channel exactly as the shipped example shows, comments kept', () => {
    const { brand } = copyBase();
    // Wide: a rejected row's line (the export's absolute path, then the reason) stays whole.
    const r = runCli(['import', 'facebook', CSV, '--into', brand, '--channel', 'facebook'], { env: { COLUMNS: '160' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('500 rows read: 496 kept, 4 rejected, 0 outside the period');
    expect(r.stdout).toMatch(/dataset_Facebook\.csv:478 {2}impressions below reach \(10,966 < 37,088\)/);
    expect(r.stdout).toContain('Paid posts: 138 of 495 that say (27.9%)');
    // Issue 22: figures and dates as each language writes them.
    expect(r.stdout).toContain('period 1 January 2014 → 31 December 2014');
    const fr = runCli(['import', 'facebook', CSV, '--into', brand, '--channel', 'facebook', '--dry-run', '--lang', 'fr'], { env: { COLUMNS: '160' } });
    expect(fr.stdout).toContain('période 1er janvier 2014 → 31 décembre 2014');
    expect(fr.stdout).toContain('impressions inférieures à la portée (10\u202f966 < 37\u202f088)');
    expect(readFileSync(brand, 'utf8')).toBe(readFileSync(join(ROOT, 'examples/cosmetics-facebook-2014.yaml'), 'utf8'));
    // Importing again changes nothing.
    const again = runCli(['import', 'facebook', CSV, '--into', brand, '--channel', 'facebook']);
    expect(again.stdout).toContain('Nothing to change');
  });

  test('--dry-run shows the changes and writes nothing; --format json describes them', () => {
    const { brand } = copyBase();
    const before = readFileSync(brand, 'utf8');
    const r = runCli(['import', 'facebook', CSV, '--into', brand, '--channel', 'facebook', '--dry-run', '--period', '2014-01-01..2014-03-31', '-f', 'json']);
    expect(r.status).toBe(0);
    expect(readFileSync(brand, 'utf8')).toBe(before);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ formatVersion: 1, format: 'facebook', dryRun: true, period: { start: '2014-01-01', end: '2014-03-31' } });
    expect(plan.kept + plan.outsidePeriod).toBe(496);
    expect(plan.changes.map((c: { key: string }) => c.key)).toContain('medianPostReach');
  });

  test('an unknown channel, a bad period, a missing mapping: usage errors, nothing written', () => {
    const { brand } = copyBase();
    const before = readFileSync(brand, 'utf8');
    const channel = runCli(['import', 'facebook', CSV, '--into', brand, '--channel', 'facebok']);
    expect(channel.status).toBe(2);
    expect(channel.stderr).toContain('did you mean "facebook"?');
    expect(runCli(['import', 'facebook', CSV, '--into', brand, '--channel', 'facebook', '--period', '2014']).stderr).toContain('start..end');
    expect(runCli(['import', 'generic', CSV, '--into', brand, '--channel', 'facebook']).stderr).toContain('--mapping');
    expect(readFileSync(brand, 'utf8')).toBe(before);
  });

  test('a file that is not this export, or with the wrong separator, is refused clearly', () => {
    const { dir, brand } = copyBase();
    const notExport = join(dir, 'other.csv');
    writeFileSync(notExport, 'colour;size\nred;3\n');
    const r = runCli(['import', 'facebook', notExport, '--into', brand, '--channel', 'facebook']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('none of the facebook columns was found');
    const mixed = join(dir, 'mixed.csv');
    writeFileSync(mixed, 'Total Reach;Total Impressions;like\n100,200,3\n150,300,4\n');
    const m = runCli(['import', 'facebook', mixed, '--into', brand, '--channel', 'facebook']);
    expect(m.status).toBe(2);
    expect(m.stdout).toContain('mixed.csv:2  wrong number of cells');
    expect(m.stderr).toContain('no post is left to import');
  });

  test('a generic CSV through a mapping file', () => {
    const { dir, brand } = copyBase();
    writeFileSync(join(dir, 'forum.csv'), 'Jour;Vues;Réponses;Portée\n05/01/2014;900;12;400\n20/02/2014;1500;30;700\n');
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  date: Jour\n  impressions: Vues\n  comments: Réponses\n  reach: Portée\ndateFormat: DD/MM/YYYY\n');
    const r = runCli(['import', 'generic', join(dir, 'forum.csv'), '--mapping', join(dir, 'map.yaml'), '--into', brand, '--channel', 'facebook']);
    expect(r.status).toBe(0);
    const text = readFileSync(brand, 'utf8');
    expect(text).toContain('impressions: 2400');
    expect(text).toContain('medianPostReach: 550');
    expect(text).toContain('# cosmetics-facebook-2014.yaml: a real brand');
  });

  test('an invalid brand file is not touched', () => {
    const { dir } = copyBase();
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'smscore: 1\nbrand: { name: X }\nchannels: [ { id: fb, platform: facebok } ]\n');
    const r = runCli(['import', 'facebook', CSV, '--into', broken, '--channel', 'fb'], { env: { COLUMNS: '160' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"facebok" is not an allowed value');
    expect(readFileSync(broken, 'utf8')).toContain('facebok');
  });
});
