import { describe, expect, test } from '@jest/globals';
import { DIAGNOSTIC_CODES, FRENCH_KEYS, diagnosticMessage } from '../../src/validate/messages.js';
import { format, resolveLocale } from '../../src/i18n/translate.js';

describe('message catalogs', () => {
  test('every diagnostic has a French text too', () => {
    const missing = DIAGNOSTIC_CODES.filter((c) => !FRENCH_KEYS.includes(c));
    expect(missing).toEqual([]);
  });

  test('placeholders are filled, unknown ones left visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(diagnosticMessage('fr', 'schema.minimum', { value: -3, limit: 0 })).toBe('-3 est sous le minimum de 0');
  });

  test('the locale comes from the flag, then LC_ALL, LC_MESSAGES, LANG, else English', () => {
    expect(resolveLocale('fr', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(resolveLocale(undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US' })).toBe('fr');
    expect(resolveLocale(undefined, { LC_MESSAGES: 'fr_CA', LANG: 'en_US' })).toBe('fr');
    expect(resolveLocale(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLocale(undefined, {})).toBe('en');
  });
});
