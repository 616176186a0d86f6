/**
 * GitHub annotation details that test/render/ci-formats.test.ts (line shape, escaping functions, golden) leaves
 * out: exact lines for a small invalid fixture, the level of every gap, warnings of valid files, and escaping of
 * hostile file names and user text through the renderer.
 */
import { describe, expect, test } from '@jest/globals';
import { auditBrand, auditFile, catalogVersion, type AuditOutcome } from '../../src/audit/index.js';
import type { Thresholds } from '../../src/config/load.js';
import { judge } from '../../src/gate/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { renderGithubAnnotations } from '../../src/render/ci-github.js';
import type { RenderContext } from '../../src/render/index.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT } from '../support/cli.js';
import { fixedDeps } from '../support/golden.js';

const deps = fixedDeps();
const ctx: RenderContext = { locale: 'en', catalog: deps.catalog, catalogVersion: catalogVersion(deps.catalog), toolVersion: '0.0.0-test', root: ROOT };
const lines = (outcomes: readonly AuditOutcome[], c: RenderContext = ctx) => renderGithubAnnotations(outcomes, c).split('\n').filter(Boolean);
const gatesFor = (outcomes: readonly AuditOutcome[], thresholds: Thresholds) =>
  new Map(outcomes.filter((o) => o.ok).map((o) => [o.result.file, judge(o.result, { thresholds, waivers: [], catalog: deps.catalog, today: '2026-11-22' })]));
const fromText = (file: string, text: string): AuditOutcome => {
  const v = validateText(file, text);
  return { ok: true, result: auditBrand({ file: v.file, brand: v.brand!, source: v.source!, warnings: v.diagnostics }, deps) };
};

describe('GitHub annotations', () => {
  test('exact lines for an invalid file: errors as ::error, warnings as ::warning', () => {
    expect(lines([auditFile('test/fixtures/invalid/many-problems.yaml', deps)])).toEqual([
      '::error file=test/fixtures/invalid/many-problems.yaml,line=4,col=12,title=smscore schema.pattern::"France" is not an ISO country code of two capital letters (e.g. "FR")',
      '::error file=test/fixtures/invalid/many-problems.yaml,line=7,col=8,title=smscore semantic.period-order::the period ends (2026-01-31) before it starts (2026-04-01)',
      '::error file=test/fixtures/invalid/many-problems.yaml,line=11,col=16,title=smscore semantic.unknown-channel::"instagam" is not a declared channel id. Did you mean "instagram"?',
      '::error file=test/fixtures/invalid/many-problems.yaml,line=16,col=14,title=smscore schema.minimum::-4 is below the minimum of 0',
      '::warning file=test/fixtures/invalid/many-problems.yaml,line=17,col=43,title=smscore figures.answered-exceeds-received::more messages answered (12) than received (10)',
    ]);
  });

  test('exact lines for a per-channel question, in English and French: a warning, an error only when it fails the gate', () => {
    const outcome = fromText('brands/x.yaml', 'smscore: 1\nbrand: { name: X }\nchannels:\n  - { id: ig, platform: instagram }\n  - { id: fb, platform: facebook }\n');
    expect(lines([outcome]).filter((l) => l.includes('title=smscore channel-role::'))).toEqual([
      '::warning file=brands/x.yaml,line=4,col=5,title=smscore channel-role::What function does this network have for the company? (channel ig) — answer in: channels[0].role',
      '::warning file=brands/x.yaml,line=5,col=5,title=smscore channel-role::What function does this network have for the company? (channel fb) — answer in: channels[1].role',
    ]);
    const q = deps.catalog.questions.find((x) => x.id === 'channel-role')!;
    const failing = { ...ctx, locale: 'fr' as const, gates: gatesFor([outcome], { failOn: 'critical' }) };
    expect(lines([outcome], failing).filter((l) => l.includes('title=smscore channel-role::'))[0])
      .toBe(`::error file=brands/x.yaml,line=4,col=5,title=smscore channel-role::${q.question.fr} (canal ig) — répondre dans\u00a0: channels[0].role`);
  });

  test('without a gate nothing fails the run: critical and major questions are warnings, minor ones notices, at most 10 of each, most severe first', () => {
    const outcome = auditFile('examples/boulangerie-martin.yaml', deps);
    if (!outcome.ok) throw new Error('example should be valid');
    const out = lines([outcome]);
    const parsed = out.slice(0, -1).map((l) => l.match(/^::(\w+) file=examples\/boulangerie-martin\.yaml,line=(\d+),col=(\d+),title=smscore ([^:]+)::/)!.slice(1));
    const gaps = outcome.result.gaps;
    const critical = gaps.filter((g) => g.severity === 'critical');
    const major = gaps.filter((g) => g.severity === 'major');
    const minor = gaps.filter((g) => g.severity === 'minor');
    const row = (level: string) => (g: (typeof gaps)[number]) => [level, String(g.location.line), String(g.location.col), g.questionId];
    expect(parsed).toEqual([
      ...[...critical, ...major].slice(0, 10).map(row('warning')),
      ...minor.slice(0, 9).map(row('notice')),
    ]);
    const left = gaps.length - 19;
    expect(out.at(-1)).toBe(`::notice title=smscore%3A annotations left out::${left} more annotations are not shown (${critical.length + major.length - 10} warnings, ${minor.length - 9} notices): ` +
      'GitHub shows 10 of each kind per step. The Markdown report (--format markdown, e.g. into $GITHUB_STEP_SUMMARY) and the SARIF report (--format sarif) list every one.');
    expect(out.some((l) => l.startsWith('::error'))).toBe(false);
  });

  test('what fails the gate comes first, even from the last file; failOn none gives no error; the rest is capped with one summary', () => {
    const files = ['examples/boulangerie-martin.yaml', 'examples/maison-lumiere.yaml', 'examples/minimal.yaml'];
    const outcomes = files.map((f) => auditFile(f, deps));
    const valid = outcomes.map((o) => { if (!o.ok) throw new Error('valid'); return o.result; });
    const gates = new Map(valid.map((r, i) => [r.file, judge(r, {
      // Only the last file is judged strictly; the first two are under failOn: none.
      thresholds: i === 2 ? { minScore: 50, failOn: 'critical' } : { failOn: 'none' }, waivers: [], catalog: deps.catalog, today: '2026-11-22',
    })]));
    const out = lines(outcomes, { ...ctx, gates });
    const minimal = valid[2]!;
    expect(out[0]).toBe('::error file=examples/minimal.yaml,title=smscore min-score::overall score not measured is below the minimum 50');
    const errors = out.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.slice(1).every((l) => l.startsWith('::error file=examples/minimal.yaml,line='))).toBe(true);
    expect(out.filter((l) => l.startsWith('::warning'))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith('::notice'))).toHaveLength(10);
    expect(out).toHaveLength(30);
    const criticalOfMinimal = minimal.gaps.filter((g) => g.severity === 'critical').length;
    // The threshold and minimal.yaml's nine critical questions: all ten errors are shown, none left out.
    expect(criticalOfMinimal).toBe(9);
    expect(out.at(-1)).toMatch(/^::notice title=smscore%3A annotations left out::\d+ more annotations are not shown \(\d+ warnings, \d+ notices\)/);
    // Errors are only for what fails: boulangerie and maison-lumiere (failOn: none) have none.
    expect(out.filter((l) => /^::error file=examples\/(boulangerie|maison)/.test(l))).toEqual([]);
  });

  test('streamed over many files, the output stays the capped one: at most 10 per kind and the summary', () => {
    const outcome = auditFile('examples/maison-lumiere.yaml', deps);
    const many = Array.from({ length: 300 }, () => outcome);
    const out = lines(many);
    expect(out.length).toBeLessThanOrEqual(31);
    expect(out.at(-1)).toMatch(/annotations left out::\d+ more/);
    expect(renderGithubAnnotations(many, ctx)).toBe(renderGithubAnnotations(many, ctx));
  });

  test('warnings of a valid file (figures that cannot all be true) are the first ::warning lines, before its open questions', () => {
    const outcome = auditFile('test/fixtures/hostile/files/17-impossible-figures.yaml', deps);
    if (!outcome.ok) throw new Error('fixture should be valid');
    const out = lines([outcome]);
    expect(outcome.result.warnings.length).toBeGreaterThan(0);
    for (const [i, w] of outcome.result.warnings.entries()) {
      expect(out[i]).toMatch(new RegExp(`^::warning file=test/fixtures/hostile/files/17-impossible-figures\\.yaml,line=${w.location.line},col=${w.location.col},title=smscore ${w.code.replace(/\./g, '\\.')}::`));
    }
  });

  test('a hostile file name is escaped in the file property: %, comma and colon by GitHub\'s rules, a line break shown as ⏎', () => {
    const out = lines([fromText('odd, name: 50%\r\n.yaml', 'smscore: 1\nbrand: { name: X }\n')]);
    expect(out.at(-1)).toMatch(/^::notice title=smscore%3A annotations left out::/);
    expect(out.slice(0, -1).every((l) => l.startsWith('::') && l.includes('file=odd%2C name%3A 50%25⏎.yaml,line='))).toBe(true);
  });

  test('user text in a message keeps its commas and colons but loses raw % and its line breaks (shown as ⏎)', () => {
    const d: Diagnostic = { severity: 'error', code: 'schema.unknown-key', args: { key: 'a, b: 100%\r\nc' }, location: { file: 'x.yaml', line: 3, col: 1 }, pointer: '' };
    expect(lines([{ ok: false, validation: { file: 'x.yaml', diagnostics: [d], valid: false } }]))
      .toEqual(['::error file=x.yaml,line=3,col=1,title=smscore schema.unknown-key::unknown key "a, b: 100%25⏎c".']);
  });

  test('nothing to say prints nothing', () => {
    expect(renderGithubAnnotations([], ctx)).toBe('');
  });
});
