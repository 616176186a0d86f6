import { describe, expect, test } from '@jest/globals';
import { linkSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromSequence, type OutputFlag } from '../../src/cli/outputs.js';

const seq = (...flags: string[]): OutputFlag[] => flags.map((f) => (f.startsWith('-o ') ? { kind: 'output', value: f.slice(3) } : { kind: 'format', value: f.slice(3) }));

describe('pairing --format and --output as typed', () => {
  test('each --output belongs to the --format just before it; the others go to standard output', () => {
    expect(planFromSequence(seq('-f github', '-f markdown', '-o summary.md', '-f sarif', '-o out.sarif'))).toEqual([
      { format: 'github' }, { format: 'markdown', file: 'summary.md' }, { format: 'sarif', file: 'out.sarif' },
    ]);
  });

  test('an --output with no format of its own takes its extension\'s', () => {
    expect(planFromSequence(seq('-o r.json', '-o r.html', '-f markdown'))).toEqual([
      { format: 'json', file: 'r.json' }, { format: 'html', file: 'r.html' }, { format: 'markdown' },
    ]);
  });

  test('nothing given: text to standard output', () => {
    expect(planFromSequence([])).toEqual([{ format: 'text' }]);
  });

  test('usage errors: two reports to standard output, an unknown extension, an unknown format', () => {
    expect(() => planFromSequence(seq('-f json', '-f markdown'))).toThrow(/only one report can go to standard output/);
    expect(() => planFromSequence(seq('-o report.docx'))).toThrow(/cannot tell the format/);
    expect(() => planFromSequence(seq('-f pdf'))).toThrow(/unknown format "pdf"/);
  });

  test('two reports to one file are refused however the file is spelt: ./, ../, a link, a hard link', () => {
    expect(() => planFromSequence(seq('-o r.json', '-o ./r.json'))).toThrow(/two reports would be written to the same file/);
    expect(() => planFromSequence(seq('-o out/r.json', '-f sarif', '-o out/../out/r.json'))).toThrow(/the same file/);
    const dir = mkdtempSync(join(tmpdir(), 'smscore-outputs-'));
    writeFileSync(join(dir, 'r.json'), '{}');
    symlinkSync(join(dir, 'r.json'), join(dir, 'link.json'));
    linkSync(join(dir, 'r.json'), join(dir, 'hard.json'));
    expect(() => planFromSequence(seq('-o ' + join(dir, 'r.json'), '-o ' + join(dir, 'link.json')))).toThrow(/the same file/);
    expect(() => planFromSequence(seq('-o ' + join(dir, 'hard.json'), '-o ' + join(dir, 'r.json')))).toThrow(/the same file/);
    expect(planFromSequence(seq('-o ' + join(dir, 'r.json'), '-o ' + join(dir, 'r.html')))).toHaveLength(2);
  });
});
