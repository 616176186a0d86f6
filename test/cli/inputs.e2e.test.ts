/**
 * Which files a folder, a glob or no argument at all audits, and the exit code of every mix of valid, invalid and
 * skipped files (README's table: 0 ok, 1 gate failed, 2 invalid input or usage).
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, fixture, runCli, strategyRepo } from '../support/cli.js';

const TODAY = { SMSCORE_TODAY: '2026-11-22' };
const PACK = 'questions:\n  - id: x\n    section: measurement\n';
const WORKFLOW = 'name: ci\non: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n';
const MAPPING = 'columns:\n  date: Jour\n';

/** A folder holding `files` (name → text, or an example's name to copy). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-inputs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    if (text.startsWith('example:')) copyFileSync(example(text.slice('example:'.length)), join(dir, name));
    else if (text.startsWith('fixture:')) copyFileSync(fixture(...text.slice('fixture:'.length).split('/')), join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

const brandNames = (stdout: string) => stdout.split('\n').filter((l) => /^\S.*: overall /.test(l)).map((l) => l.slice(0, l.indexOf(': overall')));

describe('folders: brand files are audited, other YAML is skipped', () => {
  test('`smscore audit examples/` audits the seven brand files and passes; the question pack is skipped', () => {
    const r = runCli(['audit', 'examples', '-q']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(brandNames(r.stdout)).toEqual([
      'Boulangerie Martin', 'Cosmetics brand (Facebook metrics data set, 2014)', 'Maison Lumière', 'Ma Marque',
      'Boulangerie Martin', 'Maison Lumière', 'Client en cours',
    ]);
    const verbose = runCli(['audit', 'examples', '-q', '--verbose']);
    expect(verbose.stderr).toBe('skipped examples/strategy-repo/questions/agency-pack.yaml: not a brand file (no top-level "smscore:" key)\n');
    expect(verbose.stdout).toBe(r.stdout);
  });

  test.each([
    ['valid + skipped', { 'a.yaml': 'example:minimal.yaml', 'pack.yaml': PACK, 'ci.yml': WORKFLOW }, [], 0],
    ['valid + skipped, a threshold missed', { 'a.yaml': 'example:minimal.yaml', 'pack.yaml': PACK }, ['--min-score', '50'], 1],
    ['valid + invalid', { 'a.yaml': 'example:minimal.yaml', 'b.yaml': 'fixture:invalid/wrong-type.yaml' }, [], 2],
    ['valid + invalid + skipped, a threshold missed', { 'a.yaml': 'example:minimal.yaml', 'b.yaml': 'fixture:invalid/wrong-type.yaml', 'm.yaml': MAPPING }, ['--min-score', '50'], 2],
    ['a brand file with a syntax error is still a brand file', { 'a.yaml': 'example:minimal.yaml', 'b.yaml': 'fixture:invalid/syntax-error.yaml' }, [], 2],
  ])('%s: exit %#', (_name, files, flags, exit) => {
    const dir = folder(files);
    const audit = runCli(['audit', '.', '-q', ...flags], { cwd: dir });
    expect(audit.status).toBe(exit);
    expect(brandNames(audit.stdout)).toEqual(['Ma Marque']);
    const validate = runCli(['validate', '.'], { cwd: dir });
    expect(validate.status).toBe(exit === 1 ? 0 : exit);
    expect(validate.stdout).not.toMatch(/pack\.yaml|ci\.yml|m\.yaml/);
  });

  test('a folder with only other YAML: no brand file found, exit 2, and --verbose says what was skipped', () => {
    const dir = folder({ 'only/pack.yaml': PACK, 'only/ci.yml': WORKFLOW, 'only/empty.yaml': '' });
    for (const command of ['audit', 'validate']) {
      const r = runCli([command, 'only'], { cwd: dir });
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe('smscore: no brand file found in only (3 paths skipped: YAML files that are not brand files, question packs or ignored paths; --verbose lists them). A brand file has "smscore: 1" at its top level.\n');
      const verbose = runCli([command, 'only', '--verbose'], { cwd: dir });
      expect(verbose.status).toBe(2);
      expect(verbose.stderr.split('\n').slice(0, 3)).toEqual([
        'skipped only/ci.yml: not a brand file (no top-level "smscore:" key)',
        'skipped only/empty.yaml: not a brand file (no top-level "smscore:" key)',
        'skipped only/pack.yaml: not a brand file (no top-level "smscore:" key)',
      ]);
    }
    const glob = runCli(['audit', 'only/*.yaml'], { cwd: dir });
    expect(glob.status).toBe(2);
    expect(glob.stderr).toContain('no brand file found in only/*.yaml (2 paths skipped');
  });
});

describe('a file named on the command line', () => {
  test.each([
    ['a question pack', PACK, 'It looks like a question pack: pass it with --pack x.yaml (or list it under packs: in smscore.config.yaml).'],
    ['a configuration', 'version: 1\nthresholds: { minScore: 50 }\n', 'It looks like a smscore configuration: pass it with --config x.yaml.'],
    ['an import mapping', MAPPING, 'It looks like a column mapping for imports: use it with "smscore import generic … --mapping x.yaml".'],
    ['a workflow', WORKFLOW, 'If it is a brand file, add "smscore: 1" at its top (see examples/minimal.yaml); otherwise, leave it out of the command.'],
  ])('that is %s: a usage error saying what it is and how to use it, nothing audited', (_name, text, hint) => {
    const dir = folder({ 'x.yaml': text, 'a.yaml': 'example:minimal.yaml' });
    for (const command of ['audit', 'validate']) {
      const r = runCli([command, 'a.yaml', 'x.yaml'], { cwd: dir });
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/^smscore: x\.yaml is not a brand file: it has no top-level "smscore:" key \(its keys: "/);
      expect(r.stderr).toContain(`\n  ${hint}\n`);
    }
  });

  test('explain refuses it the same way', () => {
    const dir = folder({ 'x.yaml': PACK });
    const r = runCli(['explain', 'x.yaml'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('smscore: x.yaml is not a brand file: it has no top-level "smscore:" key (its keys: "questions").\n  It looks like a question pack');
  });

  test('in French; and the file\'s keys never reach the terminal raw', () => {
    const dir = folder({ 'x.yaml': PACK, 'evil.yaml': '"\u001b[31mred\u0007": 1\n' });
    const fr = runCli(['--lang', 'fr', 'audit', 'x.yaml'], { cwd: dir });
    expect(fr.stderr).toBe('smscore: x.yaml n’est pas un fichier de marque\u00a0: il n’a pas de clé «\u00a0smscore:\u00a0» au premier niveau (ses clés\u00a0: "questions").\n' +
      '  Il ressemble à un pack de questions\u00a0: passez-le avec --pack x.yaml (ou ajoutez-le sous packs: dans smscore.config.yaml).\n');
    const evil = runCli(['audit', 'evil.yaml'], { cwd: dir });
    expect(evil.status).toBe(2);
    expect(evil.stderr).toContain('(its keys: "\\u001b[31mred\\u0007")');
    expect(evil.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  test('a brand file that forgot `smscore: 1`, an empty file and a JSON brand file go to the validator, as before', () => {
    const dir = folder({ 'forgot.yaml': 'brand:\n  name: A\n', 'empty.yaml': '' });
    writeFileSync(join(dir, 'brand.json'), JSON.stringify({ smscore: 1, brand: { name: 'Json' } }));
    const forgot = runCli(['validate', 'forgot.yaml'], { cwd: dir });
    expect(forgot.status).toBe(2);
    expect(forgot.stdout).toContain('forgot.yaml:1:1  error  missing required key "smscore"');
    expect(runCli(['validate', 'empty.yaml'], { cwd: dir }).stdout).toContain('the file is empty');
    const json = runCli(['audit', 'brand.json', '-q'], { cwd: dir });
    expect([json.status, brandNames(json.stdout)]).toEqual([0, ['Json']]);
  });
});

describe('--only-brand-files: named files filtered as a scan\'s are (a hook given every staged YAML file)', () => {
  test('other YAML, packs and ignored paths are skipped, the brand files audited; none at all is exit 0', () => {
    const dir = strategyRepo();
    writeFileSync(join(dir, 'docker-compose.yml'), 'services: {}\n');
    writeFileSync(join(dir, 'empty.yaml'), '');
    const staged = ['docker-compose.yml', 'empty.yaml', 'questions/agency-pack.yaml', 'drafts/new-client.yaml'];
    for (const command of ['audit', 'validate']) {
      const none = runCli([command, '--only-brand-files', '--verbose', ...staged], { cwd: dir, env: TODAY });
      expect(none.status).toBe(0);
      expect(none.stderr).toBe([
        'skipped docker-compose.yml: not a brand file (no top-level "smscore:" key)',
        'skipped empty.yaml: not a brand file (no top-level "smscore:" key)',
        'skipped questions/agency-pack.yaml: a question pack (packs: or --pack)',
        'skipped drafts/new-client.yaml: ignored by the configuration (ignore:)',
        '',
      ].join('\n'));
      // Without the flag, the same names are refused.
      expect(runCli([command, ...staged], { cwd: dir, env: TODAY }).status).toBe(2);
    }
    const some = runCli(['audit', '-q', '--only-brand-files', 'docker-compose.yml', 'brands/maison-lumiere.yaml'], { cwd: dir, env: TODAY });
    expect([some.status, brandNames(some.stdout)]).toEqual([0, ['Maison Lumière']]);
    // It does not hide a typo: a folder or glob that finds nothing is still an error.
    expect(runCli(['audit', '--only-brand-files', 'brand'], { cwd: dir }).status).toBe(2);
  });
});

describe('no argument: what the nearest smscore.config.yaml describes', () => {
  test('its folder, with its ignore globs and packs, from the root or a subfolder; the same report as `audit brands`', () => {
    const dir = strategyRepo();
    const none = runCli(['audit', '-q', '--verbose'], { cwd: dir, env: TODAY });
    const brands = runCli(['audit', 'brands', '-q'], { cwd: dir, env: TODAY });
    expect([none.status, none.stdout]).toEqual([0, brands.stdout]);
    expect(none.stderr).toBe('skipped drafts: ignored by the configuration (ignore:)\nskipped questions/agency-pack.yaml: a question pack (packs: or --pack)\n');
    const json = JSON.parse(runCli(['audit', '--format', 'json'], { cwd: join(dir, 'brands'), env: TODAY }).stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toEqual(['../brands/boulangerie-martin.yaml', '../brands/maison-lumiere.yaml']);
    const validate = runCli(['validate'], { cwd: dir });
    expect([validate.status, validate.stdout.trim().split('\n').pop()]).toEqual([0, '2 files checked: 2 valid, 0 invalid (0 errors, 0 warnings)']);
    // A threshold missed still fails with 1, not 2.
    expect(runCli(['audit', '-q', '--min-score', '90'], { cwd: dir, env: TODAY }).status).toBe(1);
  });

  test('--config names the configuration whose folder is audited; --no-config or no configuration is a usage error', () => {
    const dir = strategyRepo();
    const elsewhere = mkdtempSync(join(tmpdir(), 'smscore-elsewhere-'));
    const named = runCli(['audit', '-q', '--config', join(dir, 'smscore.config.yaml')], { cwd: elsewhere, env: TODAY });
    expect(named.status).toBe(0);
    expect(brandNames(named.stdout)).toEqual(['Boulangerie Martin', 'Maison Lumière']);
    for (const [args, cwd] of [[['audit', '--no-config'], dir], [['audit'], elsewhere], [['validate'], elsewhere]] as const) {
      const r = runCli([...args], { cwd });
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/^smscore: no brand file given, and no configuration \(smscore\.config\.yaml/);
    }
  });
});
