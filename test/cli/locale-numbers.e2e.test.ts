/**
 * Issue 22 ("French is half done: numbers"), on the built binary: explain and audit write numbers, percents and
 * dates as each language does, in every format a person reads (terminal, Markdown, HTML), and explain --lang fr
 * is French end to end (benchmark sources, KPI names, period).
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/cli.js';

const MAISON = 'examples/maison-lumiere.yaml';
const NNBSP = '\u202f';
const NBSP = '\u00a0';
const run = (args: string[], columns = '80') => {
  const r = runCli(args, { env: { COLUMNS: columns } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};

describe('explain: numbers per language (built binary)', () => {
  const fr = run(['explain', MAISON, '--lang', 'fr']);
  const en = run(['explain', MAISON, '--lang', 'en']);

  test('French at 80 columns: thousands grouped with narrow no-break spaces, never cut across lines', () => {
    const flat = fr.replace(/\n\s+/g, ' ');
    expect(flat).toContain(`portée (reach) = 1${NNBSP}091${NNBSP}500${NBSP}: non noté`);
    expect(flat).toContain(`= 1${NNBSP}058,94 / 15 = 70,6`);
    expect(flat).toContain(`(215${NNBSP}460 − 205${NNBSP}820) / 205${NNBSP}820 × 100 = 4,6837`);
    for (const line of fr.split('\n')) {
      expect([...line].length).toBeLessThanOrEqual(80);
      // A narrow no-break space never starts or ends a line: a grouped number is never split.
      expect(line).not.toMatch(/^\s*\u202f|\u202f$/);
    }
    // Every figure of 4 digits or more is grouped, years aside.
    expect((fr.match(/(?<![\p{L}\d.,-])\d{4,}(?![\d-])/gu) ?? []).filter((n) => !/^(19|20)\d\d$/.test(n))).toEqual([]);
  });

  test('English: 1,091,500 and no French space before a colon', () => {
    expect(en).toContain('reach = 1,091,500: not scored');
    expect(en).toContain('mentions = 2,490: not scored');
    expect(en).toContain('follower-growth = 4.6837% (higher is better)');
    expect(en).not.toMatch(/\S :|[\u00a0\u202f]/);
  });

  test('French end to end: benchmark sources, KPI names with their id, the activity line', () => {
    const flat = fr.replace(/\n\s+/g, ' ');
    expect(flat).toContain('convention de smscore (non sourcée), sur 90 jours (environ un trimestre)');
    expect(flat).toContain('- taux de portée (reach-rate) = 18,1936');
    expect(flat).toContain('poids 0\u00a0: activité');
    // The English sentences French output used to carry.
    for (const english of ['smscore default', 'unsourced convention', 'per 90 days', 'about one quarter', 'all industries', 'brands answered',
      'consumers expected', 'placed on Hootsuite', 'via copies', 'weighted mean of', 'derived by rule', 'higher is better', 'not scored']) {
      expect(flat).not.toContain(english);
    }
    const md = run(['explain', MAISON, '--lang', 'fr', '--format', 'markdown']);
    expect(md).toContain('sur 90 jours (environ un trimestre)');
    expect(md).not.toContain('smscore default');
    expect(md).toContain(`- **portée (reach) = 1${NNBSP}091${NNBSP}500${NBSP}: non noté`);
  });
});

describe('audit: percents and dates the same in terminal, Markdown and HTML (built binary)', () => {
  test('French: 93 % (no-break space) and the period in words, in all three', () => {
    const text = run(['audit', MAISON, '--lang', 'fr']);
    const md = run(['audit', MAISON, '--lang', 'fr', '--format', 'markdown']);
    const html = run(['audit', MAISON, '--lang', 'fr', '--format', 'html']);
    expect(text).toContain(`Maturité\u00a0: 93${NBSP}% des «\u00a0bonnes questions\u00a0»`);
    expect(text).toContain(`période 1er janvier 2026 → 31 mars 2026`);
    expect(text).toContain(`maturité 93${NBSP}%`);
    expect(md).toContain(`maturité 93${NBSP}%`);
    expect(html).toContain(`93${NBSP}%`);
    expect(html).toContain('Q1 2026 · 1er janvier 2026 → 31 mars 2026');
    for (const out of [text, md, html]) expect(out).not.toMatch(/\d %/);
  });

  test('English: 93% with no space and the period in words, in all three', () => {
    const text = run(['audit', MAISON, '--lang', 'en']);
    const md = run(['audit', MAISON, '--lang', 'en', '--format', 'markdown']);
    const html = run(['audit', MAISON, '--lang', 'en', '--format', 'html']);
    expect(text).toContain('Readiness: 93% of the « bonnes questions »');
    expect(text).toContain('period 1 January 2026 → 31 March 2026');
    expect(md).toContain('readiness 93%');
    expect(html).toContain('>93%<');
    expect(html).toContain('Q1 2026 · 1 January 2026 → 31 March 2026');
    for (const out of [text, md, html]) expect(out).not.toMatch(/\d[ \u00a0\u202f]%/);
  });

  test('machine formats keep plain numbers and ISO dates', () => {
    const json = JSON.parse(run(['audit', MAISON, '--format', 'json'])) as { files: { scores: { period: { start: string } } }[] };
    expect(json.files[0]!.scores.period.start).toBe('2026-01-01');
    expect(run(['explain', MAISON, '--format', 'json', '--lang', 'fr'])).toMatch(/"value": 1091500\b/);
  });
});
