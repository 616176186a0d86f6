import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, ROOT, runCli } from '../support/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('schemas/report.schema.json describes what audit --format json prints', () => {
  test.each([
    ['the three examples and two broken files, in English', ['minimal.yaml', 'boulangerie-martin.yaml', 'maison-lumiere.yaml'].map(example).concat(['test/fixtures/invalid/empty.yaml', 'test/fixtures/invalid/many-problems.yaml']), 'en'],
    ['the mid-size example, in French', [example('maison-lumiere.yaml')], 'fr'],
  ])('%s', (_name, files, lang) => {
    const r = runCli(['audit', '--format', 'json', '--lang', lang, ...files]);
    const report = JSON.parse(r.stdout);
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(report.files).toHaveLength(files.length);
  });

  test('the schema rejects what it should: a wrong version, a score out of range', () => {
    const r = JSON.parse(runCli(['audit', '--format', 'json', example('boulangerie-martin.yaml')]).stdout);
    expect(validate({ ...r, formatVersion: 2 })).toBe(false);
    const broken = structuredClone(r);
    broken.files[0].scores.pillars[0].score = 140;
    expect(validate(broken)).toBe(false);
  });
});
