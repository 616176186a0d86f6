/**
 * GitHub annotation details that test/render/ci-formats.test.ts (line shape, escaping functions, golden) leaves
 * out: exact lines for a small invalid fixture, the level of every gap, warnings of valid files, and escaping of
 * hostile file names and user text through the renderer.
 */
import { describe, expect, test } from '@jest/globals';
import { auditBrand, auditFile, catalogVersion, type AuditOutcome } from '../../src/audit/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { renderGithubAnnotations } from '../../src/render/ci-github.js';
import type { RenderContext } from '../../src/render/index.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT } from '../support/cli.js';
import { fixedDeps } from '../support/golden.js';

const deps = fixedDeps();
const ctx: RenderContext = { locale: 'en', catalog: deps.catalog, catalogVersion: catalogVersion(deps.catalog), toolVersion: '0.0.0-test', root: ROOT };
const lines = (outcomes: readonly AuditOutcome[], c: RenderContext = ctx) => renderGithubAnnotations(outcomes, c).split('\n').filter(Boolean);
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

  test('exact lines for a per-channel question, in English and French', () => {
    const outcome = fromText('brands/x.yaml', 'smscore: 1\nbrand: { name: X }\nchannels:\n  - { id: ig, platform: instagram }\n  - { id: fb, platform: facebook }\n');
    expect(lines([outcome]).filter((l) => l.includes('title=smscore channel-role::'))).toEqual([
      '::error file=brands/x.yaml,line=4,col=5,title=smscore channel-role::What function does this network have for the company? (channel ig) — answer in: channels[0].role',
      '::error file=brands/x.yaml,line=5,col=5,title=smscore channel-role::What function does this network have for the company? (channel fb) — answer in: channels[1].role',
    ]);
    const q = deps.catalog.questions.find((x) => x.id === 'channel-role')!;
    expect(lines([outcome], { ...ctx, locale: 'fr' }).filter((l) => l.includes('title=smscore channel-role::'))[0])
      .toBe(`::error file=brands/x.yaml,line=4,col=5,title=smscore channel-role::${q.question.fr} (canal ig) — répondre dans : channels[0].role`);
  });

  test('one line per gap, critical → error, major → warning, minor → notice, at the gap\'s place', () => {
    const outcome = auditFile('examples/maison-lumiere.yaml', deps);
    if (!outcome.ok) throw new Error('example should be valid');
    const level = { critical: 'error', major: 'warning', minor: 'notice' } as const;
    const gapLines = lines([outcome]).slice(0, outcome.result.gaps.length);
    expect(gapLines.map((l) => l.match(/^::(\w+) file=([^,]+),line=(\d+),col=(\d+),title=smscore ([^:]+)::/)!.slice(1)))
      .toEqual(outcome.result.gaps.map((g) => [level[g.severity], 'examples/maison-lumiere.yaml', String(g.location.line), String(g.location.col), g.questionId]));
  });

  test('warnings of a valid file are ::warning lines after its gaps', () => {
    const outcome = auditFile('test/fixtures/hostile/files/17-impossible-figures.yaml', deps);
    if (!outcome.ok) throw new Error('fixture should be valid');
    const out = lines([outcome]);
    expect(out).toHaveLength(outcome.result.gaps.length + outcome.result.warnings.length);
    for (const [i, w] of outcome.result.warnings.entries()) {
      expect(out[outcome.result.gaps.length + i]).toMatch(new RegExp(`^::warning file=test/fixtures/hostile/files/17-impossible-figures\\.yaml,line=${w.location.line},col=${w.location.col},title=smscore ${w.code.replace(/\./g, '\\.')}::`));
    }
  });

  test('a hostile file name is escaped in the file property: %, CR, LF, comma and colon', () => {
    const out = lines([fromText('odd, name: 50%\r\n.yaml', 'smscore: 1\nbrand: { name: X }\n')]);
    expect(out.every((l) => l.startsWith('::') && l.includes('file=odd%2C name%3A 50%25%0D%0A.yaml,line='))).toBe(true);
  });

  test('user text in a message keeps its commas and colons but loses raw %, CR and LF', () => {
    const d: Diagnostic = { severity: 'error', code: 'schema.unknown-key', args: { key: 'a, b: 100%\r\nc' }, location: { file: 'x.yaml', line: 3, col: 1 }, pointer: '' };
    expect(lines([{ ok: false, validation: { file: 'x.yaml', diagnostics: [d], valid: false } }]))
      .toEqual(['::error file=x.yaml,line=3,col=1,title=smscore schema.unknown-key::unknown key "a, b: 100%25%0D%0Ac".']);
  });

  test('nothing to say prints nothing', () => {
    expect(renderGithubAnnotations([], ctx)).toBe('');
  });
});
