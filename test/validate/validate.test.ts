import { describe, expect, test } from '@jest/globals';
import { validateText } from '../../src/validate/index.js';

const codes = (text: string) => validateText('b.yaml', text).diagnostics.map((d) => `${d.location.line}:${d.location.col} ${d.code}`);

describe('validateText', () => {
  test('the smallest file is valid: format version and brand name', () => {
    const r = validateText('b.yaml', 'smscore: 1\nbrand:\n  name: Café Ondine\n');
    expect(r.valid).toBe(true);
    expect(r.diagnostics).toEqual([]);
    expect(r.brand?.brand.name).toBe('Café Ondine');
  });

  test('missing required keys point at the parent', () => {
    expect(codes('smscore: 1\nbrand:\n  sector: retail\n')).toEqual(['3:3 schema.required']);
    const r = validateText('b.yaml', 'brand:\n  name: X\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema.required', args: { key: 'smscore' } });
  });

  test('a wrong format version is rejected with its own message', () => {
    expect(codes('smscore: 2\nbrand: { name: X }\n')).toEqual(['1:10 schema.const']);
  });

  test('unknown keys point at the key and suggest the likely one', () => {
    const r = validateText('b.yaml', 'smscore: 1\nbrand:\n  name: X\n  secteur: retail\n');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'schema.unknown-key', pointer: '/brand/secteur', location: expect.objectContaining({ line: 4, col: 3 }) }),
    ]);
    expect(r.diagnostics[0]?.args.allowed).toContain('sector');
  });

  test('enum typos get a suggestion', () => {
    const r = validateText('b.yaml', 'smscore: 1\nbrand: { name: X }\nchannels:\n  - id: li\n    platform: linkdin\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema.enum', args: { value: 'linkdin', suggestion: 'linkedin' } });
  });

  test('every problem is reported, not just the first', () => {
    const text = [
      'smscore: 1',
      'brand: { name: X, country: fr }',
      'period: { start: 2026-02-30, end: 2026-03-31 }',
      'channels:',
      '  - id: a',
      '    platform: instagram',
      '    metrics: { posts: 1.5, reach: -1, followers: { start: x } }',
    ].join('\n');
    expect(codes(text)).toEqual([
      '2:28 schema.pattern',
      '3:18 schema.format',
      '7:23 schema.type',
      '7:35 schema.minimum',
      '7:59 schema.type',
    ]);
  });

  test('.nan and .inf are refused as numbers', () => {
    const r = validateText('b.yaml', 'smscore: 1\nbrand: { name: X }\nchannels:\n  - id: a\n    platform: x\n    metrics: { reach: .nan, impressions: .inf }\n');
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['schema.infinite', 'schema.not-a-number']);
  });

  test('ids must be unique and references must resolve', () => {
    const text = [
      'smscore: 1',
      'brand: { name: X }',
      'objectives:',
      '  - { id: sell, channels: [insta, fb] }',
      'channels:',
      '  - { id: insta, platform: instagram, objectives: [sel] }',
      '  - { id: insta, platform: facebook }',
      'organisation: { budget: { byChannel: { tiktok: 100 } } }',
    ].join('\n');
    const r = validateText('b.yaml', text);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => `${d.location.line} ${d.code} ${d.args.id ?? ''} ${d.args.suggestion ?? ''}`.trim())).toEqual([
      '4 semantic.unknown-channel fb',
      '6 semantic.unknown-objective sel sell',
      '7 semantic.duplicate-id insta',
      '8 semantic.unknown-channel tiktok',
    ]);
  });

  test('impossible figures are warnings, and the file stays valid', () => {
    const text = [
      'smscore: 1',
      'brand: { name: X }',
      'channels:',
      '  - id: a',
      '    platform: facebook',
      '    metrics:',
      '      reach: 1000',
      '      impressions: 900',
      '      messages: { received: 5, answered: 6 }',
      '      csat: { satisfied: 9, responses: 8 }',
      '      nps: { promoters: 50, passives: 30, detractors: 20, score: 45 }',
    ].join('\n');
    const r = validateText('b.yaml', text);
    expect(r.valid).toBe(true);
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(r.diagnostics.map((d) => `${d.location.line} ${d.code}`)).toEqual([
      '8 figures.impressions-below-reach',
      '9 figures.answered-exceeds-received',
      '10 figures.csat-satisfied-exceeds-responses',
      '11 figures.nps-mismatch',
    ]);
  });

  test('a period that ends before it starts is an error at its end date', () => {
    expect(codes('smscore: 1\nbrand: { name: X }\nperiod:\n  start: 2026-06-01\n  end: 2026-01-01\n')).toEqual(['5:8 semantic.period-order']);
  });

  test('keys like __proto__ are plain unknown keys, and pollute nothing', () => {
    const r = validateText('b.yaml', 'smscore: 1\nbrand: { name: X }\n__proto__: { polluted: true }\n');
    expect(r.valid).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('bounded work on files with many problems (issue 20)', () => {
  test('the value shown for a wrong type is the start of its JSON, whatever its size', () => {
    const big = Array.from({ length: 30000 }, (_, i) => `  k${i}: v`).join('\n');
    const r = validateText('b.yaml', `smscore: 1\nbrand: { name: X }\nchannels:\n${big}\n`);
    const type = r.diagnostics.find((d) => d.code === 'schema.type' && d.pointer === '/channels');
    expect(type?.args).toEqual({ expected: 'array', actual: 'object', value: '{"k0":"v","k1":"v","k2":"v","k3":"v",…' });
  });

  test('at most 100 diagnostics per file, then one counting the rest, an error when any of them is', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `  nmae${i}: x`).join('\n');
    const r = validateText('k.yaml', `smscore: 1\nbrand:\n  name: X\n${keys}\n`);
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toHaveLength(101);
    expect(r.diagnostics.slice(0, 100).every((d) => d.code === 'schema.unknown-key')).toBe(true);
    expect(r.diagnostics[100]).toEqual(expect.objectContaining({ severity: 'error', code: 'validate.more', args: { count: 150, errors: 150, warnings: 0, max: 100 } }));
    // Exactly 100: no extra line.
    const hundred = validateText('k.yaml', `smscore: 1\nbrand:\n  name: X\n${keys.split('\n').slice(0, 100).join('\n')}\n`);
    expect(hundred.diagnostics).toHaveLength(100);
    expect(hundred.diagnostics.some((d) => d.code === 'validate.more')).toBe(false);
  });
});
