import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';

/** The table of docs/METHODOLOGY.md "The shipped examples": file → five pillars, overall, readiness. */
function documentedScores(): { file: string; cells: string[] }[] {
  const text = readFileSync(join(ROOT, 'docs', 'METHODOLOGY.md'), 'utf8');
  const from = text.indexOf('### The shipped examples');
  // Up to the next section: the changelog (section 12) has a table of examples too, with before → after figures.
  const section = text.slice(from, text.indexOf('\n## ', from));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `examples/'))
    .map((l) => {
      const cells = l.split('|').slice(1, -1).map((c) => c.trim().replace(/\*\*/g, ''));
      return { file: cells[0]!.replace(/`/g, ''), cells: cells.slice(1) };
    });
}

const fmt = (x: number | null) => (x === null ? 'not measured' : x.toFixed(1));

describe('docs/METHODOLOGY.md states the scores the tool gives', () => {
  const rows = documentedScores();

  test('the table lists every shipped example', () => {
    expect(rows.map((r) => r.file).sort()).toEqual(readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`).sort());
  });

  test.each(rows.map((r) => [r.file, r.cells] as const))('%s', (file, cells) => {
    const r = runCli(['audit', '--format', 'json', file]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout).files[0];
    const actual = [
      ...report.scores.pillars.map((p: { score: number | null }) => fmt(p.score)),
      fmt(report.scores.overall.score),
      `${report.readiness.overall} %`,
    ];
    expect(actual).toEqual(cells);
  });
});
