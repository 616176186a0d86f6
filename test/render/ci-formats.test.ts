import { describe, expect, test } from '@jest/globals';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditBrand, auditFile, catalogVersion, type AuditOutcome } from '../../src/audit/index.js';
import { judge } from '../../src/gate/index.js';
import { escapeData, escapeProperty, renderGithubAnnotations } from '../../src/render/ci-github.js';
import { renderJunit } from '../../src/render/ci-junit.js';
import { renderSarif } from '../../src/render/ci-sarif.js';
import type { RenderContext } from '../../src/render/index.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT } from '../support/cli.js';
import { expectGolden, fixedDeps, fixedResult } from '../support/golden.js';

const deps = fixedDeps();
const ctx: RenderContext = { locale: 'en', catalog: deps.catalog, catalogVersion: catalogVersion(deps.catalog), toolVersion: '0.0.0-test', root: ROOT };
const sarifSchema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
type AjvLike = { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const Ajv04Class = (Ajv04 as unknown as { default: new (options: object) => AjvLike }).default;
const ajv = new Ajv04Class({ strict: false, allErrors: true });
(addFormats as unknown as { default: (a: unknown) => void }).default(ajv);
const validateSarif = ajv.compile(sarifSchema);

const fixed: AuditOutcome[] = [{ ok: true, result: fixedResult() }];
const real = ['examples/maison-lumiere.yaml', 'examples/minimal.yaml', 'test/fixtures/invalid/many-problems.yaml'].map((f) => auditFile(f, deps));

describe('SARIF', () => {
  test('the official schema does reject broken SARIF (the check is real)', () => {
    expect(validateSarif({ version: '2.1.0' })).toBe(false);
    const sarif = JSON.parse(renderSarif(fixed, ctx));
    sarif.runs[0].results[0].level = 'fatal';
    expect(validateSarif(sarif)).toBe(false);
  });

  test('real outputs are valid against the official SARIF 2.1.0 schema', () => {
    for (const outcomes of [fixed, real, [real[2]!]]) {
      const sarif = JSON.parse(renderSarif(outcomes, ctx));
      const ok = validateSarif(sarif);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('one rule per catalog question; every result names a rule; results sit on the gaps\' lines', () => {
    const sarif = JSON.parse(renderSarif(fixed, ctx));
    const run = sarif.runs[0];
    const ruleIds = new Set(run.tool.driver.rules.map((r: { id: string }) => r.id));
    for (const q of deps.catalog.questions) expect(ruleIds.has(q.id)).toBe(true);
    for (const r of run.results) expect(ruleIds.has(r.ruleId)).toBe(true);
    const gaps = fixed[0]!.ok ? fixed[0]!.result.gaps : [];
    expect(run.results.map((r: { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }) => r.locations[0]!.physicalLocation.region))
      .toEqual(gaps.map((g) => ({ startLine: g.location.line, startColumn: g.location.col })));
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'examples/boulangerie-martin.yaml', uriBaseId: '%SRCROOT%' });
    const levels = new Set(run.results.map((r: { level: string }) => r.level));
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
  });

  test('fingerprints are stable, and survive lines inserted above', () => {
    const text = readFileSync(join(ROOT, 'examples/boulangerie-martin.yaml'), 'utf8');
    const shifted = text.replace('smscore: 1\n', 'smscore: 1\n# a new comment\n# and another\n');
    const audit = (t: string) => {
      const v = validateText('examples/boulangerie-martin.yaml', t);
      return [{ ok: true as const, result: auditBrand({ file: v.file, brand: v.brand!, source: v.source!, warnings: v.diagnostics }, deps) }];
    };
    const prints = (t: string) => JSON.parse(renderSarif(audit(t), ctx)).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['smscore/v1']);
    const lines = (t: string) => JSON.parse(renderSarif(audit(t), ctx)).runs[0].results.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0]!.physicalLocation.region.startLine);
    expect(prints(shifted)).toEqual(prints(text));
    expect(lines(shifted)).not.toEqual(lines(text));
    expect(new Set(prints(text)).size).toBe(prints(text).length);
  });

  test('a waived question stays visible as a suppressed result with its reason; gate failures are results too', () => {
    const result = fixed[0]!.ok ? fixed[0]!.result : undefined!;
    const id = result.gaps[0]!.questionId;
    const gate = judge(result, { thresholds: { minScore: 90 }, waivers: [{ index: 1, waiver: { question: id, reason: 'Accepted for this client until the relaunch.' } }], catalog: deps.catalog, today: '2026-11-22' });
    const sarif = JSON.parse(renderSarif(fixed, { ...ctx, gates: new Map([[result.file, gate]]) }));
    expect(validateSarif(sarif)).toBe(true);
    const suppressed = sarif.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed[0]).toMatchObject({ ruleId: id, suppressions: [{ kind: 'external', status: 'accepted', justification: 'Accepted for this client until the relaunch.' }] });
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'smscore/min-score')).toBe(true);
  });

  test('golden', () => {
    expectGolden('boulangerie-martin.sarif.json', renderSarif(fixed, { ...ctx, root: '/repo' }).replace(ROOT, '/repo'));
  });
});

describe('JUnit XML', () => {
  test('well-formed, one test case per question per valid file, failures carry the gap text', () => {
    const xml = renderJunit(real, ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(suites[0]).toEqual(['examples/maison-lumiere.yaml', deps.catalog.questions.length, expect.any(Number)]);
    expect(suites[2]).toEqual(['test/fixtures/invalid/many-problems.yaml', 1, 1]);
    expect(xml).toContain('<testcase classname="smscore.channels" name="channel-role">');
    expect(xml).toMatch(/examples\/maison-lumiere\.yaml:\d+:5 {2}What function does this network have for the company\? \(channel youtube\)/);
    const total = xml.match(/<testsuites name="smscore" tests="(\d+)" failures="(\d+)"/)!;
    expect(Number(total[1])).toBe(suites.reduce((s, x) => s + (x[1] as number), 0));
  });

  test('hostile names are escaped', () => {
    const v = validateText('a&b<"c">.yaml', 'smscore: 1\nbrand: { name: "<x> & \\"y\\" \\u0001" }\n');
    const xml = renderJunit([{ ok: true, result: auditBrand({ file: v.file, brand: v.brand!, source: v.source! }, deps) }], ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('name="a&amp;b&lt;&quot;c&quot;&gt;.yaml"');
  });

  test('golden', () => {
    expectGolden('boulangerie-martin.junit.xml', renderJunit(fixed, ctx));
  });
});

describe('GitHub annotations', () => {
  test('escaping follows GitHub\'s rules', () => {
    expect(escapeData('50 % done\r\nnext')).toBe('50 %25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  test('one command per gap, located, levels by severity (error only for what fails the run); invalid files as errors', () => {
    const out = renderGithubAnnotations(real, ctx).trimEnd().split('\n');
    expect(out.slice(0, -1).every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=smscore [^:]+::.+$/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/^::notice title=smscore%3A annotations left out::\d+ more annotations/);
    expect(out).toContain(out.find((l) => l.startsWith('::warning file=examples/maison-lumiere.yaml,line=') && l.includes('title=smscore channel-role::')));
    expect(out.some((l) => l.startsWith('::error file=test/fixtures/invalid/many-problems.yaml,line=4,col=12,title=smscore schema.pattern::'))).toBe(true);
  });

  test('golden', () => {
    expectGolden('boulangerie-martin.github.txt', renderGithubAnnotations(fixed, ctx));
  });
});
