import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, runCli } from '../support/cli.js';

const ML = 'examples/maison-lumiere.yaml';

describe('smscore audit (built binary)', () => {
  test('audits the mid-size example: pillars, channels, gaps by severity, summary', () => {
    const r = runCli(['audit', ML]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const word of ['Visibility', 'Amplification', 'Conversion', 'Engagement', 'Satisfaction', 'Overall', 'Channels', 'Open questions']) {
      expect(r.stdout).toContain(word);
    }
    // The deliberate gaps of the example are found, located at the channel they concern.
    expect(r.stdout).toMatch(/channel-owner \(channel tiktok\)  examples\/maison-lumiere\.yaml:\d+:5/);
    expect(r.stdout).toContain('strategy-threats');
    // The summary closes the report (wrapped to 80 columns: its second line is indented).
    const last = r.stdout.trimEnd().replace(/\n {2}(?=\S)/g, ' ').split('\n').at(-1);
    expect(last).toMatch(/^Maison Lumière: overall \d+ [●▲✖] .* · readiness \d+% · \d+ open questions \(\d+ critical\) · 0 warnings$/);
  });

  test('the same file gives the same report, byte for byte', () => {
    expect(runCli(['audit', ML]).stdout).toBe(runCli(['audit', ML]).stdout);
  });

  test('--quiet prints the summary line only', () => {
    const r = runCli(['audit', '--quiet', example('boulangerie-martin.yaml')]);
    expect(r.status).toBe(0);
    // One summary, wrapped to 80 columns: its continuation lines are indented.
    expect(r.stdout.trim().split('\n').filter((l) => !l.startsWith('  '))).toEqual([expect.stringMatching(/^Boulangerie Martin: overall/)]);
    expect(runCli(['audit', '--quiet', example('boulangerie-martin.yaml')], { env: { COLUMNS: '160' } }).stdout.trim().split('\n')).toHaveLength(1);
  });

  test('--verbose adds the KPI detail and answer examples', () => {
    const r = runCli(['audit', '--verbose', ML]);
    expect(r.stdout).toContain('engagement-rate-reach');
    expect(r.stdout).toContain('example:');
  });

  test('French report', () => {
    const r = runCli(['audit', '--lang', 'fr', ML]);
    expect(r.stdout).toContain('Visibilité');
    expect(r.stdout).toContain('Questions ouvertes');
    expect(r.stdout).toContain('Maturité');
  });

  test('narrow terminals get lines instead of tables', () => {
    const r = runCli(['audit', ML], { env: { COLUMNS: '50' } });
    expect(r.stdout).not.toContain('┌');
    // The last line is the one-line summary, meant for logs: it may be longer.
    for (const line of r.stdout.trimEnd().split('\n').slice(0, -1)) expect([...line].length).toBeLessThanOrEqual(60);
  });

  test('no ANSI codes when piped, colours when forced', () => {
    expect(runCli(['audit', ML]).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['audit', ML], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });

  test('a minimal file is audited: every pillar not measured, every gap listed', () => {
    const r = runCli(['audit', example('minimal.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('○ n/m');
    expect(r.stdout).toContain('pillar-visibility-measured');
  });

  test('invalid input stops the audit with exit 2 and the diagnostics on stderr', () => {
    const r = runCli(['audit', 'test/fixtures/invalid/wrong-type.yaml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('test/fixtures/invalid/wrong-type.yaml:8:14  error  expected a whole number');
    expect(r.stderr).toContain('not audited, the file has 1 error');
  });

  test('--format json: versioned, complete, and the same numbers as the text', () => {
    const r = runCli(['audit', '--format', 'json', ML, 'test/fixtures/invalid/empty.yaml']);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.formatVersion).toBe(1);
    expect(report.tool.name).toBe('smscore');
    expect(report.catalog.version).toMatch(/^[0-9a-f]{12}$/);
    const [ok, bad] = report.files;
    expect(ok.valid).toBe(true);
    expect(ok.scores.pillars).toHaveLength(5);
    expect(ok.scores.channels.length).toBeGreaterThanOrEqual(6);
    expect(ok.gaps[0]).toEqual(expect.objectContaining({ questionId: expect.any(String), line: expect.any(Number), question: expect.any(String) }));
    expect(bad).toEqual(expect.objectContaining({ valid: false, diagnostics: [expect.objectContaining({ code: 'load.empty' })] }));
    const text = runCli(['audit', '--quiet', ML]).stdout;
    expect(text).toContain(`overall ${Math.floor(ok.scores.overall.score)} `);
  });
});

describe('smscore questions and explain', () => {
  test('lists the catalog, filtered', () => {
    const r = runCli(['questions', '--severity', 'critical']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('critical');
    expect(r.stdout).not.toMatch(/^\s+minor\s/m);
  });

  test('an unknown filter value is a usage error with a suggestion', () => {
    const r = runCli(['questions', '--pillar', 'visiblity']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('visibility');
  });

  test('explains one question in full, in French', () => {
    const r = runCli(['explain', 'channel-role', '--lang', 'fr']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Quelle fonction');
  });

  test('an unknown question id is a usage error', () => {
    const r = runCli(['explain', 'channel-rol']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('did you mean "channel-role"');
  });

  test('a malformed question pack is refused with its location', () => {
    const r = runCli(['questions', '--pack', 'test/fixtures/invalid/syntax-error.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/syntax-error\.yaml:\d+:\d+/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('smscore audit reports to files', () => {
  test('several --format/--output pairs in one run, formats from extensions too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-out-'));
    // The n-th --format goes with the n-th --output; extra outputs take their format from the extension.
    const r = runCli(['audit', ML, '-f', 'markdown', '-o', join(dir, 'summary.txt'), '-f', 'json', '-o', join(dir, 'report.data'), '-o', join(dir, 'again.md')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'summary.txt'), 'utf8')).toMatch(/^## Maison Lumière/);
    expect(JSON.parse(readFileSync(join(dir, 'report.data'), 'utf8')).formatVersion).toBe(1);
    expect(readFileSync(join(dir, 'again.md'), 'utf8')).toBe(readFileSync(join(dir, 'summary.txt'), 'utf8'));
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['again.md', 'report.data', 'summary.txt']);
  });

  test('markdown to stdout for a job summary', () => {
    const r = runCli(['audit', '--format', 'markdown', ML]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| Pillar | Score | Change | Open |');
  });

  test('two reports to stdout, an unknown format, an unknown extension: usage errors', () => {
    expect(runCli(['audit', ML, '-f', 'json', '-f', 'markdown']).status).toBe(2);
    const unknown = runCli(['audit', ML, '-f', 'pdf']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown format "pdf"');
    const ext = runCli(['audit', ML, '-o', join(tmpdir(), 'report.docx')]);
    expect(ext.status).toBe(2);
    expect(ext.stderr).toContain('cannot tell the format');
  });

  test('a report that cannot be written: exit 2, a clear message, nothing lost', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-out-'));
    const target = join(dir, 'report.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'precious');
    const r = runCli(['audit', ML, '-o', target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the existing file, if any, is unchanged');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('precious');
    expect(existsSync(join(dir, 'report.json', 'keep.txt'))).toBe(true);
  });
});
