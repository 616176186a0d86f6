/**
 * commander's errors in the run's language (src/cli/commander-words.ts), made by commander itself: an upgrade of
 * commander that rewords one of them fails here rather than letting its English through.
 */
import { describe, expect, test } from '@jest/globals';
import { Argument, Command, Option } from 'commander';
import { commanderErrorText } from '../../src/cli/commander-words.js';
import { printable } from '../../src/util/printable.js';

/** What commander prints for `args`, through commanderErrorText in `locale`. */
function errorOf(build: (cmd: Command) => Command, args: string[], locale: 'en' | 'fr'): string {
  const printed: string[] = [];
  const cmd = build(new Command('x'))
    .exitOverride()
    .configureOutput({ writeErr: (s) => printed.push(s), writeOut: (s) => printed.push(s), outputError: (s, write) => write(commanderErrorText(locale, s)) });
  expect(() => cmd.parse(args, { from: 'user' })).toThrow();
  return printed.join('');
}

describe('commander\'s errors, from commander itself', () => {
  test('an option that conflicts with another', () => {
    const build = (c: Command) => c.addOption(new Option('--a').conflicts('b')).option('--b');
    expect(errorOf(build, ['--a', '--b'], 'en')).toBe('error: option \'--a\' cannot be used with option \'--b\'\n');
    expect(errorOf(build, ['--a', '--b'], 'fr')).toBe('erreur\u00a0: l’option «\u00a0--a\u00a0» ne peut pas être utilisée avec l’option «\u00a0--b\u00a0»\n');
  });

  test('too many arguments for the program itself, and an argument choice', () => {
    expect(errorOf((c) => c.argument('<one>'), ['a', 'b'], 'fr')).toBe('erreur\u00a0: trop d’arguments\u00a0: 1 attendu, 2 reçus.\n');
    expect(errorOf((c) => c.argument('<one>'), ['a', 'b'], 'en')).toBe('error: too many arguments. Expected 1 argument but got 2.\n');
    const choice = (c: Command) => c.addArgument(new Argument('<kind>').choices(['a', 'b']));
    expect(errorOf(choice, ['c'], 'fr')).toBe('erreur\u00a0: la valeur «\u00a0c\u00a0» ne convient pas à l’argument «\u00a0kind\u00a0». Valeurs possibles\u00a0: a, b.\n');
  });

  test('a message of a shape it does not know stays as commander wrote it, made printable', () => {
    expect(commanderErrorText('fr', 'error: something new \u001b[31m\n')).toBe(`error: something new ${printable('\u001b')}[31m\n`);
  });
});

