/** The precompiled validators are loaded on first use, once, and check what their schemas say. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { brandValidator, configValidator, questionValidator } from '../../src/io/validators.js';
import { ROOT } from '../support/cli.js';

describe('precompiled validators', () => {
  it('are loaded once and reused', () => {
    expect(brandValidator()).toBe(brandValidator());
    expect(configValidator()).toBe(configValidator());
    expect(questionValidator()).toBe(questionValidator());
  });

  it('accept the shipped example and a shipped pack, and word what they refuse', () => {
    const brand = parse(readFileSync(join(ROOT, 'examples', 'maison-lumiere.yaml'), 'utf8'));
    expect(brandValidator()(brand)).toBe(true);
    const pack = parse(readFileSync(join(ROOT, 'catalog', 'questions', '10-strategy.yaml'), 'utf8'));
    expect(questionValidator()(pack)).toBe(true);
    const validate = brandValidator();
    expect(validate({ smscore: 1 })).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'required')).toBe(true);
    expect(configValidator()({ unknownKey: true })).toBe(false);
  });
});
