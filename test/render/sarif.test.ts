/**
 * SARIF details that test/render/ci-formats.test.ts (schema validity, fingerprints across line moves, waivers,
 * golden) leaves out: the severity → level mapping, the rule set, every input problem as a located result,
 * and artifact URIs for awkward file names.
 */
import { describe, expect, test } from '@jest/globals';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditBrand, auditFile, catalogVersion, type AuditOutcome } from '../../src/audit/index.js';
import { displayPath } from '../../src/questions/index.js';
import { renderSarif } from '../../src/render/ci-sarif.js';
import type { RenderContext } from '../../src/render/index.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT } from '../support/cli.js';
import { fixedDeps, fixedResult } from '../support/golden.js';

const deps = fixedDeps();
const ctx: RenderContext = { locale: 'en', catalog: deps.catalog, catalogVersion: catalogVersion(deps.catalog), toolVersion: '0.0.0-test', root: ROOT };
// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
type AjvLike = { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const Ajv04Class = (Ajv04 as unknown as { default: new (options: object) => AjvLike }).default;
const ajv = new Ajv04Class({ strict: false, allErrors: true });
(addFormats as unknown as { default: (a: unknown) => void }).default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')));

interface Region { startLine: number; startColumn: number }
interface Result { ruleId: string; ruleIndex?: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }[]; partialFingerprints?: Record<string, string> }
interface Rule { id: string; name: string; shortDescription: { text: string }; help: { text: string; markdown: string }; defaultConfiguration: { level: string }; properties: { tags: string[]; severity?: string } }
const run = (outcomes: readonly AuditOutcome[], c: RenderContext = ctx) => {
  const sarif = JSON.parse(renderSarif(outcomes, c)) as { runs: { tool: { driver: { rules: Rule[] } }; results: Result[] }[] };
  return sarif.runs[0]!;
};
const LEVEL = { critical: 'error', major: 'warning', minor: 'note' } as const;
const fromText = (file: string, text: string): AuditOutcome => {
  const v = validateText(file, text);
  return { ok: true, result: auditBrand({ file: v.file, brand: v.brand!, source: v.source!, warnings: v.diagnostics }, deps) };
};

describe('SARIF rules and levels', () => {
  const { tool, results } = run([{ ok: true, result: fixedResult() }]);
  const rules = tool.driver.rules;

  test('exactly one rule per catalog question, in catalog order, then only the tool rules in use', () => {
    expect(rules.slice(0, deps.catalog.questions.length).map((r) => r.id)).toEqual(deps.catalog.questions.map((q) => q.id));
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.slice(deps.catalog.questions.length).every((r) => r.id.startsWith('smscore/'))).toBe(true);
  });

  test('a question rule carries its severity as the default level, and says where and how to answer', () => {
    for (const q of deps.catalog.questions) {
      const r = rules.find((x) => x.id === q.id)!;
      expect(r.defaultConfiguration.level).toBe(LEVEL[q.severity]);
      expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(r.shortDescription.text).toBe(q.question.en);
      expect(r.help.text).toContain(displayPath(q));
      expect(r.help.markdown).toContain('```yaml\n' + q.answer.example.trimEnd() + '\n```');
      expect(r.properties).toMatchObject({ severity: q.severity, tags: ['smscore', q.section, ...q.pillars] });
    }
  });

  test('each gap result has its question\'s level, and a ruleIndex that points at its rule', () => {
    for (const res of results) {
      const q = deps.catalog.questions.find((x) => x.id === res.ruleId)!;
      expect(res.level).toBe(LEVEL[q.severity]);
      expect(rules[res.ruleIndex!]!.id).toBe(res.ruleId);
      expect(res.message.text).toContain(q.question.en);
      expect(res.message.text).toMatch(/answer in: \S+$/);
    }
  });

  test('French rules and messages', () => {
    const fr = run([{ ok: true, result: fixedResult() }], { ...ctx, locale: 'fr' });
    const q = deps.catalog.questions[0]!;
    expect(fr.tool.driver.rules[0]!.shortDescription.text).toBe(q.question.fr);
    expect(fr.results.every((r) => r.message.text.includes('répondre dans\u00a0: '))).toBe(true);
  });

  test('a French rule\'s help gives the French example, with French punctuation', () => {
    const fr = run([{ ok: true, result: fixedResult() }], { ...ctx, locale: 'fr' });
    const help = fr.tool.driver.rules.find((r) => r.id === 'presence-rationale')!.help;
    expect(help.text).toContain('Répondre dans\u00a0: strategy.rationale\n\nstrategy:\n  rationale: Nos acheteurs demandent');
    expect(help.text).toMatch(/\nSource\u00a0: «\u00a0Gérer les réseaux sociaux\u00a0», partie «\u00a0Introduction\u00a0», §\u00a03\u202f; «\u00a0Stratégie/);
    expect(help.markdown).toContain('**Répondre dans** `strategy.rationale`\u00a0:\n\n```yaml\nstrategy:\n  rationale: Nos acheteurs demandent');
  });

  test('two renders are byte-identical', () => {
    const outcomes: AuditOutcome[] = [{ ok: true, result: fixedResult() }, auditFile('test/fixtures/invalid/many-problems.yaml', deps)];
    expect(renderSarif(outcomes, ctx)).toBe(renderSarif(outcomes, ctx));
  });
});

describe('SARIF input problems', () => {
  test('every diagnostic of an invalid file is a result at its place: errors → invalid-input, warnings → suspicious-figure', () => {
    const outcome = auditFile('test/fixtures/invalid/many-problems.yaml', deps);
    if (outcome.ok) throw new Error('fixture should be invalid');
    const { tool, results } = run([outcome]);
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region])).toEqual(
      outcome.validation.diagnostics.map((d) => [d.severity === 'error' ? 'smscore/invalid-input' : 'smscore/suspicious-figure', d.severity, { startLine: d.location.line, startColumn: d.location.col }]),
    );
    expect(results.every((r) => r.message.text.endsWith(']'))).toBe(true); // the diagnostic code, for searching
    expect(tool.driver.rules.find((r) => r.id === 'smscore/invalid-input')!.defaultConfiguration.level).toBe('error');
    expect(tool.driver.rules.find((r) => r.id === 'smscore/suspicious-figure')!.defaultConfiguration.level).toBe('warning');
  });

  test('warnings of a valid file are results too', () => {
    const outcome = auditFile('test/fixtures/hostile/files/17-impossible-figures.yaml', deps);
    if (!outcome.ok) throw new Error('fixture should be valid');
    expect(outcome.result.warnings.length).toBeGreaterThan(0);
    const { results } = run([outcome]);
    expect(results.filter((r) => r.ruleId === 'smscore/suspicious-figure')).toHaveLength(outcome.result.warnings.length);
  });

  test('every invalid and hostile fixture gives schema-valid SARIF whose results all name a rule', () => {
    const files = ['test/fixtures/invalid', 'test/fixtures/hostile/files'].flatMap((d) => readdirSync(join(ROOT, d)).sort().map((f) => `${d}/${f}`));
    files.push('does/not/exist.yaml', 'test/fixtures');
    const outcomes = files.map((f) => auditFile(f, deps));
    for (const locale of ['en', 'fr'] as const) {
      const sarif = JSON.parse(renderSarif(outcomes, { ...ctx, locale }));
      const ok = validateSarif(sarif);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      const ids = new Set((sarif.runs[0].tool.driver.rules as Rule[]).map((r) => r.id));
      expect((sarif.runs[0].results as Result[]).filter((r) => !ids.has(r.ruleId))).toEqual([]);
    }
  });
});

describe('SARIF artifact locations', () => {
  const text = 'smscore: 1\nbrand: { name: X }\n';
  const loc = (file: string) => run([fromText(file, text)]).results[0]!.locations[0]!.physicalLocation.artifactLocation;

  test('relative to %SRCROOT% with forward slashes, each segment percent-encoded (# and ? stay in the path)', () => {
    expect(loc(join(ROOT, 'brands', 'café #1?', 'a b%.yaml'))).toEqual({ uri: 'brands/caf%C3%A9%20%231%3F/a%20b%25.yaml', uriBaseId: '%SRCROOT%' });
    expect(loc('brands/x.yaml')).toEqual({ uri: 'brands/x.yaml', uriBaseId: '%SRCROOT%' });
  });

  test('a name starting with two dots is still inside the root; a file outside it gets an absolute file: URI', () => {
    expect(loc('..notes.yaml')).toEqual({ uri: '..notes.yaml', uriBaseId: '%SRCROOT%' });
    const outside = loc(join(ROOT, '..', 'elsewhere', 'x.yaml'));
    expect(outside.uriBaseId).toBeUndefined();
    expect(outside.uri).toMatch(/^file:\/\/.*\/elsewhere\/x\.yaml$/);
  });

  test('awkward names stay schema-valid', () => {
    const sarif = JSON.parse(renderSarif([fromText(join(ROOT, 'a#b?c 50%.yaml'), text), fromText(join(ROOT, '..', 'x y.yaml'), text)], ctx));
    expect(validateSarif(sarif)).toBe(true);
  });

  test('fingerprints tell channels and files apart, and ignore where the root is', () => {
    const brand = 'smscore: 1\nbrand: { name: X }\nchannels:\n  - { id: ig, platform: instagram }\n  - { id: fb, platform: facebook }\n';
    const prints = (file: string, root = ROOT) => run([fromText(file, brand)], { ...ctx, root }).results
      .filter((r) => r.ruleId === 'channel-role').map((r) => r.partialFingerprints!['smscore/v1']);
    const [ig, fb] = prints('brands/x.yaml');
    expect(ig).toMatch(/^[0-9a-f]{32}$/);
    expect(ig).not.toBe(fb);
    expect(prints('brands/y.yaml')[0]).not.toBe(ig);
    expect(prints('/elsewhere/brands/x.yaml', '/elsewhere')).toEqual([ig, fb]);
  });
});
