/** Golden files: compare, or rewrite them when UPDATE_GOLDEN=1 (then review the diff before committing). */
import { expect } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { auditBrand, loadAuditDeps, type AuditResult } from '../../src/audit/index.js';
import { validateText } from '../../src/validate/index.js';
import { ROOT } from './cli.js';

export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'fixtures', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) {
    // The message tells how to accept an intended change.
    expect({ file: `test/fixtures/golden/${name}`, hint: 'run UPDATE_GOLDEN=1 npm run test:only -- test/render, then review git diff', actual }).toEqual({
      file: `test/fixtures/golden/${name}`, hint: 'run UPDATE_GOLDEN=1 npm run test:only -- test/render, then review git diff', actual: expected,
    });
  }
}

let deps: ReturnType<typeof loadAuditDeps> | undefined;

/** A fixed audit result, made from a shipped example under a relative name so outputs do not depend on the machine. */
export function fixedResult(relativeFile = 'examples/boulangerie-martin.yaml'): AuditResult {
  deps ??= loadAuditDeps();
  const v = validateText(relativeFile, readFileSync(join(ROOT, relativeFile), 'utf8'));
  if (!v.brand || !v.source) throw new Error(`${relativeFile} should be valid`);
  return auditBrand({ file: relativeFile, brand: v.brand, source: v.source, warnings: v.diagnostics }, deps);
}

export function fixedDeps(): ReturnType<typeof loadAuditDeps> {
  deps ??= loadAuditDeps();
  return deps;
}
