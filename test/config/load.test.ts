import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig, loadConfig, thresholdsFor, waiversFor } from '../../src/config/load.js';

function repo(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-config-'));
  writeFileSync(join(dir, 'smscore.config.yaml'), config);
  mkdirSync(join(dir, 'brands', 'small'), { recursive: true });
  return dir;
}

describe('configuration', () => {
  test('is found by walking up from a subfolder', () => {
    const dir = repo('version: 1\n');
    expect(findConfig(join(dir, 'brands', 'small'))).toBe(join(dir, 'smscore.config.yaml'));
  });

  test('thresholds: base, then every matching override key by key, in order', () => {
    const dir = repo([
      'version: 1',
      'thresholds: { minScore: 60, failOn: critical, minPillar: { engagement: 40 } }',
      'overrides:',
      '  - files: [brands/small/**]',
      '    thresholds: { minScore: 40, minPillar: { satisfaction: 30 } }',
      '  - files: [brands/small/tiny.yaml]',
      '    thresholds: { failOn: none }',
    ].join('\n'));
    const { loaded, diagnostics } = loadConfig(join(dir, 'smscore.config.yaml'));
    expect(diagnostics).toEqual([]);
    expect(thresholdsFor(loaded, join(dir, 'brands', 'big.yaml'))).toEqual({ minScore: 60, failOn: 'critical', minPillar: { engagement: 40 } });
    expect(thresholdsFor(loaded, join(dir, 'brands', 'small', 'tiny.yaml'))).toEqual({
      minScore: 40, failOn: 'none', minPillar: { engagement: 40, satisfaction: 30 },
    });
  });

  test('waivers apply to the files their globs name, or to all', () => {
    const dir = repo([
      'version: 1',
      'waivers:',
      '  - { question: strategy-threats, reason: "Written in the board deck, not here." }',
      '  - { kpi: nps, files: [brands/small/**], reason: "No survey budget for small clients." }',
    ].join('\n'));
    const { loaded } = loadConfig(join(dir, 'smscore.config.yaml'));
    expect(waiversFor(loaded, join(dir, 'brands', 'a.yaml')).map((w) => w.question ?? w.kpi)).toEqual(['strategy-threats']);
    expect(waiversFor(loaded, join(dir, 'brands', 'small', 'b.yaml')).map((w) => w.question ?? w.kpi)).toEqual(['strategy-threats', 'nps']);
  });

  test('every mistake is located: unknown keys with suggestions, bad values, waivers without a target', () => {
    const dir = repo([
      'version: 1',
      'tresholds: { minScore: 60 }',
      'waivers:',
      '  - { reason: "No target at all here." }',
      '  - { question: x, reason: short }',
    ].join('\n'));
    const { loaded, diagnostics } = loadConfig(join(dir, 'smscore.config.yaml'));
    expect(loaded).toBeUndefined();
    expect(diagnostics.map((d) => `${d.location.line}:${d.location.col} ${d.code} ${d.args.suggestion ?? ''}`.trim())).toEqual([
      '2:1 schema.unknown-key thresholds',
      '5:28 schema.min-length',
    ]);
  });

  test('a waiver must name exactly one of question or kpi', () => {
    const dir = repo('version: 1\nwaivers:\n  - { reason: "Nothing named, which is a mistake." }\n');
    const { diagnostics } = loadConfig(join(dir, 'smscore.config.yaml'));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'config.waiver-target', location: expect.objectContaining({ line: 3 }) })]);
  });
});
