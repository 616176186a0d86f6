/**
 * No lost user file (issue 20, items 7–10), on the built binary: an output that is one of the inputs is refused,
 * an edit through a symbolic link edits the file linked to, two commands editing one file at once never lose an
 * update, and a rewrite keeps the file's mode and group and refuses a read-only file.
 */
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import {
  chmodSync, chownSync, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../support/cli.js';

const BRAND = `smscore: 1
brand:
  name: Two channels
  sector: health-beauty
period:
  start: 2014-01-01
  end: 2014-12-31
# Filled by imports, one channel at a time.
channels:
  - id: facebook
    platform: facebook
    status: active
  - id: instagram
    platform: instagram
    status: active
`;
const MAPPING = 'columns:\n  date: Jour\n  impressions: Vues\n  comments: Réponses\n  reach: Portée\ndateFormat: DD/MM/YYYY\n';

/** A folder with the two-channel brand file, a mapping and one small export per channel. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-lost-'));
  writeFileSync(join(dir, 'brand.yaml'), BRAND);
  writeFileSync(join(dir, 'map.yaml'), MAPPING);
  writeFileSync(join(dir, 'facebook.csv'), 'Jour;Vues;Réponses;Portée\n05/01/2014;900;12;400\n20/02/2014;1500;30;700\n');
  writeFileSync(join(dir, 'instagram.csv'), 'Jour;Vues;Réponses;Portée\n05/01/2014;111;2;40\n20/02/2014;222;3;70\n');
  return dir;
}

const importInto = (dir: string, into: string, channel: 'facebook' | 'instagram', extra: string[] = []) =>
  ['import', 'generic', join(dir, `${channel}.csv`), '--mapping', join(dir, 'map.yaml'), '--into', into, '--channel', channel, ...extra];

/** The figures each channel got from its export (2400 impressions for facebook, 333 for instagram). */
const imported = (text: string) => ({ facebook: text.includes('impressions: 2400'), instagram: text.includes('impressions: 333') });

describe('an output that is one of the inputs is refused before anything runs (exit 2, the input untouched)', () => {
  test('audit -o the brand file itself, however it is named: as given, ./…, a symbolic link, a hard link', () => {
    const dir = workspace();
    const brand = join(dir, 'brand.yaml');
    symlinkSync('brand.yaml', join(dir, 'link.json'));
    linkSync(brand, join(dir, 'hard.json'));
    for (const output of ['brand.yaml', './brand.yaml', 'link.json', 'hard.json']) {
      const r = runCli(['audit', 'brand.yaml', '-f', 'json', '-o', output], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`smscore: refusing to write ${output}: it is the same file as the brand file brand.yaml, which this command reads. Nothing was run or written; write to another file\n`);
      expect(r.stdout).toBe('');
      expect(readFileSync(brand, 'utf8')).toBe(BRAND);
    }
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['brand.yaml', 'facebook.csv', 'hard.json', 'instagram.csv', 'link.json', 'map.yaml']);
  });

  test('audit: a report over the configuration, a pack, the baseline, or a brand file found in a folder; in French too', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'smscore.config.yaml'), 'version: 1\n');
    copyFileSync(join(ROOT, 'examples', 'strategy-repo', 'questions', 'agency-pack.yaml'), join(dir, 'pack.yaml'));
    const baseline = runCli(['audit', 'brand.yaml', '-f', 'json', '-o', 'baseline.json'], { cwd: dir });
    expect(baseline.status).toBe(0);
    const cases: [string[], string][] = [
      [['audit', 'brand.yaml', '-f', 'json', '-o', 'smscore.config.yaml'], 'the configuration smscore.config.yaml'],
      [['audit', 'brand.yaml', '--pack', 'pack.yaml', '-f', 'markdown', '-o', 'pack.yaml'], 'the question pack pack.yaml'],
      [['audit', 'brand.yaml', '--baseline', 'baseline.json', '-o', 'baseline.json'], 'the baseline baseline.json'],
      [['audit', '.', '-f', 'text', '-o', 'brand.yaml'], 'the brand file brand.yaml'],
    ];
    for (const [args, what] of cases) {
      const before = readFileSync(join(dir, args[args.length - 1]!), 'utf8');
      const r = runCli(args, { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`it is the same file as ${what}, which this command reads`);
      expect(readFileSync(join(dir, args[args.length - 1]!), 'utf8')).toBe(before);
    }
    const fr = runCli(['--lang', 'fr', 'audit', 'brand.yaml', '-f', 'json', '-o', './brand.yaml'], { cwd: dir });
    expect(fr.status).toBe(2);
    expect(fr.stderr).toBe('smscore: refus d’écrire ./brand.yaml\u00a0: c’est le même fichier que le fichier de marque brand.yaml, que cette commande lit. Rien n’a été lancé ni écrit\u202f; écrivez dans un autre fichier\n');
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toBe(BRAND);
  });

  test('import --into the export or the mapping, questionnaire over its answers file', () => {
    const dir = workspace();
    copyFileSync(join(dir, 'brand.yaml'), join(dir, 'copy.yaml'));
    const intoExport = runCli(['import', 'generic', 'brand.yaml', '--mapping', 'map.yaml', '--into', './brand.yaml', '--channel', 'facebook'], { cwd: dir });
    expect(intoExport.status).toBe(2);
    expect(intoExport.stderr).toContain('refusing to write ./brand.yaml: it is the same file as the export brand.yaml');
    const intoMapping = runCli(importInto(dir, join(dir, 'map.yaml'), 'facebook'), { cwd: dir });
    expect(intoMapping.status).toBe(2);
    expect(intoMapping.stderr).toContain('refusing to write map.yaml: it is the same file as the column mapping map.yaml');
    const answers = runCli(['questionnaire', 'brand.yaml', '--answers', 'brand.yaml'], { cwd: dir });
    expect(answers.status).toBe(2);
    expect(answers.stderr).toContain('refusing to write brand.yaml: it is the same file as the answers file brand.yaml');
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toBe(BRAND);
    expect(readFileSync(join(dir, 'map.yaml'), 'utf8')).toBe(MAPPING);
  });
});

describe('an edit through a symbolic link edits the file linked to', () => {
  test('import --into a link (a chain of two, across folders): the target changes beside itself, the links stay links', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'links'));
    symlinkSync('../brand.yaml', join(dir, 'links', 'one.yaml'));
    symlinkSync('one.yaml', join(dir, 'links', 'two.yaml'));
    const r = runCli(importInto(dir, join(dir, 'links', 'two.yaml'), 'facebook'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(imported(readFileSync(join(dir, 'brand.yaml'), 'utf8'))).toEqual({ facebook: true, instagram: false });
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toContain('# Filled by imports, one channel at a time.');
    expect(readlinkSync(join(dir, 'links', 'two.yaml'))).toBe('one.yaml');
    expect(readlinkSync(join(dir, 'links', 'one.yaml'))).toBe('../brand.yaml');
    expect(readdirSync(join(dir, 'links')).sort()).toEqual(['one.yaml', 'two.yaml']);
    expect(readdirSync(dir).sort()).toEqual(['brand.yaml', 'facebook.csv', 'instagram.csv', 'links', 'map.yaml']);
  });

  test('questionnaire --answers on a link: the target gets the answers, the link stays', () => {
    const dir = workspace();
    symlinkSync('brand.yaml', join(dir, 'link.yaml'));
    writeFileSync(join(dir, 'answers.yaml'), 'customer-needs: [Des soins sans parfum]\n');
    const r = runCli(['questionnaire', 'link.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toContain('Des soins sans parfum');
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe('brand.yaml');
  });

  test('a link to a missing file, or a loop of links: a clear message, exit 2, nothing created', () => {
    const dir = workspace();
    symlinkSync('gone.yaml', join(dir, 'dangling.yaml'));
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    writeFileSync(join(dir, 'answers.yaml'), 'customer-needs: [x]\n');
    const q = runCli(['questionnaire', 'dangling.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(q.status).toBe(2);
    expect(q.stderr).toBe(`smscore: dangling.yaml is a symbolic link to ${join(dir, 'gone.yaml')}, which does not exist; nothing was written. Create that file, or replace the link with a file\n`);
    const fr = runCli(['--lang', 'fr', 'import', ...importInto(dir, 'loop-a.yaml', 'facebook').slice(1)], { cwd: dir });
    expect(fr.status).toBe(2);
    expect(fr.stderr).toBe('smscore: loop-a.yaml est un lien symbolique qui ne mène à aucun fichier (une boucle de liens)\u202f; rien n’a été écrit\n');
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml', 'brand.yaml', 'dangling.yaml', 'facebook.csv', 'instagram.csv', 'loop-a.yaml', 'loop-b.yaml', 'map.yaml']);
  });
});

interface Finished { code: number | null; stderr: string }

function start(args: string[]): Promise<Finished> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolvePromise({ code, stderr }));
  });
}

const CHANGED = /brand\.yaml changed after smscore read it \(another command or an editor wrote to it\); nothing was written, so that change is kept\. Run the command again\n$/;

describe('two commands editing one file at once never lose an update', () => {
  test('ten runs of two concurrent imports into different channels: both figures kept, or one refused with exit 2', async () => {
    for (let run = 0; run < 10; run++) {
      const dir = workspace();
      const brand = join(dir, 'brand.yaml');
      const [fb, ig] = await Promise.all([start(importInto(dir, brand, 'facebook')), start(importInto(dir, brand, 'instagram'))]);
      const got = imported(readFileSync(brand, 'utf8'));
      // Every command that said it wrote its figures has them in the file: never both 0 with one lost.
      expect({ run, facebook: fb.code === 0 && got.facebook, instagram: ig.code === 0 && got.instagram }).toEqual({ run, facebook: fb.code === 0, instagram: ig.code === 0 });
      for (const r of [fb, ig]) {
        if (r.code === 0) continue;
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(CHANGED);
      }
      expect(fb.code === 0 || ig.code === 0).toBe(true);
      // No temporary file or lock left behind.
      expect(readdirSync(dir).sort()).toEqual(['brand.yaml', 'facebook.csv', 'instagram.csv', 'map.yaml']);
    }
  }, 120_000);

  test('an import and a questionnaire at once: each update kept, or refused', async () => {
    for (let run = 0; run < 4; run++) {
      const dir = workspace();
      const brand = join(dir, 'brand.yaml');
      writeFileSync(join(dir, 'answers.yaml'), 'customer-needs: [Des soins sans parfum]\n');
      const [imp, qn] = await Promise.all([
        start(importInto(dir, brand, 'facebook')),
        start(['questionnaire', brand, '--answers', join(dir, 'answers.yaml')]),
      ]);
      const text = readFileSync(brand, 'utf8');
      expect({ run, import: imp.code === 0 && imported(text).facebook, questionnaire: qn.code === 0 && text.includes('Des soins sans parfum') })
        .toEqual({ run, import: imp.code === 0, questionnaire: qn.code === 0 });
      for (const r of [imp, qn]) if (r.code !== 0) expect(r.stderr).toMatch(CHANGED);
    }
  }, 60_000);
});

describe('a rewrite keeps the file\'s mode and group, and refuses a read-only file', () => {
  test('import into a 0660 file owned by another group: mode and group unchanged', () => {
    const dir = workspace();
    const brand = join(dir, 'brand.yaml');
    chmodSync(brand, 0o660);
    // As root (CI, this machine), another owner and group; as a user, their own, which must survive as well.
    if (process.getuid?.() === 0) chownSync(brand, 1, 2);
    const before = statSync(brand);
    const r = runCli(importInto(dir, brand, 'facebook'));
    expect(r.status).toBe(0);
    const after = statSync(brand);
    expect(imported(readFileSync(brand, 'utf8')).facebook).toBe(true);
    expect({ mode: after.mode & 0o7777, uid: after.uid, gid: after.gid }).toEqual({ mode: 0o660, uid: before.uid, gid: before.gid });
  });

  test('a 0444 brand file or report: refused with a clear message (exit 2), left as it was; --dry-run still runs', () => {
    const dir = workspace();
    const brand = join(dir, 'brand.yaml');
    chmodSync(brand, 0o444);
    const r = runCli(importInto(dir, brand, 'facebook'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`smscore: ${brand} is read-only (mode 0444) and was left unchanged; make it writable (chmod u+w ${brand}) if smscore should replace it\n`);
    expect(runCli(importInto(dir, brand, 'facebook', ['--dry-run'])).status).toBe(0);
    writeFileSync(join(dir, 'answers.yaml'), 'customer-needs: [x]\n');
    const fr = runCli(['--lang', 'fr', 'questionnaire', 'brand.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(fr.status).toBe(2);
    expect(fr.stderr).toBe('smscore: brand.yaml est en lecture seule (mode 0444) et n’a pas été modifié\u202f; rendez-le modifiable (chmod u+w brand.yaml) si smscore doit le remplacer\n');
    expect(readFileSync(brand, 'utf8')).toBe(BRAND);
    expect(statSync(brand).mode & 0o7777).toBe(0o444);

    writeFileSync(join(dir, 'report.json'), 'the previous report');
    chmodSync(join(dir, 'report.json'), 0o444);
    const audit = runCli(['audit', 'brand.yaml', '-o', 'report.json'], { cwd: dir });
    expect(audit.status).toBe(2);
    expect(audit.stderr).toContain('report.json is read-only (mode 0444)');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('the previous report');
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml', 'brand.yaml', 'facebook.csv', 'instagram.csv', 'map.yaml', 'report.json']);
  });
});
