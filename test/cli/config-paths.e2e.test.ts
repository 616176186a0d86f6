/**
 * Issue 20, item 6: a configuration (data a pull request can change) reads only files in its folder and below,
 * and an error about a pack never quotes what the file holds beyond the offending key's name.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, runCli } from '../support/cli.js';
import { insideFolder } from '../../src/config/load.js';

/** A repository beside a folder of secrets, with a symlink from the repository into it. */
function setup(): { root: string; repo: string } {
  const root = mkdtempSync(join(tmpdir(), 'smscore-confine-'));
  const repo = join(root, 'repo');
  mkdirSync(join(repo, 'questions'), { recursive: true });
  mkdirSync(join(root, 'secret'));
  writeFileSync(join(root, 'secret', 'creds.yaml'), 'aws_secret_access_key: AKIA-SECRET\ndb_password: hunter2\nquestions_owner: x\n');
  symlinkSync(join(root, 'secret', 'creds.yaml'), join(repo, 'questions', 'link.yaml'));
  symlinkSync(join(root, 'secret'), join(repo, 'questions', 'linked-folder'));
  copyFileSync(example('strategy-repo/questions/agency-pack.yaml'), join(repo, 'questions', 'agency.yaml'));
  writeFileSync(join(repo, 'b.yaml'), 'smscore: 1\nbrand: { name: X }\n');
  return { root, repo };
}

describe('paths in a configuration stay inside its folder', () => {
  const { root, repo } = setup();
  const config = (packs: string[]) => writeFileSync(join(repo, 'smscore.config.yaml'), `version: 1\npacks:\n${packs.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\n`);

  test.each([
    ['an absolute path', '/etc/shadow'],
    ['a path up and out', '../secret/creds.yaml'],
    ['a symlink to a file outside', 'questions/link.yaml'],
    ['a file through a symlinked folder outside', 'questions/linked-folder/creds.yaml'],
    ['the folder above, by name', '..'],
  ])('%s is refused, located at the config\'s line and column, exit 2, nothing of the file printed', (_name, pack) => {
    config(['questions/agency.yaml', pack]);
    for (const command of [['audit', 'b.yaml'], ['validate', 'b.yaml'], ['audit', '-f', 'github', 'b.yaml']]) {
      const r = runCli(command, { cwd: repo, env: { COLUMNS: '200' } });
      expect(r.status).toBe(2);
      const out = r.stdout + r.stderr;
      expect(out).toContain(`smscore.config.yaml:4:5  error  ${JSON.stringify(pack)} is outside the configuration's folder`);
      expect(out).toContain('(config.path-outside)');
      expect(out).not.toMatch(/AKIA|hunter2|aws_secret|db_password/);
    }
  });

  test('in French too', () => {
    config(['/etc/shadow']);
    const r = runCli(['audit', '--lang', 'fr', 'b.yaml'], { cwd: repo, env: { COLUMNS: '200' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('smscore.config.yaml:3:5  erreur  «\u00a0/etc/shadow\u00a0» est hors du dossier de la configuration');
  });

  test('packs inside the folder are read, by any path that stays inside', () => {
    config(['./questions/../questions/agency.yaml']);
    const a = runCli(['audit', '-f', 'json', 'b.yaml'], { cwd: repo });
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('agency-monthly-review');
    expect(runCli(['explain', 'agency-monthly-review', '--pack', 'questions/agency.yaml'], { cwd: repo }).status).toBe(0);
  });

  test('the command line is not limited: --pack names a file anywhere (the workflow\'s author writes it, not the PR)', () => {
    writeFileSync(join(root, 'secret', 'pack.yaml'), 'questions: []\n');
    writeFileSync(join(repo, 'smscore.config.yaml'), 'version: 1\n');
    expect(runCli(['audit', '-q', '--pack', join(root, 'secret', 'pack.yaml'), 'b.yaml'], { cwd: repo }).status).toBe(0);
  });

  test('a file that is not a pack is said to be so, without a word of what it holds', () => {
    for (const text of ['aws_secret_access_key: AKIA-SECRET\ndb_password: hunter2\n' + Array.from({ length: 50 }, (_, i) => `key${i}: v${i}\n`).join(''), '- AKIA-SECRET\n- hunter2\n', 'AKIA-SECRET hunter2\n']) {
      writeFileSync(join(repo, 'questions', 'notpack.yaml'), text);
      writeFileSync(join(repo, 'smscore.config.yaml'), 'version: 1\npacks: [questions/notpack.yaml]\n');
      for (const r of [runCli(['audit', 'b.yaml'], { cwd: repo }), runCli(['questions', '--pack', 'questions/notpack.yaml'], { cwd: repo })]) {
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('notpack.yaml:1:1  not a question pack');
        expect(r.stdout + r.stderr).not.toMatch(/AKIA|hunter2|aws_secret|db_password|key\d/);
      }
    }
  });
});

describe('insideFolder()', () => {
  const { root, repo } = setup();
  test('inside, after resolving symlinks on both sides', () => {
    expect(insideFolder(repo, 'questions/agency.yaml')).toBe(true);
    expect(insideFolder(repo, 'questions/not-yet.yaml')).toBe(true);
    expect(insideFolder(repo, join(repo, 'b.yaml'))).toBe(true);
    // The folder reached through a symlink of its own is still itself.
    symlinkSync(repo, join(root, 'repo-link'));
    expect(insideFolder(join(root, 'repo-link'), 'questions/agency.yaml')).toBe(true);
  });
  test('outside', () => {
    for (const p of ['/etc/passwd', '..', '.', '../secret/creds.yaml', 'questions/link.yaml', 'questions/linked-folder/creds.yaml', 'questions/linked-folder/none.yaml']) {
      expect([p, insideFolder(repo, p)]).toEqual([p, false]);
    }
  });
});
