/**
 * Issue 21, item 7, on the built binary: the bakery's Google Business Profile channel and its reviews are scored in
 * Satisfaction, in English and French, and the JSON report carries the review KPIs.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const FILE = 'examples/boulangerie-martin.yaml';
type Kpi = { kpi: string; value: number | null; score: number | null; channels?: string[] };

describe('reviews and ratings (built binary)', () => {
  test('JSON: the review KPIs of the Google Business Profile channel, in Satisfaction', () => {
    const r = runCli(['audit', '--format', 'json', FILE]);
    expect(r.status).toBe(0);
    const scores = JSON.parse(r.stdout).files[0].scores;
    expect(scores.channels.map((c: { channelId: string; platform: string }) => `${c.channelId} ${c.platform}`)).toContain('google google-business-profile');
    const sat = scores.pillars.find((p: { pillar: string }) => p.pillar === 'satisfaction');
    const byId = Object.fromEntries(sat.kpis.map((k: Kpi) => [k.kpi, k]));
    expect(byId['average-rating']).toMatchObject({ value: 4.6, score: 90, channels: ['google'], unit: 'stars' });
    expect(byId['new-reviews']).toMatchObject({ value: 23, status: 'no-reference' });
    expect(byId['review-response-rate'].score).toBe(88.1);
    expect(byId['review-response-time']).toMatchObject({ value: 30, score: 84.6 });
    expect(sat.score).toBe(78.3);
    expect(scores.overall.score).toBe(81.4);
  });

  test('explain, in French: the rating in stars out of 5, its reference labelled a convention', () => {
    const r = runCli(['explain', '--lang', 'fr', FILE, '--pillar', 'satisfaction'], { env: { COLUMNS: '200' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('note moyenne (average-rating) = 4,6\u00a0étoiles sur 5');
    expect(r.stdout).toContain('délai de réponse aux avis (review-response-time) = 30\u00a0h');
    expect(r.stdout).toContain('Σ(heures de réponse × avis répondus) / avis répondus');
    expect(r.stdout.replace(/\n\s+/g, ' ')).toMatch(/médiane 4,2 ← [^;\n]*\[convention, non sourcée\]/);
  });

  test('every review platform is a valid channel; more answers than reviews is a located warning', () => {
    for (const platform of ['google-business-profile', 'tripadvisor', 'trustpilot', 'app-store', 'google-play']) {
      const yaml = `smscore: 1\nbrand: { name: X }\nchannels:\n  - id: r\n    platform: ${platform}\n    metrics:\n      reviews: { count: 5, averageRating: 4.1, answered: 6 }\n`;
      const file = join(mkdtempSync(join(tmpdir(), 'smscore-reviews-')), 'r.yaml');
      writeFileSync(file, yaml);
      const r = runCli(['validate', '--format', 'json', file]);
      expect({ platform, status: r.status }).toEqual({ platform, status: 0 });
      const d = JSON.parse(r.stdout).files[0].diagnostics;
      expect(d.map((x: { code: string; line: number }) => `${x.line} ${x.code}`)).toEqual(['7 plausibility.review-answers-above-reviews']);
    }
  });
});
