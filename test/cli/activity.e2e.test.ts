/**
 * Issue 21, item 6, on the built binary: posting frequency is shown apart as activity and counts in no score.
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/cli.js';

const FILE = 'examples/boulangerie-martin.yaml';
type Kpi = { kpi: string; weight: number; activity?: boolean; score: number | null };

describe('effort is not result (built binary)', () => {
  test('JSON: posting frequency has activity: true and weight 0; Visibility is the mean of the result KPIs only', () => {
    const r = runCli(['audit', '--format', 'json', FILE]);
    expect(r.status).toBe(0);
    const vis = JSON.parse(r.stdout).files[0].scores.pillars.find((p: { pillar: string }) => p.pillar === 'visibility');
    const pf = vis.kpis.find((k: Kpi) => k.kpi === 'posting-frequency');
    expect(pf).toMatchObject({ activity: true, weight: 0, baseWeight: 0, score: 6.5 });
    expect(vis.kpis.filter((k: Kpi) => k.kpi !== 'posting-frequency').every((k: Kpi) => k.activity === undefined)).toBe(true);
    expect(vis.score).toBe(84.7);
    expect(vis.arithmetic).toEqual({ weightedSum: 508, totalWeight: 6 });
  });

  test('text, Markdown and HTML show the activity apart; explain says why it does not count', () => {
    for (const args of [['audit'], ['audit', '--format', 'markdown'], ['audit', '--format', 'html']]) {
      const r = runCli([...args, FILE], { env: { COLUMNS: '200' } });
      expect({ args, status: r.status, shown: /Activity \(effort, not result\), shown apart and not counted in the scores: posting-frequency 2\.0222 posts\/week/.test(r.stdout) })
        .toEqual({ args, status: 0, shown: true });
    }
    const fr = runCli(['audit', '--lang', 'fr', FILE], { env: { COLUMNS: '200' } });
    expect(fr.stdout).toContain('Activité (un effort, pas un résultat), montrée à part et non comptée dans les scores\u00a0: fréquence de publication (posting-frequency) 2,0222\u00a0publications/semaine');
    const explain = runCli(['explain', FILE, '--pillar', 'visibility'], { env: { COLUMNS: '200' } });
    expect(explain.stdout).toContain('4 × 83 + 2 × 88 = 508 / 6 = 84.7');
    expect(explain.stdout).toContain('weight 0: activity (what the brand does, not what its audience sees or does), shown apart and never counted in the pillar');
  });
});
