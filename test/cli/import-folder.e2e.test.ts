/**
 * `smscore import <path...>` (issue 24, items 2–4), built: each file recognised and sent to its channel, one
 * combined report, one atomic write or none; figures left from before settled explicitly; the report in English and
 * French; JSON format version 2 as schemas/import-report.schema.json describes it.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';
import { makeZip } from '../support/zip.js';

const FOLDER = join(ROOT, 'test/fixtures/import/folder');
const FACEBOOK_2014 = join(ROOT, 'test/fixtures/import/facebook-metrics/dataset_Facebook.csv');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'import-report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** A copy of the fixture folder (brand.yaml and exports/) to run in. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-import-folder-'));
  cpSync(FOLDER, dir, { recursive: true });
  return dir;
}

/** What a write would change: the bytes, the modification time, the inode (an atomic write makes a new file). */
function fingerprint(file: string): { hash: string; mtimeMs: number; ino: number } {
  const st = statSync(file);
  return { hash: createHash('sha256').update(readFileSync(file)).digest('hex'), mtimeMs: st.mtimeMs, ino: st.ino };
}

const run = (dir: string, args: string[], env: Record<string, string> = {}) => runCli(['import', ...args], { cwd: dir, env: { COLUMNS: '80', ...env } });

describe('smscore import <folder> (built binary)', () => {
  test('a folder of a Facebook and an Instagram export fills both channels by platform, in one write (hand computation)', () => {
    const dir = workspace();
    const before = fingerprint(join(dir, 'brand.yaml'));
    const r = run(dir, ['exports', '--into', 'brand.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Each file: what it was recognised as and where it went; the rest listed with why.
    expect(r.stdout).toContain('exports/page-insights.csv: Facebook Page Insights, post level');
    expect(r.stdout).toMatch(/exports\/instagram\/media\.csv: Instagram posts \(Graph API media and insights\) →\s+channel insta/);
    expect(r.stdout).toContain('exports/notes/sizes.csv: not an export smscore knows');
    expect(r.stdout).toMatch(/exports\/notes\/README\.md: passed over \(not a CSV, spreadsheet, ZIP or JSON\s+file\)/);
    // Hidden files and macOS's copies are not even looked at.
    expect(r.stdout).not.toContain('hidden');
    expect(r.stdout).not.toContain('MACOSX');
    // Rejected rows by file:line, per table.
    expect(r.stdout).toContain('exports/instagram/media.csv:5  impressions below reach (2,100 < 2,800)');
    expect(r.stdout).toContain('exports/page-insights.csv: 4 rows read: 3 kept, 0 rejected, 1 outside the');
    expect(r.stdout).toContain('brand.yaml updated (17 figures).');
    const after = fingerprint(join(dir, 'brand.yaml'));
    expect(after.hash).not.toBe(before.hash);
    // Replaced by a rename (a new inode), and no temporary file left beside it.
    expect(after.ino).not.toBe(before.ino);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'brand.yaml', 'exports']);
    const text = readFileSync(join(dir, 'brand.yaml'), 'utf8');
    // Facebook, posts of 5 Jan, 10 Feb, 15 Mar (2 Apr is outside the period): impressions 150 + 420 + 260,
    // likes 10 + 30 + 12, comments 2 + 5 + 1, shares 1 + 4 (the third post has none), median reach of 100, 300, 200.
    expect(text).toContain([
      '  - id: fb', '    platform: facebook', '    metrics:', '      posts: 3', '      impressions: 830', '      reactions: 52',
      '      comments: 8', '      shares: 5', '      medianPostReach: 200', '      followers:', '        start: 1000', '        end: 1025',
      '      postsWith:', '        shares: 2', '    # Filled by smscore import.',
    ].join('\n'));
    // Instagram, rows 2, 3, 4 and 7 (row 5 has fewer views than reach, row 6 a 30 February): likes
    // 214 + 502 + 167 + 133, comments 18 + 41 + 22 (row 4 has none), shares 12 + 64 + 5 + 9, saves 37 + 88 + 29 + 15,
    // views 4410 + 15230 + 3390 + 2980, median reach of 2210, 2450, 3120, 9870 = (2450 + 3120) / 2.
    expect(text).toContain([
      '    metrics:', '      posts: 4', '      impressions: 26010', '      reactions: 1016', '      comments: 81', '      shares: 90',
      '      saves: 169', '      medianPostReach: 2785', '      postsWith:', '        comments: 3',
    ].join('\n'));

    // The same folder again: nothing left from before, nothing to change, nothing written.
    const again = run(dir, ['exports', '--into', 'brand.yaml']);
    expect(again.status).toBe(0);
    expect(again.stdout.match(/Nothing to change/g)).toHaveLength(2);
    expect(again.stdout).not.toContain('Left from before');
    expect(fingerprint(join(dir, 'brand.yaml'))).toEqual(after);

    // A file removed from the folder: its channel is left as it is (no file goes to it), the other re-imported.
    rmSync(join(dir, 'exports/instagram'), { recursive: true });
    const fewer = run(dir, ['exports', '--into', 'brand.yaml']);
    expect(fewer.status).toBe(0);
    expect(fewer.stdout).not.toContain('Channel insta');
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toBe(text);
  });

  test('--format json: format version 2, per file and per channel, as the schema says', () => {
    const dir = workspace();
    const r = run(dir, ['exports', '--into', 'brand.yaml', '--dry-run', '-f', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validate(report)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(report).toMatchObject({ formatVersion: 2, into: 'brand.yaml', dryRun: true, written: false, resolution: null, period: { start: '2026-01-01', end: '2026-03-31' } });
    expect(report.files.map((f: { source: string; status: string; format: string | null; channel: string | null }) => [f.source, f.status, f.format, f.channel])).toEqual([
      ['exports/instagram/media.csv', 'imported', 'instagram', 'insta'],
      ['exports/notes/sizes.csv', 'unrecognised', null, null],
      ['exports/page-insights.csv', 'imported', 'facebook', 'fb'],
    ]);
    expect(report.passed).toEqual([{ file: 'exports/notes/README.md', why: 'extension' }]);
    expect(report.channels.map((c: { channel: string; metrics: { posts: number } }) => [c.channel, c.metrics.posts])).toEqual([['fb', 3], ['insta', 4]]);
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toBe(readFileSync(join(FOLDER, 'brand.yaml'), 'utf8'));
    // The schema refuses what it should.
    expect(validate({ ...report, formatVersion: 1 })).toBe(false);
  });

  test('the report in French', () => {
    const dir = workspace();
    const r = run(dir, ['exports', '--into', 'brand.yaml', '--dry-run', '--lang', 'fr']);
    expect(r.status).toBe(0);
    for (const words of [
      'Import dans brand.yaml', 'période 1er janvier 2026 → 31 mars 2026', 'Fichiers\u00a0:', 'exports/notes/sizes.csv\u00a0: export que smscore ne connaît pas',
      'Canal fb (facebook), depuis 1 table\u00a0:', 'caption — le texte de la publication\u202f; media_product_type', '4 lignes lues\u00a0: 3 gardées, 0 rejetée, 1 hors période',
      'impressions inférieures à la portée (2\u202f100 < 2\u202f800)', 'impressions\u00a0: (aucun) → 26\u202f010', 'Essai à blanc\u00a0: brand.yaml n’a pas été écrit.',
    ]) expect(r.stdout.replace(/\n +/g, ' ')).toContain(words);
  });

  test('an export auto-detected, without a format or a channel, gives the shipped example byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-import-auto-'));
    cpSync(join(ROOT, 'test/fixtures/import/cosmetics-base.yaml'), join(dir, 'brand.yaml'));
    const r = runCli(['import', FACEBOOK_2014, '--into', join(dir, 'brand.yaml')], { env: { COLUMNS: '80' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The path is this checkout's, of any length: where the line wraps varies, so breaks are read as spaces.
    expect(r.stdout.replace(/\n +/g, ' ')).toContain('dataset_Facebook.csv: Facebook Page Insights, post level');
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'examples/cosmetics-facebook-2014.yaml'), 'utf8'));
    // --from forces the format; `smscore import <format-id> <export>` is the same.
    cpSync(join(ROOT, 'test/fixtures/import/cosmetics-base.yaml'), join(dir, 'brand2.yaml'));
    expect(runCli(['import', 'facebook', FACEBOOK_2014, '--into', join(dir, 'brand2.yaml'), '--channel', 'facebook']).status).toBe(0);
    expect(readFileSync(join(dir, 'brand2.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'examples/cosmetics-facebook-2014.yaml'), 'utf8'));
  });

  test('a single file of unknown layout: exit 2, the closest known format and the headers it lacks', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'almost.csv'), 'Posted,Lifetime Post Total Reach,Likes\n2026-01-05,100,3\n');
    const r = run(dir, ['almost.csv', '--into', 'brand.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr.replace(/\n +/g, ' ')).toContain('almost.csv is not an export smscore knows; the closest is Facebook Page Insights, post level (layout of 2014–2018) (facebook), but these columns are missing: "Lifetime Post Total Impressions", "Lifetime Engaged Users". If it is one, name its format with --from <format>');
    const forced = run(dir, ['almost.csv', '--from', 'instagram', '--into', 'brand.yaml']);
    expect(forced.status).toBe(2);
    expect(forced.stderr).toContain('almost.csv does not have the columns of instagram');
    const unknown = run(dir, ['almost.csv', '--from', 'instagramm', '--into', 'brand.yaml']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown export format "instagramm"');
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toBe(readFileSync(join(FOLDER, 'brand.yaml'), 'utf8'));
    // A header that fits two formats equally: refused alone, listed in a folder, with the --from to type.
    writeFileSync(join(dir, 'both.csv'), 'Post ID,Page ID,Account ID,Publish time\n1,2,3,03/02/2026 08:15\n');
    const both = run(dir, ['both.csv', '--into', 'brand.yaml']);
    expect(both.status).toBe(2);
    expect(both.stderr.replace(/\n +/g, ' ')).toContain('both.csv fits several export formats equally well: Facebook Page posts (Meta Business Suite, Content export) (--from meta-facebook-content), Instagram posts (Meta Business Suite, Content export) (--from meta-instagram-content). Say which with --from <format>.');
    cpSync(join(dir, 'both.csv'), join(dir, 'exports', 'both.csv'));
    const listed = run(dir, ['exports', '--into', 'brand.yaml', '--dry-run', '-f', 'json']);
    expect(listed.status).toBe(0);
    const entry = JSON.parse(listed.stdout).files.find((f: { source: string }) => f.source === 'exports/both.csv');
    expect(entry).toEqual({ file: 'exports/both.csv', source: 'exports/both.csv', status: 'ambiguous', format: null, channel: null, candidates: ['meta-facebook-content', 'meta-instagram-content'] });
    // A folder in which nothing is an export: exit 2 too, after listing what was looked at.
    const none = run(dir, ['exports/notes', '--into', 'brand.yaml']);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('exports/notes/sizes.csv: not an export smscore knows');
    expect(none.stderr).toContain('nothing to import: none of the 1 file looked at is an export smscore reads');
  });

  test('a failure half-way (an export with no channel for it) writes nothing, and says what to add', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'brand.yaml'), readFileSync(join(dir, 'brand.yaml'), 'utf8').replace(/  - id: insta\n    platform: instagram\n    handle: "@atelierlumen"\n/, ''));
    const before = fingerprint(join(dir, 'brand.yaml'));
    const r = run(dir, ['exports', '--into', 'brand.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr.replace(/\n {2}(?!-| )/g, ' ')).toContain('exports/instagram/media.csv (Instagram posts (Graph API media and insights)): brand.yaml has no instagram channel. Add one under "channels:", for example:\n  - id: instagram\n    platform: instagram\nor name the channel with --channel instagram=<id>');
    expect(r.stderr).toContain('1 table could not be imported; nothing was written.');
    expect(fingerprint(join(dir, 'brand.yaml'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'brand.yaml', 'exports']);
    // Sent to a channel by hand, it goes.
    const mapped = run(dir, ['exports', '--into', 'brand.yaml', '--channel', 'instagram=fb', '--channel', 'page-insights.csv=fb', '--dry-run', '-f', 'json']);
    expect(mapped.stderr).toBe('');
    expect(JSON.parse(mapped.stdout).channels.map((c: { channel: string; sources: string[] }) => [c.channel, c.sources])).toEqual([['fb', ['exports/instagram/media.csv', 'exports/page-insights.csv']]]);
  });

  test('--from generic reads one CSV through its mapping, like the first syntax; not a folder', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'forum.csv'), 'Jour;Vues;Réponses;Portée\n05/01/2026;900;12;400\n20/02/2026;1500;30;700\n');
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  date: Jour\n  impressions: Vues\n  comments: Réponses\n  reach: Portée\ndateFormat: DD/MM/YYYY\n');
    const r = run(dir, ['forum.csv', '--from', 'generic', '--mapping', 'map.yaml', '--into', 'brand.yaml', '--channel', 'fb']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // 900 + 1500 views; the median of 400 and 700 people reached.
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toContain('      impressions: 2400\n      comments: 42\n      medianPostReach: 550\n');
    const folder = run(dir, ['exports', '--from', 'generic', '--mapping', 'map.yaml', '--into', 'brand.yaml']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('the generic format reads one CSV at a time');
  });

  test('a ZIP as downloaded: each entry recognised and imported like a file of its own, named by the ZIP and the entry', () => {
    const dir = workspace();
    const media = readFileSync(join(dir, 'exports', 'instagram', 'media.csv'));
    rmSync(join(dir, 'exports', 'instagram'), { recursive: true });
    writeFileSync(join(dir, 'exports', 'instagram.zip'), makeZip([{ name: 'export/media.csv', data: media }, { name: 'export/readme.txt', data: Buffer.from('hello\n') }]));
    const r = run(dir, ['exports', '--into', 'brand.yaml', '--dry-run', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validate(report)).toBe(true);
    const zipped = report.files.filter((f: { file: string }) => f.file === 'exports/instagram.zip');
    expect(zipped.map((f: { source: string; status: string; channel: string | null }) => [f.source, f.status, f.channel])).toContainEqual(['exports/instagram.zip › export/media.csv', 'imported', 'insta']);
    // The same figures as the CSV on its own (first test).
    expect(report.channels[1].metrics).toMatchObject({ posts: 4, impressions: 26010, medianPostReach: 2785 });
  });

  test('a channel left with no figure (every row outside the period) is refused, nothing written', () => {
    const dir = workspace();
    const before = fingerprint(join(dir, 'brand.yaml'));
    const r = run(dir, ['exports', '--into', 'brand.yaml', '--period', '2025-01-01..2025-12-31']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('exports/page-insights.csv: 4 rows read: 0 kept, 0 rejected, 4 outside the');
    expect(r.stderr.replace(/\n +/g, ' ')).toContain('no figure is left to import into channel fb (every row rejected or outside the period)');
    expect(r.stderr).toContain('no figure is left to import into channel insta');
    expect(fingerprint(join(dir, 'brand.yaml'))).toEqual(before);
  });

  test('unreadable files in the folder (one found so half-way through its rows): shown at file:line:col, exit 2, nothing written', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'exports', 'broken.xlsx'), 'this is not a workbook');
    // Found unreadable only half-way through its rows (a quote never closed): nothing is written either.
    writeFileSync(join(dir, 'exports', 'instagram', 'unclosed.csv'), 'id,caption,media_type,timestamp,like_count,reach,views\n1,"open,IMAGE,2026-01-06T09:30:00+0000,1,2,3\n');
    const before = fingerprint(join(dir, 'brand.yaml'));
    const r = run(dir, ['exports', '--into', 'brand.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('exports/broken.xlsx:1:1  error');
    expect(r.stderr).toContain('exports/instagram/unclosed.csv:2:1  error');
    expect(r.stderr).toMatch(/2 files could not be read; nothing was written\./);
    expect(fingerprint(join(dir, 'brand.yaml'))).toEqual(before);
  });

  test('two channels of one platform: the account named by the export decides, else a refusal with the flag to type', () => {
    const dir = workspace();
    const two = readFileSync(join(dir, 'brand.yaml'), 'utf8').replace('    handle: "@atelierlumen"\n', '    handle: "@atelier.paris"\n  - id: insta-lyon\n    platform: instagram\n');
    writeFileSync(join(dir, 'brand.yaml'), two);
    const r = run(dir, ['exports/instagram', '--into', 'brand.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr.replace(/\n +/g, ' ')).toContain('brand.yaml has several instagram channels (insta, insta-lyon) and none is named "atelierlumen"; say which, for example: --channel media.csv=insta');
    const ok = run(dir, ['exports/instagram', '--into', 'brand.yaml', '--channel', 'media.csv=insta-lyon']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Channel insta-lyon (instagram)');
    // The account matched without case, accents, spaces or @.
    const named = readFileSync(join(dir, 'brand.yaml'), 'utf8').replace('@atelier.paris', '@Atelier Lumen');
    writeFileSync(join(dir, 'brand.yaml'), named);
    const auto = run(dir, ['exports/instagram', '--into', 'brand.yaml', '--dry-run']);
    expect(auto.stdout).toContain('Channel insta (instagram)');
  });
});

describe('figures left from before', () => {
  /** The fixture brand with a reach and a business figure typed by hand on the Facebook channel. */
  function typedBrand(): { dir: string; brand: string } {
    const dir = workspace();
    const brand = join(dir, 'brand.yaml');
    writeFileSync(brand, readFileSync(brand, 'utf8').replace('    # Filled by smscore import.\n', '    metrics:\n      reach: 5000\n      posts: 2\n      conversions: 12\n'));
    return { dir, brand };
  }

  test('without a terminal and without a flag: exit 2, nothing written, each figure at file:line:col, both flags named', () => {
    const { dir, brand } = typedBrand();
    const before = fingerprint(brand);
    const r = run(dir, ['exports', '--into', 'brand.yaml']);
    expect(r.status).toBe(2);
    const err = r.stderr.replace(/\n +/g, ' ');
    expect(err).toContain('brand.yaml holds 1 figure of the imported channels that this import does not set');
    expect(err).toContain('brand.yaml:16:14  fb.reach: 5,000');
    expect(err).toContain('--replace-channel');
    expect(err).toContain('--keep-others');
    // A business figure no export gives is not one of them.
    expect(err).not.toContain('conversions');
    expect(fingerprint(brand)).toEqual(before);
    // In JSON, the report still says which figures, and where, for scripts.
    const json = run(dir, ['exports', '--into', 'brand.yaml', '-f', 'json']);
    expect(json.status).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(validate(report)).toBe(true);
    expect(report).toMatchObject({ written: false, resolution: null });
    expect(report.channels[0].stale).toMatchObject([{ key: 'reach', value: 5000, location: { file: 'brand.yaml', line: 16, col: 14 } }]);
    const fr = run(dir, ['exports', '--into', 'brand.yaml', '--lang', 'fr']);
    expect(fr.status).toBe(2);
    expect(fr.stderr.replace(/\n +/g, ' ')).toContain('brand.yaml:16:14  fb.reach\u00a0: 5\u202f000');
  });

  test('--keep-others keeps it, and the report still lists it; --replace-channel removes it', () => {
    const { dir, brand } = typedBrand();
    const keep = run(dir, ['exports', '--into', 'brand.yaml', '--keep-others']);
    expect(keep.status).toBe(0);
    expect(keep.stdout).toContain('Replaced by this import: fb.posts');
    expect(keep.stdout).toContain('Left from before, kept as asked (--keep-others):\n  brand.yaml:16:14  fb.reach: 5,000');
    expect(readFileSync(brand, 'utf8')).toMatch(/reach: 5000\n {6}posts: 3\n {6}conversions: 12\n/);

    const second = typedBrand();
    const replace = run(second.dir, ['exports', '--into', 'brand.yaml', '--replace-channel', '-f', 'json']);
    expect(replace.status).toBe(0);
    const report = JSON.parse(replace.stdout);
    expect(validate(report)).toBe(true);
    expect(report.resolution).toBe('replace-channel');
    expect(report.channels[0]).toMatchObject({ channel: 'fb', replaced: ['posts'], removed: ['reach'], stale: [{ key: 'reach', value: 5000, location: { line: 16, col: 14 } }] });
    const text = readFileSync(second.brand, 'utf8');
    expect(text).not.toContain('reach: 5000');
    expect(text).toContain('      conversions: 12\n');
    expect(text).toContain('      posts: 3\n');
    // Both at once make no sense.
    expect(run(second.dir, ['exports', '--into', 'brand.yaml', '--replace-channel', '--keep-others']).stderr).toContain('--replace-channel and --keep-others cannot be used together');
  });

  test('the first syntax is checked for them too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-import-stale-'));
    const brand = join(dir, 'brand.yaml');
    writeFileSync(brand, readFileSync(join(ROOT, 'test/fixtures/import/cosmetics-base.yaml'), 'utf8') + '    metrics:\n      reach: 5000\n');
    const before = fingerprint(brand);
    const r = runCli(['import', 'facebook', FACEBOOK_2014, '--into', brand, '--channel', 'facebook']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/brand\.yaml:\d+:\d+  facebook\.reach: 5,000/);
    expect(fingerprint(brand)).toEqual(before);
    const ok = runCli(['import', 'facebook', FACEBOOK_2014, '--into', brand, '--channel', 'facebook', '--replace-channel']);
    expect(ok.status).toBe(0);
    expect(readFileSync(brand, 'utf8')).not.toContain('reach: 5000');
  });
});

describe('a folder of Meta Business Suite exports (test/fixtures/import/meta)', () => {
  const META = join(ROOT, 'test/fixtures/import/meta');
  function metaFolder(files: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-import-meta-'));
    cpSync(join(META, 'facebook-en'), join(dir, 'exports'), { recursive: true });
    for (const f of files) cpSync(join(META, f), join(dir, 'exports', f.split('/').pop()!));
    writeFileSync(join(dir, 'brand.yaml'), [
      'smscore: 1', 'brand:', '  name: Brûlerie Sauvanne', 'period:', '  start: 2026-03-01', '  end: 2026-04-30', 'channels:',
      '  - id: page', '    platform: facebook', '  - id: insta', '    platform: instagram', '',
    ].join('\n'));
    return dir;
  }

  test('two months of Facebook posts and a month of Instagram posts, each to its channel by platform (hand computation)', () => {
    const dir = metaFolder([
      'facebook-en-lowercase/Apr-01-2026_Apr-30-2026_7302958164420391.csv',
      'instagram-en/Mar-01-2026_Mar-31-2026_8417730295516604.csv',
      'page-metric/facebook-follows.csv',
    ]);
    const r = run(dir, ['exports', '--into', 'brand.yaml', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validate(report)).toBe(true);
    expect(report.files.map((f: { source: string; status: string; format: string | null; channel: string | null }) => [f.source.replace('exports/', ''), f.status, f.format, f.channel])).toEqual([
      ['Apr-01-2026_Apr-30-2026_7302958164420391.csv', 'imported', 'meta-facebook-content', 'page'],
      ['Mar-01-2026_Mar-31-2026_7302958164420385.csv', 'imported', 'meta-facebook-content', 'page'],
      ['Mar-01-2026_Mar-31-2026_8417730295516604.csv', 'imported', 'meta-instagram-content', 'insta'],
      ['facebook-follows.csv', 'skipped', 'meta-page-metric', null],
    ]);
    // Facebook, March (5 posts kept: 20 March has fewer views than reach) and April (4 kept: 31 April does not
    // exist): views 4210 + 12890 + 2980 + 1530 (14 March has none) and 3340 + 8870 + 2210 + 15420; the median of the
    // nine reaches 1320, 1890, 1980, 2475, 2890, 3580, 7010, 10340, 11875. The other sums are each month's, as
    // test/import/formats/meta.test.ts computes them: reactions 662 + 896, comments 63 + 93, shares 75 + 135, link
    // clicks 240 + 163.
    expect(report.channels[0]).toMatchObject({
      channel: 'page',
      metrics: { posts: 9, impressions: 21610 + 29840, medianPostReach: 2890, reactions: 1558, comments: 156, shares: 210, clicks: 403 },
    });
    expect(report.channels[1]).toMatchObject({
      channel: 'insta',
      metrics: { posts: 4, impressions: 28540, medianPostReach: 2903, reactions: 1112, comments: 72, shares: 108, saves: 218, postsWith: { comments: 3 } },
    });
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toContain('  - id: page\n    platform: facebook\n    metrics:\n      posts: 9\n');
  });

  test('the same export twice (a re-download beside the first): its posts counted once, and the report says so', () => {
    const dir = metaFolder([]);
    cpSync(join(dir, 'exports', 'Mar-01-2026_Mar-31-2026_7302958164420385.csv'), join(dir, 'exports', 'Mar-01-2026_Mar-31-2026_7302958164420385 (1).csv'));
    const r = run(dir, ['exports', '--into', 'brand.yaml', '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Channel page (facebook), from 2 tables:');
    expect(r.stdout).toContain('5 posts found twice (same id), counted once');
    expect(r.stdout).toContain('posts: (none) → 5');
    expect(r.stdout).toContain('impressions: (none) → 21,610');
    const fr = run(dir, ['exports', '--into', 'brand.yaml', '--dry-run', '--lang', 'fr']);
    expect(fr.stdout).toContain('5 publications trouvées deux fois (même identifiant), comptées une seule fois');
  });
});
