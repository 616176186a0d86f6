import { describe, expect, test } from '@jest/globals';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, fixture, runCli, strategyRepo } from '../support/cli.js';

const rel = (name: string) => `test/fixtures/invalid/${name}`;
/** Wide enough that a diagnostic stays on one line (wrapping at 80 columns is tested in test/cli/terminal-view.e2e.test.ts). */
const WIDE = { env: { COLUMNS: '160' } };

describe('smscore validate (built binary)', () => {
  test.each(readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.yaml')))('shipped example %s is valid', (name) => {
    const r = runCli(['validate', example(name)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 file checked: 1 valid, 0 invalid');
  });

  test('YAML syntax error: exit 2, located, plain words', () => {
    const r = runCli(['validate', rel('syntax-error.yaml')], WIDE);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${rel('syntax-error.yaml')}:3:9  error  YAML syntax error: missing closing quote for the text opened here  (yaml.syntax)`);
  });

  test('tabs used for indentation: our words, in French too', () => {
    const r = runCli(['validate', '--lang', 'fr', rel('tab-indent.yaml')], WIDE);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${rel('tab-indent.yaml')}:4:1  erreur  erreur de syntaxe YAML\u00a0: une tabulation sert d’indentation\u202f; YAML n’y accepte que des espaces  (yaml.syntax)`);
  });

  test('wrong type: the value is shown with what was expected', () => {
    const r = runCli(['validate', rel('wrong-type.yaml')], WIDE);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${rel('wrong-type.yaml')}:8:14  error  expected a whole number, found a text (twelve)  (schema.type)`);
    expect(r.stdout).toContain('  8 |       posts: twelve\n    |              ^^^^^^');
    expect(r.stdout).toContain('at /channels/0/metrics/posts');
  });

  test('unknown key with a typo: did you mean, and the allowed keys', () => {
    const r = runCli(['validate', rel('unknown-key-typo.yaml')], WIDE);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${rel('unknown-key-typo.yaml')}:8:7  error  unknown key "folowers". Did you mean "followers"?  (schema.unknown-key)`);
    expect(r.stdout).toContain('hint: keys allowed here: followers, posts, reach');
  });

  test('value outside its list: did you mean, for a typo, a synonym and a shortened name, in English and French', () => {
    const file = rel('enum-did-you-mean.yaml');
    const en = runCli(['validate', file], WIDE);
    expect(en.status).toBe(2);
    expect(en.stdout).toContain(`${file}:5:11  error  "fashon" is not an allowed value. Did you mean "fashion"?  (schema.enum)`);
    expect(en.stdout).toContain(`${file}:8:13  error  "sales" is not an allowed value. Did you mean "selling"?  (schema.enum)`);
    expect(en.stdout).toContain(`${file}:12:15  error  "insta" is not an allowed value. Did you mean "instagram"?  (schema.enum)`);
    const fr = runCli(['validate', '--lang', 'fr', file], WIDE);
    expect(fr.status).toBe(2);
    expect(fr.stdout).toContain(`${file}:8:13  erreur  «\u00a0sales\u00a0» n’est pas une valeur permise. Vouliez-vous dire «\u00a0selling\u00a0»\u202f?  (schema.enum)`);
    expect(fr.stdout).toContain(`${file}:12:15  erreur  «\u00a0insta\u00a0» n’est pas une valeur permise. Vouliez-vous dire «\u00a0instagram\u00a0»\u202f?  (schema.enum)`);
  });

  test('duplicate key: the second occurrence is located', () => {
    const r = runCli(['validate', rel('duplicate-key.yaml')], WIDE);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${rel('duplicate-key.yaml')}:5:3  error  duplicate key "sector": the same key appears twice in this mapping  (yaml.duplicate-key)`);
  });

  test('empty file', () => {
    const r = runCli(['validate', rel('empty.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${rel('empty.yaml')}:1:1  error  the file is empty  (load.empty)`);
  });

  test('missing file', () => {
    const r = runCli(['validate', 'no/such/brand.yaml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('no/such/brand.yaml:1:1  error  file not found  (load.not-found)');
    expect(r.stderr).toBe('');
  });

  test('all problems of a file in one run, in line order, warnings included', () => {
    const r = runCli(['validate', rel('many-problems.yaml')]);
    expect(r.status).toBe(2);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith(rel('many-problems.yaml')));
    expect(heads.map((l) => l.split('  ').slice(0, 2).join(' '))).toEqual([
      `${rel('many-problems.yaml')}:4:12 error`,
      `${rel('many-problems.yaml')}:7:8 error`,
      `${rel('many-problems.yaml')}:11:16 error`,
      `${rel('many-problems.yaml')}:16:14 error`,
      `${rel('many-problems.yaml')}:17:43 warning`,
    ]);
    expect(r.stdout).toContain('1 file checked: 0 valid, 1 invalid (4 errors, 1 warning)');
  });

  test('French messages with --lang fr', () => {
    const r = runCli(['validate', '--lang', 'fr', rel('unknown-key-typo.yaml')], WIDE);
    expect(r.stdout).toContain('erreur  clé inconnue «\u00a0folowers\u00a0». Vouliez-vous dire «\u00a0followers\u00a0»\u202f?');
    expect(r.stdout).toContain('1 fichier vérifié\u00a0: 0 valide, 1 invalide (1 erreur, 0 avertissement)');
  });

  test('French from the environment locale', () => {
    const r = runCli(['validate', rel('empty.yaml')], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.stdout).toContain('le fichier est vide');
  });

  test('--format json is machine-readable and complete', () => {
    const r = runCli(['validate', '--format', 'json', rel('wrong-type.yaml'), fixture('..', '..', 'examples', 'minimal.yaml')]);
    expect(r.status).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.formatVersion).toBe(1);
    expect(json.files[0].diagnostics[0]).toEqual({
      severity: 'error', code: 'schema.type', message: 'expected a whole number, found a text (twelve)', hint: null,
      line: 8, col: 14, pointer: '/channels/0/metrics/posts', args: { expected: 'integer', actual: 'string', value: 'twelve' },
    });
    expect(json.files[1].valid).toBe(true);
  });

  test('no ANSI codes when piped or with NO_COLOR; colours with --color', () => {
    expect(runCli(['validate', rel('empty.yaml')]).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['validate', rel('empty.yaml')], { env: { NO_COLOR: '' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['validate', '--color', rel('empty.yaml')]).stdout).toMatch(/\u001b\[/);
    expect(runCli(['validate', rel('empty.yaml')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });
});

describe('smscore usage', () => {
  test('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('--help lists commands and exit codes', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('validate');
    expect(r.stdout).toContain('audit');
    expect(r.stdout).toContain('Exit codes:');
  });

  test('every command has --help with examples', () => {
    for (const cmd of ['validate', 'audit', 'schema']) {
      const r = runCli([cmd, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });

  test('unknown command or option: exit 2, no stack trace', () => {
    const a = runCli(['frobnicate']);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain("unknown command 'frobnicate'");
    const b = runCli(['validate', '--nope', 'x.yaml']);
    expect(b.status).toBe(2);
    expect(b.stderr).not.toMatch(/\n\s+at /);
  });

  test('no argument and no configuration to take the brand files from is a usage error', () => {
    const r = runCli(['validate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('smscore: no brand file given, and no configuration (smscore.config.yaml');
    expect(r.stderr).toContain('Name files, folders or quoted globs');
  });

  test('schema prints the brand schema as JSON', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$id).toBe('https://smscore.dev/schemas/brand/v1.json');
  });

  describe('folders and globs, as audit takes them', () => {
    test('a folder: its brand files, without the configuration\'s ignored drafts and question packs', () => {
      const dir = strategyRepo();
      const r = runCli(['validate', '.'], { cwd: dir });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('brands/boulangerie-martin.yaml');
      expect(r.stdout).toContain('brands/maison-lumiere.yaml');
      expect(r.stdout).not.toMatch(/drafts|agency-pack/);
      expect(r.stdout).toContain('2 files checked: 2 valid, 0 invalid');
      const json = JSON.parse(runCli(['validate', 'brands', '--format', 'json'], { cwd: dir }).stdout) as { files: { file: string }[] };
      expect(json.files.map((f) => f.file)).toEqual(['brands/boulangerie-martin.yaml', 'brands/maison-lumiere.yaml']);
    });

    test('--no-config: the drafts are validated too; the pack is skipped as what it is, not a brand file', () => {
      const dir = strategyRepo();
      const r = runCli(['validate', '.', '--no-config'], { cwd: dir });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('drafts/new-client.yaml: valid');
      expect(r.stdout).toContain('3 files checked: 3 valid, 0 invalid');
      expect(r.stdout + r.stderr).not.toContain('agency-pack');
      const verbose = runCli(['validate', '.', '--no-config', '--verbose'], { cwd: dir });
      expect(verbose.stderr).toBe('skipped questions/agency-pack.yaml: not a brand file (no top-level "smscore:" key)\n');
      expect(verbose.stdout).toBe(r.stdout);
    });

    test('a quoted glob; a folder or glob with no brand file is a usage error', () => {
      const dir = strategyRepo();
      expect(runCli(['validate', 'brands/*.yaml'], { cwd: dir }).stdout).toContain('2 files checked: 2 valid, 0 invalid');
      mkdirSync(join(dir, 'empty'));
      const empty = runCli(['validate', 'empty', 'brands/**/*.json'], { cwd: dir });
      expect(empty.status).toBe(2);
      expect(empty.stderr).toBe('smscore: no brand file found in empty. A brand file has "smscore: 1" at its top level.\n' +
        'no brand file found in brands/**/*.json. A brand file has "smscore: 1" at its top level.\n');
    });

    test('an invalid configuration stops validate as it stops audit: exit 2, located', () => {
      const dir = strategyRepo();
      writeFileSync(join(dir, 'smscore.config.yaml'), 'version: 1\nignore: drafts/**\n');
      const r = runCli(['validate', 'brands/maison-lumiere.yaml'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/smscore\.config\.yaml:2:\d+/);
    });
  });
});
