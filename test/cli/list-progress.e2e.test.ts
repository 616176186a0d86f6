/** Issue 23: a list answered in part shows how far it goes, in every report format, in English and French. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fixture, ROOT, runCli } from '../support/cli.js';

const FILE = fixture('questions', 'lists-in-part.yaml');
const audit = (...args: string[]) => {
  const r = runCli(['audit', FILE, '--no-config', ...args], { env: { COLUMNS: '200' } });
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('audit of a file that answers the list questions in part', () => {
  test('terminal, English and French', () => {
    const en = audit();
    expect(en).toContain('user-lifecycle — 3 of 10 stages');
    expect(en).toContain('after-purchase-stages — 1 of 3 stages');
    expect(en).toContain('dos-and-donts — 1 of 3 areas');
    const fr = audit('--lang', 'fr');
    expect(fr).toContain('user-lifecycle — 3 étapes sur 10');
    expect(fr).toContain('after-purchase-stages — 1 étape sur 3');
    expect(fr).toContain('dos-and-donts — 1 domaine sur 3');
  });

  test('JSON: a progress field with the counts and the words; null where the check does not count', () => {
    const gaps = (JSON.parse(audit('--format', 'json', '--lang', 'fr')) as { files: { gaps: { questionId: string; progress: unknown }[] }[] }).files[0]!.gaps;
    expect(gaps.find((g) => g.questionId === 'user-lifecycle')!.progress).toEqual({ have: 3, of: 10, text: '3 étapes sur 10' });
    expect(gaps.find((g) => g.questionId === 'dos-and-donts')!.progress).toEqual({ have: 1, of: 3, text: '1 domaine sur 3' });
    const counted = ['user-lifecycle', 'after-purchase-stages', 'dos-and-donts'];
    expect(gaps.filter((g) => !counted.includes(g.questionId)).every((g) => g.progress === null)).toBe(true);
  });

  test('the JSON report, progress included, follows schemas/report.schema.json', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    expect(validate(JSON.parse(audit('--format', 'json')))).toBe(true);
    expect(validate.errors ?? null).toBeNull();
  });

  test('Markdown, HTML and SARIF', () => {
    expect(audit('--format', 'markdown')).toMatch(/`user-lifecycle` — .*\(3 of 10 stages\)/);
    expect(audit('--format', 'html', '--lang', 'fr')).toContain('<span class="gap-progress">3 étapes sur 10</span>');
    const sarif = JSON.parse(audit('--format', 'sarif')) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'dos-and-donts')!.message.text).toContain('— 1 of 3 areas —');
  });
});
