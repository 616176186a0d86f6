/**
 * Issue 21, item 5, on the built binary: the cosmetics example sets no objective; its overall score is kept and
 * every format that shows it says it is judged against generic benchmarks (JSON: basis and lowered confidence).
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/cli.js';

const GENERIC = 'examples/cosmetics-facebook-2014.yaml';
const WITH_OBJECTIVES = 'examples/boulangerie-martin.yaml';
const SAYS = { en: /generic (platform )?benchmarks/, fr: /repères génériques/ };
const FORMATS: string[][] = [
  ['audit'], ['audit', '--quiet'], ['audit', '--format', 'markdown'], ['audit', '--format', 'html'],
  ['explain'], ['explain', '--format', 'markdown'],
];

describe('an overall score without objectives (built binary)', () => {
  test('audit --format json keeps the score and lowers its confidence', () => {
    const r = runCli(['audit', '--format', 'json', GENERIC]);
    expect(r.status).toBe(0);
    const overall = JSON.parse(r.stdout).files[0].scores.overall;
    expect(overall).toMatchObject({ score: 70.4, basis: 'generic-benchmarks', confidence: 'low' });
    const other = JSON.parse(runCli(['audit', '--format', 'json', WITH_OBJECTIVES]).stdout).files[0].scores.overall;
    expect(other).toMatchObject({ basis: 'objectives', confidence: 'normal' });
  });

  test('explain --format json carries the same basis', () => {
    const r = runCli(['explain', '--format', 'json', GENERIC]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).overall).toMatchObject({ basis: 'generic-benchmarks', confidence: 'low' });
  });

  test.each(['en', 'fr'] as const)('every other format says it, in %s', (lang) => {
    for (const args of FORMATS) {
      const r = runCli([...args, '--lang', lang, GENERIC]);
      expect({ args, status: r.status, says: SAYS[lang].test(r.stdout.replace(/\n\s*/g, ' ')) }).toEqual({ args, status: 0, says: true });
      const other = runCli([...args, '--lang', lang, WITH_OBJECTIVES]);
      expect({ args, says: SAYS[lang].test(other.stdout.replace(/\n\s*/g, ' ')) }).toEqual({ args, says: false });
    }
  });

  test.each(['en', 'fr'] as const)('the tables across brands mark that score and say why under the table, in %s', (lang) => {
    const word = lang === 'en' ? 'generic benchmarks, no objective' : 'repères génériques, aucun objectif';
    const text = runCli(['audit', '--lang', lang, GENERIC, WITH_OBJECTIVES], { env: { COLUMNS: '120' } });
    expect(text.status).toBe(0);
    const rows = text.stdout.split('\n').filter((l) => l.startsWith('│ examples/'));
    expect(rows.find((l) => l.includes('cosmetics'))).toMatch(/▲ 70\* │/);
    expect(rows.find((l) => l.includes('boulangerie'))).not.toContain('*');
    expect(text.stdout).toContain(`\n* ${word}\n`);
    const md = runCli(['audit', '--lang', lang, '--format', 'markdown', GENERIC, WITH_OBJECTIVES]);
    expect(md.stdout).toMatch(lang === 'en' ? /\| ▲ 70\\\* \| 8% \|/ : /\| ▲ 70\\\* \| 8\u00a0% \|/);
    expect(md.stdout).toContain(`\n\\* ${word}\n`);
    // With objectives everywhere, no mark and no legend.
    const none = runCli(['audit', '--lang', lang, '--format', 'markdown', WITH_OBJECTIVES, 'examples/maison-lumiere.yaml']);
    expect(none.stdout).not.toContain(word);
  });
});
