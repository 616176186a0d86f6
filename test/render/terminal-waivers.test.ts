import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { auditFile, loadAuditDeps } from '../../src/audit/index.js';
import { judge } from '../../src/gate/index.js';
import { collectStream } from '../../src/render/index.js';
import { renderGateText, renderSummaryTable } from '../../src/render/gate-text.js';
import { renderAuditHtml } from '../../src/render/html.js';
import { auditMarkdownStream, renderAuditMarkdown } from '../../src/render/markdown.js';
import { createStyle } from '../../src/render/style.js';
import { renderAuditText } from '../../src/render/terminal.js';
import { stripAnsi } from '../../src/render/text-wrap.js';
import { ROOT } from '../support/cli.js';
import { fixedResult } from '../support/golden.js';

// The strategy repository's Maison Lumière with the agency's pack: one critical gap, channel-role on its YouTube
// channel, waived as the repository's configuration does. Readiness is rounded down, and since the catalog grew
// (issue 23) the waived weight no longer moves it: 92 either way.
const repo = join(ROOT, 'examples', 'strategy-repo');
const deps = loadAuditDeps({ packs: [join(repo, 'questions', 'agency-pack.yaml')] });
const { catalog } = deps;
const outcome = auditFile(join(repo, 'brands', 'maison-lumiere.yaml'), deps);
if (!outcome.ok) throw new Error('the strategy repository\'s brand file should be valid');
const result = outcome.result;
const reason = 'The YouTube channel is being closed in Q2 2026; giving it a role now would be wasted effort.';
const gate = judge(result, {
  thresholds: { failOn: 'critical', minScore: 60 }, catalog, today: '2026-11-22',
  waivers: [{ index: 1, waiver: { question: 'channel-role', channel: 'youtube', reason, expires: '2027-06-30' } }],
});
const unwrap = (text: string) => text.replace(/\n +/g, ' ');

describe('a waived gap in the text report', () => {
  test('the gate applies the waiver: this is the situation the report must show', () => {
    expect(result.gaps.filter((g) => g.severity === 'critical').map((g) => `${g.questionId}@${g.channelId}`)).toEqual(['channel-role@youtube']);
    expect(gate.passed).toBe(true);
    expect([gate.withoutWaivers.readiness, gate.withWaivers.readiness]).toEqual([92, 92]);
  });

  test('is listed as waived with its reason, not as critical, and counted once', () => {
    const text = renderAuditText(result, { locale: 'en', width: 80, catalog, gate });
    const open = result.gaps.length - 1;
    expect(text).not.toContain('✖ critical');
    expect(text).toContain(`Open questions (${open})`);
    expect(text).toMatch(/\n○ waived \(1\)\n {2}channel-role \(channel youtube\)\s+\S*brands\/maison-lumiere\.yaml:\d+:5\n/);
    expect(unwrap(text)).toContain(`waived: "${reason}" — until 30 June 2027`);
    const summary = unwrap(text.split('\n\n').at(-1)!.split('\n').slice(-2).join('\n'));
    expect(summary).toMatch(new RegExp(`· readiness ${gate.withWaivers.readiness}% · ${open} open questions \\(0 critical\\) · 1 waived · 0 warnings$`));
  });

  test('one readiness figure: the gate\'s, in the readiness line, the summary line and the summary table', () => {
    const r = gate.withWaivers.readiness;
    const text = unwrap(renderAuditText(result, { locale: 'en', width: 80, catalog, gate }));
    expect(text).toContain(`Readiness: ${r}% of the « bonnes questions » answered`);
    expect(text).toContain(`with 1 waiver; ${gate.withoutWaivers.readiness}% without`);
    expect(text).toContain(`readiness ${r}%`);
    const table = renderSummaryTable([{ ok: true, result }, { ok: true, result: fixedResult() }], new Map([[result.file, gate]]), catalog, { locale: 'en', width: 160 });
    const row = table.split('\n').find((l) => l.includes('Maison Lumière'))!;
    expect(row.split('│').map((c) => c.trim()).slice(4, 6)).toEqual([String(r), String(result.gaps.length - 1)]);
  });

  test('too narrow for the summary table: a file a line, its figures in words under it', () => {
    const table = renderSummaryTable([{ ok: true, result }, { ok: true, result: fixedResult() }], new Map([[result.file, gate]]), catalog, { locale: 'en', width: 40 });
    expect(Math.max(...table.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(40);
    expect(table).not.toContain('┌');
    expect(unwrap(table)).toContain(`Maison Lumière · ▲ 70 · readiness ${gate.withWaivers.readiness}% · Open questions (${result.gaps.length - 1}) · pass`);
  });

  test('in French', () => {
    const text = unwrap(renderAuditText(result, { locale: 'fr', width: 80, catalog, gate }));
    expect(text).toContain('○ sous dérogation (1)');
    expect(text).toContain(`dérogation\u00a0: «\u00a0${reason}\u00a0» — jusqu’au 30 juin 2027`);
    expect(text).toMatch(/\(0 critique\) · 1 sous dérogation · 0 avertissement$/);
  });

  test('without a gate, nothing is waived', () => {
    const text = renderAuditText(result, { locale: 'en', width: 80, catalog });
    expect(text).toContain('✖ critical (1)');
    expect(text).not.toContain('waived');
  });
});

describe('a waived gap in the Markdown report', () => {
  test('the same figures and the same waived group, whole or streamed', () => {
    const outcomes = [{ ok: true as const, result }, { ok: true as const, result: fixedResult() }];
    const options = { locale: 'en' as const, catalog, gates: new Map([[result.file, gate]]) };
    const md = renderAuditMarkdown(outcomes, options);
    expect(md).toContain(`| Maison Lumière | ▲ 70 | ${gate.withWaivers.readiness}% | ${result.gaps.length - 1} |`);
    expect(md).toContain(`readiness ${gate.withWaivers.readiness}% · Open questions (${result.gaps.length - 1})`);
    expect(md).not.toContain('✖ critical (1)');
    expect(md).toMatch(/<summary>○ waived \(1\)<\/summary>\n\n- `channel-role` \(channel youtube\) .* — waived: "The YouTube channel is being closed/);
    expect(collectStream(auditMarkdownStream(options, outcomes.length), outcomes)).toBe(md);
  });
});

describe('a waived gap in the HTML report', () => {
  const html = (gates?: Map<string, typeof gate>) =>
    renderAuditHtml([result, fixedResult()], { locale: 'en', catalog, toolVersion: 't', catalogVersion: 'c', ...(gates ? { gates } : {}) });
  const withGate = html(new Map([[result.file, gate]]));
  const open = result.gaps.length - 1;
  /** Maison Lumière's article: the first brand's (the second, Boulangerie Martin, has no gate). */
  const article = (page: string) => page.slice(page.indexOf('<article class="brand" id="brand-1"'), page.indexOf('<article class="brand" id="brand-2"'));

  test('the brands table and the brand\'s figures are the gate\'s: readiness with the waiver, the waived question not open', () => {
    expect(withGate).toMatch(new RegExp(`Maison Lumière</a></th><td>[^]*?</td><td class="num">${gate.withWaivers.readiness}(&#160;|\\s)?%</td><td class="num">${open}</td>`));
    expect(withGate).toMatch(new RegExp(`<div class="stat" data-stat="open"><p class="stat-value">${open}</p><div><p class="stat-label">Open questions</p><p class="stat-detail">0 critical`));
    expect(withGate).toContain('data-stat="waived"><p class="stat-value">1</p>');
    expect(article(withGate)).not.toContain('data-severity="critical"');
  });

  test('the waived question is in its own group, with the waiver\'s reason and expiry', () => {
    const group = article(withGate).slice(article(withGate).indexOf('data-severity="waived"'));
    expect(group).toContain('○</span> waived (1)');
    expect(group).toMatch(/data-question="channel-role">[^]*?<p class="gap-waiver">waived: &quot;The YouTube channel is being closed in Q2 2026; [^<]*&quot; — until 30 June 2027<\/p>/);
  });

  test('without a gate, nothing is waived and the question is critical', () => {
    const plain = article(html());
    expect(plain).toContain('data-severity="critical"');
    expect(plain).not.toContain('data-severity="waived"');
    expect(plain).toContain(`<p class="stat-value">${result.gaps.length}</p>`);
  });
});

describe('--quiet', () => {
  const failing = judge(result, { thresholds: { minScore: 90, failOn: 'major' }, catalog, today: '2026-11-22', waivers: gate.waivers.map((u) => ({ index: u.index, waiver: u.waiver })) });

  test('the report is its summary line alone', () => {
    const text = renderAuditText(result, { locale: 'en', width: 80, catalog, gate, quiet: true });
    expect(unwrap(text).split('\n')).toHaveLength(1);
    expect(text).toMatch(/^Maison Lumière: overall/);
  });

  test('a passing gate says nothing; a failing one, its verdict and one entry per failure, no waiver or baseline detail', () => {
    expect(renderGateText([gate], { locale: 'en', width: 80, quiet: true })).toBe('');
    const text = renderGateText([failing], { locale: 'en', width: 80, quiet: true });
    const full = renderGateText([failing], { locale: 'en', width: 80 });
    expect(text).not.toContain('Waivers');
    expect(full).toContain('Waivers (1)');
    expect(text.split('\n')[0]).toBe(`CI gate: FAILED (${failing.failures.length} failures)`);
    expect(text.split('\n').filter((l) => l.startsWith('  ✖'))).toHaveLength(failing.failures.length);
    expect(full.startsWith(text)).toBe(true);
  });

  test('coloured, the same text', () => {
    const style = createStyle(true);
    expect(stripAnsi(renderGateText([failing], { locale: 'fr', width: 80, quiet: true, style }))).toBe(renderGateText([failing], { locale: 'fr', width: 80, quiet: true }));
  });
});
