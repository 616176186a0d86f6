/**
 * Issue 21, item 4, on the built binary: implausible figures are warnings with their location in every format;
 * the audit still runs (exit 0) and scores the file as given.
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/cli.js';

const FILE = 'test/fixtures/plausibility/implausible.yaml';

describe('plausibility warnings (built binary)', () => {
  test('text: each warning at file:line:col, the audit runs and exits 0', () => {
    const r = runCli(['audit', FILE], { env: { COLUMNS: '200' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${FILE}:12:24  engagement rate by reach of 5,500%`);
    expect(r.stdout).toContain(`${FILE}:11:14  reach (20,000) is 20,000% of the followers`);
    expect(r.stdout).toContain(`${FILE}:15:17  more comments (25,000) than people reached`);
    expect(r.stdout.replace(/\n +/g, ' ')).toMatch(/overall \d+ .* · 5 warnings/);
  });

  test('French', () => {
    const r = runCli(['audit', '--lang', 'fr', FILE], { env: { COLUMNS: '200' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${FILE}:17:15  plus de clics (40\u202f000) que d’impressions (30\u202f000)\u00a0: un taux de clic de 133,3\u00a0%`);
  });

  test('JSON: codes, locations and fixes; the scores are still there', () => {
    const r = runCli(['audit', '--format', 'json', FILE]);
    expect(r.status).toBe(0);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.valid).toBe(true);
    expect(f.scores.overall.score).not.toBeNull();
    expect(f.warnings.map((w: { code: string; line: number; col: number }) => `${w.line}:${w.col} ${w.code}`)).toEqual([
      '11:14 plausibility.reach-above-100x-followers',
      '12:24 plausibility.engagement-rate-reach-above-100',
      '15:17 plausibility.comments-above-reach',
      '17:15 plausibility.clicks-above-impressions',
      '18:20 plausibility.conversions-above-clicks',
    ]);
    expect(f.warnings.every((w: { severity: string; hint: string | null }) => w.severity === 'warning' && w.hint)).toBe(true);
  });

  test('GitHub annotations and SARIF carry them as warnings', () => {
    const gh = runCli(['audit', '--format', 'github', FILE]);
    expect(gh.status).toBe(0);
    expect(gh.stdout).toMatch(/::warning file=[^,]*implausible\.yaml,line=12,col=24,title=smscore plausibility\.engagement-rate-reach-above-100::/);
    const sarif = JSON.parse(runCli(['audit', '--format', 'sarif', FILE]).stdout);
    const results = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'smscore/suspicious-figure');
    expect(results).toHaveLength(5);
  });

  test('the shipped examples break no rule', () => {
    for (const f of ['examples/boulangerie-martin.yaml', 'examples/maison-lumiere.yaml', 'examples/cosmetics-facebook-2014.yaml']) {
      const w = JSON.parse(runCli(['audit', '--format', 'json', f]).stdout).files[0].warnings;
      expect({ f, codes: w.map((x: { code: string }) => x.code).filter((c: string) => c.startsWith('plausibility.')) }).toEqual({ f, codes: [] });
    }
  });
});
