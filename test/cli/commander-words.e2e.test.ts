/**
 * commander's own words — its errors, its help headings and notes — in the run's language (--lang, else LC_ALL /
 * LC_MESSAGES / LANG), with exit code 2 and the "did you mean" suggestion kept. English stays commander's own text.
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/cli.js';

const HINT = { en: '(run with --help for usage)', fr: '(--help affiche le mode d’emploi)' };

/** Each of commander's usage errors: the command that makes it, and its first lines in English and in French. */
const ERRORS: { code: string; args: string[]; en: string; fr: string }[] = [
  { code: 'unknownOption', args: ['audit', '--formt', 'x'], en: 'error: unknown option \'--formt\'\n(Did you mean --format?)', fr: 'erreur\u00a0: option inconnue «\u00a0--formt\u00a0»\n(Vouliez-vous dire --format\u202f?)' },
  { code: 'unknownCommand', args: ['audti'], en: 'error: unknown command \'audti\'\n(Did you mean audit?)', fr: 'erreur\u00a0: commande inconnue «\u00a0audti\u00a0»\n(Vouliez-vous dire audit\u202f?)' },
  { code: 'missingArgument', args: ['explain'], en: 'error: missing required argument \'target\'', fr: 'erreur\u00a0: argument obligatoire manquant\u00a0: «\u00a0cible\u00a0»' },
  { code: 'optionMissingArgument', args: ['audit', '--config'], en: 'error: option \'-c, --config <file>\' argument missing', fr: 'erreur\u00a0: l’option «\u00a0-c, --config <fichier>\u00a0» attend une valeur' },
  { code: 'missingMandatoryOptionValue', args: ['import', 'facebook', 'x.csv'], en: 'error: required option \'--into <brand.yaml>\' not specified', fr: 'erreur\u00a0: l’option obligatoire «\u00a0--into <marque.yaml>\u00a0» manque' },
  {
    code: 'invalidArgument (choices)', args: ['validate', '-f', 'xml'],
    en: 'error: option \'-f, --format <format>\' argument \'xml\' is invalid. Allowed choices are text, json.',
    fr: 'erreur\u00a0: l’option «\u00a0-f, --format <format>\u00a0» n’accepte pas la valeur «\u00a0xml\u00a0». Valeurs possibles\u00a0: text, json.',
  },
  {
    code: 'invalidArgument (our parser)', args: ['audit', '--min-score', '200'],
    en: 'error: option \'--min-score <points>\' argument \'200\' is invalid. expected a number from 0 to 100.',
    fr: 'erreur\u00a0: l’option «\u00a0--min-score <points>\u00a0» n’accepte pas la valeur «\u00a0200\u00a0». Un nombre de 0 à 100 est attendu.',
  },
  { code: 'excessArguments', args: ['explain', 'a', 'b'], en: 'error: too many arguments for \'explain\'. Expected 1 argument but got 2.', fr: 'erreur\u00a0: trop d’arguments pour «\u00a0explain\u00a0»\u00a0: 1 attendu, 2 reçus.' },
];

describe('commander\'s errors', () => {
  test.each(ERRORS)('$code, in English: commander\'s own text, exit 2', ({ args, en }) => {
    const r = runCli(args);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${en}\n${HINT.en}\n`]);
  });

  test.each(ERRORS)('$code, in French with --lang fr: exit 2, the suggestion kept', ({ args, fr }) => {
    const r = runCli([...args, '--lang', 'fr']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${fr}\n${HINT.fr}\n`]);
  });

  test('the language comes from the locale variables too, and --lang=fr is read as --lang fr', () => {
    expect(runCli(['audti'], { env: { LANG: 'fr_FR.UTF-8' } }).stderr).toContain('commande inconnue');
    expect(runCli(['audti'], { env: { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' } }).stderr).toContain('commande inconnue');
    expect(runCli(['audti', '--lang=fr']).stderr).toContain('commande inconnue');
    // The flag wins over the environment, both ways.
    expect(runCli(['audti', '--lang', 'en'], { env: { LANG: 'fr_FR.UTF-8' } }).stderr).toContain('unknown command');
  });

  test('a value typed on the command line is printed without its control characters', () => {
    const r = runCli(['audit', '--bo\u001b[31mgus', '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('--help in French', () => {
  test('commander\'s headings, its notes on choices and defaults, the help and version options', () => {
    const top = runCli(['--help', '--lang', 'fr']);
    expect(top.status).toBe(0);
    for (const words of ['Utilisation\u00a0: smscore [options] [commande]', 'Options\u00a0:', 'Commandes\u00a0:', 'afficher l’aide de la commande', 'afficher le numéro de version', 'help [commande]', 'Codes de sortie\u00a0:', '(valeurs\u00a0: "en", "fr")']) {
      expect(top.stdout).toContain(words);
    }
    const sub = runCli(['import', '--help'], { env: { LANG: 'fr_FR.UTF-8' } });
    for (const words of ['Utilisation\u00a0: smscore import [options] <exports...>', 'Arguments\u00a0:', '--into <marque.yaml>', '(valeurs\u00a0: "text", "json"\u202f; par', 'défaut\u00a0: "text")', 'Exemples\u00a0:']) {
      expect(sub.stdout).toContain(words);
    }
    const en = runCli(['import', '--help']).stdout;
    for (const words of ['Usage: smscore import [options] <exports...>', 'Arguments:', '(choices: "text", "json",', 'display help for command', 'Examples:']) {
      expect(en).toContain(words);
    }
  });

  test('a no-break space is never a place to wrap: no French line of the help starts with a colon or a semicolon', () => {
    for (const command of [[], ['audit'], ['validate'], ['import'], ['questionnaire'], ['questions'], ['explain'], ['schema']]) {
      const r = runCli([...command, '--help', '--lang', 'fr'], { env: { COLUMNS: '60' } });
      expect(r.stdout.split('\n').filter((line) => /^\s*[:;?!»]/.test(line))).toEqual([]);
    }
  });
});
