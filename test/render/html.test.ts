import { describe, expect, test } from '@jest/globals';
import { XMLValidator } from 'fast-xml-parser';
import { catalogVersion, type AuditResult } from '../../src/audit/index.js';
import { auditBrand } from '../../src/audit/index.js';
import type { Locale } from '../../src/i18n/translate.js';
import { exampleFor } from '../../src/questions/index.js';
import { renderAuditHtml } from '../../src/render/html.js';
import { auditResultJson } from '../../src/render/json.js';
import { renderAuditText } from '../../src/render/terminal.js';
import { validateText } from '../../src/validate/index.js';
import { expectGolden, fixedDeps, fixedResult } from '../support/golden.js';

// The shipped example under its relative name (examples/boulangerie-martin.yaml): the output does not depend on the machine.
const result = fixedResult();
const { catalog } = fixedDeps();
const meta = { catalog, toolVersion: '0.0.0-test', catalogVersion: catalogVersion(catalog) };
const render = (results: readonly AuditResult[], locale: Locale = 'en') => renderAuditHtml(results, { locale, ...meta });

function resultFromYaml(file: string, yaml: string): AuditResult {
  const v = validateText(file, yaml);
  if (!v.brand || !v.source) throw new Error(`invalid test YAML: ${JSON.stringify(v.diagnostics.map((d) => d.code))}`);
  return auditBrand({ file, brand: v.brand, source: v.source, warnings: v.diagnostics }, fixedDeps());
}

const HOSTILE_YAML = `smscore: 1
brand:
  name: "<script>alert(1)</script>"
period:
  start: 2026-01-01
  end: 2026-03-31
  label: "<img src=x onerror=alert(2)>"
strategy:
  rationale: "See https://evil.example/x.js and <a href=\\"https://evil.example\\">this</a> & \\"that\\""
channels:
  - id: insta
    platform: instagram
    label: "</table><iframe src=\\"https://evil.example\\"></iframe>"
    metrics:
      followers: { start: 1000, end: 1100 }
      posts: 10
      reach: 5000
`;

/** Tags that would fetch or run something; none may appear in the report's markup. */
const ACTIVE_TAGS = /<(script|link|img|iframe|object|embed|video|audio|source|base|form|input|style\s+src)\b/i;

describe('HTML report', () => {
  test('golden output for the small example (English)', () => {
    expectGolden('boulangerie-martin.html', render([result]));
  });

  test('is deterministic: same result, same bytes', () => {
    expect(render([result])).toBe(render([result]));
  });

  test.each(['en', 'fr'] as const)('is well-formed XHTML (%s)', (locale) => {
    const html = render([result], locale);
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${locale}"`);
  });

  test('is self-contained: strict CSP, no script, no external resource', () => {
    const html = render([result, resultFromYaml('other.yaml', HOSTILE_YAML)]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />`);
    expect(html).not.toMatch(ACTIVE_TAGS);
    expect(html).not.toMatch(/@import|url\(/i);
    // Every src/href is an in-page anchor (the links of the multi-brand summary).
    const refs = [...html.matchAll(/\s(?:src|href|xlink:href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^#brand-\d+$/);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?https?:/i);
  });

  test('escapes every piece of user text', () => {
    const hostile = resultFromYaml('brands/<evil & "co">.yaml', HOSTILE_YAML);
    const html = render([hostile]);
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).not.toMatch(ACTIVE_TAGS);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; — Social media audit</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;/table&gt;&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;');
    expect(html).toContain('brands/&lt;evil &amp; &quot;co&quot;&gt;.yaml');
    // The radar's accessible name carries the brand name, escaped too.
    expect(html).toContain('<title>The five pillars of &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  test('English words: headings, pillars, bands, severities, and the catalog\'s English texts', () => {
    const html = render([result], 'en');
    for (const text of ['Scores by pillar', 'Scores by channel', 'Strategic readiness', 'Open questions', 'Overall score', 'Visibility', 'needs work', 'not measured', 'critical', 'Why it matters', 'How to answer']) {
      expect(html).toContain(text);
    }
    const gap = result.gaps[0]!;
    const q = catalog.questions.find((x) => x.id === gap.questionId)!;
    expect(html).toContain(escape(q.question.en));
    expect(html).not.toContain(escape(q.question.fr));
  });

  test('French words: headings, pillars, bands, severities, and the catalog\'s French texts', () => {
    const html = render([result], 'fr');
    for (const text of ['Scores par pilier', 'Scores par canal', 'Maturité stratégique', 'Questions ouvertes', 'Score global', 'Visibilité', 'à améliorer', 'non mesuré', 'critique', 'Pourquoi c’est important', 'Comment répondre']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('Scores by pillar');
    const gap = result.gaps[0]!;
    const q = catalog.questions.find((x) => x.id === gap.questionId)!;
    expect(html).toContain(escape(q.question.fr));
    const section = catalog.sections.find((s) => result.readiness.bySection[s.id])!;
    expect(html).toContain(escape(section.title.fr));
  });

  test('the overall radar carries the pillar scores; each channel has its radar on demand', () => {
    const html = render([result]);
    const overall = /<svg [^>]*data-radar="overall"[^>]*>[\s\S]*?<\/svg>/.exec(html)![0];
    const values = [...overall.matchAll(/data-axis="([^"]+)" data-value="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(values).toEqual(result.scores.pillars.map((p) => [p.pillar, p.score === null ? '' : String(p.score)]));
    expect(html.match(/<details class="channel-radar"/g)).toHaveLength(result.scores.channels.length);
    expect(html.match(/data-radar="channel:/g)).toHaveLength(result.scores.channels.length);
  });

  test('lists every gap with its id, location and example, grouped by severity', () => {
    const html = render([result]);
    expect(html.match(/<li class="gap /g)).toHaveLength(result.gaps.length);
    for (const g of result.gaps) expect(html).toContain(`${g.location.file}:${g.location.line}:${g.location.col}`);
    const order = [...html.matchAll(/data-severity="(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['critical', 'major', 'minor'].filter((s) => result.gaps.some((g) => g.severity === s)));
    expect(html.match(/<pre>/g)!.length).toBe(result.gaps.length);
  });

  test('is printable: page breaks between brands, details opened, no ink-wasting backgrounds', () => {
    const html = render([result]);
    // The print rules are the stylesheet's last block.
    const print = html.slice(html.indexOf('@media print{'), html.indexOf('</style>'));
    expect(print).toContain('break-before:page');
    expect(print).toContain('details::details-content{content-visibility:visible');
    expect(print).toMatch(/body\{background:#fff/);
    expect(print).toContain('.brand-header{background:none');
  });

  test('several brands: a summary table linking to one article per brand', () => {
    const other = resultFromYaml('examples/other.yaml', 'smscore: 1\nbrand:\n  name: Autre Marque\n');
    const html = render([result, other], 'fr');
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).toContain('Marques auditées');
    expect(html.match(/<article class="brand"/g)).toHaveLength(2);
    expect(html).toContain('<a href="#brand-2">Autre Marque</a>');
    expect(html).toContain('Aucun canal déclaré.');
  });

  test('no valid result: a page that says so', () => {
    const html = render([], 'en');
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).toContain('No valid brand file to report on.');
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('answer examples told with the reader\'s brand', () => {
  test('a question about one channel shows that channel\'s id and platform, not the sample\'s Instagram', () => {
    const html = render([result]);
    const gap = /<li class="gap[^"]*" data-question="channel-why">.*?channel google.*?<pre>(.*?)<\/pre>/.exec(html);
    expect(gap?.[1]).toContain('- id: google&#10;    platform: google-business-profile&#10;');
    expect(html).not.toMatch(/channel google.*?<pre>[^<]*id: instagram/);
  });

  test('in French, the example is the catalog\'s French one, still told with the brand\'s own name and channel', () => {
    const html = render([result], 'fr');
    const gap = /<li class="gap[^"]*" data-question="channel-why">.*?canal google.*?<pre>(.*?)<\/pre>/.exec(html);
    expect(gap?.[1]).toBe('channels:&#10;  - id: google&#10;    platform: google-business-profile&#10;    why: Nos acheteurs y cherchent des idées de décoration, en images.');
    expect(html).not.toContain('Our buyers look for decoration ideas');
  });

  test('the terminal (--verbose) and the JSON report tell the example the same way as the HTML page', () => {
    for (const locale of ['en', 'fr'] as const) {
      const html = render([result], locale);
      const shown = /<li class="gap[^"]*" data-question="channel-why">.*?(?:channel|canal) google.*?<pre>(.*?)<\/pre>/.exec(html)![1]!.replace(/&#10;/g, '\n');
      const json = auditResultJson(result, { ...meta, locale }) as { gaps: { questionId: string; channelId: string | null; answer: { example: string } | null }[] };
      const gap = json.gaps.find((g) => g.questionId === 'channel-why' && g.channelId === 'google')!;
      expect(gap.answer!.example.trimEnd()).toBe(shown);
      const text = renderAuditText(result, { locale, catalog, verbose: true, width: 200 });
      expect(text).toContain(shown.split('\n').map((l) => `      ${l}`).join('\n'));
    }
  });

  test('exampleFor replaces only the sample brand\'s name, channel id and platform, quoting what YAML would misread', () => {
    const sample = 'brand:\n  name: Maison Lumière\n  positioning: Hand-made lamps.\nchannels:\n  - id: instagram\n    platform: instagram\n    handle: "@maisonlumiere"\n  - id: shop\n';
    expect(exampleFor(sample, { brandName: 'Boulangerie Martin', channel: { id: 'yt', platform: 'youtube' } })).toBe(
      'brand:\n  name: Boulangerie Martin\n  positioning: Hand-made lamps.\nchannels:\n  - id: yt\n    platform: youtube\n    handle: "@maisonlumiere"\n  - id: shop\n',
    );
    expect(exampleFor(sample, { brandName: 'true' })).toContain('  name: "true"\n');
    expect(exampleFor(sample, { brandName: 'A: "b"\n#c' })).toContain('  name: "A: \\"b\\"\\n#c"\n');
    expect(exampleFor(sample, {})).toBe(sample);
  });
});
