import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { runCli, strategyRepo } from '../support/cli.js';

const TODAY = { SMSCORE_TODAY: '2026-11-22' };

describe('the CI gate (built binary)', () => {
  test('the strategy repository passes as shipped, its waiver shown', () => {
    const dir = strategyRepo();
    const r = runCli(['audit', 'brands'], { cwd: dir, env: TODAY });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CI gate: passed');
    expect(r.stdout).toContain('Summary across brands');
    expect(r.stdout).toMatch(/#1 channel-role \(channel youtube\): "The YouTube channel is being closed/);
    expect(r.stdout).toContain('covers channel-role@youtube');
  });

  test('flags override the configuration: a higher minimum fails with exit 1', () => {
    const r = runCli(['audit', 'brands', '--min-score', '71'], { cwd: strategyRepo(), env: TODAY });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✖ brands/maison-lumiere.yaml  overall score 70.6 is below the minimum 71');
  });

  test('--fail-on major fails on major questions left open, located', () => {
    const r = runCli(['audit', 'brands/maison-lumiere.yaml', '--fail-on', 'major', '--format', 'json'], { cwd: strategyRepo(), env: TODAY });
    expect(r.status).toBe(1);
    const gate = JSON.parse(r.stdout).files[0].gate;
    expect(gate.passed).toBe(false);
    expect(gate.failures.find((f: { kind: string }) => f.kind === 'gap')).toEqual(expect.objectContaining({ line: expect.any(Number), message: expect.stringContaining('major question left open') }));
  });

  test('an expired waiver fails the run and says how to fix it', () => {
    const r = runCli(['audit', 'brands'], { cwd: strategyRepo(), env: { SMSCORE_TODAY: '2027-07-01' } });
    expect(r.status).toBe(1);
    // The date is in words (and may wrap): spaces are normalised.
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('waiver #1 (channel-role) expired on 30 June 2027');
    expect(r.stdout).toContain('EXPIRED');
  });

  test('baseline: a drop beyond the tolerance fails, within it passes', () => {
    const dir = strategyRepo();
    expect(runCli(['audit', 'brands', '-f', 'json', '-o', 'base.json'], { cwd: dir, env: TODAY }).status).toBe(0);
    // Halve Instagram's shares: amplification and the overall score drop.
    const brand = join(dir, 'brands', 'maison-lumiere.yaml');
    const doc = parseDocument(readFileSync(brand, 'utf8'));
    for (const i of [0, 1, 2]) {
      const path = ['channels', i, 'metrics', 'shares'];
      doc.setIn(path, Math.round(Number(doc.getIn(path)) / 4));
    }
    writeFileSync(brand, doc.toString({ lineWidth: 0 }));
    const strict = runCli(['audit', 'brands', '--baseline', 'base.json', '--fail-on-regression', '0.5'], { cwd: dir, env: TODAY });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/overall dropped from 70\.6 to [\d.]+/);
    expect(strict.stdout).toMatch(/since the baseline: overall 70\.6 → [\d.]+ \(−/);
    const lenient = runCli(['audit', 'brands', '--baseline', 'base.json', '--fail-on-regression', '50'], { cwd: dir, env: TODAY });
    expect(lenient.status).toBe(0);
  });

  test('GitHub annotations: what fails the run first, ::error only for it, at most 10 of each kind and one summary', () => {
    const dir = strategyRepo();
    // As shipped: nothing fails (the bakery is under failOn: none, the YouTube question is waived), so no ::error.
    const passing = runCli(['audit', 'brands', '-f', 'github'], { cwd: dir, env: TODAY });
    expect(passing.status).toBe(0);
    const levels = (out: string) => out.trimEnd().split('\n').map((l) => l.slice(2, l.indexOf(' ')));
    expect(levels(passing.stdout).filter((l) => l === 'error')).toEqual([]);
    expect(runCli(['audit', 'brands', '-f', 'json', '-o', 'base.json'], { cwd: dir, env: TODAY }).status).toBe(0);
    // A regressing change to the second brand: its regression is the first line, though its file comes last.
    const brand = join(dir, 'brands', 'maison-lumiere.yaml');
    const doc = parseDocument(readFileSync(brand, 'utf8'));
    for (const i of [0, 1, 2]) doc.setIn(['channels', i, 'metrics', 'shares'], Math.round(Number(doc.getIn(['channels', i, 'metrics', 'shares'])) / 4));
    writeFileSync(brand, doc.toString({ lineWidth: 0 }));
    const r = runCli(['audit', 'brands', '--baseline', 'base.json', '--fail-on-regression', '2', '-f', 'github'], { cwd: dir, env: TODAY });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error file=brands\/maison-lumiere\.yaml,title=smscore regression::overall dropped from 70\.6 to /);
    // The errors are the three regressions (overall, amplification, engagement), and nothing else.
    expect(lines.slice(0, 3).every((l) => l.startsWith('::error file=brands/maison-lumiere.yaml,title=smscore regression::'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(3);
    // Ten warnings: the bakery's four critical questions, then major ones taking turns between the two brands;
    // nine notices and the summary.
    const B = '::warning file=brands/boulangerie-martin.yaml';
    const M = '::warning file=brands/maison-lumiere.yaml';
    expect(lines.slice(3, 13).map((l) => l.slice(0, l.indexOf(',')))).toEqual([B, B, B, B, B, M, B, M, B, M]);
    expect(levels(r.stdout).filter((l) => l === 'notice')).toHaveLength(10);
    expect(lines).toHaveLength(23);
    expect(lines[22]).toMatch(/^::notice title=smscore%3A annotations left out::\d+ more annotations are not shown \(\d+ warnings, \d+ notices\): GitHub shows 10 of each kind per step\. The Markdown report/);
  });

  test('a malformed configuration: exit 2, located, nothing audited', () => {
    const dir = strategyRepo();
    writeFileSync(join(dir, 'smscore.config.yaml'), 'version: 1\nthresholds:\n  minScore: lots\n  failon: critical\n');
    // Wide: the temporary folder's path would wrap the message at 80 columns.
    const r = runCli(['audit', 'brands'], { cwd: dir, env: { COLUMNS: '160' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('smscore.config.yaml:3:13  error  expected a number, found a text (lots)');
    expect(r.stderr).toContain('unknown key "failon". Did you mean "failOn"?');
  });

  test('a waiver naming no catalog question is refused with a suggestion', () => {
    const dir = strategyRepo();
    writeFileSync(join(dir, 'smscore.config.yaml'), 'version: 1\nwaivers:\n  - question: channel-rol\n    reason: A typo in the question id.\n');
    const r = runCli(['audit', 'brands'], { cwd: dir, env: { COLUMNS: '160' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('smscore.config.yaml:3:15  error  no question "channel-rol" in the catalog. Did you mean "channel-role"?');
  });

  test('--no-config ignores the configuration; --config names another', () => {
    const dir = strategyRepo();
    expect(runCli(['audit', 'brands', '--no-config', '-q'], { cwd: dir }).stdout).not.toContain('CI gate');
    writeFileSync(join(dir, 'strict.yaml'), 'version: 1\nthresholds: { minScore: 99 }\n');
    expect(runCli(['audit', 'brands', '--config', 'strict.yaml', '-q'], { cwd: dir }).status).toBe(1);
  });

  test('ignored drafts and the configuration\'s question packs are skipped; a glob that matches nothing is a usage error', () => {
    const dir = strategyRepo();
    const r = runCli(['audit', '.', '-q'], { cwd: dir, env: TODAY });
    expect(r.stdout).not.toContain('Client en cours');
    // questions/agency-pack.yaml is listed under `packs:`: a pack, not a brand file to audit.
    expect(r.stdout + r.stderr).not.toContain('agency-pack');
    const brands = runCli(['audit', 'brands', '-q'], { cwd: dir, env: TODAY });
    expect([r.status, r.stdout]).toEqual([brands.status, brands.stdout]);
    // A --pack file is skipped the same way, without a configuration too.
    const flagged = runCli(['audit', '.', '-q', '--no-config', '--pack', 'questions/agency-pack.yaml'], { cwd: dir, env: TODAY });
    expect(flagged.stdout + flagged.stderr).not.toContain('agency-pack');
    expect(flagged.stdout).toContain('Maison Lumière');
    // Named on the command line, a pack is a usage error that says what it is and how to pass it.
    const named = runCli(['audit', 'questions/agency-pack.yaml', '-q'], { cwd: dir, env: TODAY });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('It looks like a question pack: pass it with --pack questions/agency-pack.yaml');
    const none = runCli(['audit', 'brands/**/*.json'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no brand file found in brands/**/*.json.');
  });

  test('the configuration\'s language applies unless --lang says otherwise', () => {
    const dir = strategyRepo();
    writeFileSync(join(dir, 'smscore.config.yaml'), 'version: 1\nlang: fr\n');
    expect(runCli(['audit', 'brands'], { cwd: dir }).stdout).toContain('Contrôle CI\u00a0: réussi');
    expect(runCli(['audit', 'brands', '--lang', 'en'], { cwd: dir }).stdout).toContain('CI gate: passed');
  });

  test('threshold flags take numbers from 0 to 100', () => {
    const r = runCli(['audit', 'brands', '--min-score', 'high'], { cwd: strategyRepo() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected a number from 0 to 100');
  });

  test('the questionnaire uses the same configuration: the agency pack\'s question can be answered', () => {
    const dir = strategyRepo();
    writeFileSync(join(dir, 'answers.yaml'), 'agency-monthly-review: The manager, every first Monday.\n');
    const r = runCli(['questionnaire', 'brands/boulangerie-martin.yaml', '--answers', 'answers.yaml'], { cwd: dir, env: TODAY });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'brands', 'boulangerie-martin.yaml'), 'utf8')).toContain('agency-monthly-review: The manager, every first Monday.');
    const withoutConfig = runCli(['questionnaire', 'brands/maison-lumiere.yaml', '--answers', 'answers.yaml', '--no-config'], { cwd: dir, env: TODAY });
    expect(withoutConfig.status).toBe(2);
  });
});
