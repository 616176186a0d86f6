/**
 * --help fits the width it is printed at: the options (commander wraps them) and the text after them (examples,
 * exit codes, notes: src/cli/program.ts fittedHelp) alike, in both languages. Piped, help is laid out for 80
 * columns; before fittedHelp, exit codes and long examples ran to 111 columns and a terminal cut them mid-word.
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/cli.js';

const COMMANDS = ['validate', 'audit', 'questions', 'explain', 'questionnaire', 'import', 'schema'];

describe('--help at 80 columns', () => {
  test.each(['en', 'fr'])('every command, in %s: no line wider than 80 columns, continuation lines indented', (lang) => {
    for (const command of COMMANDS) {
      const r = runCli([command, '--help', '--lang', lang]);
      expect(r.status).toBe(0);
      const wide = r.stdout.split('\n').filter((line) => [...line].length > 80);
      expect({ command, wide }).toEqual({ command, wide: [] });
    }
    // An exit code's long text goes on under its text, not under the code.
    const audit = runCli(['audit', '--help', '--lang', lang]).stdout.split('\n');
    const two = audit.findIndex((line) => /^ {2}2 {4}\S/.test(line));
    expect(audit[two + 1]).toMatch(/^ {7}\S/);
  });
});
