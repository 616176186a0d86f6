/** Flags as people type them: a repeatable --pack that never takes the brand file, real Markdown from explain, clean --help. */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, runCli } from '../support/cli.js';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-options-'));
  copyFileSync(join(example('strategy-repo'), 'questions', 'agency-pack.yaml'), join(dir, 'pack.yaml'));
  copyFileSync(example('boulangerie-martin.yaml'), join(dir, 'brand.yaml'));
  writeFileSync(join(dir, 'pack2.yaml'), readFileSync(join(dir, 'pack.yaml'), 'utf8').replace(/agency-monthly-review/g, 'agency-second'));
  return dir;
}

describe('--pack takes one file and can be repeated', () => {
  test('audit --pack pack.yaml brand.yaml: the brand file is audited, with both packs\' questions', () => {
    const dir = repo();
    const r = runCli(['audit', '--pack', 'pack.yaml', '--pack', 'pack2.yaml', 'brand.yaml', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as { files: { gaps: { questionId: string }[] }[] }).files[0]!.gaps.map((g) => g.questionId);
    expect(ids).toEqual(expect.arrayContaining(['agency-monthly-review', 'agency-second']));
  });

  test('questions, explain and questionnaire take it the same way', () => {
    const dir = repo();
    const questions = runCli(['questions', '--pack', 'pack.yaml', '--pack', 'pack2.yaml', '--section', 'measurement'], { cwd: dir });
    expect(questions.stdout).toMatch(/agency-monthly-review[\s\S]*agency-second|agency-second[\s\S]*agency-monthly-review/);
    const explain = runCli(['explain', '--pack', 'pack.yaml', 'agency-monthly-review'], { cwd: dir });
    expect([explain.status, explain.stdout.split('\n')[0]]).toEqual([0, 'agency-monthly-review  [minor · Measuring performance · question]']);
    writeFileSync(join(dir, 'answers.yaml'), 'agency-monthly-review: The marketing director, every first Monday.\n');
    const qn = runCli(['questionnaire', '--pack', 'pack.yaml', 'brand.yaml', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(qn.stderr).toBe('');
    expect(qn.status).toBe(0);
    expect(readFileSync(join(dir, 'brand.yaml'), 'utf8')).toContain('agency-monthly-review: The marketing director, every first Monday.');
  });

  test('--help never shows "(default: [])"', () => {
    for (const command of ['audit', 'validate', 'questions', 'explain', 'questionnaire', 'import', 'schema']) {
      const help = runCli([command, '--help']).stdout;
      expect(help).toContain('Usage: smscore');
      expect(help).not.toContain('(default: [])');
    }
  });
});

describe('explain --format markdown', () => {
  test('a brand file: headings per pillar, a list per KPI, the same figures as the text', () => {
    const md = runCli(['explain', example('boulangerie-martin.yaml'), '--format', 'markdown']);
    const text = runCli(['explain', example('boulangerie-martin.yaml')]);
    expect(md.status).toBe(0);
    expect(md.stdout).not.toBe(text.stdout);
    expect(md.stdout.split('\n').slice(0, 3)).toEqual(['## Boulangerie Martin: whole brand (T1 2026)', '', '**Overall score: 81.4 ▲ needs work**']);
    expect(md.stdout).toContain('\n### Visibility: 84.7 ▲ needs work\n');
    expect(md.stdout).toContain('\n- **follower-growth = 3.892% (higher is better)**\n  - formula: (followers at end − followers at start) / followers at start × 100\n');
    const fr = runCli(['--lang', 'fr', 'explain', example('boulangerie-martin.yaml'), '--format', 'markdown', '--pillar', 'engagement']);
    expect(fr.stdout).toMatch(/^## Boulangerie Martin\u00a0: marque entière \(T1 2026\)\n\n### Engagement\u00a0: 95 ● bon\n/);
  });

  test('a channel; and what the brand file says is escaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-options-'));
    const brand = readFileSync(example('boulangerie-martin.yaml'), 'utf8').replace(/^  name: Boulangerie Martin$/m, '  name: "A | B <img src=x> `code`"');
    writeFileSync(join(dir, 'b.yaml'), brand);
    const r = runCli(['explain', 'b.yaml', '--format', 'markdown', '--channel', 'instagram'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('## A \\| B &lt;img src=x&gt; ʼcodeʼ: channel instagram (instagram) (T1 2026)');
  });

  test('a question id: Markdown too', () => {
    const r = runCli(['explain', 'channel-role', '--format', 'markdown']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['## `channel-role`', '', '**What function does this network have for the company?**']);
  });
});
