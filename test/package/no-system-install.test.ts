/**
 * `npm test` must not touch the system: no test runs a package manager of the machine (apt-get, dpkg, sudo…). What CI
 * needs, .ci/run installs; a test that needs a missing program is skipped or, in CI, fails (test/support/system-tool.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' ? [] : sources(join(dir, e.name))) : /\.[cm]?[jt]s$/.test(e.name) ? [join(dir, e.name)] : []);
}

// A spawn of one of them, directly or through a shell.
const INSTALLER = /\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync)\(\s*['"`](?:apt-get|apt|dpkg|sudo|pip3?|(?:ba)?sh['"`]\s*,\s*\[\s*['"`]-c['"`]\s*,\s*['"`][^'"`]*\b(?:apt-get|apt|dpkg|sudo|pip3?)\b)/;

describe('the test suite', () => {
  test('never runs the system\'s package managers', () => {
    const offenders = sources(join(ROOT, 'test'))
      .filter((file) => !file.endsWith('no-system-install.test.ts') && INSTALLER.test(readFileSync(file, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  test('the check finds such a call', () => {
    expect(INSTALLER.test("spawnSync('apt-get', ['install', '-y', 'chromium'])")).toBe(true);
    expect(INSTALLER.test("spawnSync('sh', ['-c', 'apt-get install -y tmux'])")).toBe(true);
    expect(INSTALLER.test("const HOW_TO = 'sudo apt-get install -y chromium';")).toBe(false);
  });
});
