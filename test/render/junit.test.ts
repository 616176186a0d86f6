/**
 * JUnit details that test/render/ci-formats.test.ts (well-formedness of real outputs, a hostile file name, golden)
 * leaves out: every count checked against the elements, per-channel failures listing every instance, the
 * invalid-file case, and characters XML 1.0 forbids.
 */
import { describe, expect, test } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditBrand, auditFile, catalogVersion, type AuditOutcome } from '../../src/audit/index.js';
import type { RenderContext } from '../../src/render/index.js';
import { renderJunit } from '../../src/render/ci-junit.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT } from '../support/cli.js';
import { fixedDeps } from '../support/golden.js';

const deps = fixedDeps();
const ctx: RenderContext = { locale: 'en', catalog: deps.catalog, catalogVersion: catalogVersion(deps.catalog), toolVersion: '0.0.0-test', root: ROOT };

interface Case { '@_classname': string; '@_name': string; failure?: { '@_message': string; '@_type': string; '#text'?: string }; skipped?: { '@_message': string } }
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testcase: Case[] }
interface Doc { testsuites: Suite & { testsuite: Suite[] } }
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase', trimValues: false });
const parse = (xml: string) => (parser.parse(xml) as Doc).testsuites;

const real = ['examples/maison-lumiere.yaml', 'examples/minimal.yaml', 'test/fixtures/invalid/many-problems.yaml'].map((f) => auditFile(f, deps));
const fromText = (file: string, text: string): AuditOutcome => {
  const v = validateText(file, text);
  return { ok: true, result: auditBrand({ file: v.file, brand: v.brand!, source: v.source!, warnings: v.diagnostics }, deps) };
};

describe('JUnit counts and content', () => {
  test.each(['en', 'fr'] as const)('every count matches the elements (%s)', (locale) => {
    const xml = renderJunit(real, { ...ctx, locale });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    const all = parse(xml);
    let tests = 0, failures = 0, skipped = 0;
    for (const s of all.testsuite) {
      const f = s.testcase.filter((c) => c.failure).length;
      const k = s.testcase.filter((c) => c.skipped).length;
      expect([Number(s['@_tests']), Number(s['@_failures']), Number(s['@_skipped']), Number(s['@_errors'])]).toEqual([s.testcase.length, f, k, 0]);
      tests += s.testcase.length; failures += f; skipped += k;
    }
    expect([Number(all['@_tests']), Number(all['@_failures']), Number(all['@_skipped'])]).toEqual([tests, failures, skipped]);
    expect(all.testsuite.map((s) => s['@_name'])).toEqual(['examples/maison-lumiere.yaml', 'examples/minimal.yaml', 'test/fixtures/invalid/many-problems.yaml']);
  });

  test('one case per catalog question per valid file; failed exactly when the question has a gap, typed by severity', () => {
    const suite = parse(renderJunit([real[0]!], ctx)).testsuite[0]!;
    const result = real[0]!.ok ? real[0]!.result : undefined!;
    expect(suite.testcase.map((c) => c['@_name'])).toEqual(deps.catalog.questions.map((q) => q.id));
    for (const q of deps.catalog.questions) {
      const c = suite.testcase.find((x) => x['@_name'] === q.id)!;
      expect(c['@_classname']).toBe(`smscore.${q.section}`);
      const gaps = result.gaps.filter((g) => g.questionId === q.id);
      expect(Boolean(c.failure)).toBe(gaps.length > 0);
      if (!c.failure) continue;
      expect(c.failure['@_type']).toBe(q.severity);
      expect(c.failure['@_message']).toBe(q.question.en);
      // every instance, each at file:line:col with its channel
      for (const g of gaps) expect(c.failure['#text']).toContain(`${result.file}:${g.location.line}:${g.location.col}  `);
      expect(c.failure['#text']!.split('\n').filter((l) => l.startsWith(`${result.file}:`))).toHaveLength(gaps.length);
    }
  });

  test('a question asked per channel fails once, listing every channel left open', () => {
    const brand = 'smscore: 1\nbrand: { name: X }\nchannels:\n  - { id: ig, platform: instagram }\n  - { id: fb, platform: facebook }\n';
    const c = parse(renderJunit([fromText('brands/x.yaml', brand)], ctx)).testsuite[0]!.testcase.find((x) => x['@_name'] === 'channel-role')!;
    expect(c.failure!['#text']).toContain('brands/x.yaml:4:5  What function does this network have for the company? (channel ig)');
    expect(c.failure!['#text']).toContain('brands/x.yaml:5:5  What function does this network have for the company? (channel fb)');
  });

  test('an invalid file is one failing `validation` case that lists every diagnostic at its place', () => {
    const outcome = real[2]!;
    if (outcome.ok) throw new Error('fixture should be invalid');
    const suite = parse(renderJunit([outcome], ctx)).testsuite[0]!;
    expect(suite.testcase).toHaveLength(1);
    const c = suite.testcase[0]!;
    expect(c['@_name']).toBe('validation');
    expect(c.failure!['@_type']).toBe('invalid-input');
    for (const d of outcome.validation.diagnostics) expect(c.failure!['#text']).toContain(`${d.location.file}:${d.location.line}:${d.location.col}  ${d.severity}`);
  });

  test('every invalid and hostile fixture gives well-formed XML', () => {
    const files = ['test/fixtures/invalid', 'test/fixtures/hostile/files'].flatMap((d) => readdirSync(join(ROOT, d)).sort().map((f) => `${d}/${f}`));
    const xml = renderJunit([...files, 'does/not/exist.yaml'].map((f) => auditFile(f, deps)), ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).testsuite).toHaveLength(files.length + 1);
  });
});

describe('JUnit escaping', () => {
  test('the five special characters are escaped, control characters shown (printable()) and what XML 1.0 forbids dropped', () => {
    const name = 'x\u0001\u0008\u000b\ufffe\ud800 & <b> "q" \'a\'.yaml';
    const xml = renderJunit([fromText(name, 'smscore: 1\nbrand: { name: X }\n')], ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuite name="x\\x01\\x08\\x0b &amp; &lt;b&gt; &quot;q&quot; \'a\'.yaml"');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(parse(xml).testsuite[0]!['@_name']).toBe('x\\x01\\x08\\x0b & <b> "q" \'a\'.yaml');
  });

  test('user text inside a failure body is escaped', () => {
    const v = validateText('bad.yaml', 'smscore: 1\nbrand: { name: X }\n"<evil> & \\u0002key": 1\n');
    expect(v.valid).toBe(false);
    const xml = renderJunit([{ ok: false, validation: v }], ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('&lt;evil&gt; &amp; \\x02key');
  });
});
