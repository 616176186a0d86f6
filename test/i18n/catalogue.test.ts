/**
 * The message catalogue (src/i18n/catalogue.ts) is whole: every dictionary of the code is in it, and every message
 * exists in English and French with the same placeholders.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGUE, LOCALES, messageText, placeholders } from '../../src/i18n/catalogue.js';
import { ROOT } from '../support/cli.js';
import { englishWords } from '../support/english.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

describe('the message catalogue', () => {
  test('gathers every dictionary of the code (each file that makes a translator)', () => {
    const makers = sourceFiles(join(ROOT, 'src'))
      .filter((f) => !f.endsWith(join('i18n', 'translate.ts')) && /\bmakeTranslator\s*[<(]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .sort();
    // The export formats' dictionaries (source "src/import/formats/ (platform)") are data, not translators.
    const listed = [...new Set(CATALOGUE.map((a) => a.source.split(' ')[0]!).filter((s) => !s.endsWith('/')))].sort();
    expect(makers).toEqual(listed);
  });

  test.each(CATALOGUE.map((a) => [a.area, a] as const))('%s: every message exists in every language', (_name, area) => {
    const missing: string[] = [];
    for (const locale of LOCALES) {
      for (const other of LOCALES) {
        for (const key of Object.keys(area.messages[other])) if (area.messages[locale][key] === undefined) missing.push(`${locale}: ${key}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  test.each(CATALOGUE.map((a) => [a.area, a] as const))('%s: the same placeholders in every language', (_name, area) => {
    const differ: string[] = [];
    for (const key of Object.keys(area.messages.en)) {
      const en = placeholders('en', area, key).join(', ');
      for (const locale of LOCALES) {
        const other = placeholders(locale, area, key).join(', ');
        if (other !== en) differ.push(`${key}: en {${en}} / ${locale} {${other}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  test('no French message holds an English sentence (its placeholders taken out), in either plural form', () => {
    const english: string[] = [];
    for (const area of CATALOGUE) {
      for (const key of Object.keys(area.messages.fr)) {
        for (const count of [1, 2]) {
          for (const line of (messageText('fr', area, key, count) ?? '').replace(/\{\w+\}/g, ' ').split('\n')) {
            const words = englishWords(line);
            if (words) english.push(`${area.area} ${key}: ${line}    ← ${words.join(' ')}`);
          }
        }
      }
    }
    expect([...new Set(english)]).toEqual([]);
  });

  test('a message written as a function is listed with its placeholders, in its singular and plural forms', () => {
    const cli = CATALOGUE.find((a) => a.area === 'cli')!;
    expect(messageText('en', cli, 'audit.invalid', 1)).toBe('{file}: not audited, the file has 1 error (run "smscore validate {file}" for the same list)');
    expect(messageText('fr', cli, 'audit.invalid', 2)).toBe('{file}\u00a0: pas d’audit, le fichier contient 2 erreurs («\u00a0smscore validate {file}\u00a0» donne la même liste)');
    expect(placeholders('fr', cli, 'audit.invalid')).toEqual(['errors', 'file']);
  });
});
