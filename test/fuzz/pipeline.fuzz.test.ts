/**
 * Property-based fuzzing: random text into the loader, random valid brand files through the whole pipeline.
 * Nothing may throw, every score stays in bounds, and every renderer's output stays valid.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { auditBrand, catalogVersion } from '../../src/audit/index.js';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { renderJunit } from '../../src/render/ci-junit.js';
import { renderSarif } from '../../src/render/ci-sarif.js';
import { renderAuditHtml } from '../../src/render/html.js';
import { auditReportJson } from '../../src/render/json.js';
import { renderAuditMarkdown } from '../../src/render/markdown.js';
import { renderAuditText } from '../../src/render/terminal.js';
import { validateText } from '../../src/validate/index.js';
import { brandFileArb } from '../support/arbitraries.js';
import { ROOT } from '../support/cli.js';
import { fixedDeps } from '../support/golden.js';
import { fuzz } from '../support/fuzz.js';

const deps = fixedDeps();
const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv2020({ strict: false }).compile(reportSchema);
type AjvLike = { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const ajv04 = new (Ajv04 as unknown as { default: new (options: object) => AjvLike }).default({ strict: false });
(addFormats as unknown as { default: (a: unknown) => void }).default(ajv04);
const validateSarif = ajv04.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')));

/** Text that looks like YAML often enough to reach deep into the parser. */
const yamlish = fc
  .array(fc.oneof(
    fc.constantFrom('smscore: 1\n', 'brand:\n', '  name: X\n', 'channels:\n', '  - id: a\n', '    platform: x\n', '- ', ': ', '[', ']', '{', '}',
      '&a ', '*a ', '!!str ', '"', "'", '#', '---\n', '...\n', '\t', '\r\n', '? ', '|\n', '>-\n', '%YAML 1.2\n', '<<: ', '\u00a0', '\ufeff'),
    fc.string({ maxLength: 12 }),
    fc.integer().map(String),
  ), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('fuzzing', () => {
  test('the loader never throws on random text, and always says something located when it refuses', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), yamlish), (text) => {
      const r = validateText('fuzz.yaml', text);
      for (const d of r.diagnostics) {
        expect(d.location.line).toBeGreaterThanOrEqual(1);
        expect(d.location.col).toBeGreaterThanOrEqual(1);
      }
      if (!r.valid) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }), fuzz(1500, 501));
  });

  test('random valid brand files go through the whole pipeline: bounded, deterministic, renderable', () => {
    fc.assert(fc.property(brandFileArb, (brand) => {
      const text = stringify(brand);
      const v = validateText('brand.yaml', text);
      expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const run = () => auditBrand({ file: 'brand.yaml', brand: v.brand!, source: v.source!, warnings: v.diagnostics }, deps);
      const a = run();
      const b = run();
      for (const p of [...a.scores.pillars, ...a.scores.channels.flatMap((c) => c.pillars)]) {
        if (p.score !== null) { expect(p.score).toBeGreaterThanOrEqual(0); expect(p.score).toBeLessThanOrEqual(100); }
      }
      expect(a.readiness.overall).toBeGreaterThanOrEqual(0);
      expect(a.readiness.overall).toBeLessThanOrEqual(100);
      const meta = { locale: 'en' as const, catalog: deps.catalog, catalogVersion: catalogVersion(deps.catalog), toolVersion: '0.0.0' };
      const json = JSON.stringify(auditReportJson([{ ok: true, result: a }], meta));
      expect(json).toBe(JSON.stringify(auditReportJson([{ ok: true, result: b }], meta)));
      const report = JSON.parse(json);
      if (!validateReport(report)) throw new Error(JSON.stringify(validateReport.errors?.slice(0, 3)));
      expect(renderAuditText(a, { locale: 'fr', width: 60, catalog: deps.catalog })).not.toMatch(/undefined|NaN|\[object/);
      expect(renderAuditMarkdown([{ ok: true, result: a }], { locale: 'en', catalog: deps.catalog })).not.toMatch(/undefined|NaN|\[object/);
      const ctx = { ...meta, root: ROOT };
      const sarif = JSON.parse(renderSarif([{ ok: true, result: a }], ctx));
      if (!validateSarif(sarif)) throw new Error(JSON.stringify(validateSarif.errors?.slice(0, 3)));
      expect(XMLValidator.validate(renderJunit([{ ok: true, result: a }], ctx))).toBe(true);
      const html = renderAuditHtml([a], { locale: 'fr', catalog: deps.catalog, toolVersion: '0.0.0', catalogVersion: meta.catalogVersion });
      expect(XMLValidator.validate(html)).toBe(true);
      expect(html).not.toMatch(/undefined|NaN|\[object/);
    }), fuzz(120, 502));
  });
});
